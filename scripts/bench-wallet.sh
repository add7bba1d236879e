#!/usr/bin/env bash
# Wallet throughput benchmark (a manual command, not part of check.sh): the
# reference wallet's ReserveBalance with fresh keys against
# grpc.health.v1.Health/Check on the same PlatformServer over Netty loopback,
# side by side in one run (com.tam.protos.testkit.wallet.WalletLoadBenchmark).
# Two runs, one JVM each: the wallet as the testkit runs it (every published
# event re-validated by Envelopes.prepare) and with events built from validated
# values but not re-validated (as a service that checks its events in its tests
# rather than on every call). Figures and the
# machine go into docs/BENCHMARKS.md ("Wallet throughput").
#
#   scripts/bench-wallet.sh [--concurrency 64] [--warmup 15] [--seconds 5] [--rounds 10] [--users 64]
#   BENCH_WALLET_EVENTS=unvalidated scripts/bench-wallet.sh    # one configuration only
#   BENCH_JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 scripts/bench-wallet.sh   # run on another JDK
#
# The build runs on the default JDK; BENCH_JAVA_HOME only chooses the JVM that runs the
# benchmark (the artifacts target Java 17, so any JDK from 17 on runs them).
# Needs the artifacts in the local Maven repository (./mvnw -B install).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
log "Wallet benchmark: build the testkit and its classpath (offline)"
./mvnw -B -q -o -ntp -f testkit/pom.xml package -DskipTests
./mvnw -B -q -o -ntp -f testkit/pom.xml dependency:build-classpath "-Dmdep.outputFile=$work/cp.txt" >/dev/null
classpath="$(ls testkit/target/tam-protos-testkit-*.jar | grep -v -e sources -e javadoc | head -1):$(cat "$work/cp.txt")"
java="${BENCH_JAVA_HOME:+$BENCH_JAVA_HOME/bin/}java"
for events in ${BENCH_WALLET_EVENTS:-validated unvalidated}; do
  log "Wallet benchmark: ReserveBalance vs Health/Check (events $events)"
  "$java" ${BENCH_JAVA_OPTS:--Xms1g -Xmx4g} -cp "$classpath" \
    com.tam.protos.testkit.wallet.WalletLoadBenchmark --events "$events" "$@"
done
