#!/usr/bin/env bash
# Builds the benchmark jar and runs the benchmarks: time (AverageTime + SampleTime) and allocation
# (-prof gc) of a turn, then the state backends (StateBackendsBench starts its own redis-server,
# so redis-server must be installed), then knowledge at scale (KnowledgeBench embeds 10,000 chunks
# in each fork's set-up, about 40 s each). Results go to benchmarks/results/ (not versioned).
# About 20 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME=$(./heyseven java); export JAVA_HOME
./mvnw -B -ntp -q -pl benchmarks -am package -DskipTests
mkdir -p benchmarks/results
java=("$JAVA_HOME/bin/java" -jar benchmarks/target/benchmarks.jar)
"${java[@]}" 'GraphEngineBench|OfflineTurnBench|GuardrailsBench|ResilienceBench' -rf json -rff benchmarks/results/time.json 2>&1 | tee benchmarks/results/time.txt
"${java[@]}" 'GraphEngineBench|OfflineTurnBench|GuardrailsBench' -bm avgt -prof gc -rf json -rff benchmarks/results/gc.json 2>&1 | tee benchmarks/results/gc.txt
"${java[@]}" StateBackendsBench -rf json -rff benchmarks/results/state.json 2>&1 | tee benchmarks/results/state.txt
"${java[@]}" 'KnowledgeBench|EmbedderLoadBench' -rf json -rff benchmarks/results/knowledge.json 2>&1 | tee benchmarks/results/knowledge.txt
