#!/usr/bin/env bash
# Measures the Maven inner loop (docs/BENCHMARKS.md, "Build times"): in a
# scratch copy of the repository, offline, without tests, N rounds of
#   clean    ./mvnw -o install -DskipTests after `clean`
#   no-op    the same again with nothing changed
#   comment  the same after adding one comment line to one .proto
#            (proto/wallet/v1/wallet_service.proto)
# and prints the median of each with the ratios to `clean`. Takes a few
# minutes; not part of scripts/check.sh (timings are not tests).
#
#   scripts/build-bench.sh [ROUNDS] [REF]
#
# ROUNDS defaults to 3. REF (a git ref) measures that commit instead of the
# working tree, so a change can be measured before and after with the same
# script. Installs as version 0.0.0-buildbench into the local repository, so
# the usual 0.1.0-SNAPSHOT is left alone. Needs the Maven dependencies in the
# local repository (run ./mvnw install once).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"

rounds="${1:-3}"
ref="${2:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
copy="$work/repo"
mkdir -p "$copy"
if [[ -n "$ref" ]]; then
  git archive "$ref" | tar -x -C "$copy"
  label="$ref ($(git rev-parse --short "$ref"))"
else
  git ls-files -z -co --exclude-standard | while IFS= read -r -d '' f; do
    [[ -e "$f" ]] && printf '%s\0' "$f"
  done | xargs -0 tar -cf - | tar -xf - -C "$copy"
  label="working tree ($(git rev-parse --short HEAD) + changes)"
fi
proto="$copy/proto/wallet/v1/wallet_service.proto"
[[ -f "$proto" ]] || die "no $proto to change"

mvn_install() {
  (cd "$copy" && ./mvnw -o -B -q install -DskipTests -Drevision=0.0.0-buildbench >"$work/mvn.log" 2>&1) ||
    { tail -n 40 "$work/mvn.log" >&2; die "the build failed"; }
}
timed() {  # timed CMD...: runs CMD, prints its wall time in seconds (3 decimals)
  local t0 t1
  t0="$(date +%s.%N)"
  "$@"
  t1="$(date +%s.%N)"
  echo "$t1 - $t0" | bc -l | xargs printf '%.3f\n'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

log "Build inner loop of $label, $rounds rounds ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
: >"$work/clean" >"$work/noop" >"$work/comment"
for round in $(seq 1 "$rounds"); do
  (cd "$copy" && ./mvnw -o -B -q clean >/dev/null)
  c="$(timed mvn_install)"
  n="$(timed mvn_install)"
  printf '\n// build-bench round %s: a one-line comment change.\n' "$round" >>"$proto"
  m="$(timed mvn_install)"
  echo "$c" >>"$work/clean"; echo "$n" >>"$work/noop"; echo "$m" >>"$work/comment"
  printf 'round %s: clean %ss, no-op %ss, one-comment %ss\n' "$round" "$c" "$n" "$m"
done
c="$(median <"$work/clean")"; n="$(median <"$work/noop")"; m="$(median <"$work/comment")"
printf 'median: clean install %ss | no-op %ss (%.2fx) | one-comment change %ss (%.2fx)\n' \
  "$c" "$n" "$(echo "$n / $c" | bc -l)" "$m" "$(echo "$m / $c" | bc -l)"
