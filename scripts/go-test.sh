#!/usr/bin/env bash
# The Go code (docs/GO-PYTHON.md):
#   gen/go    the stubs module github.com/tam/tam-protos/gen/go: go.mod/go.sum
#             tidy, build, vet, and its own tests, which run at the lowest
#             versions its go.mod allows (the seed call over bufconn, the
#             validation rules readable); its direct requirements are only
#             what the generated code imports, and a `go` directive one
#             release lower MUST fail to compile (so the directive is the
#             minimum, not a guess);
#   tests/go  the tests that need more (protovalidate-go, Go 1.26): the seed
#             round trip with validation, the rejected amounts.
#   scripts/go-test.sh [GO TEST ARGS...]
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

# go_module_checks DIR: tidy (committed go.mod/go.sum must already be tidy), build, vet.
go_module_checks() {
  (cd "$1"
    if ! go mod tidy -diff; then
      die "$1/go.mod or go.sum is not tidy: run 'cd $1 && go mod tidy' and commit"
    fi
    go build ./...
    go vet ./...)
}

log "Go: gen/go (the stubs module, at its minimum versions)"
go_module_checks "$REPO_ROOT/gen/go"
direct="$(cd "$REPO_ROOT/gen/go" && go list -m -f '{{if not (or .Main .Indirect)}}{{.Path}}{{end}}' all | sort | paste -sd' ')"
want="buf.build/gen/go/bufbuild/protovalidate/protocolbuffers/go google.golang.org/genproto/googleapis/rpc google.golang.org/grpc google.golang.org/protobuf"
[[ "$direct" == "$want" ]] ||
  die "gen/go must require only what the generated code imports ($want), not: $direct (tests that need more belong in tests/go)"
go_directive="$(sed -n 's/^go \([0-9.]*\)$/\1/p' "$REPO_ROOT/gen/go/go.mod")"
lower="${go_directive%.*}.$(( ${go_directive##*.} - 1 ))"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
cp -R "$REPO_ROOT/gen/go/." "$tmp/"
sed -i "s/^go $go_directive\$/go $lower/" "$tmp/go.mod"
if (cd "$tmp" && go vet ./... >"$tmp/vet.log" 2>&1); then
  die "gen/go also compiles with 'go $lower': lower its go directive (docs/GO-PYTHON.md)"
fi
echo "go directive: $go_directive is the minimum (go $lower fails: $(grep -m1 -o 'requires go[0-9.]* or later' "$tmp/vet.log"))"
(cd "$REPO_ROOT/gen/go" && go_test_logged gen-go "$@" ./...)

log "Go: tests/go (tests that need protovalidate-go)"
go_module_checks "$REPO_ROOT/tests/go"
(cd "$REPO_ROOT/tests/go" && go_test_logged tests-go "$@" ./...)
