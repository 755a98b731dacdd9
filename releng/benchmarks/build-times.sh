#!/usr/bin/env bash
# Build-time benchmark: a cold build (empty local Maven repository: every plugin, library and
# Tycho's target platform downloaded from Maven Central) and a warm rebuild, both of
# `mvnw -B -q clean verify -DskipTests` on a copy of the sources. Prints seconds for each.
# Usage: releng/benchmarks/build-times.sh
set -euo pipefail

ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
. "$ROOT/features/org.chartroom.platform.feature/rootfiles/find-java"
chartroom_find_java
export JAVA_HOME="$CHARTROOM_JAVA_HOME"

git -C "$ROOT" archive --format=tar HEAD | tar -x -C "$WORK" 2>/dev/null || cp -a "$ROOT/." "$WORK/"
cd "$WORK"

build() {
	local start=$SECONDS
	./mvnw -B -q -ntp -Dmaven.repo.local="$WORK/m2" -DskipTests clean verify >"$WORK/build-$1.log" 2>&1
	echo $(( SECONDS - start ))
}

cold=$(build cold)
warm=$(build warm)
echo "cold build (empty local repository): ${cold} s; downloaded: $(du -sh "$WORK/m2" | cut -f1)"
echo "warm rebuild:                         ${warm} s"
