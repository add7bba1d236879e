#!/usr/bin/env bash
# Builds the `tam-protos` wheel from pyproject.toml and runs tests/python
# against it, installed in a venv that holds only the wheel, its runtime
# dependencies and pytest (.tools/py-wheel, separate from the generator venv
# .venv), so the tests see the package exactly as a service team does.
#
#   scripts/python-test.sh [PYTEST ARGS...]
#
# Writes the wheel to target/python/. TAM_INTEROP_ADDR, when set, also runs
# the call to the Java server (scripts/interop-test.sh sets it).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$REPO_ROOT/scripts/lib/versions.sh"
cd "$REPO_ROOT"
"$REPO_ROOT/scripts/gen-tools.sh"

log "Python: build the tam-protos wheel"
dist="$REPO_ROOT/target/python"
rm -rf "$dist" && mkdir -p "$dist"
"$REPO_ROOT/.venv/bin/python" -m build --wheel --no-isolation --outdir "$dist" >"$dist/build.log" 2>&1 || { cat "$dist/build.log"; die "wheel build failed"; }
wheel="$(ls "$dist"/tam_protos-*.whl)"
echo "built $(basename "$wheel")"

venv="$REPO_ROOT/.tools/py-wheel"
constraints="$REPO_ROOT/.tools/py-wheel-constraints.txt"
printf '%s\n' "${PYTHON_REQUIREMENTS[@]}" >"$constraints"
if [[ ! -x "$venv/bin/python" || "$(cat "$venv/.pinned" 2>/dev/null)" != "$(cat "$constraints")" ]]; then
  log "Creating the wheel test venv $venv"
  rm -rf "$venv"
  "${PYTHON:-python3}" -m venv "$venv"
  # Dependencies come from the wheel's metadata, at the pinned versions.
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -c "$constraints" "$wheel" pytest
  cat "$constraints" >"$venv/.pinned"
else
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --force-reinstall --no-deps "$wheel"
fi
"$venv/bin/python" -m pip check --disable-pip-version-check >/dev/null || die "wheel dependencies not satisfied: $("$venv/bin/python" -m pip check)"

log "Python: pytest tests/python (against the installed wheel)"
# -p no:cacheprovider: leave no .pytest_cache in the repository.
# A JUnit XML report per run, for the summary of scripts/check.sh.
junit="$(pytest_junit tests-python)"
(cd "$REPO_ROOT/tests/python" && "$venv/bin/python" -m pytest -p no:cacheprovider -q \
  --junitxml="$junit" "$@")
