#!/usr/bin/env bash
# Cohort count benchmark. Imports MIMIC-III files with `chartroom import` into a new workspace, then
# runs CohortBenchmark.java on a plain class path of the product's jars: the count latency of the three
# MIMIC-III cohorts of issue 9, beside hand-written SQL for the same cohorts, in the same run on the
# same workspace. Needs a built product (./chartroom builds it).
# Usage: releng/benchmarks/cohort.sh [FOLDER] [RUNS]
#        releng/benchmarks/cohort.sh --workspace DIR [RUNS]   (counts only, on its dataset mimic3)
#   FOLDER  MIMIC-III CSV files (default: ../shared/data/mimic-iii-demo next to the checkout), e.g. the
#           output of `chartroom generate --source mimic3 --patients 1000 OUT`
#   RUNS    timed repetitions of each count (default 20, after 5 untimed)
set -euo pipefail

EXISTING=
if [ "${1:-}" = "--workspace" ]; then
	EXISTING=$(readlink -f "$2")
	shift 2
	set -- "" "$@"
fi

ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
PRODUCT="$ROOT/releng/org.chartroom.product/target/products/org.chartroom.product/linux/gtk/x86_64/chartroom"
DATA=$(readlink -f "${1:-$ROOT/../shared/data/mimic-iii-demo}")
[ -z "${1:-}" ] && DATA=$(readlink -f "$ROOT/../shared/data/mimic-iii-demo")
RUNS=${2:-20}
WORK=$(mktemp -d /tmp/chartroom-cohort-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

[ -x "$PRODUCT/chartroom" ] || { echo "Build the product first: ./chartroom help" >&2; exit 1; }
[ -d "$DATA" ] || { echo "No such folder: $DATA" >&2; exit 1; }
. "$PRODUCT/find-java"
chartroom_find_java

WS=${EXISTING:-$WORK/ws}
if [ -z "$EXISTING" ]; then
	"$PRODUCT/chartroom" --workspace "$WS" import --dataset mimic3 --source mimic3 "$DATA" 2>"$WORK/import.err"
fi

jar() { ls "$PRODUCT"/plugins/"$1"_*.jar | head -n 1; }
CP=$(for j in org.chartroom.core org.chartroom.model org.chartroom.cohort org.chartroom.store.derby org.chartroom.connector.mimic3 \
	org.eclipse.emf.common org.eclipse.emf.ecore org.eclipse.emf.ecore.xmi org.eclipse.equinox.common org.eclipse.osgi \
	derby derbyshared derbytools; do jar "$j"; done | paste -sd:)
"$CHARTROOM_JAVA_HOME/bin/java" -Xmx2g -cp "$CP" \
	"$ROOT/releng/benchmarks/CohortBenchmark.java" "$WS" mimic3 "$RUNS"
