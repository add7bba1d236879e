#!/usr/bin/env bash
# The release steps, shared by .github/workflows/release.yml (the real
# release, on a v* tag) and scripts/release-rehearsal.sh (the same steps
# against local repositories), so that the two cannot drift apart.
#
#   scripts/release.sh version VERSION              check VERSION (X.Y.Z[-pre])
#   scripts/release.sh maven VERSION ID::URL        check the POM metadata, then
#                                                   `mvn deploy` com.tam:tam-protos:VERSION
#                                                   and com.tam:tam-protos-testkit:VERSION
#                                                   (each: jar, sources, javadoc, CycloneDX
#                                                   SBOM, every file signed) to repository URL
#   scripts/release.sh python VERSION DIST          build the wheel and the sdist of
#                                                   VERSION into DIST
#   scripts/release.sh python-upload DIST URL       upload DIST/* to a package index
#                                                   (twine; TWINE_USERNAME / TWINE_PASSWORD)
#   scripts/release.sh tools                        install twine and pypiserver (pinned),
#                                                   print their venv
#   scripts/release.sh collect VERSION DIST         copy the jars and SBOMs of both
#                                                   artifacts and the descriptor set into
#                                                   DIST (GitHub release)
#
# Signing (step maven): the armored secret key in MAVEN_GPG_KEY, its passphrase
# in MAVEN_GPG_PASSPHRASE (maven-gpg-plugin's BouncyCastle signer, profile
# `sign` of pom.xml). Credentials of the Maven repository come from the
# settings.xml server whose id is ID.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$REPO_ROOT/scripts/lib/versions.sh"
cd "$REPO_ROOT"

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//' >&2; exit 2; }

check_version() {
  [[ "${1:-}" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]] ||
    die "bad version '${1:-}': want X.Y.Z or X.Y.Z-pre (the tag is vX.Y.Z)"
}

# The Python tools of the release (twine; pypiserver for the rehearsal), in
# their own venv at the pinned versions.
release_venv() {
  local dir="$REPO_ROOT/.tools/release-py" want="${RELEASE_PY_REQUIREMENTS[*]}"
  if [[ ! -x "$dir/bin/python" || "$(cat "$dir/.pinned" 2>/dev/null)" != "$want" ]]; then
    log "Creating the release tools venv $dir ($want)" >&2
    rm -rf "$dir"
    "${PYTHON:-python3}" -m venv "$dir"
    "$dir/bin/python" -m pip install -q --disable-pip-version-check "${RELEASE_PY_REQUIREMENTS[@]}" >&2
    echo "$want" >"$dir/.pinned"
  fi
  echo "$dir"
}

# The POM a repository manager such as Sonatype Central accepts: these elements
# must be present and non-empty in the flattened (published) POM.
check_pom() {
  local pom="$1" missing
  missing="$(python3 - "$pom" <<'PY'
import sys, xml.etree.ElementTree as ET
ns = {"m": "http://maven.apache.org/POM/4.0.0"}
root = ET.parse(sys.argv[1]).getroot()
need = ["m:groupId", "m:artifactId", "m:version", "m:name", "m:description", "m:url",
        "m:licenses/m:license/m:name", "m:scm/m:url", "m:scm/m:connection",
        "m:developers/m:developer/m:name"]
print(" ".join(p.replace("m:", "") for p in need
               if not (root.find(p, ns) is not None and (root.find(p, ns).text or "").strip())))
PY
)"
  [[ -z "$missing" ]] || die "the published POM lacks: $missing (pom.xml)"
  echo "POM metadata: name, description, url, licenses, scm, developers present"
}

