#!/usr/bin/env bash
# buf checks, all offline:
#   1. lint (STANDARD + COMMENTS, see buf.yaml)
#   2. format (buf format must leave every file unchanged)
#   3. breaking (FILE) against the main branch, when it differs from HEAD
#   4. breaking (FILE) against the newest release tag v*, if there is one
#   5. self-tests on a small fixture module (so they never depend on what the
#      contracts say): a renumbered and a retyped field MUST be
#      reported as breaking, an undocumented message MUST fail lint, and a
#      badly indented file MUST fail the format check, which proves that
#      steps 1-4 can fail; and a BREAKING_AGAINST_REF that does not exist
#      MUST fail the script.
#
# Environment:
#   BREAKING_AGAINST_REF  git ref to compare with (default: main, else
#                         origin/main); when set, it must exist
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"
# First, before anything slow: a baseline that was asked for must exist.
branch_ref="$(branch_baseline)"
release_ref="$(release_baseline)"
ensure_buf
ensure_proto_deps

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

log "buf lint (STANDARD + COMMENTS)"
buf_cli lint
echo "lint: clean"

log "buf format (check only)"
if ! buf_cli format --diff --exit-code; then
  die "some .proto files are not formatted: run 'scripts/buf format -w' and commit the result"
fi
echo "format: clean"

# breaking_against REF LABEL: compares the working tree with REF.
breaking_against() {
  local ref="$1" label="$2" dest="$work/against-$3"
  if ! git cat-file -e "$ref:proto" 2>/dev/null; then
    echo "breaking vs $label: '$ref' has no proto/ yet, skipped"
    return 0
  fi
  snapshot_at_ref "$ref" "$dest"
  buf_cli breaking --against "$dest"
  echo "breaking vs $label ($(git rev-parse --short "$ref")): no breaking changes"
}

log "buf breaking (FILE) against the main branch"
if [[ -n "$branch_ref" ]]; then
  breaking_against "$branch_ref" "$branch_ref" branch
else
  echo "breaking vs branch: neither main nor origin/main exists here, skipped"
fi

log "buf breaking (FILE) against the newest release tag"
if [[ -n "$release_ref" ]]; then
  breaking_against "$release_ref" "release $release_ref" release
else
  echo "breaking vs release: no v* tag yet, skipped (the first release sets the baseline)"
fi

log "buf self-tests (each check must reject a change made to break it)"
# The self-tests run the repository's own buf.yaml over a small fixture module
# instead of the real contracts, so that they keep working whatever the
# contracts say. The fixture passes lint, format and breaking as written.
fixture="$work/selftest-base"
mkdir -p "$fixture/proto/selftest/v1"
cp -R buf.yaml .proto-deps "$fixture/"
cat >"$fixture/proto/selftest/v1/selftest.proto" <<'PROTO'
syntax = "proto3";

package selftest.v1;

// A service that exists only for the buf self-tests.
service SelfTestService {
  // Holds an amount.
  rpc ReserveAmount(ReserveAmountRequest) returns (ReserveAmountResponse);
}

// Request for SelfTestService.ReserveAmount.
message ReserveAmountRequest {
  // The amount to hold, a decimal string.
  string amount = 2;
}

// Response for SelfTestService.ReserveAmount.
message ReserveAmountResponse {
  // The balance after the hold, a decimal string.
  string balance = 1;
}
PROTO
(cd "$fixture" && buf_cli lint && buf_cli format --diff --exit-code) ||
  die "buf self-test fixture: the unmodified fixture must pass lint and format"

# selftest NAME SED_EXPR EXPECTED_OUTPUT -- BUF_ARGS...: applies SED_EXPR to a
# copy of the fixture, runs buf with BUF_ARGS in that copy (breaking compares
# with the unmodified fixture) and requires it to fail with EXPECTED_OUTPUT.
selftest() {
  local name="$1" sed_expr="$2" expect="$3" dest="$work/selftest-$1"
  shift 4
  cp -R "$fixture" "$dest"
  local file="proto/selftest/v1/selftest.proto"
  sed -i -E "$sed_expr" "$dest/$file"
  if cmp -s "$dest/$file" "$fixture/$file"; then
    die "self-test '$name': the mutation did not apply; update scripts/buf-checks.sh"
  fi
  local out
  if out="$(cd "$dest" && buf_cli "$@" 2>&1)"; then
    die "self-test '$name': 'buf $*' accepted the change"
  fi
  grep -q "$expect" <<<"$out" || die "self-test '$name': unexpected output: $out"
  echo "self-test '$name': rejected as expected: $(head -n 1 <<<"$out")"
}
# ReserveAmountRequest.amount: field 2 renumbered to 12.
selftest renumber 's/^  string amount = 2;/  string amount = 12;/' 'amount' \
  -- breaking --against "$fixture"
# ReserveAmountResponse.balance: string retyped to double.
selftest retype 's/^  string balance = 1;/  double balance = 1;/' 'type' \
  -- breaking --against "$fixture"
# The comment above ReserveAmountRequest removed: COMMENTS lint must object.
selftest comment '/^\/\/ Request for SelfTestService\.ReserveAmount\.$/d' 'ReserveAmountRequest' \
  -- lint
# A field indented by four spaces instead of two: buf format must object.
selftest format 's/^  string balance = 1;/    string balance = 1;/' 'balance' \
  -- format --diff --exit-code

# A baseline that does not exist must fail the whole script, not skip.
if out="$(BREAKING_AGAINST_REF=refs/heads/no-such-branch-for-self-test "$0" 2>&1)"; then
  die "self-test 'missing-ref': a BREAKING_AGAINST_REF that does not exist was accepted"
fi
grep -q "BREAKING_AGAINST_REF='refs/heads/no-such-branch-for-self-test' is not a commit" <<<"$out" ||
  die "self-test 'missing-ref': unexpected output: $out"
echo "self-test 'missing-ref': rejected as expected: $(tail -n 1 <<<"$out")"

log "buf checks passed"
