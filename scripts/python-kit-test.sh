#!/usr/bin/env bash
# The Python kit (kit/python/tam_protos, docs/python.md) exactly as a service
# team gets it: builds the tam-protos wheel, installs it with the pinned test
# tools into .tools/py-kit, then
#   1. mypy --strict over every installed kit package (py.typed shipped);
#   2. pytest kit/python/tests: the golden corpus (tests/golden, the Java kit's
#      answers), money properties, the interceptors over loopback;
#   3. pytest examples/python-service/tests: the example grpc.aio service.
#
#   scripts/python-kit-test.sh [PYTEST ARGS...]
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$REPO_ROOT/scripts/lib/versions.sh"
cd "$REPO_ROOT"
"$REPO_ROOT/scripts/gen-tools.sh" >/dev/null

log "Python kit: build the tam-protos wheel"
dist="$REPO_ROOT/target/python-kit"
rm -rf "$dist" && mkdir -p "$dist"
"$REPO_ROOT/.venv/bin/python" -m build --wheel --no-isolation --outdir "$dist" >"$dist/build.log" 2>&1 || { cat "$dist/build.log"; die "wheel build failed"; }
wheel="$(ls "$dist"/tam_protos-*.whl)"

venv="$REPO_ROOT/.tools/py-kit"
constraints="$REPO_ROOT/.tools/py-kit-constraints.txt"
mkdir -p "$REPO_ROOT/.tools"
printf '%s\n' "${PYTHON_REQUIREMENTS[@]}" "${PYTHON_KIT_REQUIREMENTS[@]}" >"$constraints"
if [[ ! -x "$venv/bin/python" || "$(cat "$venv/.pinned" 2>/dev/null)" != "$(cat "$constraints")" ]]; then
  log "Creating the Python kit test venv $venv"
  rm -rf "$venv"
  "${PYTHON:-python3}" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -c "$constraints" \
    "$wheel" pytest mypy types-protobuf types-grpcio grpcio-status
  cat "$constraints" >"$venv/.pinned"
else
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --force-reinstall --no-deps "$wheel"
fi
"$venv/bin/python" -m pip check --disable-pip-version-check >/dev/null || die "dependencies not satisfied: $("$venv/bin/python" -m pip check)"

# Every package under kit/python/tam_protos, so that new ones are checked too.
packages=()
for dir in "$REPO_ROOT"/kit/python/tam_protos/*/; do
  [[ -f "$dir/__init__.py" ]] && packages+=(-p "tam_protos.$(basename "$dir")")
done
log "Python kit: mypy --strict ${packages[*]} (the installed wheel)"
# Run outside the repository, so that mypy checks the installed package.
(cd "$dist" && "$venv/bin/python" -m mypy --config-file "$REPO_ROOT/pyproject.toml" \
  --cache-dir "$dist/.mypy_cache" "${packages[@]}")

log "Python kit: pytest kit/python/tests and examples/python-service/tests (against the installed wheel)"
for suite in kit/python/tests examples/python-service/tests; do
  [[ -d "$REPO_ROOT/$suite" ]] || continue
  junit="$(pytest_junit "$(echo "$suite" | tr '/' '-')")"
  (cd "$REPO_ROOT/$suite" && TAM_REPO_ROOT="$REPO_ROOT" "$venv/bin/python" -m pytest -p no:cacheprovider -q \
    --junitxml="$junit" "$@")
done
