#!/usr/bin/env bash
# Runs every check of the repository. This is the README's test command and
# what CI runs (.ci/run). It installs what it needs by itself: Maven through
# the wrapper, buf through npm, Go plugins with `go install`, Python tools into
# a venv.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"

log "Maven: clean build, contract rules and round-trip tests, install (./mvnw clean install)"
# clean: no stale classes, descriptors or test reports from an earlier run.
./mvnw -B -ntp clean install

"$REPO_ROOT/scripts/buf-checks.sh"

log "Java consumer example: builds against the installed com.tam:tam-protos and runs it"
./mvnw -B -ntp -f examples/java-consumer/pom.xml verify

# Go and Python code (docs/GO-PYTHON.md): codegen drift, Go module, Python
# wheel, and Go/Python clients against the Java server.
"$REPO_ROOT/scripts/gen-check.sh"
"$REPO_ROOT/scripts/go-test.sh"
"$REPO_ROOT/scripts/python-test.sh"
"$REPO_ROOT/scripts/gen-interop.sh"

# Events on NATS JetStream (docs/EVENTS.md): the Java and Python helpers
# against a real nats-server, and Java <-> Python interop.
"$REPO_ROOT/scripts/nats-test.sh"

log "Benchmarks: compile the JMH benchmarks against the installed com.tam:tam-protos (running them is manual, docs/BENCHMARKS.md)"
./mvnw -B -ntp -f benchmarks/pom.xml package -DskipTests

log "All checks passed"
"$REPO_ROOT/scripts/test-summary.py" "$REPO_ROOT"
