#!/usr/bin/env bash
# Load test of the read API on 127.0.0.1, next to nginx serving the same answer bytes as static files (the ceiling
# of this machine). Builds the app, imports the bundled data into a temporary warehouse, serves it, saves each
# answer, then runs wrk against both servers: 2 threads, 64 connections, 30 s per endpoint (DURATION overrides).
# Needs wrk and nginx (Debian: apt-get install wrk nginx-light). Prints a Markdown table.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
duration="${DURATION:-30s}"
connections="${CONNECTIONS:-64}"
app_port="${APP_PORT:-18080}"
static_port="${STATIC_PORT:-18081}"
for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install wrk nginx-light curl" >&2; exit 2; }
done

tmp="$(mktemp -d)"
server=""
cleanup() {
  [[ -n "$server" ]] && kill "$server" 2>/dev/null || true
  [[ -f "$tmp/nginx.pid" ]] && kill "$(cat "$tmp/nginx.pid")" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

./sousei import --db "$tmp/w.duckdb" >/dev/null 2>&1
./sousei serve --db "$tmp/w.duckdb" --port "$app_port" >"$tmp/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$app_port/api/v1/health" >/dev/null && break
  sleep 0.5
done

# name | path
endpoints=(
  "observations|/api/v1/observations?indicator=population.total&country=TW&level=town&period=2017"
  "profile|/api/v1/regions/TW:10013010/profile"
)

mkdir -p "$tmp/html"
chmod 755 "$tmp"
for e in "${endpoints[@]}"; do
  name="${e%%|*}"
  curl -fs "http://127.0.0.1:$app_port${e#*|}" -o "$tmp/html/$name.json"
done

cat >"$tmp/nginx.conf" <<EOF
worker_processes auto;
pid $tmp/nginx.pid;
error_log $tmp/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { application/json json; }
  server { listen 127.0.0.1:$static_port; root $tmp/html; }
}
EOF
nginx -c "$tmp/nginx.conf" -p "$tmp"

# wrk's summary → "requests/s p50 p99 errors"
measure() {
  wrk -t2 -c"$connections" -d"$duration" --latency "$1" | awk '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 }
    /^ +99%/ { p99 = $2 }
    /Socket errors/ { gsub(/,/, ""); errors += $4 + $6 + $8 + $10 }
    /Non-2xx/ { errors += $5 }
    END { printf "%s %s %s %d\n", rps, p50, p99, errors }'
}

echo "| endpoint | answer | server | requests/s | p50 | p99 | errors | share of nginx |"
echo "|---|---|---|---|---|---|---|---|"
for e in "${endpoints[@]}"; do
  name="${e%%|*}"
  bytes="$(stat -c %s "$tmp/html/$name.json")"
  read -r rps p50 p99 errors < <(measure "http://127.0.0.1:$app_port${e#*|}")
  read -r srps sp50 sp99 serrors < <(measure "http://127.0.0.1:$static_port/$name.json")
  share="$(awk -v a="$rps" -v b="$srps" 'BEGIN { printf "%.0f %%", 100 * a / b }')"
  echo "| $name | $bytes B | Sousei | $rps | $p50 | $p99 | $errors | $share |"
  echo "| $name | $bytes B | nginx (static file) | $srps | $sp50 | $sp99 | $serrors | |"
done
