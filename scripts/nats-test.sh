#!/usr/bin/env bash
# The event helpers against a real nats-server (docs/EVENTS.md):
#   1. installs the pinned nats-server into .tools/bin (scripts/nats-tools.sh);
#   2. runs the Java tests tagged `nats` (com.tam.protos.events.EventsOnNatsTest:
#      dedupe, crash before ack, ordering and gaps, snapshots, dead letters,
#      unknown types and fields, server restart), each test on its own server;
#   3. runs the testkit's tests tagged `nats` (NatsEventBus: the platform's
#      events through JetStream, the sandbox's --nats; TckMain --nats: the
#      wallet suite with the events on the server checked after each test);
#   4. tests the Go event registry (kit/go/events: registry, decoding, streams);
#   5. builds the tam-protos wheel, installs it with its `nats` extra in a clean
#      venv (.tools/py-nats) and runs tests/nats with pytest: the same cases for
#      the Python helpers, and Java -> Python / Python -> Java interop.
# Every server binds a free loopback port and stores in a temporary directory;
# each is stopped when its test ends.
#
#   scripts/nats-test.sh [PYTEST ARGS...]
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$REPO_ROOT/scripts/lib/versions.sh"
cd "$REPO_ROOT"

"$REPO_ROOT/scripts/nats-tools.sh"
export TAM_NATS_SERVER="$REPO_ROOT/.tools/bin/nats-server"

log "NATS: Java event helpers against nats-server (./mvnw test -Dgroups=nats)"
# After the java gate the classes are fresh: run Surefire alone (protoc would
# regenerate the sources and force a full recompile). Otherwise compile first.
marker="$REPO_ROOT/target/test-classes/com/tam/protos/events/EventsOnNatsTest.class"
goal=test
if [[ -f "$marker" && -z "$(find src proto pom.xml -newer "$marker" -print -quit)" ]]; then
  goal=surefire:test
fi
./mvnw -B -ntp "$goal" -Dgroups=nats -DexcludedGroups=none -Dtam.nats.server="$TAM_NATS_SERVER"
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$REPO_ROOT/target/nats-classpath.txt" >/dev/null
export TAM_JAVA_CLASSPATH="$REPO_ROOT/target/test-classes:$REPO_ROOT/target/classes:$(cat "$REPO_ROOT/target/nats-classpath.txt")"

log "NATS: the testkit's NATS event bus against nats-server (testkit/, -Dgroups=nats)"
# Needs com.tam:tam-protos installed (scripts/check.sh runs need_artifact first).
(cd "$REPO_ROOT/testkit" && ../mvnw -B -ntp test -Dgroups=nats -DexcludedGroups=none \
  -Dtam.nats.server="$TAM_NATS_SERVER")

log "NATS: Go event registry (kit/go/events)"
(cd "$REPO_ROOT/kit/go" && go vet ./events && go_test_logged go-kit-events ./events)

log "NATS: Python event helpers against nats-server (tests/nats, wheel with the nats extra)"
"$REPO_ROOT/scripts/gen-tools.sh"
dist="$REPO_ROOT/target/python-nats"
rm -rf "$dist" && mkdir -p "$dist"
"$REPO_ROOT/.venv/bin/python" -m build --wheel --no-isolation --outdir "$dist" >"$dist/build.log" 2>&1 \
  || { cat "$dist/build.log"; die "wheel build failed"; }
wheel="$(ls "$dist"/tam_protos-*.whl)"
venv="$REPO_ROOT/.tools/py-nats"
constraints="$REPO_ROOT/.tools/py-nats-constraints.txt"
printf '%s\n' "${PYTHON_REQUIREMENTS[@]}" "nats-py==$NATS_PY_VERSION" >"$constraints"
if [[ ! -x "$venv/bin/python" || "$(cat "$venv/.pinned" 2>/dev/null)" != "$(cat "$constraints")" ]]; then
  log "Creating the venv $venv"
  rm -rf "$venv"
  "${PYTHON:-python3}" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -c "$constraints" "$wheel[nats]" pytest
  cat "$constraints" >"$venv/.pinned"
else
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --force-reinstall --no-deps "$wheel"
fi
(cd "$REPO_ROOT/tests/nats" && "$venv/bin/python" -m pytest -p no:cacheprovider -q \
  --junitxml="$(pytest_junit tests-nats)" "$@")
