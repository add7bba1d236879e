#!/usr/bin/env bash
# Measures the Maven inner loop (docs/BENCHMARKS.md, "Build times"): in a
# scratch copy of the repository, offline, without tests, N rounds of
#   clean    ./mvnw -o install -DskipTests after `clean`
#   no-op    the same again with nothing changed
#   comment  the same after adding one comment line to one .proto
#            (proto/wallet/v1/wallet_service.proto)
# and prints the median of each with the ratios to `clean`, as wall time and
# as CPU time (user + system of Maven and everything it runs: protoc, javac,
# javadoc), which a busy machine disturbs much less than wall time. Takes a
# few minutes; not part of scripts/check.sh (timings are not tests).
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

mvn_install() {  # prints "WALL CPU" in seconds
  local t="$work/time"
  (cd "$copy" && /usr/bin/time -o "$t" -f '%e %U %S' ./mvnw -o -B -q install -DskipTests -Drevision=0.0.0-buildbench >"$work/mvn.log" 2>&1) ||
    { tail -n 40 "$work/mvn.log" >&2; die "the build failed"; }
  awk '{printf "%.1f %.1f\n", $1, $2 + $3}' "$t"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

log "Build inner loop of $label, $rounds rounds ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
for kind in clean noop comment; do : >"$work/$kind.wall"; : >"$work/$kind.cpu"; done
for round in $(seq 1 "$rounds"); do
  (cd "$copy" && ./mvnw -o -B -q clean >/dev/null)
  read -r cw cc < <(mvn_install)
  read -r nw nc < <(mvn_install)
  printf '\n// build-bench round %s: a one-line comment change.\n' "$round" >>"$proto"
  read -r mw mc < <(mvn_install)
  echo "$cw" >>"$work/clean.wall"; echo "$cc" >>"$work/clean.cpu"
  echo "$nw" >>"$work/noop.wall"; echo "$nc" >>"$work/noop.cpu"
  echo "$mw" >>"$work/comment.wall"; echo "$mc" >>"$work/comment.cpu"
  printf 'round %s (wall / cpu s): clean %s / %s, no-op %s / %s, one-comment %s / %s (load %s)\n' \
    "$round" "$cw" "$cc" "$nw" "$nc" "$mw" "$mc" "$(cut -d' ' -f1 /proc/loadavg)"
done
for unit in wall cpu; do
  c="$(median <"$work/clean.$unit")"; n="$(median <"$work/noop.$unit")"; m="$(median <"$work/comment.$unit")"
  printf 'median %-4s: clean install %ss | no-op %ss (%.2fx) | one-comment change %ss (%.2fx)\n' \
    "$unit" "$c" "$n" "$(echo "$n / $c" | bc -l)" "$m" "$(echo "$m / $c" | bc -l)"
done
