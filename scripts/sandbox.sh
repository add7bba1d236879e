#!/usr/bin/env bash
# The platform on a laptop: all seven reference services of the testkit in one
# process, with gRPC server reflection and grpc.health.v1, seeded with demo data
# (README, "Sandbox"; docs/testkit.md).
#
#   scripts/sandbox.sh [--port N] [--host ADDR] [--temporal HOST:PORT] [--nats URL] [--seed N]
#
#   --port N              listen port (default 9090; 0 picks a free one)
#   --temporal HOST:PORT  run the bet saga on a real Temporal frontend
#                         (default: the in-process Temporal test service)
#   --nats URL            carry events on NATS JetStream, e.g. nats://127.0.0.1:4222
#                         (default: the in-memory event bus); the streams of
#                         nats/streams/ are created where missing, with one replica
#
# It builds what it needs first: when the jars of tam-protos or the testkit are
# missing or older than any source (src/, proto/, testkit/src/, the POMs),
# `./mvnw -B -q install -DskipTests` (both artifacts), then, once per POM
# change, the testkit's runtime class path (testkit/target/sandbox.classpath). Ctrl-C (SIGINT) or SIGTERM stops it cleanly, with exit status 0.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"

case "${1:-}" in -h|--help)
  sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
  exit 0 ;;
esac

# newer_than JAR PATHS...: true when JAR is missing or a file under PATHS is newer.
newer_than() {
  local jar="$1"; shift
  [[ -f "$jar" ]] || return 0
  [[ -n "$(find "$@" -newer "$jar" -print -quit 2>/dev/null)" ]]
}
revision="$(sed -n 's:.*<revision>\(.*\)</revision>.*:\1:p' pom.xml | head -1)"
if newer_than "target/tam-protos-$revision.jar" src proto pom.xml; then
  log "Sandbox: building tam-protos and the testkit (./mvnw -B -q install -DskipTests)" >&2
  ./mvnw -B -q install -DskipTests >&2
elif newer_than "testkit/target/tam-protos-testkit-$revision.jar" testkit/src testkit/pom.xml; then
  log "Sandbox: building the testkit (testkit/: ../mvnw -B -q install -DskipTests)" >&2
  (cd testkit && ../mvnw -B -q install -DskipTests >&2)
fi
cp_file="$REPO_ROOT/testkit/target/sandbox.classpath"
if [[ ! -f "$cp_file" || pom.xml -nt "$cp_file" || testkit/pom.xml -nt "$cp_file" ]]; then
  (cd testkit && ../mvnw -B -q dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$cp_file.tmp" >&2)
  mv "$cp_file.tmp" "$cp_file"
fi

java_bin="java"
[[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]] && java_bin="$JAVA_HOME/bin/java"
# exec: the JVM gets the signals itself and its exit status is the script's.
exec "$java_bin" ${SANDBOX_JAVA_OPTS:-} \
  -cp "$REPO_ROOT/testkit/target/classes:$REPO_ROOT/target/classes:$(cat "$cp_file")" \
  com.tam.protos.testkit.sandbox.Sandbox "$@"
