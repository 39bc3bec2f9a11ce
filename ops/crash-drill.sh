#!/usr/bin/env bash
# The crash safety drill: kill -9 the platform under a load of sales and GST invoices, restart it on the same
# data directory, and check that nothing acknowledged was lost or half-recorded. Not part of CI.
#
#   ops/crash-drill.sh            5 kill rounds, 15-25 s apart, 4 client threads (about 3 minutes)
#   ops/crash-drill.sh --quick    2 rounds, 8-12 s apart
#   ops/crash-drill.sh --rounds 10 --threads 6 --min-gap 5 --max-gap 30 --seed 42 --keep
#
# Prints a pass/fail table on stdout (progress on stderr); exits non-zero on any failure. The run directory
# (data, platform logs) is removed after a pass unless --keep is given, and kept after a failure.
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=platform/app/target/bahi.jar
KEEP=false
ARGS=()
for arg in "$@"; do
  case "$arg" in
    --keep) KEEP=true ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exec java ops/CrashDrill.java --help ;;
    *) ARGS+=("$arg") ;;
  esac
done

if [[ ! -f "$JAR" ]]; then
  echo "building $JAR ..." >&2
  ./mvnw -B -q -DskipTests package -pl platform/app -am
fi
unset MONGODB_URI

RUN_DIR=$(mktemp -d "${TMPDIR:-/tmp}/bahi-crash-drill.XXXXXX")
# every restart runs this copy, so a rebuild of the jar during the drill changes nothing
cp "$JAR" "$RUN_DIR/bahi.jar"
DRILL_PID=""

cleanup() {
  local rc=$?
  # the platform the drill started last (only if that pid is still our java on this run directory)
  if [[ -f "$RUN_DIR/platform.pid" ]]; then
    local pid
    pid=$(cat "$RUN_DIR/platform.pid")
    if [[ -r "/proc/$pid/cmdline" ]] && tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q -- "$RUN_DIR"; then
      kill -9 "$pid" 2>/dev/null || true
    fi
  fi
  if [[ -n "$DRILL_PID" ]] && kill -0 "$DRILL_PID" 2>/dev/null; then
    kill "$DRILL_PID" 2>/dev/null || true
  fi
  if [[ $rc -eq 0 && $KEEP == false ]]; then
    rm -rf "$RUN_DIR"
  else
    echo "run directory kept: $RUN_DIR" >&2
  fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

java ops/CrashDrill.java --jar "$RUN_DIR/bahi.jar" --run-dir "$RUN_DIR" ${ARGS[@]+"${ARGS[@]}"} &
DRILL_PID=$!
wait "$DRILL_PID"
