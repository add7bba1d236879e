#!/usr/bin/env python3
"""Pinned versions that must agree, each checked against its one source.

A version lives in one place where the tools allow it (pom.xml properties, the
BOMs, package.json, scripts/lib/versions.sh, the go.mod files). Where a tool
needs its own copy (a standalone Maven project cannot inherit the root's
properties, pyproject.toml cannot read a shell file), the copy is checked here.
Usage: versions_check.py ROOT; prints each check, exits 1 on a mismatch.
"""
import re
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

NS = {"m": "http://maven.apache.org/POM/4.0.0"}


def pom_property(root: Path, pom: str, name: str) -> str | None:
    node = ET.parse(root / pom).getroot().find(f"m:properties/m:{name}", NS)
    return node.text.strip() if node is not None and node.text else None


def shell_pins(root: Path) -> dict[str, str]:
    text = (root / "scripts/lib/versions.sh").read_text()
    block = re.search(r"^PYTHON_REQUIREMENTS=\((.*?)^\)", text, re.M | re.S).group(1)
    pins = dict(re.findall(r"^\s+([A-Za-z0-9_.-]+)==([^\s]+)$", block, re.M))
    pins.update(re.findall(r"^([A-Z_]+)=(\S+)$", text, re.M))
    return pins


def go_require(root: Path, gomod: str, module: str) -> str | None:
    m = re.search(rf"^\s*(?:require\s+)?{re.escape(module)} (v\S+)", (root / gomod).read_text(), re.M)
    return m.group(1) if m else None


def main(root: Path) -> int:
    checks: list[tuple[str, object, object]] = []
    # Java: the root pom.xml is the source; standalone projects carry copies.
    for prop in ["grpc.version"]:
        for pom in ["benchmarks/pom.xml", "examples/java-consumer/pom.xml"]:
            checks.append((f"{pom} {prop}", pom_property(root, pom, prop), pom_property(root, "pom.xml", prop)))
    for prop in ["protobuf.version", "protovalidate.version", "junit.version", "assertj.version"]:
        checks.append((f"tools/compat/pom.xml {prop}", pom_property(root, "tools/compat/pom.xml", prop),
                       pom_property(root, "pom.xml", prop)))
    # The testkit is built by the root build (invoker) but is its own project: every shared pin.
    for prop in ["revision", "protobuf.version", "grpc.version", "junit.version", "assertj.version",
                 "guava.version", "jnats.version"]:
        checks.append((f"testkit/pom.xml {prop}", pom_property(root, "testkit/pom.xml", prop),
                       pom_property(root, "pom.xml", prop)))
    for pom in ["benchmarks/pom.xml", "examples/java-consumer/pom.xml", "tools/compat/pom.xml",
                "testkit/pom.xml"]:
        checks.append((f"{pom} maven.compiler.release", pom_property(root, pom, "maven.compiler.release"),
                       pom_property(root, "pom.xml", "maven.compiler.release")))
    # Python: scripts/lib/versions.sh is the source of the pins.
    pins = shell_pins(root)
    protobuf_java = pom_property(root, "pom.xml", "protobuf.version")
    checks.append(("versions.sh protobuf (= gencode of protoc " + str(protobuf_java) + ")",
                   pins.get("protobuf"), "7." + protobuf_java.split(".", 1)[1]))
    project = tomllib.loads((root / "pyproject.toml").read_text())
    deps = {re.split(r"[<>=!~ ]", d, 1)[0]: d for d in project["project"]["dependencies"]}
    for name in ["protobuf", "grpcio", "protovalidate", "googleapis-common-protos"]:
        low = re.search(r">=([^,\s]+)", deps.get(name, ""))
        checks.append((f"pyproject.toml {name} lower bound", low.group(1) if low else None, pins.get(name)))
    checks.append(("pyproject.toml build-system hatchling", project["build-system"]["requires"],
                   [f"hatchling=={pins.get('hatchling')}"]))
    checks.append(("versions.sh grpcio-tools (= grpcio)", pins.get("grpcio-tools"), pins.get("grpcio")))
    # Go: protoc-gen-go writes code for the protobuf runtime tests/go runs with.
    checks.append(("tests/go/go.mod google.golang.org/protobuf (= PROTOC_GEN_GO_VERSION)",
                   go_require(root, "tests/go/go.mod", "google.golang.org/protobuf"),
                   pins.get("PROTOC_GEN_GO_VERSION")))
    failed = 0
    for what, have, want in checks:
        ok = have == want and have is not None
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {what}: {have}" + ("" if ok else f" (want {want})"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
