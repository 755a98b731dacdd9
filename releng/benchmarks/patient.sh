#!/usr/bin/env bash
# Patient timeline benchmark. Imports MIMIC-III CSV files with `chartroom import` into a new workspace
# (or uses a workspace that holds them), then runs PatientTimelineBenchmark.java on a plain class path
# of the product's jars: the timeline load of the patient with the most events (summary and every
# event table, as the patient browser loads "All stays"), beside the same rows fetched by plain JDBC
# (one connection, SELECT * per event table) in the same run on the same workspace.
# Needs a built product (./chartroom builds it).
# Usage: releng/benchmarks/patient.sh [FOLDER] [RUNS]
#        releng/benchmarks/patient.sh --workspace DIR [DATASET] [RUNS]   (a workspace that holds a mimic3 dataset)
#   FOLDER  MIMIC-III CSV files (default: ../shared/data/mimic-iii-demo next to the checkout), or the
#           output of `chartroom generate --source mimic3`
#   RUNS    timed repetitions of each side (default 30, after 10 untimed)
set -euo pipefail

ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
PRODUCT="$ROOT/releng/org.chartroom.product/target/products/org.chartroom.product/linux/gtk/x86_64/chartroom"
WORK=$(mktemp -d /tmp/chartroom-patient-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
[ -x "$PRODUCT/chartroom" ] || { echo "Build the product first: ./chartroom help" >&2; exit 1; }
. "$PRODUCT/find-java"
chartroom_find_java

if [ "${1:-}" = "--workspace" ]; then
	WS=$(readlink -f "$2")
	DATASET=${3:-mimic3}
	RUNS=${4:-30}
else
	DATA=$(readlink -f "${1:-$ROOT/../shared/data/mimic-iii-demo}")
	[ -d "$DATA" ] || { echo "No such folder: $DATA" >&2; exit 1; }
	RUNS=${2:-30}
	WS=$WORK/ws
	DATASET=mimic3
	"$PRODUCT/chartroom" --workspace "$WS" import --dataset mimic3 --source mimic3 "$DATA" 2>"$WORK/import.err" >/dev/null
fi

jar() { ls "$PRODUCT"/plugins/"$1"_*.jar | head -n 1; }
CP=$(for j in org.chartroom.core org.chartroom.model org.chartroom.store.derby org.chartroom.connector.mimic3 \
	org.eclipse.emf.common org.eclipse.emf.ecore org.eclipse.emf.ecore.xmi org.eclipse.equinox.common org.eclipse.osgi \
	derby derbyshared derbytools; do jar "$j"; done | paste -sd:)
"$CHARTROOM_JAVA_HOME/bin/java" -Xmx2g -cp "$CP" \
	"$ROOT/releng/benchmarks/PatientTimelineBenchmark.java" "$WS" "$DATASET" "$RUNS"
