#!/usr/bin/env bash
# The Leontief inverse of the input-output engine (JMH, one thread) next to numpy with OpenBLAS on the same
# matrices, in the same run: n = 12 (JP 2015, bundled), 190 (the same split, seeded) and 1,739 (47 regions x 37
# sectors, seeded). Builds sousei-core and sousei-bench (package, never install), writes the matrices into a
# temporary folder, runs io.sousei.bench.LeontiefBenchmark, then bench/leontief_numpy.py with OpenBLAS's default
# threads and with OPENBLAS_NUM_THREADS=1, and prints a Markdown table (JMH: mean ± 99.9 % interval; numpy: best /
# median of the repeats; the ratios divide the JMH mean by numpy's median).
# Environment: SIZES="12 190 1739", JMH_ARGS (default "-f 1 -wi 3 -i 5 -w 2 -r 2"; n = 1,739 uses
# JMH_ARGS_LARGE, default "-f 1 -wi 2 -i 3 -w 1 -r 1"), BENCHMARKS (JMH regex, default LeontiefBenchmark),
# PYTHON (default python3).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
SIZES="${SIZES:-12 190 1739}"
JMH_ARGS="${JMH_ARGS:--f 1 -wi 3 -i 5 -w 2 -r 2}"
JMH_ARGS_LARGE="${JMH_ARGS_LARGE:--f 1 -wi 2 -i 3 -w 1 -r 1}"
BENCHMARKS="${BENCHMARKS:-LeontiefBenchmark}"
PYTHON="${PYTHON:-python3}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

mvn -B -q -DskipTests package dependency:build-classpath -pl sousei-core,sousei-bench -am \
  -Dmdep.outputFile="$tmp/cp.txt" -Dmdep.includeScope=runtime >/dev/null
cp="sousei-bench/target/classes:$(cat "$tmp/cp.txt")"
# shellcheck disable=SC2086
"$java" -cp "$cp" io.sousei.bench.LeontiefMatrices "$tmp/m" $SIZES

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $("$java" -version 2>&1 | head -1)" >&2
for n in $SIZES; do
  args="$JMH_ARGS"
  if [ "$n" -ge 1000 ]; then args="$JMH_ARGS_LARGE"; fi
  # shellcheck disable=SC2086
  "$java" -cp "$cp" org.openjdk.jmh.Main "$BENCHMARKS" -p n="$n" -p dir="$tmp/m" $args \
    -rf csv -rff "$tmp/jmh-$n.csv" >&2
done
# shellcheck disable=SC2086
"$PYTHON" bench/leontief_numpy.py "$tmp/m" $SIZES >"$tmp/numpy.tsv"
# shellcheck disable=SC2086
OPENBLAS_NUM_THREADS=1 "$PYTHON" bench/leontief_numpy.py "$tmp/m" $SIZES | sed 's/\tinv\t/\tinv1\t/; s/\tsolve\t/\tsolve1\t/' >>"$tmp/numpy.tsv"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
cat "$tmp"/jmh-*.csv | grep -v '^"Benchmark"' >"$tmp/jmh.csv"

"$PYTHON" - "$tmp/jmh.csv" "$tmp/numpy.tsv" <<'PY'
import csv, sys
jmh = {}
for row in csv.reader(open(sys.argv[1])):
    name = row[0].rsplit(".", 1)[1]
    n = int(row[-1]) if row[-1].isdigit() else int(row[-2])
    jmh[(n, name)] = (float(row[4]), float(row[5]) if row[5] not in ("", "NaN") else float("nan"))
py = {}
for line in open(sys.argv[2]):
    n, op, best, median, repeats, threads, residual = line.rstrip("\n").split("\t")
    py[(int(n), op)] = (float(best), float(median), threads)
print("| n | Java `inverse` ms/op (±99.9 %) | Java `multipliers` | EJML `invert` | numpy `inv` best / median (threads) "
      "| numpy `inv`, 1 thread | numpy `solve`, 1 thread | Java `inverse` ÷ numpy `inv` (medians) | same, numpy on 1 thread |")
print("|---|---|---|---|---|---|---|---|---|")
for n in sorted({k[0] for k in jmh}):
    def j(name):
        v = jmh.get((n, name))
        return f"{v[0]:.4g} ± {v[1]:.2g}" if v else "—"
    inv, inv1, solve1 = py.get((n, "inv")), py.get((n, "inv1")), py.get((n, "solve1"))
    java = jmh.get((n, "inverse"), (float("nan"),))[0]
    print(f"| {n:,} | {j('inverse')} | {j('multipliers')} | {j('ejmlInverse')} "
          f"| {inv[0]:.4g} / {inv[1]:.4g} ({inv[2].split(', ')[-1]}) | {inv1[0]:.4g} / {inv1[1]:.4g} "
          f"| {solve1[0]:.4g} / {solve1[1]:.4g} | {java / inv[1]:.2f} | {java / inv1[1]:.2f} |")
PY
