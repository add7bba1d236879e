#!/usr/bin/env bash
# Semantic compatibility check (docs/VERSIONING.md, "Caught by the check"):
# compares the contracts of the working tree with a baseline and fails, one
# line per break (file: element: reason), on what `buf breaking` cannot see:
# stricter protovalidate rules on requests, documented error reasons removed
# or re-coded, idempotency levels, saga steps and order, event subject / kind /
# aggregate, currency scales. It reads descriptor sets, not text
# (tools/compat, a small Java tool).
#
#   scripts/compat-check.sh REF              baseline: proto/ at git ref REF
#   scripts/compat-check.sh --maven VERSION  baseline: the descriptor set inside
#                                            com.tam:tam-protos:VERSION, resolved
#                                            from the configured Maven repositories
#   scripts/compat-check.sh                  the baselines of CI: the branch
#                                            (BREAKING_AGAINST_REF, else main) and
#                                            the newest v* tag, when they exist
#   scripts/compat-check.sh --self-test      a scratch copy with an event subject
#                                            changed MUST be reported
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"

mode="${1:-}"
case "$mode" in
  "") branch_ref="$(branch_baseline)"; release_ref="$(release_baseline)" ;;
  --maven) [[ -n "${2:-}" ]] || die "usage: scripts/compat-check.sh --maven VERSION" ;;
  --self-test) ;;
  -*) die "usage: scripts/compat-check.sh [REF | --maven VERSION | --self-test]" ;;
  *) git rev-parse --verify --quiet "$mode^{commit}" >/dev/null || die "git ref '$mode' not found" ;;
esac
ensure_buf
ensure_proto_deps

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# The tool: built when missing or older than its sources.
jar="$REPO_ROOT/tools/compat/target/tam-compat-check.jar"
if [[ ! -f "$jar" ]] || [[ -n "$(find "$REPO_ROOT/tools/compat/src/main" "$REPO_ROOT/tools/compat/pom.xml" -newer "$jar" -print -quit)" ]]; then
  log "Building the compatibility check (tools/compat)"
  ./mvnw -B -ntp -q -f tools/compat/pom.xml package -DskipTests
fi

buf_cli build -o "$work/current.binpb"

# compare LABEL BASELINE.binpb [CURRENT.binpb]
compare() {
  local label="$1" baseline="$2" current="${3:-$work/current.binpb}"
  if java -jar "$jar" "$baseline" "$current" >"$work/out" 2>&1; then
    echo "compat vs $label: no incompatible changes"
  else
    cat "$work/out"
    die "incompatible changes against $label (docs/VERSIONING.md: relax, or make a new major package)"
  fi
}

# at_ref REF: the descriptor set of proto/ at REF, or nothing if REF has no proto/.
at_ref() {
  local ref="$1" dest="$work/ref-${1//\//_}"
  git cat-file -e "$ref:proto" 2>/dev/null || return 1
  snapshot_at_ref "$ref" "$dest"
  buf_cli build "$dest" -o "$dest.binpb"
  echo "$dest.binpb"
}

against_ref() {
  local ref="$1" label="$2" set
  if ! set="$(at_ref "$ref")"; then
    echo "compat vs $label: '$ref' has no proto/ yet, skipped"
    return 0
  fi
  compare "$label ($(git rev-parse --short "$ref"))" "$set"
}

case "$mode" in
  "")
    log "Compatibility check (descriptors) against the branch baseline"
    if [[ -n "$branch_ref" ]]; then against_ref "$branch_ref" "$branch_ref"; else echo "compat vs branch: neither main nor origin/main exists here, skipped"; fi
    log "Compatibility check (descriptors) against the newest release tag"
    if [[ -n "$release_ref" ]]; then
      against_ref "$release_ref" "release $release_ref"
    else
      echo "compat vs release: no v* tag yet, skipped (the first release sets the baseline)"
    fi
    ;;
  --maven)
    version="$2"
    log "Compatibility check (descriptors) against com.tam:tam-protos:$version"
    ./mvnw -B -ntp -q dependency:copy "-Dartifact=com.tam:tam-protos:$version" \
      "-DoutputDirectory=$work/maven" -Dmdep.stripVersion=true >/dev/null ||
      die "com.tam:tam-protos:$version could not be resolved from the configured Maven repositories"
    unzip -p "$work/maven/tam-protos.jar" META-INF/tam-protos/tam-protos.binpb >"$work/maven.binpb" ||
      die "com.tam:tam-protos:$version has no META-INF/tam-protos/tam-protos.binpb"
    compare "com.tam:tam-protos:$version" "$work/maven.binpb"
    ;;
  --self-test)
    log "Compatibility check self-test (a changed event subject must be reported)"
    copy="$work/self-test"
    mkdir -p "$copy"
    cp -R buf.yaml proto .proto-deps "$copy/"
    file="$(grep -rlE '^\s*subject: "tam\.' "$copy/proto" | sort | head -n 1)"
    [[ -n "$file" ]] || die "self-test: no event subject found in proto/; update scripts/compat-check.sh"
    sed -i -E '0,/^(\s*subject: "tam\.[^"]*)"/s//\1.selftest"/' "$file"
    buf_cli build "$copy" -o "$work/mutated.binpb"
    if java -jar "$jar" "$work/current.binpb" "$work/mutated.binpb" >"$work/out" 2>&1; then
      die "self-test: a changed event subject (${file#"$copy/"}) was not reported"
    fi
    grep -q 'event subject changed from .*\.selftest"' "$work/out" || die "self-test: unexpected output: $(cat "$work/out")"
    echo "self-test: rejected as expected: $(head -n 1 "$work/out")"
    ;;
  *)
    log "Compatibility check (descriptors) against $mode"
    against_ref "$mode" "$mode"
    ;;
esac
