#!/usr/bin/env bash
# Import benchmark: the full bundled import into a fresh warehouse (3 runs), next to DuckDB's own read_csv of
# the same files (the ceiling) in the same run. Prints the figures recorded in docs/benchmarks.md.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
./sousei --version >/dev/null            # builds when needed
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

java=""
for home in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  [ -x "$home/bin/java" ] || continue
  v="$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)"
  if [ -n "$v" ] && [ "$v" -ge 21 ]; then java="$home/bin/java"; break; fi
done

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)"
echo "java: $("$java" -version 2>&1 | head -n 1)"
for run in 1 2 3; do
  start=$(date +%s%N)
  summary=$(./sousei import --db "$tmp/run$run.duckdb" 2>/dev/null)
  end=$(date +%s%N)
  read -r stored derived <<<"$(echo "$summary" | sed -n 's/.*, \([0-9,]*\) rows, \([0-9,]*\) derived rows/\1 \2/p' | tr -d ,)"
  ms=$(( (end - start) / 1000000 ))
  echo "import run $run: ${ms} ms, $stored rows stored + $derived derived, $(( (stored + derived) * 1000 / ms )) rows/s"
done
echo "warehouse file: $(du -h "$tmp/run3.duckdb" | cut -f1)"
start=$(date +%s%N)
"$java" --enable-native-access=ALL-UNNAMED -cp sousei-cli/target/sousei.jar bench/ReadCsvBaseline.java data/packs
end=$(date +%s%N)
echo "read_csv baseline including JVM start: $(( (end - start) / 1000000 )) ms"
