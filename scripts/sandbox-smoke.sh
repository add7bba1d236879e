#!/usr/bin/env bash
# Smoke test of the sandbox (gate `sandbox` of scripts/check.sh): starts
# scripts/sandbox.sh on a free loopback port, waits for grpc.health.v1 SERVING,
# walks the README's demo with grpcurl (installed by scripts/grpc-tools.sh),
# then stops the sandbox with SIGINT and checks that it exits with status 0.
# Each step is a test case of a JUnit XML report in target/test-reports/,
# counted by the summary line of scripts/check.sh.
#
#   scripts/sandbox-smoke.sh                   # the saga on the in-process Temporal test service
#   scripts/sandbox-smoke.sh --real-temporal   # the saga on a real Temporal frontend: installs the
#                                              # Temporal CLI (scripts/temporal-tools.sh), starts
#                                              # `temporal server start-dev` on free loopback ports
#                                              # and the sandbox with --temporal pointing at it
set -euo pipefail
real_temporal=false
suite=sandbox.smoke
case "${1:-}" in
  "") ;;
  --real-temporal) real_temporal=true; suite=sandbox.smoke.real-temporal ;;
  *) echo "usage: scripts/sandbox-smoke.sh [--real-temporal]" >&2; exit 2 ;;
esac
source "$(dirname "$0")/lib/common.sh"
source "$REPO_ROOT/scripts/lib/temporal-dev.sh"
cd "$REPO_ROOT"

"$REPO_ROOT/scripts/grpc-tools.sh"
GRPCURL="$REPO_ROOT/.tools/bin/grpcurl"

port="$(free_port)"
addr="127.0.0.1:$port"
work="$(mktemp -d)"
sandbox_log="$work/sandbox.log"
pid=""
cleanup() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then kill -KILL "$pid" 2>/dev/null || true; fi
  stop_temporal_dev
  rm -rf "$work"
}
trap cleanup EXIT

sandbox_args=(--port "$port")
if [[ "$real_temporal" == true ]]; then
  start_temporal_dev "$work"
  sandbox_args+=(--temporal "$TEMPORAL_ADDRESS")
fi

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
    cases+=("<testcase classname=\"$suite\" name=\"$name\" time=\"$secs\"/>")
  else
    echo "FAIL $name"
    echo "$out" | tail -n 30 >&2
    local esc; esc="$(printf '%s' "$out" | tail -n 30 | python3 -c 'import html,sys; print(html.escape(sys.stdin.read()))')"
    cases+=("<testcase classname=\"$suite\" name=\"$name\" time=\"$secs\"><failure message=\"step failed\">$esc</failure></testcase>")
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
    echo "<testsuite name=\"$suite\" tests=\"${#cases[@]}\" failures=\"$failures\" errors=\"0\" skipped=\"0\">"
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

log "Sandbox smoke test on $addr (scripts/sandbox.sh ${sandbox_args[*]})"
# SIGINT back to its default first: the sandbox must see this test's Ctrl-C,
# but a background job of a non-interactive shell starts with SIGINT ignored,
# as does anything under a caller that ignores it (nohup, some CI runners);
# bash cannot undo an ignored signal, and the JVM keeps it ignored.
python3 -c 'import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])' \
  "$REPO_ROOT/scripts/sandbox.sh" "${sandbox_args[@]}" >"$sandbox_log" 2>&1 &
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

step "reflection lists the seven services" list_services

ALICE="sandbox-user-token:alice" BOB="sandbox-user-token:bob"
OPERATOR="sandbox-operator-token"
MARKET="demo-football-match-odds"

balance_is() {  # USER TOKEN AMOUNT: polls GetBalance until `balance` is AMOUNT (30 s)
  local out
  for _ in $(seq 1 60); do
    out="$(as_user "$2" -d "{\"user_id\":\"$1\"}" "$addr" wallet.v1.WalletService/GetBalance)" || return 1
    expect "$out" "j.get('balance') == '$3' and j.get('currency') == 'EUR'" >/dev/null && { echo "$out"; return 0; }
    sleep 0.5
  done
  echo "$out"; return 1
}
step "alice's wallet holds 1000.00 EUR" balance_is alice "$ALICE" 1000.00

refused_with_error_info() {  # alice reads bob's wallet: PERMISSION_DENIED, ErrorInfo decoded
  local out rc=0
  out="$(as_user "$ALICE" -d '{"user_id":"bob"}' "$addr" wallet.v1.WalletService/GetBalance 2>&1)" || rc=$?
  echo "$out"
  [[ "$rc" != 0 ]] || { echo "the read was not refused"; return 1; }
  grep -q 'Code: PermissionDenied' <<<"$out" || return 1
  grep -q '"@type": "type.googleapis.com/google.rpc.ErrorInfo"' <<<"$out" || return 1
  grep -q '"reason": "PERMISSION_DENIED"' <<<"$out" || { echo "ErrorInfo not decoded"; return 1; }
}
step "alice may not read bob's wallet: PermissionDenied, ErrorInfo decoded through reflection" \
  refused_with_error_info

