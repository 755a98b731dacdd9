#!/usr/bin/env bash
# Query benchmark. Prints, measured in the same run on the same data:
#   - time to the first rows of SELECT * FROM CHARTEVENTS: `chartroom query` (table format, which
#     stops after 100 rows) minus a `chartroom query "VALUES 1"` (the JVM and OSGi start-up);
#   - the full CSV export of CHARTEVENTS (758,355 rows on the demo) through `chartroom query
#     --format csv`, whole process and less the start-up, with the heap capped at 64 MB;
#   - the reference: PostgreSQL's `\copy (SELECT * FROM chartevents) TO FILE CSV HEADER` of the
#     same table, loaded with COPY into a throw-away server started here.
# Needs a built product (./chartroom builds it) and Debian's PostgreSQL (installed when missing).
# Usage: releng/benchmarks/query.sh [FOLDER] [RUNS] [WORKSPACE]
#   WORKSPACE  a workspace that already holds FOLDER imported as dataset mimic3 (else it is imported here)
set -euo pipefail

ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
PRODUCT="$ROOT/releng/org.chartroom.product/target/products/org.chartroom.product/linux/gtk/x86_64/chartroom"
DATA=$(readlink -f "${1:-$ROOT/../shared/data/mimic-iii-demo}")
RUNS=${2:-3}
WORK=$(mktemp -d /tmp/chartroom-query-bench.XXXXXX)
PG_PORT=55433

[ -x "$PRODUCT/chartroom" ] || { echo "Build the product first: ./chartroom help" >&2; exit 1; }
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
PG_BIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
	as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1 || true
	rm -rf "$WORK"
}
trap cleanup EXIT

now_ms() { date +%s%3N; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
WS=${3:-$WORK/ws}
chartroom() { "$PRODUCT/chartroom" --workspace "$WS" "$@"; }

[ -n "${3:-}" ] || chartroom import --dataset mimic3 --source mimic3 "$DATA" >/dev/null 2>&1

mkdir -p "$WORK/pg"
[ "$(id -u)" -eq 0 ] && chown postgres "$WORK" "$WORK/pg"
as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -A trust -U bench >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/log" -w -o "-c listen_addresses='' -k $WORK -p $PG_PORT" start >/dev/null
psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -h "$WORK" -p "$PG_PORT" -U bench -d postgres "$@"; }
psql_bench -c "CREATE TABLE chartevents (row_id integer, subject_id integer, hadm_id integer, icustay_id integer,
	itemid integer, charttime timestamp, storetime timestamp, cgid integer, value varchar(255), valuenum double precision,
	valueuom varchar(50), warning integer, error integer, resultstatus varchar(50), stopped varchar(50))"
psql_bench -c "COPY chartevents FROM PROGRAM 'zcat $DATA/CHARTEVENTS.csv.gz' WITH (FORMAT csv, HEADER true)"

baseline=() first=() export=() pg=()
for run in $(seq "$RUNS"); do
	start=$(now_ms); chartroom query --dataset mimic3 "VALUES 1" >/dev/null 2>&1; baseline+=($(( $(now_ms) - start )))
	start=$(now_ms); chartroom query --dataset mimic3 "SELECT * FROM CHARTEVENTS" >/dev/null 2>&1; first+=($(( $(now_ms) - start )))
	start=$(now_ms)
	CHARTROOM_JAVA_OPTS="-Xms32m -Xmx64m" chartroom query --dataset mimic3 --format csv "SELECT * FROM CHARTEVENTS" >"$WORK/chartroom.csv"
	export+=($(( $(now_ms) - start )))
	start=$(now_ms)
	psql_bench -c "\\copy (SELECT * FROM chartevents) TO '$WORK/postgres.csv' WITH (FORMAT csv, HEADER true)"
	pg+=($(( $(now_ms) - start )))
done
rows=$(( $(wc -l <"$WORK/chartroom.csv") - 1 ))
b=$(printf '%s\n' "${baseline[@]}" | median); f=$(printf '%s\n' "${first[@]}" | median)
e=$(printf '%s\n' "${export[@]}" | median); p=$(printf '%s\n' "${pg[@]}" | median)
echo "data: $DATA; runs: $RUNS; cpus: $(nproc); $(psql --version)"
printf '%-62s %8s   %s\n' "measure (ms)" "median" "all runs"
printf '%-62s %8s   %s\n' "chartroom query \"VALUES 1\" (start-up baseline)" "$b" "${baseline[*]}"
printf '%-62s %8s   %s\n' "chartroom query SELECT * FROM CHARTEVENTS, first 100 rows" "$f" "${first[*]}"
printf '%-62s %8s   %s\n' "chartroom query --format csv, all rows, -Xmx64m" "$e" "${export[*]}"
printf '%-62s %8s   %s\n' "PostgreSQL \\copy (SELECT * ...) TO file CSV" "$p" "${pg[*]}"
echo "first rows less start-up: $(( f - b )) ms"
echo "CSV rows: $rows ($(du -m "$WORK/chartroom.csv" | cut -f1) MB; PostgreSQL's file $(du -m "$WORK/postgres.csv" | cut -f1) MB)"
awk -v r="$rows" -v e="$e" -v b="$b" -v p="$p" 'BEGIN { printf "export rate: chartroom %.0f rows/s (%.0f rows/s less start-up), PostgreSQL %.0f rows/s; ratio %.1fx\n", r / (e / 1000), r / ((e - b) / 1000), r / (p / 1000), e / p }'
