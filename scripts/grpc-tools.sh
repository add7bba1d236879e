#!/usr/bin/env bash
# Installs the pinned gRPC command-line tools into .tools/bin with `go install`
# (Go module proxy), like the other Go tools. Quick on re-run: skipped when the
# pinned version is already there.
#
#   scripts/grpc-tools.sh     grpcurl (the sandbox smoke test and the README's
#                             walk-through call the sandbox with it)
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"

GRPCURL_VERSION=v1.9.4

go_tool grpcurl github.com/fullstorydev/grpcurl/cmd/grpcurl "$GRPCURL_VERSION"
