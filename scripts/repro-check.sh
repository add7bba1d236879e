#!/usr/bin/env bash
# Reproducible artifacts (docs/VERSIONING.md, "Release process"): rebuilds the
# jar, the sources jar and the wheel from a fresh copy of the repository's
# files (another path, new file times, as a second clone would have) and
# requires them byte-identical to the ones built here. Then a self-test: the
# copy's jar re-packed with another project.build.outputTimestamp MUST differ,
# so the comparison can fail.
#
#   scripts/repro-check.sh
#
# Uses target/tam-protos-<revision>.jar and -sources.jar (the java gate builds
# them with -Prelease) and target/python/*.whl (the python gate), building any
# that is missing first.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"

revision="$(sed -n 's:.*<revision>\(.*\)</revision>.*:\1:p' pom.xml | head -1)"
jars=("tam-protos-$revision.jar" "tam-protos-$revision-sources.jar")
package=(./mvnw -B -ntp -q package -DskipTests -Prelease -Dmaven.javadoc.skip=true)

if [[ ! -f "target/${jars[0]}" || ! -f "target/${jars[1]}" ]]; then
  log "Building the jars here first (${package[*]})"
  "${package[@]}"
fi
if ! ls target/python/tam_protos-*.whl >/dev/null 2>&1; then
  log "Building the wheel here first"
  "$REPO_ROOT/scripts/gen-tools.sh" >/dev/null
  .venv/bin/python -m build --wheel --no-isolation --outdir target/python . >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
copy="$work/second-clone"
mkdir -p "$copy"
git ls-files -z -co --exclude-standard | while IFS= read -r -d '' f; do
  [[ -e "$f" ]] && printf '%s\0' "$f"
done | xargs -0 tar -cf - | tar -xf - -C "$copy"
find "$copy" -exec touch {} +   # new file times, as a fresh clone has
[[ -d node_modules ]] && ln -s "$REPO_ROOT/node_modules" "$copy/node_modules"

log "Rebuilding the jars and the wheel in a second copy ($copy)"
(cd "$copy" && "${package[@]}")
(cd "$copy" && "$REPO_ROOT/.venv/bin/python" -m build --wheel --no-isolation --outdir "$copy/target/python" . >/dev/null)

failed=0
# same A B: byte-identical, or a list of the entries that differ.
same() {
  local a="$1" b="$2"
  if cmp -s "$a" "$b"; then
    echo "identical: $(basename "$a") $(sha256sum <"$a" | cut -c1-16)"
  else
    echo "DIFFERENT: $(basename "$a")" >&2
    diff <(unzip -v "$a" | awk 'NR>3 {print $7, $8}') <(unzip -v "$b" | awk 'NR>3 {print $7, $8}') | head -n 20 >&2 || true
    failed=1
  fi
}
for jar in "${jars[@]}"; do
  same "target/$jar" "$copy/target/$jar"
done
wheel="$(cd target/python && ls tam_protos-*.whl)"
same "target/python/$wheel" "$copy/target/python/$wheel"
[[ "$failed" == 0 ]] || die "the artifacts are not reproducible (see above)"

log "Reproducibility self-test (another outputTimestamp must change the jar)"
rm -f "$copy/target/${jars[0]}"
(cd "$copy" && ./mvnw -B -ntp -q -o jar:jar -Dproject.build.outputTimestamp=2001-01-01T00:00:00Z)
[[ -f "$copy/target/${jars[0]}" ]] || die "self-test: jar:jar wrote no ${jars[0]}"
if cmp -s "target/${jars[0]}" "$copy/target/${jars[0]}"; then
  die "self-test: a jar with other entry times compared equal"
fi
echo "self-test: a jar packed with another timestamp differs, as expected"
