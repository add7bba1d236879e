#!/usr/bin/env bash
# Installs the pinned Temporal CLI into .tools/bin with `go install` (Go module
# proxy). Its `temporal server start-dev` is a real Temporal frontend (with the
# history, matching and worker services and an in-memory SQLite store), which
# `scripts/sandbox-smoke.sh --real-temporal` runs the bet saga on. Not used by
# scripts/check.sh: the first build compiles the Temporal server (minutes on two
# cores). Quick on re-run: skipped when the pinned version is already there.
#
#   scripts/temporal-tools.sh
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"

TEMPORAL_CLI_VERSION=v1.5.1

go_tool temporal github.com/temporalio/cli/cmd/temporal "$TEMPORAL_CLI_VERSION"
