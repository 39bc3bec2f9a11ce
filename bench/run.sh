#!/usr/bin/env bash
# The Bahi benchmark in one command (see bench/README.md):
#   bench/run.sh [--quick] [--skip-build]
# Builds the platform jar and the bench jar, starts the platform on a fresh data directory with the embedded store,
# seeds shops and catalogues through the public API, drives it over HTTP with Gatling, runs the growth and
# long-aggregate benchmarks, measures the raw-insert floor on the same store, rebuilds every projection, and writes
# bench/results/<yyyy-mm-dd>-<quick|full>.md and .json. Needs only JDK 17 and the Maven wrapper (network for the
# first Maven download). Not a test: it asserts no timing and CI never runs it.
set -euo pipefail

MODE=full
BUILD=1
for arg in "$@"; do
  case "$arg" in
    --quick) MODE=quick ;;
    --skip-build) BUILD=0 ;;
    *) echo "usage: bench/run.sh [--quick] [--skip-build]" >&2; exit 2 ;;
  esac
done

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
WORK="$ROOT/bench/target/bench-work"
RESULTS="$ROOT/bench/results"
unset MONGODB_URI SPRING_DATA_MONGODB_URI BAHI_MONGO_URI || true

if [[ $MODE == quick ]]; then
  # under 3 minutes with the build: short phases, a small catalogue, small growth sizes, fewer samples, the
  # rebuild cut at 45 s, and the long-aggregate benchmark in the growth benchmark's JVM (one start fewer)
  TENANTS=20; ITEMS=6; PHASE_S=2; OTHER_S=3; FLOOR_S=2; REBUILD_TIMEOUT=45; SEED_OPTS="-Dbench.seed-sales=1"
  GROWTH_SIZES=1000,10000; GROWTH_OPTS="-Dbench.warmup-rounds=0 -Dbench.cold-start=false -Dbench.idle-seconds=1 -Dbench.signup-samples=4 -Dbench.device-samples=15 -Dbench.sale-shops=4 -Dbench.sale-warmup=5 -Dbench.sale-samples=25 -Dbench.lag-samples=4 -Dbench.budget-minutes=8"
  LONG_SIZES=10000; LONG_OPTS="-Dbench.long-item-samples=30"; LONG_IN_GROWTH_JVM=1
else
  # under 30 minutes on 2 cores: 30 s phases, growth to 1M events within 13 minutes, an item with 100k movements
  TENANTS=20; ITEMS=200; PHASE_S=30; OTHER_S=30; FLOOR_S=10; REBUILD_TIMEOUT=420; SEED_OPTS=""
  GROWTH_SIZES=1000,10000,100000,1000000; GROWTH_OPTS="-Dbench.warmup-rounds=1 -Dbench.budget-minutes=13"
  LONG_SIZES=100000; LONG_OPTS=""; LONG_IN_GROWTH_JVM=0
fi

log() { echo "[bench $(date +%H:%M:%S)] $*" >&2; }
# step NAME MESSAGE: logs MESSAGE and records in steps.txt how long the step before took (the report lists them)
STEP=""; STEP_AT=$(date +%s); STEPS=""
step() {
  local now; now=$(date +%s)
  [[ -n "$STEP" ]] && STEPS+="$STEP=$(( now - STEP_AT ))"$'\n'
  STEP="$1"; STEP_AT=$now
  [[ -n "${2:-}" ]] && log "$2"
  [[ -d "${WORK:-}" && -n "$STEPS" ]] && printf '%s' "$STEPS" > "$WORK/steps.txt"
  return 0
}

# The build is skipped when no source or POM changed since the last one (bench/target/build.stamp).
STAMP="$ROOT/bench/target/build.stamp"
if [[ $BUILD == 1 && -f "$STAMP" && -f platform/app/target/bahi.jar && -f bench/target/bahi-bench.jar ]] \
    && [[ -z "$(find . -name target -prune -o -name .git -prune -o \
    \( -path '*/src/*' -o -name pom.xml \) -type f -newer "$STAMP" -print -quit)" ]]; then
  log "the platform and bench jars are up to date with the sources: not building"
  BUILD=0
fi
if [[ $BUILD == 1 ]]; then
  step build "building the platform jar and the bench jar"
  BUILD_STARTED=$(mktemp)
  ./mvnw -B -q -Pbench -DskipTests package -pl platform/app,bench -am
  ./mvnw -B -q -f bench/gatling/pom.xml test-compile
  mv "$BUILD_STARTED" "$STAMP" # a source changed during the build is newer than the stamp
fi
PLATFORM_JAR="$ROOT/platform/app/target/bahi.jar"
BENCH_JAR="$ROOT/bench/target/bahi-bench.jar"

rm -rf "$WORK"; mkdir -p "$WORK"
START=$(date +%s)
{
  echo "date=$(date +%F)"
  echo "startedAt=$(date -Iseconds)"
  echo "commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet HEAD 2>/dev/null || echo ' (+ uncommitted changes)')"
  echo "nproc=$(nproc)"
  echo "memory=$(free -m | awk '/^Mem:/ {print $2 " MiB total, " $7 " MiB available"}')"
  echo "java=$(java -version 2>&1 | tr '\n' ' ' | sed 's/ *$//')"
  echo "os=$(uname -srm)"
  echo "load=$(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min load average at start)"
  echo "tenants=$TENANTS"
  echo "itemsPerTenant=$ITEMS"
  echo "phaseSeconds=$PHASE_S"
  echo "otherPhaseSeconds=$OTHER_S"
} > "$WORK/env.txt"

