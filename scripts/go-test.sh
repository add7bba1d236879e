#!/usr/bin/env bash
# The Go module gen/go (github.com/tam/tam-protos/gen/go): go.mod/go.sum tidy,
# go build, go vet and go test (gRPC round trip over bufconn + protovalidate).
#   scripts/go-test.sh [GO TEST ARGS...]
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT/gen/go"

log "Go: go mod tidy -diff, go build, go vet, go test (gen/go)"
# go.mod and go.sum are committed and must already be tidy.
if ! go mod tidy -diff; then
  die "gen/go/go.mod or go.sum is not tidy: run 'cd gen/go && go mod tidy' and commit"
fi
go build ./...
go vet ./...
go_test_logged gen-go "$@" ./...
