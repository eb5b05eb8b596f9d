# Sourced by bin/test and bin/release: the API-compatibility baseline (README "Versions and compatibility").
# sgc_api_baseline sets SGC_API_ARGS to the Maven arguments that compare every published jar with the
# last release (the newest v* tag), or to nothing before the first release. The baseline's jars come
# from the release repository directory (SGC_RELEASE_REPO, default dist/maven); when it lacks them
# (a fresh clone), they are built once from the tag into it.
SGC_RELEASE_REPO=${SGC_RELEASE_REPO:-$PWD/dist/maven}
sgc_api_baseline() {
  SGC_API_ARGS=()
  local tag version tmp
  tag=$(git describe --tags --abbrev=0 --match 'v[0-9]*' 2>/dev/null || true)
  [ -n "$tag" ] || return 0
  version=${tag#v}
  if [ ! -d "$SGC_RELEASE_REPO/org/db3311/sgc/sgc-core/$version" ]; then
    echo "API baseline $version is not in $SGC_RELEASE_REPO: building it from tag $tag (once)"
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/sgc-baseline.XXXXXX")
    git archive "$tag" | tar -x -C "$tmp"
    (cd "$tmp" && mvn -B -ntp -q deploy -DskipTests -Dmaven.install.skip=true -Dmaven.javadoc.skip=true \
      -DaltDeploymentRepository="sgc-release::file://$SGC_RELEASE_REPO") || { rm -rf "$tmp"; return 1; }
    rm -rf "$tmp"
  fi
  SGC_API_ARGS=(-Dsgc.api.baseline="$version" -Dsgc.release.repo="file://$SGC_RELEASE_REPO")
  echo "API compatibility checked against release $version"
}
# The project's version, as the root POM states it.
sgc_project_version() {
  sed -n 's|^  <version>\(.*\)</version>$|\1|p' pom.xml | head -1
}
