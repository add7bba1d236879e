#!/usr/bin/env bash
# Every check of the repository, as named gates. This is the README's test
# command and what CI runs (.ci/run calls it). It installs what it needs by
# itself: Maven through the wrapper, buf through npm, Go plugins with
# `go install`, Python tools into a venv.
#
#   ./scripts/check.sh               every gate, in the order below
#   ./scripts/check.sh buf go ...    only the named gates (still in the order below)
#   ./scripts/check.sh --list        the gates and what each one checks
#
# The last line is always the test summary, `tests: N passed, N failed`, over
# every test report written during this run (Maven Surefire JUnit XML anywhere
# in the repository, and target/test-reports/: pytest JUnit XML and `go test -v`
# logs; see scripts/lib/common.sh). CI parses it.
#
# Adding a gate: write a function `gate_<name>` and register it with
# `gate <name> "<what it checks>"` where it belongs in the order. A gate that
# needs the installed artifact calls `need_artifact` first. Test runners write
# their reports as described above, and the summary counts them.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"

GATES=()
declare -A GATE_HELP=()
gate() { GATES+=("$1"); GATE_HELP[$1]="$2"; }

# need_artifact: com.tam:tam-protos and com.tam:tam-protos-testkit must be in
# the local Maven repository for the consumer builds. The `java` gate installs
# both; without that gate in the run, install them without tests, once. (A
# marker file, because gates run in subshells.)
ARTIFACT_MARK="$(mktemp -u)"
trap 'rm -f "$ARTIFACT_MARK"' EXIT
need_artifact() {
  if [[ ! -e "$ARTIFACT_MARK" ]]; then
    log "Installing com.tam:tam-protos and the testkit without tests (the java gate is not part of this run)"
    ./mvnw -B -ntp -q install -DskipTests
    touch "$ARTIFACT_MARK"
  fi
}

gate versions "pinned versions: every copy outside its one source agrees with it, with a self-test"
gate_versions() { "$REPO_ROOT/scripts/versions-check.sh"; }


gate ci "the GitHub workflows pass actionlint (pinned, go install), with a self-test"
gate_ci() { "$REPO_ROOT/scripts/lint-workflows.sh"; }


gate buf "buf lint, format and breaking (against main / the PR target and the newest v* tag), with self-tests"
gate_buf() { "$REPO_ROOT/scripts/buf-checks.sh"; }


gate java "Maven clean build and install with the release profile (sources and javadoc jars): contract rules, saga, round trips, validation rules, the Java kit, Google Java Style"
gate_java() {
  # clean: no stale classes, descriptors or test reports from an earlier run.
  # -Prelease: the artifacts exactly as released (docs/BENCHMARKS.md, "Build times").
  ./mvnw -B -ntp clean install -Prelease
  touch "$ARTIFACT_MARK"
}


gate compat "semantic compatibility of the contracts (descriptors): stricter request rules, error reasons, idempotency, sagas, events, currency scales, against main / the PR target and the newest v* tag"
gate_compat() {
  # The tool's tests: every kind of break has a failing case and a passing counterpart.
  ./mvnw -B -ntp -f tools/compat/pom.xml verify
  "$REPO_ROOT/scripts/compat-check.sh"
  "$REPO_ROOT/scripts/compat-check.sh" --self-test
  # The --maven path, against the artifact installed from this tree (no change expected).
  need_artifact
  "$REPO_ROOT/scripts/compat-check.sh" --maven "$(sed -n 's:.*<revision>\([^$<]*\)</revision>.*:\1:p' pom.xml | head -n 1)"
}


gate example "the Java consumer example, built against the installed artifacts by their coordinates, tested (against the testkit's reference wallet) and run"
gate_example() {
  need_artifact
  ./mvnw -B -ntp -f examples/java-consumer/pom.xml verify
}


gate testkit "the testkit (com.tam:tam-protos-testkit): reference services and their TCK suites, broken variants, fault injection, event bus, platform assembly, reduced simulation"
gate_testkit() {
  need_artifact
  # Every test of testkit/ (Surefire XML in testkit/target/surefire-reports, counted below).
  (cd testkit && ../mvnw -B -ntp verify)
}


