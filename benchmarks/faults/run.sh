#!/usr/bin/env bash
# The fault harness (issue 19): hostile requests, a soak, and faults during load, against the built
# jar. Everything it starts (servers, redis-server, the Firestore emulator, the Gemini and Telnyx
# stubs) listens on loopback, on free ports, and is stopped when the run ends, also on Ctrl-C or a
# failure. Builds the jars when they are missing (or with BUILD=true). Logs in benchmarks/results/faults/.
#
#   benchmarks/faults/run.sh fuzz   [--requests 100000] [--seed 19] [--seconds 1200] [--workers 8] [--defaults-percent 5]
#   benchmarks/faults/run.sh fuzz   --replay N      # request N of the seed once more, both sides printed
#   benchmarks/faults/run.sh soak   [--minutes 30] [--conversations 40]
#   benchmarks/faults/run.sh faults [--only redis,firestore,model500,model429,instance] [--conversations 20] [--fault-seconds 15]
# Stop a run with Ctrl-C, or kill -TERM this script's pid (a script started in the background by a
# non-interactive shell ignores SIGINT).
set -euo pipefail
cd "$(dirname "$0")/../.."
mode=${1:-}
case "$mode" in
  fuzz) main=Fuzz ;;
  soak) main=Soak ;;
  faults) main=FaultDrill ;;
  *) sed -n '2,12p' "$0" >&2; exit 2 ;;
esac
shift
JAVA_HOME=$(./heyseven java)
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
if [ "${BUILD:-false}" = true ] || [ ! -f app/target/heyseven.jar ] || [ ! -f benchmarks/target/benchmarks.jar ]; then
  ./mvnw -B -ntp -q -DskipTests -pl app,benchmarks -am package
fi
mkdir -p benchmarks/results/faults
# the harness stops what it started in a shutdown hook; the trap makes sure the JVM gets the signal and is waited for
"$JAVA_HOME/bin/java" -Xmx1g -cp benchmarks/target/benchmarks.jar "ai.heyseven.benchmarks.faults.$main" "$@" &
harness=$!
trap 'kill "$harness" 2>/dev/null || true; wait "$harness" 2>/dev/null || true' INT TERM EXIT
wait "$harness"
