#!/usr/bin/env bash
# Installs the pinned code generators used by buf.gen.yaml, and the Python venv.
# Idempotent and quick on re-run: each tool is skipped when the pinned version
# is already there. Everything comes from registries (Go module proxy, PyPI,
# Maven Central through the Maven wrapper); nothing is installed by hand.
#
#   .tools/bin/protoc-gen-go        google.golang.org/protobuf/cmd/protoc-gen-go
#   .tools/bin/protoc-gen-go-grpc   google.golang.org/grpc/cmd/protoc-gen-go-grpc
#   .tools/bin/protoc               com.google.protobuf:protoc (same version as the
#                                   Maven build: <protobuf.version> in pom.xml), used
#                                   by buf's protoc_builtin python and pyi plugins
#   .tools/protol/                  venv with protoletariat (rewrites the Python
#                                   imports to relative ones); separate venv because
#                                   protoletariat 3.3.10 requires protobuf<6
#   .venv/                          venv with the Python runtime (protobuf, grpcio,
#                                   protovalidate), grpcio-tools (grpc_python
#                                   generator) and pytest
#
# Usage: scripts/gen-tools.sh
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$REPO_ROOT/scripts/lib/versions.sh"
cd "$REPO_ROOT"

TOOLS_BIN="$REPO_ROOT/.tools/bin"
mkdir -p "$TOOLS_BIN"

go_tool protoc-gen-go google.golang.org/protobuf/cmd/protoc-gen-go "$PROTOC_GEN_GO_VERSION"
go_tool protoc-gen-go-grpc google.golang.org/grpc/cmd/protoc-gen-go-grpc "$PROTOC_GEN_GO_GRPC_VERSION"

# protoc, the same binary the Maven build uses (so Java and Python gencode agree).
protoc_version="$(sed -n 's:.*<protobuf.version>\(.*\)</protobuf.version>.*:\1:p' pom.xml)"
[[ -n "$protoc_version" ]] || die "no <protobuf.version> in pom.xml"
if [[ "$(cat "$TOOLS_BIN/.protoc.version" 2>/dev/null)" != "$protoc_version" || ! -x "$TOOLS_BIN/protoc" ]]; then
  log "Installing protoc $protoc_version (com.google.protobuf:protoc from Maven Central)"
  classifier="linux-x86_64"
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) classifier=linux-x86_64 ;;
    Linux-aarch64) classifier=linux-aarch_64 ;;
    Darwin-x86_64) classifier=osx-x86_64 ;;
    Darwin-arm64) classifier=osx-aarch_64 ;;
    *) die "no protoc build for $(uname -s)-$(uname -m)" ;;
  esac
  ./mvnw -B -q -ntp dependency:copy \
    "-Dartifact=com.google.protobuf:protoc:$protoc_version:exe:$classifier" \
    "-DoutputDirectory=$TOOLS_BIN" -Dmdep.stripVersion=true -Dmdep.stripClassifier=true >/dev/null
  mv -f "$TOOLS_BIN/protoc.exe" "$TOOLS_BIN/protoc"
  chmod +x "$TOOLS_BIN/protoc"
  echo "$protoc_version" >"$TOOLS_BIN/.protoc.version"
fi

# python_venv DIR REQUIREMENTS...: (re)creates DIR when its pinned set changed.
python_venv() {
  local dir="$1"; shift
  local want="$*"
  if [[ -x "$dir/bin/python" && "$(cat "$dir/.pinned" 2>/dev/null)" == "$want" ]]; then
    return 0
  fi
  log "Creating the Python venv $dir ($want)"
  rm -rf "$dir"
  "${PYTHON:-python3}" -m venv "$dir"
  "$dir/bin/python" -m pip install -q --disable-pip-version-check "$@"
  echo "$want" >"$dir/.pinned"
}
python_venv "$REPO_ROOT/.tools/protol" "${PROTOL_REQUIREMENTS[@]}"
python_venv "$REPO_ROOT/.venv" "${PYTHON_REQUIREMENTS[@]}"

# Gencode must never be newer than the runtime: protoc 4.X.Y writes Python
# gencode X.Y (major 7 for protoc 4.36.x); the runtime pin must be >= that.
runtime="$("$REPO_ROOT/.venv/bin/python" -c 'import google.protobuf as p; print(p.__version__)')"
gencode_minor="${protoc_version#*.}"
if [[ "${runtime#*.}" != "$gencode_minor" ]]; then
  die "Python protobuf runtime $runtime does not match protoc $protoc_version (want 7.$gencode_minor): update scripts/lib/versions.sh"
fi
