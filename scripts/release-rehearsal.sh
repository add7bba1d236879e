#!/usr/bin/env bash
# Release rehearsal: does what .github/workflows/release.yml does, with the
# same steps (scripts/release.sh), against real local repositories in OUTDIR
# instead of the hosted ones, then consumes what it published:
#
#   OUTDIR/maven      a Maven repository written by `mvn deploy`: for com.tam:tam-protos
#                     and com.tam:tam-protos-testkit, jar, sources, javadoc, POM and
#                     CycloneDX SBOM, each with .asc (signed with a throwaway GPG key
#                     generated here, OUTDIR/gnupg) and MD5/SHA-1/SHA-256/SHA-512
#                     checksums, plus maven-metadata.xml
#   OUTDIR/pypi       the folder of a pypiserver started on a free loopback port,
#                     to which the wheel and the sdist are uploaded with twine
#   OUTDIR/goproxy    a file-based Go module proxy serving gen/go at vVERSION
#                     (what the tag gen/go/vVERSION gives through proxy.golang.org)
#   OUTDIR/consumers  a Java consumer (examples/java-consumer, empty local
#                     repository, tam-protos and the testkit its test uses from
#                     OUTDIR/maven), a Python consumer
#                     (clean venv, `pip install tam-protos==VERSION` from the
#                     pypiserver) and a Go consumer (scratch module, GOPROXY=file://),
#                     each running the README's seed call
#
#   scripts/release-rehearsal.sh VERSION OUTDIR
#
# A separate command (several minutes; it downloads the consumers' dependencies
# from Maven Central, PyPI and the Go module proxy into OUTDIR); not part of
# scripts/check.sh. OUTDIR must not exist or be empty. Figures:
# docs/BENCHMARKS.md.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$REPO_ROOT"

version="${1:-}" out="${2:-}"
[[ -n "$version" && -n "$out" ]] || die "usage: scripts/release-rehearsal.sh VERSION OUTDIR"
"$REPO_ROOT/scripts/release.sh" version "$version"
if [[ -e "$out" && -n "$(ls -A "$out")" ]]; then die "$out is not empty"; fi
mkdir -p "$out"/{maven,pypi,goproxy,dist,consumers}
out="$(cd "$out" && pwd)"
started="$(date +%s)"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

# --- A throwaway signing key ----------------------------------------------------------------
log "Rehearsal: a throwaway GPG key (OUTDIR/gnupg; release.yml signs with the key in its secrets)"
export GNUPGHOME="$out/gnupg"
mkdir -p "$GNUPGHOME" && chmod 700 "$GNUPGHOME"
passphrase="rehearsal-$(date +%s)"
gpg --batch --quiet --pinentry-mode loopback --passphrase "$passphrase" \
  --quick-gen-key "TAM release rehearsal <release-rehearsal@tam.invalid>" rsa3072 sign 1d
MAVEN_GPG_KEY="$(gpg --batch --pinentry-mode loopback --passphrase "$passphrase" --armor --export-secret-keys)"
export MAVEN_GPG_KEY MAVEN_GPG_PASSPHRASE="$passphrase"

# --- Maven ----------------------------------------------------------------------------------
"$REPO_ROOT/scripts/release.sh" maven "$version" "rehearsal::file://$out/maven"
"$REPO_ROOT/scripts/release.sh" collect "$version" "$out/dist"

log "Rehearsal: check OUTDIR/maven (every file, its signature and its checksums)"
# check_deployed ARTIFACT_ID: the artifact's files in OUTDIR/maven, each signed and checksummed.
check_deployed() {
  local a="$1" dir="$out/maven/com/tam/$1/$version" f ext want
  [[ -f "$out/maven/com/tam/$a/maven-metadata.xml" ]] || die "no maven-metadata.xml for $a"
  grep -q "<version>$version</version>" "$out/maven/com/tam/$a/maven-metadata.xml" || die "maven-metadata.xml of $a does not list $version"
  files=(); while IFS= read -r f; do files+=("$f"); done < <(cd "$dir" && ls | grep -vE '\.(asc|md5|sha1|sha256|sha512)$' | grep -v '^maven-metadata')
  for want in "$a-$version.jar" "$a-$version-sources.jar" "$a-$version-javadoc.jar" \
      "$a-$version.pom" "$a-$version-cyclonedx.json" "$a-$version-cyclonedx.xml"; do
    [[ -f "$dir/$want" ]] || die "missing from the Maven repository: $want"
  done
  for f in "${files[@]}"; do
    for ext in asc md5 sha1 sha256 sha512; do [[ -f "$dir/$f.$ext" ]] || die "missing $f.$ext"; done
    [[ "$(cat "$dir/$f.sha256")" == "$(sha256sum <"$dir/$f" | cut -d' ' -f1)" ]] || die "$f.sha256 does not match"
    [[ "$(cat "$dir/$f.sha1")" == "$(sha1sum <"$dir/$f" | cut -d' ' -f1)" ]] || die "$f.sha1 does not match"
    gpg --batch --quiet --verify "$dir/$f.asc" "$dir/$f" 2>/dev/null || die "bad signature: $f.asc"
  done
  echo "maven $a: ${#files[@]} files (${files[*]}), each signed and with MD5/SHA-1/SHA-256/SHA-512"
}
check_deployed tam-protos
check_deployed tam-protos-testkit
grep -q "<artifactId>tam-protos</artifactId>" "$out/maven/com/tam/tam-protos-testkit/$version/tam-protos-testkit-$version.pom" ||
  die "the testkit's POM does not depend on tam-protos"
grep -q "<version>$version</version>" "$out/maven/com/tam/tam-protos-testkit/$version/tam-protos-testkit-$version.pom" ||
  die "the testkit's POM is not at $version"
