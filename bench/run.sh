#!/usr/bin/env bash
# ./portal bench: a portal page with six portlets against a plain servlet on the same WildFly that writes the
# same bytes (bench-baseline.war). Cold start, throughput and latency; the last line is the RESULT line.
# Traffic goes only to 127.0.0.1, every phase has a bounded duration.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
PORTAL="$ROOT/portal"
BASELINE_WAR="$BENCH_DIR/target/bench-baseline.war"
PAGES="$BENCH_DIR/bench-pages.json"

OFFSET="${BENCH_PORT_OFFSET:-200}"
WARMUP_S="${BENCH_WARMUP_S:-10}"
DURATION_S="${BENCH_DURATION_S:-20}"
THREADS=2
CONNECTIONS=8
DEPLOY_TIMEOUT_S=120
WINDOWS_EXPECTED=6

STARTED=0
SESSION_COOKIE=""
COLD_START_S=0
RATIO=0
page_rps=0 page_p50=0 page_p99=0
servlet_rps=0 servlet_p50=0 servlet_p99=0
uncached_rps=0 uncached_p50=0 uncached_p99=0

step() { printf '\n== %s\n' "$*"; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N; }

check_settings() {
  [[ "$OFFSET" =~ ^[0-9]{1,5}$ ]] || die "BENCH_PORT_OFFSET must be a number (got '$OFFSET')"
  local value
  for value in "$WARMUP_S" "$DURATION_S"; do
    if ! [[ "$value" =~ ^[0-9]{1,3}$ ]] || (( 10#$value < 1 || 10#$value > 300 )); then
      die "BENCH_WARMUP_S and BENCH_DURATION_S must be whole seconds between 1 and 300"
    fi
  done
  PORT=$((8080 + 10#$OFFSET))
  PAGE_URL="http://127.0.0.1:$PORT/portal/bench"
  SERVLET_URL="http://127.0.0.1:$PORT/bench-baseline/page"
  DATA="$BENCH_DIR/target/portal-data"
  export PORTAL_PORT_OFFSET="$OFFSET" PORTAL_DATA="$DATA"
  # The deployment scanner folder of this portal instance (see the launcher).
  DEPLOYMENTS="$DATA/server/deployments"
}

ensure_tools() {
  command -v curl >/dev/null 2>&1 || die "curl is required (Debian: apt-get install curl)"
  command -v wrk >/dev/null 2>&1 && return 0
  if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    step "Installing wrk (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -q --no-install-recommends wrk >/dev/null 2>&1 \
      || { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends wrk >/dev/null; } \
      || die "could not install wrk with apt-get"
  else
    die "wrk is not installed; install it with: sudo apt-get install wrk"
  fi
}

# The baseline WAR; rebuilt when missing or older than its sources (the parent POM is found at ../pom.xml).
ensure_baseline_war() {
  if [[ -f "$BASELINE_WAR" && -z "$(find "$BENCH_DIR/src" "$BENCH_DIR/pom.xml" -newer "$BASELINE_WAR" -print -quit)" ]]; then
    return 0
  fi
  step "Building bench-baseline.war"
  command -v mvn >/dev/null 2>&1 || die "Maven is required to build $BASELINE_WAR"
  mvn -q -f "$BENCH_DIR/pom.xml" package -DskipTests || die "the build of bench-baseline.war failed"
  [[ -f "$BASELINE_WAR" ]] || die "the build did not produce $BASELINE_WAR"
}

fresh_data_dir() {
  if [[ -f "$DATA/run/wildfly.pid" ]]; then
    "$PORTAL" stop || true
  fi
  rm -rf "$DATA"
  mkdir -p "$DATA/bench"
}

cold_start() {
  step "Cold start (PORTAL_PORT_OFFSET=$OFFSET, PORTAL_DATA=$DATA)"
  "$PORTAL" build
  local started
  started="$(now)"
  STARTED=1
  "$PORTAL" start
  COLD_START_S="$(awk -v a="$started" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')"
  printf 'cold start: %s s\n' "$COLD_START_S"
}

capture_page() {
  step "Importing bench-pages.json and capturing /portal/bench"
  "$PORTAL" import "$PAGES"
  local page="$DATA/bench/page.html" windows
  curl -fsS --max-time 60 -c "$DATA/bench/cookies.txt" -o "$page" "$PAGE_URL" || die "GET $PAGE_URL failed"
  # Load comes from one visitor who keeps the session, as a browser does (without it every request is a new
  # visitor and a new HTTP session).
  SESSION_COOKIE="$(awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$DATA/bench/cookies.txt")"
  [[ -n "$SESSION_COOKIE" ]] || die "the portal set no session cookie on $PAGE_URL"
  windows="$(grep -oE "data-portlet-window=(\"[^\"]*\"|'[^']*')" "$page" | sort -u | wc -l)"
  (( windows == WINDOWS_EXPECTED )) \
    || die "expected $WINDOWS_EXPECTED portlet windows (data-portlet-window) in $PAGE_URL, found $windows; see $page"
  printf 'page: %s bytes, %s portlet windows\n' "$(wc -c < "$page")" "$windows"
}

deploy_baseline() {
  step "Deploying bench-baseline.war next to the portal"
  local target="$DEPLOYMENTS/bench-baseline.war" marker tmp waited=0 size expected
  for marker in deployed failed undeployed dodeploy skipdeploy pending; do rm -f "$target.$marker"; done
  tmp="$(mktemp "$DATA/server/.bench-baseline.war.XXXXXX")"
  cp "$BASELINE_WAR" "$tmp"
  mv -f "$tmp" "$target"
  until [[ -f "$target.deployed" ]]; do
    [[ -f "$target.failed" ]] && die "bench-baseline.war failed to deploy: $(cat "$target.failed")"
    (( waited < DEPLOY_TIMEOUT_S )) || die "bench-baseline.war not deployed after ${DEPLOY_TIMEOUT_S} s"
    sleep 1
    waited=$((waited + 1))
  done
  expected="$(wc -c < "$DATA/bench/page.html")"
  size="$(curl -fsS --max-time 30 -o /dev/null -w '%{size_download}' "$SERVLET_URL")" \
    || die "GET $SERVLET_URL failed"
  [[ "$size" == "$expected" ]] || die "the baseline servlet wrote $size bytes, the captured page has $expected"
  printf 'baseline: %s serves the same %s bytes\n' "$SERVLET_URL" "$size"
}

undeploy_baseline() {
  local target="$DEPLOYMENTS/bench-baseline.war" waited=0
  [[ -f "$target" ]] || return 0
  rm -f "$target"
  # The scanner (every few seconds) undeploys it and leaves a .undeployed marker.
  while [[ -f "$target.deployed" ]] && (( waited < 20 )); do
    sleep 0.5
    waited=$((waited + 1))
  done
  rm -f "$target.undeployed" "$target.failed"
}

# Prints "<requests/s> <p50 ms> <p99 ms> <non-2xx/3xx responses> <requests>" for a wrk --latency report.
parse_wrk() {
  awk '
    function to_ms(v,   n) {
      n = v + 0
      if (v ~ /us$/) return n / 1000
      if (v ~ /ms$/) return n
      if (v ~ /s$/) return n * 1000
      if (v ~ /m$/) return n * 60000
      if (v ~ /h$/) return n * 3600000
      return n
    }
    /^Requests\/sec:/ { rps = $2 }
    /^[ \t]*50%/ { p50 = to_ms($2) }
    /^[ \t]*99%/ { p99 = to_ms($2) }
    /Non-2xx or 3xx responses:/ { bad = $NF }
    /requests in/ { total = $1 }
    END { printf "%.2f %.2f %.2f %d %d\n", rps, p50, p99, bad, total }
  ' "$1"
}

# Prints "<requests/s> <p50 ms> <p99 ms>" of one wrk run against URL; fails on errors. Extra wrk arguments follow.
measure() {
  local name="$1" url="$2" rps p50 p99 bad total
  shift 2
  local report="$BENCH_DIR/target/wrk-$name.txt"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION_S}s" --latency -H "Cookie: $SESSION_COOKIE" "$@" "$url" >"$report"
  read -r rps p50 p99 bad total < <(parse_wrk "$report")
  (( total > 0 )) || die "wrk made no requests to $url (see $report)"
  (( bad == 0 )) || die "$bad of $total responses from $url were errors (see $report)"
  printf '%s %s %s\n' "$rps" "$p50" "$p99"
}

load() {
  step "Warm-up (${WARMUP_S} s each)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP_S}s" -H "Cookie: $SESSION_COOKIE" "$PAGE_URL" >/dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP_S}s" -H "Cookie: $SESSION_COOKIE" "$SERVLET_URL" >/dev/null
  step "Measuring (wrk -t$THREADS -c$CONNECTIONS -d${DURATION_S}s --latency)"
  local result
  result="$(measure page "$PAGE_URL")"
  read -r page_rps page_p50 page_p99 <<<"$result"
  result="$(measure servlet "$SERVLET_URL")"
  read -r servlet_rps servlet_p50 servlet_p99 <<<"$result"
  # The same page with a new page state on every request: what rendering six windows costs without caches.
  result="$(measure uncached "$PAGE_URL" -s "$BENCH_DIR/unique-state.lua")"
  read -r uncached_rps uncached_p50 uncached_p99 <<<"$result"
}

report() {
  RATIO="$(awk -v p="$page_rps" -v s="$servlet_rps" 'BEGIN { if (s > 0) printf "%.2f", p / s; else print "0.00" }')"
  step "Results"
  printf '%-34s %12s %10s %10s\n' target 'requests/s' 'p50 ms' 'p99 ms'
  printf '%-34s %12s %10s %10s\n' "portal page /portal/bench" "$page_rps" "$page_p50" "$page_p99"
  printf '%-34s %12s %10s %10s\n' "plain servlet /bench-baseline/page" "$servlet_rps" "$servlet_p50" "$servlet_p99"
  printf '%-34s %12s %10s %10s\n' "page, new page state each request" "$uncached_rps" "$uncached_p50" "$uncached_p99"
  printf 'page/servlet throughput: %s   uncached page/servlet: %s   cold start: %s s\n' "$RATIO" \
    "$(awk -v p="$uncached_rps" -v s="$servlet_rps" 'BEGIN { if (s > 0) printf "%.3f", p / s; else print "0" }')" \
    "$COLD_START_S"
}

cleanup() {
  local status=$?
  if (( STARTED )); then
    undeploy_baseline || true
    "$PORTAL" stop || true
  fi
  (( status == 0 )) || printf 'bench: failed (logs in %s/log)\n' "$DATA" >&2
}

main() {
  check_settings
  ensure_tools
  ensure_baseline_war
  [[ -f "$PAGES" ]] || die "missing $PAGES"
  trap cleanup EXIT
  trap 'exit 130' INT TERM
  fresh_data_dir
  cold_start
  capture_page
  deploy_baseline
  load
  report
  step "Stopping"
  undeploy_baseline
  "$PORTAL" stop
  STARTED=0
  printf 'RESULT page_vs_servlet_throughput=%s page_p50_ms=%s page_p99_ms=%s servlet_p50_ms=%s cold_start_s=%s\n' \
    "$RATIO" "$page_p50" "$page_p99" "$servlet_p50" "$COLD_START_S"
}

main "$@"
