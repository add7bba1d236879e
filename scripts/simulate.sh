#!/usr/bin/env bash
# The whole-platform simulation of docs/testkit.md ("Simulation"); manual, not
# part of check.sh (a reduced run is: SimulationTest in the testkit gate).
# Builds and installs com.tam:tam-protos and the testkit (tests skipped), then
# runs com.tam.protos.testkit.simulation.SimulationMain on the testkit's
# classpath: the seven reference services in one process (in-process gRPC,
# in-process Temporal, in-memory event bus), N concurrent bet placements with
# faults injected from the seed, then the invariants. Exit status 0 when every
# invariant holds, 1 when one fails (the report names the seed and this command).
#
#   scripts/simulate.sh [--seed S] [--orders N] [--faults default|none|heavy]
#
# Defaults: --seed 1 --orders 1000 --faults default.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"

args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[$i]}" in
    --seed|--orders|--faults) i=$((i + 1)); [[ $i -lt ${#args[@]} ]] || die "${args[$((i - 1))]} needs a value" ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) die "unknown argument '${args[$i]}' (see --help)" ;;
  esac
done

log "Building com.tam:tam-protos and the testkit (./mvnw install -DskipTests)"
./mvnw -B -ntp -q install -DskipTests
(cd testkit && ../mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=runtime \
  -Dmdep.outputFile="$REPO_ROOT/testkit/target/simulation-classpath.txt" >/dev/null)
cp="$REPO_ROOT/testkit/target/classes:$(cat "$REPO_ROOT/testkit/target/simulation-classpath.txt")"

log "Simulation ${*:-(defaults)}"
exec java -Xmx4g -cp "$cp" com.tam.protos.testkit.simulation.SimulationMain "$@"
