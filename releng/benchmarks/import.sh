#!/usr/bin/env bash
# Import benchmark. Prints, side by side and measured in the same run on the same files:
#   - `chartroom import` of a MIMIC-III folder into a new Derby workspace: the whole process
#     (JVM and OSGi start-up, parsing, loading, keys and indexes), its peak RSS and the largest
#     heap in use after a garbage collection; run with the heap capped at 512 MB;
#   - PostgreSQL's COPY of the same files into plain tables with the connector model's column types
#     (no keys, no indexes, no triggers): the reference. A throw-away server is started here.
# Needs a built product (./chartroom builds it) and Debian's PostgreSQL (installed when missing).
# Usage: releng/benchmarks/import.sh [FOLDER] [RUNS] [SOURCE]
#   FOLDER  the CSV files (default: ../shared/data/mimic-iii-demo next to the checkout)
#   RUNS    repetitions of each measure (default 3); the median is printed with every run
#   SOURCE  mimic3 (default) or omop; for omop the model is that of CDM 5.3, or 5.4 when the folder
#           has no 5.3-only file and its visit_occurrence has admitted_from_concept_id (set MODEL= to force one)
set -euo pipefail

ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
PRODUCT="$ROOT/releng/org.chartroom.product/target/products/org.chartroom.product/linux/gtk/x86_64/chartroom"
DATA=$(readlink -f "${1:-$ROOT/../shared/data/mimic-iii-demo}")
RUNS=${2:-3}
SOURCE=${3:-mimic3}
if [ -z "${MODEL:-}" ]; then
	if [ "$SOURCE" = omop ]; then
		MODEL="$ROOT/bundles/org.chartroom.connector.omop/model/omop53.warehouse"
		if zcat -f "$DATA"/[Vv][Ii][Ss][Ii][Tt]_[Oo][Cc][Cc]* 2>/dev/null | head -n 1 | grep -qi admitted_from; then
			MODEL="$ROOT/bundles/org.chartroom.connector.omop/model/omop54.warehouse"
		fi
	else
		MODEL="$ROOT/bundles/org.chartroom.connector.mimic3/model/mimic3.warehouse"
	fi
fi
HEAP_CAP=512m
WORK=$(mktemp -d /tmp/chartroom-import-bench.XXXXXX)
PG_PORT=55432

[ -x "$PRODUCT/chartroom" ] || { echo "Build the product first: ./chartroom help" >&2; exit 1; }
[ -d "$DATA" ] || { echo "No such folder: $DATA" >&2; exit 1; }

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

# The server: default settings (fsync on), listening on a socket in the work folder only.
mkdir -p "$WORK/pg"
[ "$(id -u)" -eq 0 ] && chown postgres "$WORK" "$WORK/pg"
as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -A trust -U bench >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg/log" -w \
	-o "-c listen_addresses='' -k $WORK -p $PG_PORT" start >/dev/null
psql_bench() { psql -X -q -v ON_ERROR_STOP=1 -h "$WORK" -p "$PG_PORT" -U bench "$@"; }

# DDL and COPY statements from the connector's own model: the same tables, columns and types.
python3 - "$MODEL" "$DATA" >"$WORK/copy.sql" <<'PY'
import os, re, sys, xml.etree.ElementTree as ET
model, data = sys.argv[1], sys.argv[2]
types = {"INTEGER": "integer", "SMALLINT": "smallint", "BIGINT": "bigint", "DOUBLE": "double precision",
         "REAL": "real", "CLOB": "text", "TIMESTAMP": "timestamp", "DATE": "date", "TIME": "time",
         "BOOLEAN": "boolean"}
files = {}
for name in os.listdir(data):
    lower = name.lower()
    for ext in (".csv.gz", ".csv"):
        if lower.endswith(ext):
            # as the connectors map files: any letter case; OMOP's ordering prefixes such as 2b_ dropped
            files[name[: -len(ext)].upper()] = (os.path.join(data, name), ext == ".csv.gz")
            files.setdefault(re.sub(r"^[0-9]+[A-Z]*_", "", name[: -len(ext)].upper()), files[name[: -len(ext)].upper()])
