#!/usr/bin/env python3
"""Runs a gRPC stub plugin only for the .proto files that declare a service.

Both gRPC generators for Python (grpcio-tools' grpc_python and mypy-protobuf's
protoc-gen-mypy_grpc) write a `_pb2_grpc.py` / `.pyi` for every input file,
even one without a service, where it holds nothing but imports. This protoc
plugin wraps such a plugin: it reads the CodeGeneratorRequest, drops the files
that declare no service from `file_to_generate`, runs the wrapped plugin on
the rest (or nothing, if none is left) and returns its response unchanged.

Usage (buf.gen.yaml): local: [python, tools/codegen/services_only.py, PLUGIN, ARGS...]
"""

import subprocess
import sys

from google.protobuf.compiler import plugin_pb2


def main(plugin: list[str]) -> int:
    request = plugin_pb2.CodeGeneratorRequest.FromString(sys.stdin.buffer.read())
    with_service = {f.name for f in request.proto_file if f.service}
    keep = [name for name in request.file_to_generate if name in with_service]
    if not keep:
        response = plugin_pb2.CodeGeneratorResponse(
            supported_features=plugin_pb2.CodeGeneratorResponse.FEATURE_PROTO3_OPTIONAL
        )
        sys.stdout.buffer.write(response.SerializeToString())
        return 0
    del request.file_to_generate[:]
    request.file_to_generate.extend(keep)
    done = subprocess.run(plugin, input=request.SerializeToString(), stdout=subprocess.PIPE)
    sys.stdout.buffer.write(done.stdout)
    return done.returncode


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: services_only.py PLUGIN [ARGS...]")
    sys.exit(main(sys.argv[1:]))
