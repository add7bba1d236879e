#!/usr/bin/env bash
# The Go kit module kit/go (github.com/tam/tam-protos/kit/go, docs/go.md) and
# the Go client example: go.mod/go.sum tidy, gofmt, vet (which compiles), test. The kit's tests
# replay the golden corpus (tests/golden, the Java kit's answers) and run the
# interceptors over loopback; the example calls a loopback wallet server.
#   scripts/go-kit-test.sh [GO TEST ARGS...]
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

for module in kit/go examples/go-client; do
  log "Go: go mod tidy -diff, go build, go vet, go test ($module)"
  cd "$REPO_ROOT/$module"
  if ! go mod tidy -diff; then
    die "$module/go.mod or go.sum is not tidy: run 'cd $module && go mod tidy' and commit"
  fi
  unformatted="$(gofmt -l .)"
  [[ -z "$unformatted" ]] || die "not gofmt-formatted in $module: $unformatted (run gofmt -w)"
  # go vet compiles every package (tests included); a plain `go build ./...`
  # would leave the example's binary in the tree.
  go vet ./...
  TAM_REPO_ROOT="$REPO_ROOT" go_test_logged "$(echo "$module" | tr '/' '-')" "$@" ./...
done
# The stubs module must not depend on the kit (the kit depends on it).
if grep -q 'kit/go' "$REPO_ROOT/gen/go/go.mod"; then
  die "gen/go/go.mod must not require the kit module"
fi
