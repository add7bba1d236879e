#!/usr/bin/env bash
# Lints the GitHub workflows (.github/workflows/*.yml) with actionlint, installed
# at the pinned version (scripts/lib/versions.sh) with `go install` into
# .tools/bin. Then a self-test: a scratch workflow that reads an undefined step
# output MUST be rejected, so the lint can fail.
#   scripts/lint-workflows.sh
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$REPO_ROOT/scripts/lib/versions.sh"
cd "$REPO_ROOT"

bin="$REPO_ROOT/.tools/bin"
go_tool actionlint github.com/rhysd/actionlint/cmd/actionlint "$ACTIONLINT_VERSION"

log "actionlint $ACTIONLINT_VERSION: .github/workflows"
"$bin/actionlint" -no-color .github/workflows/*.yml
echo "workflows: $(ls .github/workflows/*.yml | xargs -n1 basename | paste -sd' ') clean"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/.github/workflows"
cat >"$work/.github/workflows/broken.yml" <<'YAML'
on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo "${{ steps.nothing.outputs.version }}"
YAML
if out="$("$bin/actionlint" -no-color "$work/.github/workflows/broken.yml" 2>&1)"; then
  die "self-test: actionlint accepted a workflow reading an undefined step output"
fi
grep -q 'nothing' <<<"$out" || die "self-test: unexpected output: $out"
echo "self-test: rejected as expected: $(head -n 1 <<<"$out")"
