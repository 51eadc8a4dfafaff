#!/usr/bin/env bash
# Checks a deployed Hey Seven: ready, running the expected commit, and answering a chat.
#   deploy/smoke.sh URL COMMIT
# Environment: HEYSEVEN_SMOKE_API_KEY (default dev-local-key), HEYSEVEN_SMOKE_CASINO (default
# aurora-palms), HEYSEVEN_SMOKE_TIMEOUT seconds to wait for readiness (default 60).
# Exits 0 when all three hold; otherwise prints what failed and exits 1 (2 for bad usage).
set -uo pipefail

if [ $# -ne 2 ]; then
  echo "usage: $0 URL COMMIT" >&2
  exit 2
fi
url=${1%/}
commit=$2
key=${HEYSEVEN_SMOKE_API_KEY:-dev-local-key}
casino=${HEYSEVEN_SMOKE_CASINO:-aurora-palms}
timeout=${HEYSEVEN_SMOKE_TIMEOUT:-60}

fail() { echo "smoke: FAILED: $*" >&2; exit 1; }

deadline=$((SECONDS + timeout))
health=""
until health=$(curl -fsS --max-time 5 "$url/health" 2>/dev/null); do
  [ "$SECONDS" -lt "$deadline" ] || fail "$url/health did not answer 200 (ready) within ${timeout}s"
  sleep 1
done
echo "$health" | grep -q '"status":"ready"' || fail "not ready: $health"
echo "$health" | grep -q "\"commit\":\"$commit\"" \
  || fail "expected commit $commit, the instance reports $(echo "$health" | grep -o '"commit":"[^"]*"')"
echo "smoke: $url is ready and runs commit $commit"

reply=$(curl -fsS --max-time 60 -X POST "$url/v1/chat" \
  -H "X-API-Key: $key" -H 'Content-Type: application/json' -H 'Accept: application/json' \
  -d "{\"casino_id\":\"$casino\",\"message\":\"Where can I have dinner tonight?\"}") \
  || fail "POST /v1/chat did not answer 200"
echo "$reply" | grep -Eq '"reply":"[^"]+' || fail "the chat reply has no text: $reply"
echo "$reply" | grep -q '"thread_id":"' || fail "the chat reply has no thread_id: $reply"
echo "smoke: $url answered a chat"
