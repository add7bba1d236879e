#!/usr/bin/env bash
# Regenerates the golden corpus (tests/golden/*.json) from the Java kit, the
# reference implementation: the Python and Go kits must give the same answers.
# Review the diff before committing it. The test command checks that the
# committed corpus is current (GoldenCorpusTest in the Maven build).
#   tests/golden/generate.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -ntp test -Dtest=GoldenCorpusTest -Dsurefire.failIfNoSpecifiedTests=false -Dtam.golden.write=true
git status --short tests/golden
