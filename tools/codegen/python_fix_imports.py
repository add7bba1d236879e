"""Rewrites the generated Python imports to relative ones, with protoletariat.

protoc and mypy-protobuf write absolute imports rooted at the proto package
(`from common.v1 import event_pb2 as ...`). Those only resolve if `common` is a
top-level package; in the `tam-protos` wheel the code lives under
`tam_protos.gen.python`, so the imports are made relative
(`from ...common.v1 import event_pb2 as ...`), exactly what `protol raw` does.

protoletariat 3.3.10 only knows protoc's `.py` alias form
(`as common_dot_v1_dot_event__pb2`). The `.pyi` stubs written by mypy-protobuf
alias an import as `_<module>_pb2` (upstream cpcloud/protoletariat#850), so this
driver registers that one extra alias form with protoletariat's own AST
rewriter and otherwise runs protoletariat unchanged. gen-generate.sh then
fails if any absolute import of a proto package is left.

Usage (in the .tools/protol venv):
  python python_fix_imports.py PYTHON_OUT DESCRIPTOR_SET
"""

import sys
from pathlib import Path

from protoletariat import fdsetgen, rewrite

_build_rewrites = rewrite.build_rewrites


def build_rewrites(proto, dep, *, is_public=False):
    """protoletariat's rewrites plus the `_<module>_pb2` alias of .pyi stubs."""
    replacements = _build_rewrites(proto, dep, is_public=is_public)
    *import_parts, part = dep.split("/")
    if import_parts:
        dots = "." * (proto.count("/") + 1)
        package = ".".join(import_parts)
        replacements.append(
            rewrite.Replacement(
                old=f"from {package} import {part}_pb2 as _{part}_pb2",
                new=f"from {dots}{package} import {part}_pb2 as _{part}_pb2",
            )
        )
    return replacements


def main(python_out: str, descriptor_set: str) -> None:
    fdsetgen.build_rewrites = build_rewrites
    fdsetgen.Raw(Path(descriptor_set).read_bytes()).fix_imports(
        python_out=Path(python_out),
        create_package=True,
        overwrite_callback=lambda path, code: path.write_text(code),
        module_suffixes=["_pb2.py", "_pb2.pyi", "_pb2_grpc.py", "_pb2_grpc.pyi"],
        # Well-known types come from the protobuf runtime (protol's default),
        # google.rpc from the googleapis-common-protos package: both keep
        # their absolute imports.
        exclude_imports_glob=["google/protobuf/*", "google/rpc/*"],
    )


if __name__ == "__main__":
    main(*sys.argv[1:])