step="${1:-}"
case "$step" in
  version)
    check_version "${2:-}"
    ;;
  maven)
    version="${2:-}" repo="${3:-}"
    check_version "$version"
    [[ "$repo" == *::* ]] || die "usage: scripts/release.sh maven VERSION ID::URL"
    [[ -n "${MAVEN_GPG_KEY:-}" ]] || die "MAVEN_GPG_KEY is not set: every file is signed"
    log "Maven: POM metadata of com.tam:tam-protos:$version"
    ./mvnw -B -ntp -q process-resources "-Drevision=$version"
    check_pom .flattened-pom.xml
    log "Maven: deploy com.tam:tam-protos:$version to ${repo%%::*} (${repo#*::})"
    # SHA-256 and SHA-512 in addition to the default SHA-1 and MD5 checksums. The testkit is
    # deployed by the next step (the root build would only install it: -Dtam.testkit.skip).
    ./mvnw -B -ntp deploy -Prelease,sign -DskipTests "-Drevision=$version" -Dtam.testkit.skip=true \
      "-DaltDeploymentRepository=$repo" \
      -Daether.checksums.algorithms=SHA-512,SHA-256,SHA-1,MD5
    # The second artifact, same version, same steps; it depends on tam-protos:VERSION, which
    # the deploy above also installed into the local repository.
    log "Maven: POM metadata of com.tam:tam-protos-testkit:$version"
    ./mvnw -B -ntp -q -f testkit/pom.xml process-resources "-Drevision=$version"
    check_pom testkit/.flattened-pom.xml
    log "Maven: deploy com.tam:tam-protos-testkit:$version to ${repo%%::*} (${repo#*::})"
    ./mvnw -B -ntp -f testkit/pom.xml deploy -Prelease,sign -DskipTests "-Drevision=$version" \
      "-DaltDeploymentRepository=$repo" \
      -Daether.checksums.algorithms=SHA-512,SHA-256,SHA-1,MD5
    ;;
  python)
    version="${2:-}" dist="${3:-}"
    check_version "$version"
    [[ -n "$dist" ]] || die "usage: scripts/release.sh python VERSION DIST"
    "$REPO_ROOT/scripts/gen-tools.sh" >/dev/null
    log "Python: wheel and sdist of tam-protos $version"
    # Built from a copy with the version set, so the working tree stays as it is.
    work="$(mktemp -d)"
    trap 'rm -rf "$work"' EXIT
    git ls-files -z -co --exclude-standard | while IFS= read -r -d '' f; do
      [[ -e "$f" ]] && printf '%s\0' "$f"
    done | xargs -0 tar -cf - | tar -xf - -C "$work"
    sed -i -E "s/^version = \".*\"/version = \"$version\"/" "$work/pyproject.toml"
    mkdir -p "$dist"
    dist="$(cd "$dist" && pwd)"
    (cd "$work" && "$REPO_ROOT/.venv/bin/python" -m build --wheel --sdist --no-isolation --outdir "$dist" . >"$work/build.log" 2>&1) ||
      { cat "$work/build.log"; die "Python build failed"; }
    ls "$dist"/tam_protos-"$version"*
    ;;
  python-upload)
    dist="${2:-}" url="${3:-}"
    [[ -d "$dist" && -n "$url" ]] || die "usage: scripts/release.sh python-upload DIST URL"
    venv="$(release_venv)"
    log "Python: upload $(cd "$dist" && ls tam_protos-* | paste -sd' ') to $url"
    "$venv/bin/twine" upload --non-interactive --disable-progress-bar --repository-url "$url" "$dist"/tam_protos-*
    ;;
  tools)
    release_venv
    ;;
  collect)
    version="${2:-}" dist="${3:-}"
    check_version "$version"
    mkdir -p "$dist"
    cp "target/tam-protos-$version.jar" "target/tam-protos-$version-sources.jar" \
      "target/tam-protos-$version-javadoc.jar" "$dist/"
    cp target/bom.json "$dist/tam-protos-$version-cyclonedx.json"
    cp "testkit/target/tam-protos-testkit-$version.jar" "testkit/target/tam-protos-testkit-$version-sources.jar" \
      "testkit/target/tam-protos-testkit-$version-javadoc.jar" "$dist/"
    cp testkit/target/bom.json "$dist/tam-protos-testkit-$version-cyclonedx.json"
    cp target/classes/META-INF/tam-protos/tam-protos.binpb "$dist/tam-protos-$version.binpb"
    ls "$dist"
    ;;
  *) usage ;;
esac
