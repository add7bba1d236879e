# Shared helpers of the entry points in scripts/. Source it; do not run it.
# shellcheck shell=bash

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
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

# Extracts third-party imports (buf/validate/validate.proto from
# build.buf:protovalidate, google/rpc/status.proto from
# com.google.api.grpc:proto-google-common-protos) from the Maven artifacts into
# .proto-deps/ if any is missing. Offline after the first run.
ensure_proto_deps() {
  if [[ ! -f "$REPO_ROOT/.proto-deps/buf/validate/validate.proto" ||
        ! -f "$REPO_ROOT/.proto-deps/google/rpc/status.proto" ]]; then
    log "Extracting third-party proto imports (./mvnw initialize)"
    (cd "$REPO_ROOT" && ./mvnw -B -q initialize)
  fi
}

# free_port: prints a TCP port that is free on 127.0.0.1 right now.
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# go_tool NAME PACKAGE VERSION: installs a pinned Go command into .tools/bin with
# `go install` (Go module proxy), unless that version is already there (a stamp
# file .tools/bin/.NAME.version remembers it).
go_tool() {
  local name="$1" pkg="$2" version="$3"
  local bin="$REPO_ROOT/.tools/bin"
  local stamp="$bin/.$name.version"
  if [[ -x "$bin/$name" && "$(cat "$stamp" 2>/dev/null)" == "$version" ]]; then
    return 0
  fi
  log "Installing $name $version (go install $pkg)"
  mkdir -p "$bin"
  GOBIN="$bin" GOFLAGS=-mod=mod go install "$pkg@$version"
  echo "$version" >"$stamp"
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

# Test reports of this run, counted by the summary line of scripts/check.sh
# (scripts/lib/test-summary.py): JUnit XML files and `go test -v` logs named
# *.gotest.log. Maven Surefire reports are found where Maven writes them.
TEST_REPORTS="$REPO_ROOT/target/test-reports"
export TEST_REPORTS

# go_test_logged NAME [GO TEST ARGS...]: runs `go test -count=1 -v ARGS` in the
# current directory, keeps the full log as $TEST_REPORTS/NAME.gotest.log, shows
# the per-test and per-package lines, and fails when any test failed.
go_test_logged() {
  local name="$1"; shift
  local logf="$TEST_REPORTS/$name.gotest.log"
  mkdir -p "$TEST_REPORTS"
  go test -count=1 -v "$@" >"$logf" 2>&1 || true
  grep -E '^(--- |ok|FAIL|panic)' "$logf" || true
  if grep -qE '^(FAIL|--- FAIL|panic)' "$logf" || ! grep -qE '^(ok|PASS)' "$logf"; then
    tail -n 40 "$logf" >&2
    die "go test failed in $(pwd) (full log: ${logf#"$REPO_ROOT"/})"
  fi
}

# pytest_junit NAME: a fresh JUnit XML path for one pytest run, under $TEST_REPORTS.
pytest_junit() {
  mkdir -p "$TEST_REPORTS"
  echo "$TEST_REPORTS/pytest-$1-$(date +%s%N).xml"
}

# Baselines of the compatibility checks (buf breaking, compat-check):
#   branch_baseline  the ref to compare with: $BREAKING_AGAINST_REF when set
#                    (CI sets the PR's target branch); it MUST exist, a typo or
#                    a shallow clone fails instead of silently skipping. Unset:
#                    `main`, else `origin/main`, else nothing (prints nothing).
#   release_baseline the newest v* tag, or nothing when there is none yet.
branch_baseline() {
  local ref="${BREAKING_AGAINST_REF:-}"
  if [[ -n "$ref" ]]; then
    git -C "$REPO_ROOT" rev-parse --verify --quiet "$ref^{commit}" >/dev/null ||
      die "BREAKING_AGAINST_REF='$ref' is not a commit in this clone (misspelt, or not fetched: CI needs fetch-depth: 0)"
    echo "$ref"
    return 0
  fi
  for ref in main origin/main; do
    if git -C "$REPO_ROOT" rev-parse --verify --quiet "$ref^{commit}" >/dev/null; then
      echo "$ref"
      return 0
    fi
  done
}
release_baseline() {
  git -C "$REPO_ROOT" describe --tags --abbrev=0 --match 'v[0-9]*' 2>/dev/null || true
}
