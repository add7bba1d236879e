#!/usr/bin/env bash
# Cross-language proof: starts the Java test server
# com.tam.protos.interop.InteropWalletServer (Java stubs of the Maven build,
# grpc-netty-shaded) on a free loopback port, then the Go client
# (TestJavaInteropReserveBalance in tests/go/wallet/v1) and the Python client
# (test_java_interop_reserve_balance in tests/python, installed wheel) call
# ReserveBalance on it and check the responses, including INVALID_ARGUMENT for
# the amount "1e3". Needs the compiled test classes (./mvnw test-compile runs
# if they are missing; check.sh runs the Maven build first).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"

if [[ ! -f target/test-classes/com/tam/protos/interop/InteropWalletServer.class ]]; then
  log "Compiling the Java test classes (./mvnw test-compile)"
  ./mvnw -B -q -ntp test-compile
fi

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

log "Interop: start the Java WalletService test server on loopback"
./mvnw -B -q -ntp dependency:build-classpath -Dmdep.includeScope=test "-Dmdep.outputFile=$work/cp.txt" >/dev/null
classpath="target/test-classes:target/classes:$(cat "$work/cp.txt")"
java -cp "$classpath" com.tam.protos.interop.InteropWalletServer >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
port=""
for _ in $(seq 1 300); do  # up to 30 s for the JVM to bind
  port="$(sed -n 's/^PORT=\([0-9]*\)$/\1/p' "$work/server.out")"
  [[ -n "$port" ]] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.err" >&2; die "the Java server exited"; }
  sleep 0.1
done
[[ -n "$port" ]] || { cat "$work/server.err" >&2; die "the Java server printed no port"; }
export TAM_INTEROP_ADDR="127.0.0.1:$port"
echo "Java server listening on $TAM_INTEROP_ADDR (pid $server_pid)"

log "Interop: Go client -> Java server"
(cd tests/go && go_test_logged interop-go -run '^TestJavaInteropReserveBalance$' ./wallet/v1/)
grep -q -- '--- PASS: TestJavaInteropReserveBalance' "$TEST_REPORTS/interop-go.gotest.log" || die "the Go interop test did not run"

log "Interop: Python client -> Java server"
"$REPO_ROOT/scripts/python-test.sh" -k test_java_interop_reserve_balance -rA >"$work/py.out" 2>&1 || { cat "$work/py.out"; die "Python -> Java failed"; }
grep -E 'PASSED|passed|failed' "$work/py.out"
grep -q 'PASSED test_wallet_seed.py::test_java_interop_reserve_balance' "$work/py.out" || { cat "$work/py.out"; die "the Python interop test did not run"; }
echo "interop: Go and Python clients got the expected responses from the Java server"
