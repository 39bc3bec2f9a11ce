#!/usr/bin/env bash
# Scale-out drill: two Bahi instances over one shared store, one of them stopped and then killed.
#
#   ops/scale-out-drill.sh                      # tracking processors (the default mode)
#   ops/scale-out-drill.sh --mode pooled        # pooled streaming processors, 4 segments
#
# What it does (everything on 127.0.0.1, nothing but a JDK 17 needed):
#   1. builds platform/app/target/bahi.jar if it is missing;
#   2. starts the standalone embedded store (EmbeddedStoreMain, from the app jar) in DRILL_DIR/store;
#   3. starts instance A, then B, with MONGODB_URI pointing at it, separate data dirs and one shared signing JWK;
#   4. runs ops/ScaleOutDrill.java: shops signed up on A, items and sales alternately on A and B, each sale read back
#      from the other instance and shared (one RECEIPT message each); then the daily summary's salesCount, the payments
#      list and the RECEIPT messages must equal the number of sales exactly (nothing lost, nothing handled twice) and
#      every segment of every streaming processor must be held by exactly one instance;
#   5. kill -TERM A: B sells alone and must take A's processing over; A restarts, B is stopped (TERM) and A takes over;
#      B restarts, both sell; kill -9 A: B must take over once A's token claims time out (Axon: 10 s);
#   6. prints a pass/fail table; exits 1 on any failure. All processes it started are stopped on exit.
#      acked = sales (201) + shares (201) answered; found = sales read back from the other instance (the writer itself
#      when the other is down) + shares accepted through it; dup/lost = projection entries above/below the sales
#      count (summary salesCount, payments, RECEIPT messages) plus sales never found.
#
# Settings (environment or flags): --mode / MODE (tracking|pooled), --segments / SEGMENTS (4),
# --store-port / STORE_PORT (27217), --port-a / PORT_A (18081), --port-b / PORT_B (18082),
# --dir / DRILL_DIR (${TMPDIR:-/tmp}/bahi-scale-out-drill, wiped first), --shops / SHOPS (2),
# --sales / SALES (sales per shop per round, 4), INSTANCE_JAVA_OPTS (-Xmx640m), KEEP_DIR=1 keeps the directory.
# Not run by CI: it starts three JVMs and takes a few minutes on 2 cores.
set -Eeuo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODE="${MODE:-tracking}"
SEGMENTS="${SEGMENTS:-4}"
STORE_PORT="${STORE_PORT:-27217}"
PORT_A="${PORT_A:-18081}"
PORT_B="${PORT_B:-18082}"
DRILL_DIR="${DRILL_DIR:-${TMPDIR:-/tmp}/bahi-scale-out-drill}"
SHOPS="${SHOPS:-2}"
SALES="${SALES:-4}"
INSTANCE_JAVA_OPTS="${INSTANCE_JAVA_OPTS:--Xmx640m}"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --mode) MODE="$2"; shift 2 ;;
    --segments) SEGMENTS="$2"; shift 2 ;;
    --store-port) STORE_PORT="$2"; shift 2 ;;
    --port-a) PORT_A="$2"; shift 2 ;;
    --port-b) PORT_B="$2"; shift 2 ;;
    --dir) DRILL_DIR="$2"; shift 2 ;;
    --shops) SHOPS="$2"; shift 2 ;;
    --sales) SALES="$2"; shift 2 ;;
    -h|--help) sed -n '2,26p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$MODE" in tracking|pooled) ;; *) echo "MODE must be tracking or pooled" >&2; exit 2 ;; esac
[[ "$DRILL_DIR" == / || -z "$DRILL_DIR" ]] && { echo "refusing DRILL_DIR=$DRILL_DIR" >&2; exit 2; }

JAR="$ROOT/platform/app/target/bahi.jar"
DRILL="$ROOT/ops/ScaleOutDrill.java"
STATE="$DRILL_DIR/drill.properties"
export BAHI_ADMIN_EMAIL="drill-admin@bahi.example"
export BAHI_ADMIN_PASSWORD="drill admin passphrase $$"