# ------------------------------------------------------------------ the platform, fresh data directory
ADMIN_EMAIL=admin@bench.example
ADMIN_PASSWORD="bench admin password 1"
step start "starting the platform on a fresh data directory"
java -Xmx1g -jar "$PLATFORM_JAR" \
  --bahi.data-dir="$WORK/data" --server.port=0 --server.address=127.0.0.1 \
  --bahi.admin.email=$ADMIN_EMAIL --bahi.admin.password="$ADMIN_PASSWORD" \
  --bahi.security.login-throttle.per-address=1000000 --bahi.security.login-throttle.per-login=1000000 \
  --bahi.jwt.access-token-ttl=4h > "$WORK/platform.log" 2>&1 &
PLATFORM_PID=$!
trap 'kill $PLATFORM_PID 2>/dev/null || true' EXIT
PORT=""
for _ in $(seq 1 300); do
  PORT=$(grep -o 'Tomcat started on port [0-9]*' "$WORK/platform.log" | grep -o '[0-9]*$' | head -1 || true)
  [[ -n "$PORT" ]] && break
  kill -0 $PLATFORM_PID 2>/dev/null || { tail -50 "$WORK/platform.log" >&2; exit 1; }
  sleep 0.5
done
[[ -n "$PORT" ]] || { log "the platform did not start"; exit 1; }
MONGO_URI=$(grep -o 'mongodb://[^ ,]*' "$WORK/platform.log" | head -1)
BASE="http://127.0.0.1:$PORT"
log "platform on $BASE, store at $MONGO_URI"
sleep 1 # let the tracking processors claim their tokens

step seed "seeding $TENANTS shops x $ITEMS items through the API"
# shellcheck disable=SC2086
java $SEED_OPTS -jar "$BENCH_JAR" seed "$BASE" "$WORK" "$TENANTS" "$ITEMS"

step gatling "Gatling: sale / sale+invoice at 1, 8, 32 clients (${PHASE_S} s each), PDF and reads (${OTHER_S} s each)"
./mvnw -B -q -f bench/gatling/pom.xml gatling:test -Dbench.work="$WORK" -Dbench.base="$BASE" \
  -Dbench.feeders="$WORK" -Dbench.phase-seconds=$PHASE_S -Dbench.other-seconds=$OTHER_S > "$WORK/gatling.log" 2>&1 \
  || { tail -40 "$WORK/gatling.log" >&2; log "Gatling failed (figures may be missing)"; }
cat > "$WORK/phases.json" <<JSON
{"sale-c1":$PHASE_S,"sale-c8":$PHASE_S,"sale-c32":$PHASE_S,"invoice-c1":$PHASE_S,"invoice-c8":$PHASE_S,"invoice-c32":$PHASE_S,"pdf-c4":$OTHER_S,"reads-c8":$OTHER_S}
JSON

step settle+floor+rebuild "waiting for the projections to catch up with the load (at most 300 s), then the floor (raw single-document inserts on the same store, ${FLOOR_S} s per client count), then rebuilding every rebuildable projection"
java -jar "$BENCH_JAR" settle "$BASE" $ADMIN_EMAIL "$ADMIN_PASSWORD" 300 \
  -- floor "$MONGO_URI" $FLOOR_S "$WORK/floor.json" \
  -- rebuild "$BASE" $ADMIN_EMAIL "$ADMIN_PASSWORD" $REBUILD_TIMEOUT "$WORK/rebuild.json"

kill $PLATFORM_PID; wait $PLATFORM_PID 2>/dev/null || true
trap - EXIT

if [[ $LONG_IN_GROWTH_JVM == 1 ]]; then
  step growth+long-item "growth benchmark at $GROWTH_SIZES events, then an item with $LONG_SIZES movements (one JVM, own stores)"
  GROWTH_OPTS="$GROWTH_OPTS $LONG_OPTS -Dbench.long-item=$LONG_SIZES -Dbench.long-item-out=$WORK/long-item.md"
else
  step growth "growth benchmark at $GROWTH_SIZES events (own JVM, own store)"
fi
# shellcheck disable=SC2086
java $GROWTH_OPTS -jar "$BENCH_JAR" $GROWTH_SIZES > "$WORK/growth.md" 2> "$WORK/growth.log" \
  || { tail -20 "$WORK/growth.log" >&2; echo "growth benchmark failed, see growth.log" > "$WORK/growth.md"; }

if [[ $LONG_IN_GROWTH_JVM == 0 ]]; then
  step long-item "long aggregate: an item with $LONG_SIZES movements (own JVM, own store)"
  # shellcheck disable=SC2086
  java $LONG_OPTS -jar "$BENCH_JAR" long-item $LONG_SIZES > "$WORK/long-item.md" 2> "$WORK/long-item.log" \
    || { tail -20 "$WORK/long-item.log" >&2; echo "long-item benchmark failed, see long-item.log" > "$WORK/long-item.md"; }
fi

step report
echo "runSeconds=$(( $(date +%s) - START ))" >> "$WORK/env.txt"
java -jar "$BENCH_JAR" report "$WORK" "$RESULTS" "$MODE"
log "done in $(( $(date +%s) - START )) s (after the build)"
