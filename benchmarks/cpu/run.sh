#!/usr/bin/env bash
# The server's CPU per turn, measured from outside its JVM (issue 26). Starts the jar as a process of
# its own on a free loopback port (and, for the gemini path, the Gemini-protocol stub PacedGemini in a
# third process answering at once), runs WARMUP turns not counted, then WINDOWS windows of TURNS turns
# with CONCURRENCY guests at once, a few hundred distinct questions (en/es/pt/zh), a new conversation
# every 4 turns; prints per window the server process's user+system CPU (/proc/<pid>/stat, CLK_TCK)
# per turn, wall time, turns/s, turn p50/p99, then the server's CPU per turn by thread. Every reply is
# checked (200, a non-empty answer, `done` for SSE); failures are printed with "!!!" and exit 1.
# Build first: ./mvnw -B -ntp -o -q -pl app,benchmarks -am package -DskipTests -Djacoco.skip=true
#
#   benchmarks/cpu/run.sh                      # both paths on app/target/heyseven.jar
#   PATHS=offline benchmarks/cpu/run.sh        # one path: offline (dev profile, JSON) or gemini (stub, SSE)
#   JAR=/work/jars/before/heyseven.jar benchmarks/cpu/run.sh          # another build of the server
#   JAR=/work/jars/before/heyseven.jar,app/target/heyseven.jar ROUNDS=2 benchmarks/cpu/run.sh
#                                          # before and after alternately (A, B, A, B), per path
#   PROFILE=true PATHS=gemini benchmarks/cpu/run.sh                   # + a JFR recording of the windows only
#       (jcmd JFR.start after the warm-up: profile settings + jdk.CPUTimeSample), summarised by area with
#       java -cp benchmarks/target/benchmarks.jar ai.heyseven.benchmarks.cpu.JfrAreas benchmarks/results/cpu/gemini-target-1.jfr
#       (files named <path>-<the jar's folder>-<round>.jfr)
#
# Knobs (environment): JAR (app/target/heyseven.jar; a comma list runs each in turn), ROUNDS (1), PATHS (offline,gemini), WARMUP (4800; at 1600 the JIT was still a
# third of the measured CPU on the before jar), TURNS (1600),
# WINDOWS (3), CONCURRENCY (16), TOKENS (300, words of the stub's streamed answer, 8 a chunk), CHUNK_MS (1: the
# stub's pause between chunks; at 0 its chunks arrive back to back and about 5 % of the server's streamed model
# calls failed with "LangChain4jException: closed" on the before jar, turning those turns into fallbacks), SERVER_GC (-XX:+UseZGC, as
# ./heyseven and the container run it; -XX:+UseG1GC to compare), SERVER_OPTS (extra JVM options of the server), SERVER_ENV (the server's own settings as NAME=value,NAME=value;
# the caller's HEYSEVEN_* variables are not passed on: e.g. SERVER_ENV=HEYSEVEN_EMBEDDING_CACHE_SIZE=1 makes every
# question a miss of the query-embedding cache), PROFILE (false), LOGS (benchmarks/results/cpu).
# The machine's other load does not add to the server's CPU time, but contention (caches, SMT) can
# inflate it a little: on a shared machine run before and after jars alternately.
set -euo pipefail
cd "$(dirname "$0")/../.."
java="$(./heyseven java)/bin/java"
logs=${LOGS:-benchmarks/results/cpu}
mkdir -p "$logs"
status=0
paths=${PATHS:-offline,gemini}
jars=${JAR:-app/target/heyseven.jar}
for round in $(seq 1 "${ROUNDS:-1}"); do
  for one in ${paths//,/ }; do
    for jar in ${jars//,/ }; do
      jfr=""
      if [ "${PROFILE:-false}" = true ]; then
        jfr="$logs/$one-$(basename "$(dirname "$(realpath "$jar")")")-$round.jfr"
      fi
      echo "== round $round, $one path: $jar ($(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1-3 /proc/loadavg))"
      "$java" -cp benchmarks/target/benchmarks.jar ai.heyseven.benchmarks.cpu.TurnCpu --path "$one" \
        --jar "$jar" --warmup "${WARMUP:-4800}" --turns "${TURNS:-1600}" --windows "${WINDOWS:-3}" \
        --concurrency "${CONCURRENCY:-16}" --tokens "${TOKENS:-300}" --chunk-ms "${CHUNK_MS:-1}" \
        --server-opts "-Xmx2g ${SERVER_GC:--XX:+UseZGC} ${SERVER_OPTS:-}" --server-env "${SERVER_ENV:-}" --logs "$logs" --jfr "$jfr" || status=1
    done
  done
done
exit $status
