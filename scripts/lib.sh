# Shared helpers for the scripts in this folder. Source it; do not run it.
# shellcheck shell=bash

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT

log() { printf '\n==> %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Installs the pinned buf CLI from npm (package-lock.json) if it is missing or
# is not the version that package.json pins.
ensure_buf() {
  local pinned installed=""
  pinned="$(cd "$REPO_ROOT" && node -p 'require("./package.json").devDependencies["@bufbuild/buf"]')"
  if [[ -x "$REPO_ROOT/node_modules/.bin/buf" ]]; then
    installed="$("$REPO_ROOT/node_modules/.bin/buf" --version 2>/dev/null || true)"
  fi
  if [[ "$installed" != "$pinned" ]]; then
    log "Installing the pinned buf CLI $pinned (npm ci)"
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

# snapshot_at_ref REF DEST: materialises the buf workspace as it was at a git
# ref into DEST (buf.yaml and proto/ from the ref, the third-party imports from
# .proto-deps/ here, since they are never committed), so that buf can build it
# offline as the baseline of `buf breaking`.
snapshot_at_ref() {
  local ref="$1" dest="$2"
  mkdir -p "$dest"
  git -C "$REPO_ROOT" archive "$ref" proto buf.yaml | tar -x -C "$dest"
  cp -R "$REPO_ROOT/.proto-deps" "$dest/.proto-deps"
}
