# Sourced by bin/run and bin/bench-http: the JVM options the reference server is started with.
#
# sgc_jvm_opts JAR prints them. On JDK 25 or newer this is an ahead-of-time cache (JEP 483/514:
# classes loaded and linked, method profiles) beside the jar, made by one training start the first
# time the jar is run after a build: it roughly halves the CPU time from `java` to a ready server.
# The cache belongs to one build of the jar; a newer jar gets a new one (the JVM itself refuses a
# cache whose class path changed, and then simply starts without it).
# SGC_AOT=off turns it off.
sgc_jvm_opts() {
  local jar=$1 major cache
  major=$(java -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')
  major=${major%%[.+-]*}
  if [ "${SGC_AOT:-on}" = off ] || [ "${major:-0}" -lt 25 ] 2>/dev/null; then
    return 0
  fi
  cache="${jar%.jar}.aot"
  if [ ! -f "$cache" ] || [ "$jar" -nt "$cache" ]; then
    sgc_aot_train "$jar" "$cache" >&2 || return 0
  fi
  [ -f "$cache" ] && echo "-XX:AOTCache=$cache -Xlog:aot=off -Xlog:cds=off"
}

# sgc_aot_train JAR CACHE: starts the server once on a throw-away data directory, reads a few
# endpoints so that their classes are in the cache, stops it; the JVM writes the cache on exit.
sgc_aot_train() {
  local jar=$1 cache=$2 data port pid i
  data=$(mktemp -d "${TMPDIR:-/tmp}/sgc-aot.XXXXXX")
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  echo "making the start-up cache $cache (once per build, about one start of the server)"
  rm -f "$cache"
  java -XX:AOTCacheOutput="$cache" -Xlog:aot=off -Xlog:cds=off -Dserver.port="$port" \
    -Dserver.host=127.0.0.1 -Dsgc.data-dir="$data" -jar "$jar" >"$data/train.log" 2>&1 &
  pid=$!
  for i in $(seq 1 3000); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready" && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  local api="http://127.0.0.1:$port" token
  token=$(curl -sf "$api/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d '{"username":"clerk.liandu","password":"demo"}' | sed 's/.*"access_token":"\([^"]*\)".*/\1/') || true
  curl -sf -o /dev/null "$api/api/clauses/6.1.1.1" || true
  curl -sf -o /dev/null "$api/api/v1/matters/331102-20260101-0001" -H "Authorization: Bearer $token" || true
  curl -sf -o /dev/null "$api/openapi" || true
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$data"
  [ -f "$cache" ]
}