declare -A PIDS=()
log() { printf '%s drill: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

stop_pid() { # name signal
  local name="$1" sig="$2" pid="${PIDS[$1]:-}"
  [[ -z "$pid" ]] && return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill "-$sig" "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    if kill -0 "$pid" 2>/dev/null; then log "$name did not stop in 60 s: KILL"; kill -KILL "$pid" 2>/dev/null || true; fi
  fi
  { wait "$pid"; } 2>/dev/null || true
  unset "PIDS[$name]"
}

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  for name in A B; do stop_pid "$name" TERM; done
  stop_pid store TERM
  if [[ "${KEEP_DIR:-0}" != 1 && $rc -eq 0 ]]; then rm -rf "$DRILL_DIR"; else log "logs and state kept in $DRILL_DIR"; fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start_store() {
  java -cp "$JAR" -Dloader.main=dev.bahi.platform.runtime.embedded.EmbeddedStoreMain \
    org.springframework.boot.loader.launch.PropertiesLauncher \
    --data-dir="$DRILL_DIR/store" --port="$STORE_PORT" >"$DRILL_DIR/store.log" 2>&1 &
  PIDS[store]=$!
  for _ in $(seq 1 60); do
    grep -q '^READY ' "$DRILL_DIR/store.log" && { log "store: $(grep '^READY ' "$DRILL_DIR/store.log")"; return 0; }
    kill -0 "${PIDS[store]}" 2>/dev/null || break
    sleep 0.5
  done
  cat "$DRILL_DIR/store.log" >&2; log "the store did not start"; return 1
}

start_instance() { # name port
  local name="$1" port="$2"
  port_free "$port" || { log "port $port is in use"; return 1; }
  # shellcheck disable=SC2086
  env MONGODB_URI="mongodb://127.0.0.1:$STORE_PORT/" BAHI_DATA_DIR="$DRILL_DIR/data-$name" PORT="$port" \
      BAHI_JWT_SIGNINGJWK="$JWK" BAHI_PUBLICURL="http://127.0.0.1:$port" \
      BAHI_AXON_PROCESSORS_MODE="$MODE" BAHI_AXON_PROCESSORS_SEGMENTS="$SEGMENTS" \
      java $INSTANCE_JAVA_OPTS -jar "$JAR" >>"$DRILL_DIR/instance-$name.log" 2>&1 &
  PIDS[$name]=$!
  local t0=$SECONDS
  for _ in $(seq 1 360); do
    if [[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null)" == 200 ]]; then
      log "instance $name ready on :$port after $((SECONDS - t0)) s (pid ${PIDS[$name]})"; return 0
    fi
    kill -0 "${PIDS[$name]}" 2>/dev/null || break
    sleep 0.5
  done
  tail -50 "$DRILL_DIR/instance-$name.log" >&2; log "instance $name did not become ready"; return 1
}

drill() { java "$DRILL" "$@" --state="$STATE"; }

command -v java >/dev/null || { echo "needs java 17+" >&2; exit 2; }
command -v curl >/dev/null || { echo "needs curl" >&2; exit 2; }
if [[ ! -f "$JAR" ]]; then
  log "building $JAR"
  (cd "$ROOT" && ./mvnw -B -q -DskipTests package -pl platform/app -am)
fi
for p in "$STORE_PORT" "$PORT_A" "$PORT_B"; do port_free "$p" || { echo "port $p is in use" >&2; exit 2; }; done
rm -rf "$DRILL_DIR" && mkdir -p "$DRILL_DIR"
# a private copy: a rebuild of platform/app/target/bahi.jar during the drill must not pull classes from under the JVMs
cp "$JAR" "$DRILL_DIR/bahi.jar" && JAR="$DRILL_DIR/bahi.jar"
log "mode=$MODE segments=$SEGMENTS store=:$STORE_PORT A=:$PORT_A B=:$PORT_B dir=$DRILL_DIR"

start_store
JWK="$(java "$DRILL" jwk)"
start_instance A "$PORT_A"
start_instance B "$PORT_B"

A="http://127.0.0.1:$PORT_A" B="http://127.0.0.1:$PORT_B"
SEG=1; [[ "$MODE" == pooled ]] && SEG="$SEGMENTS"
common=(--sales="$SALES" --segments="$SEG")

drill setup --a="$A" --b="$B" --shops="$SHOPS" --items=2
drill round --name=both-1 --label="A+B: sales alternate, read on the other" --write=A,B --read=other --live=A,B "${common[@]}"

log "kill -TERM A"; stop_pid A TERM
drill round --name=term-a --label="A stopped (TERM): B sells and catches up" --write=B --read=B --live=B "${common[@]}"

start_instance A "$PORT_A"
log "kill -TERM B"; stop_pid B TERM
drill round --name=term-b --label="B stopped (TERM): A sells and catches up" --write=A --read=A --live=A "${common[@]}"
start_instance B "$PORT_B"
drill round --name=both-2 --label="A+B again: alternate, read on the other" --write=A,B --read=other --live=A,B "${common[@]}"

log "kill -9 A"; KILLED_AT=$(date +%s%3N); stop_pid A KILL
drill round --name=kill-a --label="A killed (-9): B sells, takes over A's claims" --write=B --read=B --live=B \
  --timeout=120 --killed-at="$KILLED_AT" "${common[@]}"

echo
echo "Scale-out drill, mode=$MODE (segments per pooled processor: $SEG), 2 instances over the standalone store"
drill report --expect-rounds=6
