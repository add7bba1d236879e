#!/usr/bin/env bash
# Smoke test of the sandbox (gate `sandbox` of scripts/check.sh): starts
# scripts/sandbox.sh on a free loopback port, waits for grpc.health.v1 SERVING,
# walks the README's demo with grpcurl (installed by scripts/grpc-tools.sh),
# then stops the sandbox with SIGINT and checks that it exits with status 0.
# Each step is a test case of a JUnit XML report in target/test-reports/,
# counted by the summary line of scripts/check.sh.
#
#   scripts/sandbox-smoke.sh
set -euo pipefail
# Job control: a background job of a non-interactive shell ignores SIGINT, and
# the JVM keeps an ignored SIGINT ignored; the sandbox must see Ctrl-C.
set -m
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"

"$REPO_ROOT/scripts/grpc-tools.sh"
GRPCURL="$REPO_ROOT/.tools/bin/grpcurl"

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
addr="127.0.0.1:$port"
work="$(mktemp -d)"
sandbox_log="$work/sandbox.log"
pid=""
cleanup() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$TEST_REPORTS"
report="$TEST_REPORTS/sandbox-smoke-$(date +%s%N).xml"
cases=()
failures=0
# step NAME COMMAND...: runs one step; a failure is recorded, shown and ends the run.
step() {
  local name="$1"; shift
  local t0 out rc=0
  t0="$(date +%s.%N)"
  # In this shell (not a subshell): a step may wait for the sandbox process.
  "$@" >"$work/step.out" 2>&1 || rc=$?
  out="$(cat "$work/step.out")"
  local secs; secs="$(python3 -c "import time; print(round(time.time() - $t0, 3))")"
  if [[ "$rc" == 0 ]]; then
    echo "ok   $name"
    cases+=("<testcase classname=\"sandbox.smoke\" name=\"$name\" time=\"$secs\"/>")
  else
    echo "FAIL $name"
    echo "$out" | tail -n 30 >&2
    local esc; esc="$(printf '%s' "$out" | tail -n 30 | python3 -c 'import html,sys; print(html.escape(sys.stdin.read()))')"
    cases+=("<testcase classname=\"sandbox.smoke\" name=\"$name\" time=\"$secs\"><failure message=\"step failed\">$esc</failure></testcase>")
    failures=$((failures + 1))
    write_report
    echo "--- sandbox log (last 40 lines) ---" >&2
    tail -n 40 "$sandbox_log" >&2 || true
    die "sandbox smoke test failed at: $name"
  fi
}
write_report() {
  {
    echo "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    echo "<testsuite name=\"sandbox.smoke\" tests=\"${#cases[@]}\" failures=\"$failures\" errors=\"0\" skipped=\"0\">"
    printf '%s\n' "${cases[@]}"
    echo "</testsuite>"
  } >"$report"
}

call() { "$GRPCURL" -plaintext -max-time 20 "$@"; }
as_user() { local tok="$1"; shift; call -H "authorization: Bearer $tok" "$@"; }
# expect JSON_TEXT PYTHON_EXPRESSION: the expression over `j` (the parsed JSON) must be true.
expect() {
  python3 -c 'import json,sys; j=json.loads(sys.argv[1]); ok=eval(sys.argv[2]); print(json.dumps(j)[:400]); sys.exit(0 if ok else 1)' "$1" "$2"
}

log "Sandbox smoke test on $addr (scripts/sandbox.sh --port $port)"
"$REPO_ROOT/scripts/sandbox.sh" --port "$port" >"$sandbox_log" 2>&1 &
pid=$!

wait_serving() {
  for _ in $(seq 1 600); do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the sandbox exited"; return 1; fi
    if out="$(call "$addr" grpc.health.v1.Health/Check 2>/dev/null)" && grep -q '"SERVING"' <<<"$out"; then
      echo "$out"; return 0
    fi
    sleep 0.5
  done
  echo "not SERVING after 300 s"; return 1
}
step "health SERVING" wait_serving

list_services() {
  local out; out="$(call "$addr" list)"
  echo "$out"
  for s in wallet.v1.WalletService user.v1.UserService risk.v1.RiskService \
      notification.v1.NotificationService order.v1.OrderBookService \
      order.v1.OrderValidatorService reporting.v1.ReportingService; do
    grep -qx "$s" <<<"$out" || { echo "missing: $s"; return 1; }
  done
}

stop_with_sigint() {
  kill -INT "$pid"
  local rc=0
  wait "$pid" || rc=$?
  pid=""
  grep -q 'sandbox: stopped' "$sandbox_log" || { echo "no clean stop in the log"; return 1; }
  echo "exit status $rc"
  [[ "$rc" == 0 ]]
}
step "SIGINT stops it cleanly with exit status 0" stop_with_sigint

write_report
log "Sandbox smoke test passed (${#cases[@]} steps)"
