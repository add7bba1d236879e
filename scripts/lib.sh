# Shared helpers for the scripts in this folder. Source it; do not run it.
# shellcheck shell=bash

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT

log() { printf '\n==> %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Installs the pinned buf CLI from npm (package-lock.json) if it is missing.
ensure_buf() {
  if [[ ! -x "$REPO_ROOT/node_modules/.bin/buf" ]]; then
    log "Installing the pinned buf CLI (npm ci)"
    (cd "$REPO_ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# Extracts third-party imports (buf/validate/validate.proto) from the Maven
# artifacts into .proto-deps/ if they are missing. Offline after the first run.
ensure_proto_deps() {
  if [[ ! -f "$REPO_ROOT/.proto-deps/buf/validate/validate.proto" ]]; then
    log "Extracting third-party proto imports (./mvnw initialize)"
    (cd "$REPO_ROOT" && ./mvnw -B -q initialize)
  fi
}

buf_cli() {
  "$REPO_ROOT/node_modules/.bin/buf" "$@"
}
