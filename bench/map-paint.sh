#!/usr/bin/env bash
# Navigation → explorer map painted, and bytes transferred, in headless Chromium (Debian chromium and
# chromium-driver): one cold run (empty cache) and five warm reloads, for Taiwan's 368 towns and Japan's 1,741
# municipalities. Builds the app (package, never install), imports the bundled data into a temporary warehouse and
# serves it on 127.0.0.1.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
port="${APP_PORT:-18090}"
tmp="$(mktemp -d)"
server=""
trap '[[ -n "$server" ]] && kill "$server" 2>/dev/null; rm -rf "$tmp"' EXIT
mvn -B -q -DskipTests package dependency:build-classpath -pl sousei-cli -am \
  -Dmdep.outputFile="$tmp/cp.txt" -Dmdep.includeScope=test >/dev/null
./sousei serve --db "$tmp/w.duckdb" --port "$port" >"$tmp/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 240); do
  curl -fs "http://127.0.0.1:$port/api/v1/health" >/dev/null && break
  sleep 0.5
done
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
cp="sousei-cli/target/test-classes:$(cat "$tmp/cp.txt")"
for path in "/explore?country=TW&level=town&indicator=population.share_65_plus&period=2017" \
            "/explore?country=JP&level=municipality&indicator=population.share_65_plus&period=2015"; do
  echo
  echo "\`$path\`"
  echo
  "$java" -cp "$cp" bench/MapPaint.java "http://127.0.0.1:$port" "$path" 5 2>/dev/null
done
