#!/usr/bin/env python3
"""Prints one closing line with the tests that scripts/check.sh ran.

Counts the JUnit XML reports of Maven Surefire (the artifact and the Java
consumer example) and pytest, and the top-level results in the `go test -v`
log. Usage: scripts/test-summary.py REPO_ROOT
"""
import glob
import os
import re
import sys
import xml.etree.ElementTree as ET


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


def go(path):
    if not os.path.exists(path):
        return 0, 0
    text = open(path, encoding="utf-8", errors="replace").read()
    return (len(re.findall(r"^--- PASS", text, re.M)), len(re.findall(r"^--- FAIL", text, re.M)))


def main(root):
    parts = {
        "java": junit(
            glob.glob(f"{root}/target/surefire-reports/TEST-*.xml")
            + glob.glob(f"{root}/examples/*/target/surefire-reports/TEST-*.xml")
        ),
        "go": go(f"{root}/target/go-test.log"),
        "python": junit(glob.glob(f"{root}/target/pytest-reports/*.xml")),
    }
    for name, (p, f) in parts.items():
        print(f"  {name}: {p} passed, {f} failed")
    total_p = sum(p for p, _ in parts.values())
    total_f = sum(f for _, f in parts.values())
    print(f"tests: {total_p} passed, {total_f} failed")
    return 1 if total_f or not total_p else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