gate sandbox "the sandbox (scripts/sandbox.sh) on a free port: health SERVING, a refused call's ErrorInfo decoded, one bet end to end with grpcurl, stopped with SIGINT (exit 0)"
gate_sandbox() {
  need_artifact
  "$REPO_ROOT/scripts/sandbox-smoke.sh"
}


gate gen "codegen drift: gen/ regenerated into a temporary tree must equal the committed gen/"
gate_gen() { "$REPO_ROOT/scripts/gen-check.sh"; }


gate go "the Go stubs module gen/go at its minimum versions, and the Go tests of tests/go: tidy, build, vet, test"
gate_go() { "$REPO_ROOT/scripts/go-test.sh"; }


gate python "the tam-protos wheel, built and tested in a clean venv (tests/python)"
gate_python() { "$REPO_ROOT/scripts/python-test.sh"; }


gate repro "reproducible artifacts: the jar, sources jar and wheel rebuilt from a second copy are byte-identical"
gate_repro() { "$REPO_ROOT/scripts/repro-check.sh"; }


gate interop "Go and Python clients call a Java gRPC server over loopback"
gate_interop() { "$REPO_ROOT/scripts/interop-test.sh"; }

gate nats "events on NATS JetStream: Java and Python helpers against a real nats-server, Java <-> Python interop, the testkit's NATS event bus, the Go event registry"
gate_nats() {
  need_artifact  # the testkit's NATS tests build against the installed tam-protos
  "$REPO_ROOT/scripts/nats-test.sh"
}

gate pykit "the Python kit in the wheel: mypy --strict, golden corpus, interceptors, money properties, examples/python-service"
gate_pykit() { "$REPO_ROOT/scripts/python-kit-test.sh"; }

gate gokit "the Go kit module kit/go and examples/go-client: tidy, build, vet, test (golden corpus, interceptors, money properties)"
gate_gokit() { "$REPO_ROOT/scripts/go-kit-test.sh"; }

# --- gate_pywallet (owner: wallet helper, issue 11) ---
gate pywallet "the Java wallet conformance suite (TckMain) against the Python wallet-service of tests/python-wallet (wheel + Python kit)"
gate_pywallet() {
  need_artifact
  "$REPO_ROOT/scripts/python-wallet-tck.sh"
}
# --- end gate_pywallet ---

gate bench "the JMH benchmarks compile against the installed artifact (running them is manual, docs/BENCHMARKS.md)"
gate_bench() {
  need_artifact
  ./mvnw -B -ntp -f benchmarks/pom.xml package -DskipTests
}

# --- Driver -----------------------------------------------------------------

if [[ "${1:-}" == "--list" ]]; then
  for g in "${GATES[@]}"; do printf '%-10s %s\n' "$g" "${GATE_HELP[$g]}"; done
  exit 0
fi
if [[ "${1:-}" == "-h" || "${1:-}" == "--help" ]]; then
  sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
  exit 0
fi
selected=("${GATES[@]}")
if [[ $# -gt 0 ]]; then
  for name in "$@"; do
    [[ -n "${GATE_HELP[$name]+x}" ]] || die "unknown gate '$name'; gates: ${GATES[*]}"
  done
  selected=()
  for g in "${GATES[@]}"; do
    for name in "$@"; do [[ "$g" == "$name" ]] && selected+=("$g") && break; done
  done
fi

started="$(date +%s)"
timings=()
failed_gate=""
for g in "${selected[@]}"; do
  log "[$g] ${GATE_HELP[$g]}"
  t0="$(date +%s)"
  set +e
  (set -e; "gate_$g")
  rc=$?
  set -e
  timings+=("$g $(( $(date +%s) - t0 ))s")
  if [[ "$rc" != 0 ]]; then
    failed_gate="$g"
    break
  fi
done

log "Gates: ${timings[*]}"
if [[ -n "$failed_gate" ]]; then
  printf 'FAILED gate: %s (run it alone: ./scripts/check.sh %s)\n' "$failed_gate" "$failed_gate"
else
  echo "All selected gates passed: ${selected[*]}"
fi
summary_args=(--since "$started")
[[ $# -gt 0 ]] || summary_args+=(--require-tests)  # the full run must have run tests
summary_rc=0
"$REPO_ROOT/scripts/lib/test-summary.py" "$REPO_ROOT" "${summary_args[@]}" || summary_rc=$?
[[ -z "$failed_gate" ]] || exit 1
exit "$summary_rc"
