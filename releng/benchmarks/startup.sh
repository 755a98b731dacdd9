#!/usr/bin/env bash
# Start-up benchmark. Prints, side by side and measured in the same run:
#   - launch of the Chartroom workbench until its window is viewable, and the same for a bare
#     SWT window started by the same JVM (the toolkit's own floor);
#   - `chartroom info` on a new and on an existing empty workspace, and `java -version` (the
#     JVM's floor).
# Needs a built product (./chartroom builds it) and a display (runs Xvfb itself when there is none).
# Usage: releng/benchmarks/startup.sh [RUNS]   (default 5)
set -euo pipefail

ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
PRODUCT="$ROOT/releng/org.chartroom.product/target/products/org.chartroom.product/linux/gtk/x86_64/chartroom"
RUNS=${1:-5}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; [ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null || true' EXIT

[ -x "$PRODUCT/chartroom" ] || { echo "Build the product first: ./chartroom help" >&2; exit 1; }
. "$PRODUCT/find-java"
chartroom_find_java
JAVA="$CHARTROOM_JAVA_HOME/bin/java"

if [ -z "${DISPLAY:-}" ]; then
	Xvfb :77 -screen 0 1600x1000x24 >/dev/null 2>&1 &
	XVFB_PID=$!
	export DISPLAY=:77
	sleep 1
fi

now_ms() { date +%s%3N; }

# True when some window titled $1 and larger than a placeholder is mapped. SWT and the
# workbench create hidden helper shells with the same title, so every match is checked; on GTK
# the X window name may carry a trailing blank.
window_viewable() {
	local id
	for id in $(xwininfo -root -tree 2>/dev/null | grep -E "\"$1 ?\": \(" | awk '{ print $1 }'); do
		xwininfo -id "$id" 2>/dev/null | awk '/Width:/ { w = $2 } /Map State: IsViewable/ { v = 1 } END { exit !(v && w > 300) }' && return 0
	done
	return 1
}

# Milliseconds from launching "$@" until a viewable window titled $TITLE exists.
time_to_window() {
	local title=$1; shift
	local start pid
	start=$(now_ms)
	setsid "$@" >/dev/null 2>&1 &   # its own process group, so the whole tree can be stopped
	pid=$!
	until window_viewable "$title"; do
		kill -0 "$pid" 2>/dev/null || { echo "process for '$title' ended early" >&2; return 1; }
		sleep 0.02
	done
	echo $(( $(now_ms) - start ))
	kill -- -"$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
	while window_viewable "$title"; do sleep 0.05; done
}

time_command() {
	local start
	start=$(now_ms)
	"$@" >/dev/null 2>&1
	echo $(( $(now_ms) - start ))
}

median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

SWT_JAR=$(ls "$PRODUCT"/plugins/org.eclipse.swt.gtk.linux.x86_64_*.jar | head -n 1)
"$CHARTROOM_JAVA_HOME/bin/javac" -d "$WORK/bare" -cp "$SWT_JAR" "$ROOT/releng/benchmarks/BareSwtWindow.java"

"$PRODUCT/chartroom" --workspace "$WORK/ws-existing" info >/dev/null
workbench=() bare=() info=() existing=() version=()
for run in $(seq "$RUNS"); do
	workbench+=("$(time_to_window Chartroom "$PRODUCT/chartroom" --workspace "$WORK/ws-gui-$run")")
	bare+=("$(time_to_window "Bare SWT" "$JAVA" -cp "$WORK/bare:$SWT_JAR" BareSwtWindow)")
	info+=("$(time_command "$PRODUCT/chartroom" --workspace "$WORK/ws-cli-$run" info)")
	existing+=("$(time_command "$PRODUCT/chartroom" --workspace "$WORK/ws-existing" info)")
	version+=("$(time_command "$JAVA" -version)")
done

echo "runs: $RUNS; java: $("$JAVA" -version 2>&1 | head -n 1); cpus: $(nproc)"
printf '%-44s %10s %10s\n' "measure (ms)" "median" "all runs"
printf '%-44s %10s %10s\n' "workbench: launch to window visible" "$(printf '%s\n' "${workbench[@]}" | median)" "${workbench[*]}"
printf '%-44s %10s %10s\n' "bare SWT window, same JVM (reference)" "$(printf '%s\n' "${bare[@]}" | median)" "${bare[*]}"
printf '%-44s %10s %10s\n' "chartroom info, new workspace" "$(printf '%s\n' "${info[@]}" | median)" "${info[*]}"
printf '%-44s %10s %10s\n' "chartroom info, existing workspace" "$(printf '%s\n' "${existing[@]}" | median)" "${existing[*]}"
printf '%-44s %10s %10s\n' "java -version (reference)" "$(printf '%s\n' "${version[@]}" | median)" "${version[*]}"
