#!/usr/bin/env bash
# Codegen drift check (the README's "code generation verification"):
# regenerates everything from proto/ into a temporary tree and fails, with a
# unified diff, if the committed generated files under gen/ differ (changed,
# missing or stale). Hand-written files under gen/ (go.mod, go.sum, *_test.go,
# py.typed) are not compared. Fix: scripts/gen-generate.sh, then commit gen/.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$REPO_ROOT/scripts/lib/gen-files.sh"
cd "$REPO_ROOT"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

log "Codegen drift check: regenerate into a temporary tree and compare with gen/"
"$REPO_ROOT/scripts/gen-generate.sh" --out "$tmp/fresh"

list_generated "$tmp/fresh" >"$tmp/want"
list_generated "$REPO_ROOT" >"$tmp/have"
failed=0
missing="$(comm -23 "$tmp/want" "$tmp/have")"
stale="$(comm -13 "$tmp/want" "$tmp/have")"
if [[ -n "$missing" ]]; then
  printf 'missing from gen/ (generated, not committed):\n%s\n' "$missing" | sed 's/^gen/  gen/'
  failed=1
fi
if [[ -n "$stale" ]]; then
  printf 'stale in gen/ (committed, no longer generated):\n%s\n' "$stale" | sed 's/^gen/  gen/'
  failed=1
fi
while IFS= read -r f; do
  if ! cmp -s "$tmp/fresh/$f" "$REPO_ROOT/$f"; then
    diff -u --label "committed: $f" --label "generated: $f" "$REPO_ROOT/$f" "$tmp/fresh/$f" | head -n 200 || true
    failed=1
  fi
done < <(comm -12 "$tmp/want" "$tmp/have")

if [[ "$failed" -ne 0 ]]; then
  die "gen/ is out of date with proto/ (see above): run scripts/gen-generate.sh and commit gen/"
fi
echo "codegen: gen/ matches proto/ ($(wc -l <"$tmp/want") generated files)"

# Self-test: a copy of the repository whose proto gained a field that gen/ does
# not have MUST fail this check, which proves the comparison above can fail.
if [[ "${GEN_CHECK_SELF_TEST:-1}" == "1" ]]; then
  log "Codegen drift self-test (a proto changed without regenerating must be caught)"
  copy="$tmp/self-test"
  mkdir -p "$copy"
  # The working tree as it is: tracked and untracked files, minus deleted ones.
  git ls-files -z -co --exclude-standard | while IFS= read -r -d '' f; do
    [[ -e "$f" ]] && printf '%s\0' "$f"
  done | xargs -0 tar -cf - | tar -xf - -C "$copy"
  for tool in node_modules .tools .venv .proto-deps; do
    [[ -e "$REPO_ROOT/$tool" ]] && ln -s "$REPO_ROOT/$tool" "$copy/$tool"
  done
  file="$copy/proto/wallet/v1/wallet_service.proto"
  sed -i 's|^message GetBalanceRequest {$|message GetBalanceRequest {\n  // Self-test field, never committed.\n  string self_test_note = 99;|' "$file"
  grep -q self_test_note "$file" || die "self-test: the mutation did not apply; update scripts/gen-check.sh"
  if out="$(cd "$copy" && GEN_CHECK_SELF_TEST=0 ./scripts/gen-check.sh 2>&1)"; then
    die "self-test: the drift check accepted a proto change that gen/ does not contain"
  fi
  grep -q 'self_test_note' <<<"$out" || die "self-test: unexpected output: $(tail -n 5 <<<"$out")"
  echo "self-test: a new field in wallet/v1 without regeneration was rejected as expected"
fi
