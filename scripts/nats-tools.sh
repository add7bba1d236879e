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

TOOLS_BIN="$REPO_ROOT/.tools/bin"
mkdir -p "$TOOLS_BIN"

# nats_tool NAME PACKAGE VERSION
nats_tool() {
  local name="$1" pkg="$2" version="$3" stamp="$TOOLS_BIN/.$1.version"
  if [[ -x "$TOOLS_BIN/$name" && "$(cat "$stamp" 2>/dev/null)" == "$version" ]]; then
    return 0
  fi
  log "Installing $name $version (go install $pkg@$version)"
  GOBIN="$TOOLS_BIN" GOFLAGS=-mod=mod go install "$pkg@$version"
  echo "$version" >"$stamp"
}

nats_tool nats-server github.com/nats-io/nats-server/v2 "$NATS_SERVER_VERSION"
if [[ "${1:-}" == "--cli" ]]; then
  nats_tool nats github.com/nats-io/natscli/nats "$NATSCLI_VERSION"
fi