dir="$out/maven/com/tam/tam-protos/$version"
python3 -c 'import json,sys; b=json.load(open(sys.argv[1])); c=[x["name"] for x in b.get("components",[])]; assert "protobuf-java" in c and "grpc-stub" in c, c; print("sbom:", b["bomFormat"], b["specVersion"], len(c), "components")' "$dir/tam-protos-$version-cyclonedx.json"

# --- Python ---------------------------------------------------------------------------------
"$REPO_ROOT/scripts/release.sh" python "$version" "$out/dist"
venv="$("$REPO_ROOT/scripts/release.sh" tools)"
port="$(free_port)"
log "Rehearsal: pypiserver on 127.0.0.1:$port over OUTDIR/pypi"
"$venv/bin/pypi-server" run -i 127.0.0.1 -p "$port" -a . -P . "$out/pypi" >"$out/pypiserver.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/simple/" >/dev/null 2>&1 && break; sleep 0.2; done
curl -fs "http://127.0.0.1:$port/simple/" >/dev/null || { cat "$out/pypiserver.log"; die "pypiserver did not start"; }
TWINE_USERNAME=rehearsal TWINE_PASSWORD=rehearsal \
  "$REPO_ROOT/scripts/release.sh" python-upload "$out/dist" "http://127.0.0.1:$port/"
[[ -f "$out/pypi/tam_protos-$version-py3-none-any.whl" ]] || die "the wheel is not in OUTDIR/pypi"
[[ -f "$out/pypi/tam_protos-$version.tar.gz" ]] || die "the sdist is not in OUTDIR/pypi"

log "Rehearsal: Python consumer (clean venv, pip install tam-protos==$version from the pypiserver)"
pyc="$out/consumers/python"
"${PYTHON:-python3}" -m venv "$pyc/venv"
# tam-protos comes from the rehearsal index; its dependencies, which that index
# does not have, through pypiserver's redirect to PyPI.
"$pyc/venv/bin/python" -m pip install -q --disable-pip-version-check \
  --index-url "http://127.0.0.1:$port/simple/" "tam-protos==$version"
# Read the version into a variable first: `pip show | grep -q` under pipefail
# fails when grep exits early and pip sees a broken pipe.
installed="$("$pyc/venv/bin/python" -c 'import importlib.metadata as m; print(m.version("tam-protos"))')"
[[ "$installed" == "$version" ]] || die "pip installed tam-protos $installed, not $version"
(cd "$pyc" && "$pyc/venv/bin/python" "$REPO_ROOT/tools/release/consumers/python_seed.py")

# --- Go -------------------------------------------------------------------------------------
log "Rehearsal: Go module gen/go at v$version in the file proxy OUTDIR/goproxy"
(cd "$REPO_ROOT/tools/release/gomodproxy" && go run . "$REPO_ROOT/gen/go" "v$version" "$out/goproxy")
log "Rehearsal: Go consumer (scratch module, GOPROXY=file://OUTDIR/goproxy, empty module cache)"
goc="$out/consumers/go"
mkdir -p "$goc"
cp "$REPO_ROOT/tools/release/consumers/go/main.go" "$goc/"
(cd "$goc"
  export GOMODCACHE="$goc/modcache" GOFLAGS=-modcacherw GOPROXY="file://$out/goproxy,https://proxy.golang.org"
  export GONOSUMDB=github.com/tam/tam-protos GOTOOLCHAIN=local
  go mod init rehearsal.invalid/consumer >/dev/null 2>&1
  go get "github.com/tam/tam-protos/gen/go@v$version" google.golang.org/grpc
  go mod tidy
  grep "github.com/tam/tam-protos/gen/go v$version" go.mod
  [[ -d "$GOMODCACHE/github.com/tam/tam-protos/gen/go@v$version" ]] || die "the module was not fetched into the scratch cache"
  go run .)

# --- Java -----------------------------------------------------------------------------------
log "Rehearsal: Java consumer (empty local repository; com.tam:tam-protos and the testkit at $version from OUTDIR/maven only)"
jc="$out/consumers/java"
mkdir -p "$jc/m2"
cat >"$jc/settings.xml" <<EOF
<settings>
  <profiles>
    <profile>
      <id>rehearsal</id>
      <repositories>
        <repository>
          <id>rehearsal</id>
          <url>file://$out/maven</url>
          <releases><enabled>true</enabled><checksumPolicy>fail</checksumPolicy></releases>
          <snapshots><enabled>false</enabled></snapshots>
        </repository>
      </repositories>
    </profile>
  </profiles>
  <activeProfiles><activeProfile>rehearsal</activeProfile></activeProfiles>
</settings>
EOF
# tam-protos and the testkit are not on Maven Central, so they can only come
# from OUTDIR/maven; _remote.repositories below proves it.
env -u MAVEN_ARGS ./mvnw -B -ntp -q -s "$jc/settings.xml" "-Dmaven.repo.local=$jc/m2" \
  -f examples/java-consumer/pom.xml "-Dtam.protos.version=$version" clean verify
for a in tam-protos tam-protos-testkit; do
  grep -q '^'"$a-$version"'.jar>rehearsal=$' "$jc/m2/com/tam/$a/$version/_remote.repositories" ||
    die "com.tam:$a:$version was not resolved from OUTDIR/maven: $(cat "$jc/m2/com/tam/$a/$version/_remote.repositories")"
done
echo "java consumer: com.tam:tam-protos:$version and com.tam:tam-protos-testkit:$version resolved from OUTDIR/maven, example ran and its test passed against the reference wallet"

log "Release rehearsal of $version passed in $(( $(date +%s) - started ))s: Maven, PyPI and Go repositories in $out, consumed by Java, Python and Go"
