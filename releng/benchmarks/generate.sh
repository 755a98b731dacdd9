#!/usr/bin/env bash
# Generator benchmark. Times `chartroom generate --source mimic3` for PATIENTS patients and reports
# rows, bytes, seconds and peak RSS (/usr/bin/time -v). Memory does not grow with the number of
# patients: the same run is repeated with the Java heap capped at 64 MiB, and a tenth of the
# patients is run for comparison. Reference, measured in the same run: gzip -6 of
# the same CSV text (decompressed from the generated files), the single-threaded cost of
# compressing what the generator writes.
# Needs a built product (./chartroom builds it) and about 1.2 GB of free space in $TMPDIR per
# 1,000 patients (the check decompresses CHARTEVENTS once).
# Usage: releng/benchmarks/generate.sh [PATIENTS] [SEED]   (default 1000 1)
set -euo pipefail

ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
PRODUCT="$ROOT/releng/org.chartroom.product/target/products/org.chartroom.product/linux/gtk/x86_64/chartroom"
PATIENTS=${1:-1000}
SEED=${2:-1}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

[ -x "$PRODUCT/chartroom" ] || { echo "Build the product first: ./chartroom help" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "Needs /usr/bin/time (Debian package time)" >&2; exit 1; }

. "$PRODUCT/find-java"
chartroom_find_java
JAVA="$CHARTROOM_JAVA_HOME/bin/java"

field() { sed -n "s/^[[:space:]]*$1: //p" "$2"; }

# 1234567 -> 1,234,567
grouped() { echo "$1" | sed -e ':a' -e 's/\B[0-9]\{3\}\>/,&/' -e 'ta'; }

# seconds from /usr/bin/time's "h:mm:ss" or "m:ss.ss"
seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.1f", s }'; }

# generate PATIENTS [LABEL [JAVA_OPTIONS]]
generate() {
	local patients=$1 label=${2:-} out="$WORK/out-$1"
	rm -rf "$out"
	CHARTROOM_JAVA_OPTS=${3:-} /usr/bin/time -v -o "$WORK/time-$patients" "$PRODUCT/chartroom" generate --source mimic3 --patients "$patients" \
		--seed "$SEED" "$out" >"$WORK/stdout-$patients" 2>"$WORK/stderr-$patients"
	local rows chart bytes text wall rss
	rows=$(sed -n 's/^Generated 26 files, \([0-9,]*\) rows.*/\1/p' "$WORK/stdout-$patients")
	chart=$(awk '$1 == "CHARTEVENTS" { print $2 }' "$WORK/stderr-$patients")
	bytes=$(du -cb "$out"/*.csv.gz | tail -n 1 | cut -f 1)
	text=$(cat "$out"/*.csv.gz | gzip -dc | wc -c)
	wall=$(field "Elapsed (wall clock) time (h:mm:ss or m:ss)" "$WORK/time-$patients" | seconds)
	rss=$(field "Maximum resident set size (kbytes)" "$WORK/time-$patients")
	printf '%-52s %10s %12s %14s %14s %9s %10s\n' "chartroom generate --patients $patients$label" "$patients" "$rows" \
		"$(grouped "$bytes")" "$(grouped "$text")" "$wall" "$(grouped $((rss / 1024)))"
	echo "$chart" >"$WORK/chart-$patients"
}

echo "patients: $PATIENTS; seed: $SEED; java: $("$JAVA" -version 2>&1 | head -n 1); cpus: $(nproc)"
printf '%-52s %10s %12s %14s %14s %9s %10s\n' "measure" "patients" "rows" "bytes (gzip)" "bytes (CSV)" "seconds" "peak MiB"
generate $((PATIENTS / 10))
generate "$PATIENTS" " (heap <= 64 MiB)" "-Xms32m -Xmx64m"
generate "$PATIENTS"
echo "CHARTEVENTS rows for $PATIENTS patients: $(cat "$WORK/chart-$PATIENTS")"

# reference: compressing the same CSV text with gzip -6, one core, as the generator does
cat "$WORK/out-$PATIENTS"/*.csv.gz | gzip -dc >"$WORK/all.csv"
start=$(date +%s.%N)
gzip -6 -c "$WORK/all.csv" >/dev/null
end=$(date +%s.%N)
printf '%-52s %10s %12s %14s %14s %9.1f %10s\n' "reference: gzip -6 of the same CSV text" "" "" "" \
	"$(grouped "$(stat -c %s "$WORK/all.csv")")" "$(echo "$end - $start" | bc)" ""
