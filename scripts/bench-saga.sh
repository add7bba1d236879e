#!/usr/bin/env bash
# Saga throughput benchmark (a manual command, not part of check.sh): N orders
# end to end through the bet-placement saga on the embedded Temporal test
# service, with the reference wallet, risk-analyzer and order-book in one
# process (com.tam.protos.testkit.validator.SagaThroughputBenchmark). Prints
# bets/s and where the time goes (per activity, workflow overhead). Figures and
# the machine go into docs/BENCHMARKS.md ("Saga throughput").
#
#   scripts/bench-saga.sh [--orders 1000] [--concurrency 32] [--warmup 200]
#   scripts/bench-saga.sh --real-temporal [...]   # the same on a real Temporal frontend:
#                                                 # temporal server start-dev (scripts/lib/temporal-dev.sh)
#
# Needs the artifacts in the local Maven repository (./mvnw -B install).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$REPO_ROOT/scripts/lib/temporal-dev.sh"
cd "$REPO_ROOT"

work="$(mktemp -d)"
trap 'stop_temporal_dev; rm -rf "$work"' EXIT
extra=()
where="embedded Temporal"
if [[ "${1:-}" == "--real-temporal" ]]; then
  shift
  start_temporal_dev "$work"
  extra=(--temporal "$TEMPORAL_ADDRESS")
  where="a Temporal dev server at $TEMPORAL_ADDRESS"
fi
log "Saga benchmark: build the testkit and its classpath (offline)"
./mvnw -B -q -o -ntp -f testkit/pom.xml package -DskipTests
./mvnw -B -q -o -ntp -f testkit/pom.xml dependency:build-classpath "-Dmdep.outputFile=$work/cp.txt" >/dev/null
classpath="$(ls testkit/target/tam-protos-testkit-*.jar | grep -v -e sources -e javadoc | head -1):$(cat "$work/cp.txt")"
log "Saga benchmark: orders end to end on $where"
java ${BENCH_JAVA_OPTS:--Xms1g -Xmx4g} -cp "$classpath" com.tam.protos.testkit.validator.SagaThroughputBenchmark "$@" "${extra[@]}"
