#!/usr/bin/env bash
# The wallet conformance suite (Java, com.tam.protos.testkit.tck.WalletServiceTck)
# against a Python wallet-service: tests/python-wallet/wallet_server.py, built on
# the tam-protos wheel (generated stubs + the Python kit). Proves that a team
# writing a service in another language runs the same TCK: the suite only needs
# an address and tokens (TckMain).
#
#   scripts/python-wallet-tck.sh
#
# Steps: build the wheel and install it into a venv (.tools/py-wallet), as
# scripts/python-test.sh does; put the testkit jar and its dependencies on a
# classpath (./mvnw -o -f testkit/pom.xml, after ./mvnw -B install); start the
# Python server on a free loopback port; run TckMain --suite wallet against it;
# stop it. Fails if the suite fails. The server's clock cannot be moved and no
# risk-analyzer answers beside it, so the suite skips its TTL rules and the
# refusals that come from risk-analyzer (reported as SKIP).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$REPO_ROOT/scripts/lib/versions.sh"
cd "$REPO_ROOT"
"$REPO_ROOT/scripts/gen-tools.sh"

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

log "Python wallet: build the tam-protos wheel"
"$REPO_ROOT/.venv/bin/python" -m build --wheel --no-isolation --outdir "$work/dist" >"$work/build.log" 2>&1 || { cat "$work/build.log"; die "wheel build failed"; }
wheel="$(ls "$work"/dist/tam_protos-*.whl)"
venv="$REPO_ROOT/.tools/py-wallet"
constraints="$REPO_ROOT/.tools/py-wallet-constraints.txt"
printf '%s\n' "${PYTHON_REQUIREMENTS[@]}" >"$constraints"
if [[ ! -x "$venv/bin/python" || "$(cat "$venv/.pinned" 2>/dev/null)" != "$(cat "$constraints")" ]]; then
  log "Creating the venv $venv"
  rm -rf "$venv"
  "${PYTHON:-python3}" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -c "$constraints" "$wheel"
  cat "$constraints" >"$venv/.pinned"
else
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --force-reinstall --no-deps "$wheel"
fi

log "Python wallet: the testkit and its classpath (offline; ./mvnw -B install puts them in the local repository)"
./mvnw -B -q -o -ntp -f testkit/pom.xml package -DskipTests
./mvnw -B -q -o -ntp -f testkit/pom.xml dependency:build-classpath "-Dmdep.outputFile=$work/cp.txt" >/dev/null
classpath="$(ls testkit/target/tam-protos-testkit-*.jar | grep -v -e sources -e javadoc | head -1):$(cat "$work/cp.txt")"

log "Python wallet: start tests/python-wallet/wallet_server.py on loopback"
"$venv/bin/python" tests/python-wallet/wallet_server.py --port 0 --port-file "$work/port" >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 1 300); do  # up to 30 s
  [[ -s "$work/port" ]] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.err" >&2; die "the Python server exited"; }
  sleep 0.1
done
[[ -s "$work/port" ]] || { cat "$work/server.err" >&2; die "the Python server wrote no port"; }
port="$(cat "$work/port")"
echo "Python wallet-service on 127.0.0.1:$port (pid $server_pid)"

log "Python wallet: TckMain --suite wallet --target 127.0.0.1:$port"
mkdir -p "$TEST_REPORTS"
rc=0
java -cp "$classpath" com.tam.protos.testkit.tck.TckMain --suite wallet --target "127.0.0.1:$port" \
  --service-token sandbox-service-token --operator-token sandbox-operator-token \
  --user-token-template 'sandbox-user-token:{user}' \
  --junit-xml "$TEST_REPORTS/tck-python-wallet-$(date +%s%N).xml" || rc=$?
if [[ "$rc" != 0 ]]; then
  echo "--- server stderr (last 40 lines)" >&2
  tail -n 40 "$work/server.err" >&2 || true
  die "the Python wallet-service failed the wallet conformance suite (TckMain exit $rc)"
fi
echo "python-wallet: the Python wallet-service passed the wallet conformance suite"
