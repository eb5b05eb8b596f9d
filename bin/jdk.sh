# Sourced by the project's scripts: finds a JDK >= 21 (JAVA_HOME first, then /usr/lib/jvm/*)
# and exports JAVA_HOME and PATH, or stops with a clear message.
_sgc_java_major() {
  local v
  v=$("$1/bin/java" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')
  v=${v#1.}
  echo "${v%%[.+-]*}"
}
_sgc_find_jdk() {
  local c m
  for c in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$c" ] && [ -x "$c/bin/java" ] && [ -x "$c/bin/javac" ] || continue
    m=$(_sgc_java_major "$c")
    if [ -n "$m" ] && [ "$m" -ge 21 ] 2>/dev/null; then
      echo "$c"
      return 0
    fi
  done
  return 1
}
if ! SGC_JDK=$(_sgc_find_jdk); then
  echo "error: no JDK 21 or newer found (looked at JAVA_HOME='${JAVA_HOME:-}' and /usr/lib/jvm/*)." >&2
  echo "Install one (e.g. Temurin 25) or set JAVA_HOME to it, then try again." >&2
  exit 1
fi
export JAVA_HOME="$SGC_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
if ! command -v mvn >/dev/null 2>&1; then
  echo "error: Apache Maven (mvn) is not on PATH; install it (e.g. apt-get install maven)." >&2
  exit 1
fi
