"""Shared helpers of the Python kit tests (run against the installed tam-protos wheel)."""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
from pathlib import Path
from typing import Any

import tam_protos.gen.python

REPO_ROOT = Path(os.environ.get("TAM_REPO_ROOT", Path(__file__).resolve().parents[3]))
GOLDEN = REPO_ROOT / "tests" / "golden"


def load_golden(name: str) -> Any:
    with open(GOLDEN / name, encoding="utf-8") as f:
        return json.load(f)


def import_all_generated() -> None:
    """Imports every generated _pb2 module so that the default pool knows every message."""
    for module in pkgutil.walk_packages(tam_protos.gen.python.__path__, "tam_protos.gen.python."):
        if module.name.endswith("_pb2"):
            importlib.import_module(module.name)