for table in ET.parse(model).getroot().findall("tables"):
    name = table.get("name")
    cols = []
    for c in table.findall("columns"):
        t = c.get("type")
        sql = types.get(t) or (f"{t.lower()}({c.get('length')})" if c.get("length") else t.lower())
        cols.append(f'  "{c.get("name").lower()}" {sql}')
    print(f"CREATE TABLE {name.lower()} (\n" + ",\n".join(cols) + "\n);")
    if name.upper() in files:
        path, gz = files[name.upper()]
        source = f"PROGRAM 'zcat {path}'" if gz else f"'{path}'"
        print(f"COPY {name.lower()} FROM {source} WITH (FORMAT csv, HEADER true);")
PY

now_ms() { date +%s%3N; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# Peak heap after GC (MB) from a unified GC log: the "used" figure after each collection.
peak_heap_mb() {
	grep -oE '[0-9]+M->[0-9]+M' "$1" | sed -E 's/.*->([0-9]+)M/\1/' | sort -n | tail -n 1
}

"$PRODUCT/chartroom" --workspace "$WORK/warm" info >/dev/null   # page in the product once

chartroom=() rss=() heap=() postgres=()
for run in $(seq "$RUNS"); do
	start=$(now_ms)
	CHARTROOM_JAVA_OPTS="-Xmx$HEAP_CAP -Xlog:gc:file=$WORK/gc-$run.log" /usr/bin/time -v -o "$WORK/time-$run" \
		"$PRODUCT/chartroom" --workspace "$WORK/ws-$run" import --dataset bench --source "$SOURCE" "$DATA" \
		>"$WORK/import-$run.out" 2>"$WORK/import-$run.err" \
		|| { cat "$WORK/import-$run.err" >&2; exit 1; }
	chartroom+=($(( $(now_ms) - start )))
	rss+=($(( $(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORK/time-$run") / 1024 )))
	heap+=("$(peak_heap_mb "$WORK/gc-$run.log")")
	rm -rf "$WORK/ws-$run"

	psql_bench -d postgres -c "DROP DATABASE IF EXISTS bench" -c "CREATE DATABASE bench"
	start=$(now_ms)
	psql_bench -d bench -f "$WORK/copy.sql"
	postgres+=($(( $(now_ms) - start )))
done
rows=$(psql_bench -d bench -At -c "SELECT sum(n_live_tup) FROM pg_stat_user_tables" 2>/dev/null || echo "?")

echo "data: $DATA (--source $SOURCE, PostgreSQL tables from $(basename "$MODEL"))"
echo "runs: $RUNS; cpus: $(nproc); $("$PRODUCT/chartroom" --version 2>/dev/null | head -n 1); $(psql --version)"
cat "$WORK/import-1.out"
printf '%-52s %10s   %s\n' "measure" "median" "all runs"
printf '%-52s %10s   %s\n' "chartroom import, whole process (ms)" "$(printf '%s\n' "${chartroom[@]}" | median)" "${chartroom[*]}"
printf '%-52s %10s   %s\n' "PostgreSQL COPY, same files, no indexes (ms)" "$(printf '%s\n' "${postgres[@]}" | median)" "${postgres[*]}"
printf '%-52s %10s   %s\n' "chartroom import peak RSS (MB)" "$(printf '%s\n' "${rss[@]}" | median)" "${rss[*]}"
printf '%-52s %10s   %s\n' "chartroom import peak heap after GC (MB, cap $HEAP_CAP)" "$(printf '%s\n' "${heap[@]}" | median)" "${heap[*]}"
echo "ratio chartroom / COPY: $(awk -v a="$(printf '%s\n' "${chartroom[@]}" | median)" -v b="$(printf '%s\n' "${postgres[@]}" | median)" 'BEGIN { printf "%.2f", a / b }')"
echo "(PostgreSQL rows estimate from its statistics: $rows)"
echo "per-table load of the first chartroom run (stderr):"
cat "$WORK/import-1.err"
