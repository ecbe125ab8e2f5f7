#!/usr/bin/env bash
# JMH benchmark of the population projection on the real data: every JP municipality 2015→2045 and every TW town
# 2017→2047 on one thread. Builds the reactor (package, never install), imports the bundled data into a temporary
# warehouse, then runs io.sousei.bench.PopulationProjectionBenchmark. Extra arguments go to JMH (e.g. -f 2).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# one reactor build, so that the Sousei modules on the class path are this tree's jars, not ~/.m2 snapshots
mvn -B -q -DskipTests package dependency:build-classpath -pl sousei-cli,sousei-bench -am \
  -Dmdep.outputFile="$tmp/cp.txt" -Dmdep.includeScope=runtime >/dev/null
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -jar sousei-cli/target/sousei.jar import --db "$tmp/w.duckdb" >/dev/null 2>&1
"${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "sousei-bench/target/classes:$(cat "$tmp/cp.txt")" org.openjdk.jmh.Main PopulationProjectionBenchmark \
  -p db="$tmp/w.duckdb" "$@"
