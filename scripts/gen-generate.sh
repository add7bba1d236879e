#!/usr/bin/env bash
# Generates the Go and Python code for every .proto under proto/ (no file list)
# with buf.gen.yaml, and makes the Python imports relative (protoletariat).
#
#   scripts/gen-generate.sh            regenerate gen/go and gen/python in place
#   scripts/gen-generate.sh --out DIR  write the generated tree to DIR/gen/...
#                                      instead (used by scripts/gen-check.sh)
#
# In place, only generated files are replaced: gen/go/go.mod, go.sum and the
# hand-written *_test.go files are kept; generated files whose .proto is gone
# are deleted. Offline once scripts/gen-tools.sh has run (it is called here).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"

out=""
if [[ "${1:-}" == "--out" ]]; then
  out="${2:?--out needs a directory}"
elif [[ $# -gt 0 ]]; then
  die "usage: scripts/gen-generate.sh [--out DIR]"
fi

"$REPO_ROOT/scripts/gen-tools.sh"
ensure_buf
ensure_proto_deps

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# 1. buf generate into a scratch tree.
buf_cli generate -o "$work/tree"
buf_cli build -o "$work/descriptors.binpb"

# google.rpc comes from the googleapis-common-protos package (pyproject.toml),
# never from gen/python: drop what include_imports wrote for it.
rm -rf "$work/tree/gen/python/google"

# 2. Python: relative imports + __init__.py / __init__.pyi (protoletariat).
"$REPO_ROOT/.tools/protol/bin/python" "$REPO_ROOT/tools/codegen/python_fix_imports.py" \
  "$work/tree/gen/python" "$work/descriptors.binpb"
# No absolute import of a proto package may be left (it would only resolve
# from a top-level package of that name, never from tam_protos.gen.python).
roots="$(find "$work/tree/gen/python" -mindepth 1 -maxdepth 1 -type d -printf '%f\n' | paste -sd'|')"
if [[ -n "$roots" ]] && leftovers="$(grep -rnE "^(from|import) ($roots)(\.| )" "$work/tree/gen/python")"; then
  die "absolute imports left after protoletariat:"$'\n'"$leftovers"
fi

# Every _pb2_grpc module must hold a service stub (services_only.py drops the
# files without a service): an empty one means the filter stopped working.
while IFS= read -r f; do
  grep -q '^class .*Stub' "$f" || die "generated ${f#"$work/tree/"} has no service stub"
done < <(find "$work/tree/gen/python" -name '*_pb2_grpc.py')

# 3. Go: gofmt is what protoc-gen-go writes already; nothing to post-process.

if [[ -n "$out" ]]; then
  mkdir -p "$out"
  cp -R "$work/tree/gen" "$out/"
  exit 0
fi

# In place: replace the generated files, keep the hand-written ones.
source "$REPO_ROOT/scripts/lib/gen-files.sh"
list_generated "$REPO_ROOT" | while IFS= read -r f; do rm -f "$REPO_ROOT/$f"; done
cp -R "$work/tree/gen" "$REPO_ROOT/"
find "$REPO_ROOT/gen" -type d -empty -delete
echo "generated: $(list_generated "$REPO_ROOT" | wc -l) files under gen/"
