#!/usr/bin/env bash
# Installs the pinned NATS tools into .tools/bin with `go install` (Go module
# proxy), like the other Go tools. Quick on re-run: skipped when the pinned
# version is already there.
#
#   scripts/nats-tools.sh          nats-server (the event tests need it)
#   scripts/nats-tools.sh --cli    nats-server and the nats CLI (`nats bench`,
#                                  `nats stream add --config`; scripts/nats-bench.sh)
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"

NATS_SERVER_VERSION=v2.15.2
NATSCLI_VERSION=v0.5.0

go_tool nats-server github.com/nats-io/nats-server/v2 "$NATS_SERVER_VERSION"
if [[ "${1:-}" == "--cli" ]]; then
  go_tool nats github.com/nats-io/natscli/nats "$NATSCLI_VERSION"
fi
