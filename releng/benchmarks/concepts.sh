#!/usr/bin/env bash
# Concept search benchmark. Imports the MIMIC-III demo with `chartroom import` into a new workspace
# (printing how long the import took and how long counting the use of concepts took in it), then runs
# ConceptSearchBenchmark.java on a plain class path of the product's jars: the latency of each
# keystroke of "heart rate" and "4280" through the concept index, beside a direct SQL LIKE of the same
# text on D_ITEMS alone and on all four dictionaries, measured in the same run on the same workspace.
# Needs a built product (./chartroom builds it).
# Usage: releng/benchmarks/concepts.sh [FOLDER] [RUNS]
#        releng/benchmarks/concepts.sh --workspace DIR [RUNS]   (search only, on its dataset mimic3)
#   FOLDER  MIMIC-III CSV files (default: ../shared/data/mimic-iii-demo next to the checkout)
#   RUNS    timed repetitions of each search (default 50, after 20 untimed)
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
RUNS=${2:-50}
WORK=$(mktemp -d /tmp/chartroom-concepts-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

[ -x "$PRODUCT/chartroom" ] || { echo "Build the product first: ./chartroom help" >&2; exit 1; }
[ -d "$DATA" ] || { echo "No such folder: $DATA" >&2; exit 1; }
. "$PRODUCT/find-java"
chartroom_find_java

WS=${EXISTING:-$WORK/ws}
if [ -z "$EXISTING" ]; then
	"$PRODUCT/chartroom" --workspace "$WS" import --dataset mimic3 --source mimic3 "$DATA" 2>"$WORK/import.err"
	grep -E '^(CHARTEVENTS|CHARTROOM_CONCEPT_USE) ' "$WORK/import.err"
fi

jar() { ls "$PRODUCT"/plugins/"$1"_*.jar | head -n 1; }
CP=$(for j in org.chartroom.core org.chartroom.model org.chartroom.store.derby org.chartroom.connector.mimic3 \
	org.eclipse.emf.common org.eclipse.emf.ecore org.eclipse.emf.ecore.xmi org.eclipse.equinox.common org.eclipse.osgi \
	derby derbyshared derbytools; do jar "$j"; done | paste -sd:)
"$CHARTROOM_JAVA_HOME/bin/java" -Xmx2g -cp "$CP" \
	"$ROOT/releng/benchmarks/ConceptSearchBenchmark.java" "$WS" mimic3 "$RUNS"
