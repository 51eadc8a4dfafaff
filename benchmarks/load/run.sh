#!/usr/bin/env bash
# The load harness: the paced Gemini stub, the server (the built jar, heap capped at 2 GiB) and the
# load client, three processes on loopback sharing this machine's cores. Prints one table row per
# step. Build first: ./mvnw -q package -DskipTests -pl app,benchmarks -am
#
#   benchmarks/load/run.sh                      # steps 100,250,500,1000 with the paced stub
#   STEPS=1000,5000,10000 FIRST_MS=30000 benchmarks/load/run.sh   # a slow model: streams held
#   DIRECT=true STEPS=1000 benchmarks/load/run.sh                 # the server taken out
#
# Knobs (environment): STEPS, FIRST_MS (700), CHUNK_MS (160), TOKENS (300), WARMUP (15 s),
# STEP_SECONDS (30), LLM_CONCURRENCY (10000), PORT (18080), STUB_PORT (9401), SERVER_GC (-XX:+UseZGC, as
# ./heyseven and the container run it; -XX:+UseG1GC to compare), SERVER_OPTS,
# SERVER_JAR (app/target/heyseven.jar; e.g. an older build to compare), SERVER_ENV (more settings,
# e.g. "HEYSEVEN_SHED_LAG_MS=250").
set -euo pipefail
cd "$(dirname "$0")/../.."
mkdir -p benchmarks/results
java="$(./heyseven java)/bin/java"
jar=benchmarks/target/benchmarks.jar
port=${PORT:-18080}
stub_port=${STUB_PORT:-9401}
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

# the stub and the client (the instruments) run on ZGC too: a pause of theirs is not read as the server's delay
"$java" -XX:+UseZGC -cp "$jar" ai.heyseven.benchmarks.load.PacedGemini --port "$stub_port" --first-ms "${FIRST_MS:-700}" \
  --chunk-ms "${CHUNK_MS:-160}" --tokens "${TOKENS:-300}" > benchmarks/results/stub.log 2>&1 &
stub=$!; pids+=("$stub")

if [ "${DIRECT:-false}" = true ]; then
  sleep 1
  "$java" -XX:+UseZGC -cp "$jar" ai.heyseven.benchmarks.load.LoadClient --url "http://127.0.0.1:$stub_port" --direct true \
    --steps "${STEPS:-100,250,500,1000}" --warmup-seconds "${WARMUP:-15}" --step-seconds "${STEP_SECONDS:-30}" --stub-pid "$stub"
  exit 0
fi

GEMINI_API_KEY=load-test GEMINI_BASE_URL="http://127.0.0.1:$stub_port/v1beta" HEYSEVEN_PORT="$port" \
HEYSEVEN_RATE_LIMIT_PER_MINUTE=100000 HEYSEVEN_LLM_MAX_CONCURRENCY="${LLM_CONCURRENCY:-10000}" \
HEYSEVEN_LLM_CALL_TIMEOUT_SECONDS=120 HEYSEVEN_TURN_TIMEOUT_SECONDS=180 HEYSEVEN_LOCAL_MAX_THREADS=200000 \
  env ${SERVER_ENV:-} "$java" -Xmx2g ${SERVER_GC:--XX:+UseZGC} ${SERVER_OPTS:-} -jar "${SERVER_JAR:-app/target/heyseven.jar}" > benchmarks/results/server.log 2>&1 &
server=$!; pids+=("$server")
for _ in $(seq 1 360); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && break; sleep 0.5; done

"$java" -XX:+UseZGC -cp "$jar" ai.heyseven.benchmarks.load.LoadClient --url "http://127.0.0.1:$port" \
  --steps "${STEPS:-100,250,500,1000}" --warmup-seconds "${WARMUP:-15}" --step-seconds "${STEP_SECONDS:-30}" \
  --server-pid "$server" --stub-pid "$stub"
