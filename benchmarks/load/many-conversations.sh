#!/usr/bin/env bash
# Starts the built server with a small conversation bound, then twice sends 10,000 turns on 10,000
# distinct conversations over loopback, and shows that the store stays within its bound: /health's
# count, and the process's resident memory after each round (it levels off instead of growing with
# the number of conversations). Needs app/target/heyseven.jar (./mvnw package builds it).
# Bounded: at most 2 x 10,000 requests and 2 x 120 s.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME=$(./heyseven java)
port=18181
HEYSEVEN_PORT=$port HEYSEVEN_LOCAL_MAX_THREADS=1000 "$JAVA_HOME/bin/java" -Xmx512m -jar app/target/heyseven.jar >/tmp/heyseven-load.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.2; done
rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$server/status"; }
echo "resident memory before: $(rss)"
for round in 1 2; do
  "$JAVA_HOME/bin/java" benchmarks/load/ManyConversations.java "http://127.0.0.1:$port" 10000 32 120 "load$round-"
  echo "resident memory after round $round: $(rss)"
done
curl -s "http://127.0.0.1:$port/health" | sed 's/.*"checkpoint_store":{[^}]*"detail":"\([^"]*\)".*/checkpoint store: \1/'
echo