place() {  # USER TOKEN SIDE KEY: PlaceOrder through order-validator, then GetOrder until COMPLETED
  local out order state
  out="$(as_user "$2" -d "{\"user_id\":\"$1\",\"market_id\":\"$MARKET\",\"selection_id\":\"home\",
      \"side\":\"$3\",\"price\":\"2.00\",\"stake\":\"10.00\",\"currency\":\"EUR\",
      \"persistence_type\":\"PERSISTENCE_TYPE_PERSIST\",\"idempotency_key\":\"$4\"}" \
      "$addr" order.v1.OrderValidatorService/PlaceOrder)" || { echo "$out"; return 1; }
  echo "$out"
  order="$(python3 -c 'import json,sys; j=json.loads(sys.argv[1]); print(j.get("order_id") or j["orderId"])' "$out")"
  for _ in $(seq 1 120); do
    out="$(as_user "$2" -d "{\"order_id\":\"$order\"}" "$addr" order.v1.OrderValidatorService/GetOrder)" || return 1
    state="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["order"].get("state",""))' "$out")"
    case "$state" in
      ORDER_STATE_COMPLETED) echo "$out" | head -c 600; return 0 ;;
      ORDER_STATE_COMPENSATED|ORDER_STATE_REJECTED|ORDER_STATE_FAILED|ORDER_STATE_RESOLVED) echo "$out"; return 1 ;;
    esac
    sleep 0.5
  done
  echo "$out"; return 1
}
step "alice backs home at 2.00 for 10.00 (PlaceOrder through order-validator, COMPLETED)" \
  place alice "$ALICE" BET_SIDE_BACK smoke-alice-1
step "alice's stake is committed: 990.00" balance_is alice "$ALICE" 990.00
step "bob lays home at 2.00 for 10.00 (COMPLETED, matched)" place bob "$BOB" BET_SIDE_LAY smoke-bob-1

settle() {
  as_user "$OPERATOR" -d "{\"market_id\":\"$MARKET\",\"idempotency_key\":\"smoke-close\"}" \
    "$addr" order.v1.OrderBookService/CloseMarket || return 1
  as_user "$OPERATOR" -d "{\"market_id\":\"$MARKET\",\"idempotency_key\":\"smoke-settle\",
      \"results\":[{\"selection_id\":\"home\",\"result\":\"SELECTION_RESULT_TYPE_WIN\"},
                   {\"selection_id\":\"draw\",\"result\":\"SELECTION_RESULT_TYPE_LOSE\"},
                   {\"selection_id\":\"away\",\"result\":\"SELECTION_RESULT_TYPE_LOSE\"}]}" \
    "$addr" order.v1.OrderBookService/SettleMarket
}
step "the operator closes the market and settles it: home wins" settle
step "alice is paid: 990.00 + 20.00 - 0.50 commission = 1009.50" balance_is alice "$ALICE" 1009.50
step "bob's liability is gone: 990.00" balance_is bob "$BOB" 990.00

sagas_on_temporal() {  # --real-temporal: both orders' workflows ran on the frontend, every step
  local out
  out="$("$REPO_ROOT/.tools/bin/temporal" workflow list --address "$TEMPORAL_ADDRESS" \
    --namespace default --query "WorkflowType='BetPlacementWorkflow'" -o json)" || return 1
  python3 - "$out" "$REPO_ROOT/.tools/bin/temporal" "$TEMPORAL_ADDRESS" <<'PY'
import json, subprocess, sys
runs = json.loads(sys.argv[1] or "[]")
print(f"{len(runs)} BetPlacementWorkflow executions")
assert len(runs) == 2, "expected the two orders' workflows"
for r in runs:
    wid = r["execution"]["workflowId"]
    assert r["status"] == "WORKFLOW_EXECUTION_STATUS_COMPLETED", (wid, r["status"])
    history = json.loads(subprocess.run(
        [sys.argv[2], "workflow", "show", "-w", wid, "--address", sys.argv[3], "-o", "json"],
        check=True, capture_output=True, text=True).stdout)
    steps = [e["activityTaskScheduledEventAttributes"]["activityType"]["name"]
             for e in history["events"] if "activityTaskScheduledEventAttributes" in e]
    print(wid, r["status"], steps)
    assert steps[:5] == ["AssessBet", "ReserveBalance", "PlaceBet", "CommitReservation", "ConfirmBet"], steps
PY
}
if [[ "$real_temporal" == true ]]; then
  step "both sagas ran on the Temporal frontend: COMPLETED, AssessBet .. ConfirmBet as activities" \
    sagas_on_temporal
fi

stop_with_sigint() {
  kill -INT "$pid"
  local rc=0
  for _ in $(seq 1 120); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "still running 60 s after SIGINT (SigIgn of the JVM: $(grep SigIgn "/proc/$pid/status" 2>/dev/null))"
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=""
    return 1
  fi
  wait "$pid" || rc=$?
  pid=""
  grep -q 'sandbox: stopped' "$sandbox_log" || { echo "no clean stop in the log"; return 1; }
  echo "exit status $rc"
  [[ "$rc" == 0 ]]
}
step "SIGINT stops it cleanly with exit status 0" stop_with_sigint

write_report
log "Sandbox smoke test passed (${#cases[@]} steps)"
