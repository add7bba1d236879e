# Which files under gen/ are generated (owned by scripts/gen-generate.sh) and
# which are hand-written (gen/go/go.mod, go.sum, *_test.go, ...). Sourced.
# shellcheck shell=bash

# list_generated ROOT: prints the generated files under ROOT/gen, relative to
# ROOT, sorted.
list_generated() {
  local root="$1"
  [[ -d "$root/gen" ]] || return 0
  (cd "$root" && find gen/go gen/python -type f \
    \( -name '*.pb.go' -o -name '*_pb2.py' -o -name '*_pb2.pyi' \
       -o -name '*_pb2_grpc.py' -o -name '*_pb2_grpc.pyi' \
       -o -path 'gen/python/*__init__.py' -o -path 'gen/python/*__init__.pyi' \) \
    -not -path '*/__pycache__/*' 2>/dev/null | LC_ALL=C sort)
}
