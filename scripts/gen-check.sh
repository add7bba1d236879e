#!/usr/bin/env bash
# Codegen drift check (the README's "code generation verification"):
# regenerates everything from proto/ into a temporary tree and fails, with a
# unified diff, if the committed generated files under gen/ differ (changed,
# missing or stale). Hand-written files under gen/ (go.mod, go.sum, *_test.go,
# py.typed) are not compared. Fix: scripts/gen-generate.sh, then commit gen/.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
source "$REPO_ROOT/scripts/gen-files.sh"
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
