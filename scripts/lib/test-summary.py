#!/usr/bin/env python3
"""Prints the closing summary of scripts/check.sh: `tests: N passed, N failed`.

Counts every test report written since the run started (--since, epoch seconds):
  * JUnit XML of Maven Surefire: any */target/surefire-reports/TEST-*.xml in the
    repository (the artifact, the examples, tools, any module added later);
  * JUnit XML under target/test-reports/ (pytest, and any other runner);
  * `go test -v` logs, target/test-reports/*.gotest.log (top-level tests).
Prints a line per kind, then the total. Exit status 1 on any failure, or when
--require-tests is given and no test ran at all.

Usage: scripts/lib/test-summary.py REPO_ROOT [--since EPOCH] [--require-tests]
"""
import argparse
import os
import re
import sys
import xml.etree.ElementTree as ET

SKIP_DIRS = {".git", "node_modules", ".tools", ".venv", ".proto-deps", "__pycache__"}


def files(root, since, accept):
    for dirpath, dirnames, names in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        for name in names:
            path = os.path.join(dirpath, name)
            if accept(path) and os.path.getmtime(path) >= since:
                yield path


def junit(paths):
    passed = failed = 0
    for path in paths:
        root = ET.parse(path).getroot()
        suites = [root] if root.tag == "testsuite" else root.iter("testsuite")
        for suite in suites:
            tests = int(suite.get("tests", 0))
            bad = int(suite.get("failures", 0)) + int(suite.get("errors", 0))
            skipped = int(suite.get("skipped", 0))
            passed += tests - bad - skipped
            failed += bad
    return passed, failed


def go(paths):
    passed = failed = 0
    for path in paths:
        text = open(path, encoding="utf-8", errors="replace").read()
        passed += len(re.findall(r"^--- PASS", text, re.M))
        failed += len(re.findall(r"^--- FAIL", text, re.M))
    return passed, failed


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("root")
    parser.add_argument("--since", type=float, default=0)
    parser.add_argument("--require-tests", action="store_true")
    args = parser.parse_args()
    reports = os.path.join(args.root, "target", "test-reports") + os.sep
    sep = os.sep
    parts = {
        "surefire (JUnit XML)": junit(files(args.root, args.since, lambda p: (
            f"{sep}target{sep}surefire-reports{sep}" in p
            and os.path.basename(p).startswith("TEST-") and p.endswith(".xml")))),
        "target/test-reports (JUnit XML)": junit(files(args.root, args.since, lambda p: (
            p.startswith(reports) and p.endswith(".xml")))),
        "go test": go(files(args.root, args.since, lambda p: (
            p.startswith(reports) and p.endswith(".gotest.log")))),
    }
    for name, (p, f) in parts.items():
        print(f"  {name}: {p} passed, {f} failed")
    total_p = sum(p for p, _ in parts.values())
    total_f = sum(f for _, f in parts.values())
    print(f"tests: {total_p} passed, {total_f} failed")
    return 1 if total_f or (args.require_tests and not total_p) else 0


if __name__ == "__main__":
    sys.exit(main())
