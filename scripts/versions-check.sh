#!/usr/bin/env bash
# Pinned versions that have a copy outside their one source agree with it
# (scripts/lib/versions_check.py lists the sources and the copies). Then a
# self-test: a scratch copy whose benchmarks/pom.xml pins another grpc.version
# MUST fail, and so must one whose testkit/pom.xml pins another jnats.version,
# so the check can fail.
#   scripts/versions-check.sh
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"

log "Versions: every copy of a pinned version equals its source"
python3 scripts/lib/versions_check.py "$REPO_ROOT"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/scripts/lib" "$work/tests/go"
cp --parents pom.xml benchmarks/pom.xml examples/java-consumer/pom.xml tools/compat/pom.xml \
  testkit/pom.xml pyproject.toml scripts/lib/versions.sh tests/go/go.mod "$work/"
sed -i -E '0,/<grpc.version>[^<]*</s//<grpc.version>0.0.0-self-test</' "$work/benchmarks/pom.xml"
if out="$(python3 scripts/lib/versions_check.py "$work" 2>&1)"; then
  die "self-test: a benchmarks/pom.xml with another grpc.version was accepted"
fi
grep -q 'FAIL benchmarks/pom.xml grpc.version: 0.0.0-self-test' <<<"$out" || die "self-test: unexpected output: $out"
echo "self-test: rejected as expected: $(grep FAIL <<<"$out")"

# The same for the testkit's copy of jnats.version.
cp benchmarks/pom.xml "$work/benchmarks/pom.xml"
sed -i -E '0,/<jnats.version>[^<]*</s//<jnats.version>0.0.0-self-test</' "$work/testkit/pom.xml"
if out="$(python3 scripts/lib/versions_check.py "$work" 2>&1)"; then
  die "self-test: a testkit/pom.xml with another jnats.version was accepted"
fi
grep -q 'FAIL testkit/pom.xml jnats.version: 0.0.0-self-test' <<<"$out" || die "self-test: unexpected output: $out"
echo "self-test: rejected as expected: $(grep FAIL <<<"$out")"
