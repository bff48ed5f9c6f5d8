#!/usr/bin/env bash
# ./portal bench placement: placement decision time for 10 to 100,000 hosts (bench/placement), against a naive full
# scan in the same run. Pure Java on ejb-services' compiled classes: no server, no database. The last line is the
# RESULT line. BENCH_DECISIONS sets the number of timed decisions per size (default 2000).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
OUT="$BENCH_DIR/target/placement-classes"
DECISIONS="${BENCH_DECISIONS:-2000}"
[[ "$DECISIONS" =~ ^[0-9]{2,6}$ ]] || { echo "bench: BENCH_DECISIONS must be a number from 10 to 999999" >&2; exit 2; }

echo "== Compiling ejb-services and the placement bench"
(cd "$ROOT" && mvn -B -q -o compile -pl ejb-services) || (cd "$ROOT" && mvn -B -q compile -pl ejb-services)
CLASSES="$ROOT/ejb-services/target/classes"
rm -rf "$OUT" && mkdir -p "$OUT"
javac -d "$OUT" -cp "$CLASSES" $(find "$BENCH_DIR/placement/src" -name '*.java')
exec java -Xms512m -Xmx1g -Dbench.decisions="$DECISIONS" -cp "$OUT:$CLASSES" org.parkportal.bench.placement.PlacementBench
