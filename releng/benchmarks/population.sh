#!/usr/bin/env bash
# Table 1 benchmark. Imports MIMIC-III files with `chartroom import` into a new workspace, then
# runs PopulationBenchmark.java on a plain class path of the product's jars: the Table 1 of the admissions
# with heart rate (D_ITEMS 220045), beside hand-written SQL reading the same values, in the same run on the
# same workspace. Needs a built product (./chartroom builds it).
# Usage: releng/benchmarks/population.sh [FOLDER] [RUNS]
#        releng/benchmarks/population.sh --workspace DIR [RUNS]   (on its dataset mimic3)
#   FOLDER  MIMIC-III CSV files (default: ../shared/data/mimic-iii-demo next to the checkout), e.g. the
#           output of `chartroom generate --source mimic3 --patients 1000 OUT`
#   RUNS    timed repetitions (default 10, after 3 untimed)
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
RUNS=${2:-10}
WORK=$(mktemp -d /tmp/chartroom-population-bench.XXXXXX)
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
CP=$(for j in org.chartroom.core org.chartroom.model org.chartroom.cohort org.chartroom.population org.chartroom.store.derby org.chartroom.connector.mimic3 \
	org.eclipse.emf.common org.eclipse.emf.ecore org.eclipse.emf.ecore.xmi org.eclipse.equinox.common org.eclipse.osgi \
	derby derbyshared derbytools; do jar "$j"; done | paste -sd:)
"$CHARTROOM_JAVA_HOME/bin/java" -Xmx2g -cp "$CP" \
	"$ROOT/releng/benchmarks/PopulationBenchmark.java" "$WS" mimic3 "$RUNS"
