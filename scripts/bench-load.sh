#!/usr/bin/env bash
# Load benchmark of `arvio serve` on both stores, with every acknowledged write read back:
# family page GET, draft save, send (with the audit log and the parts) beside the anonymous
# send of the family pages (no audit), API create and read, at 1, 16 and 64 users, on a SQLite
# file and on a PostgreSQL database, in one run. Results: BENCHMARKS.md, "Case systems' API and
# two stores under load".
#
#   scripts/bench-load.sh
#   DURATION=10 scripts/bench-load.sh
#   STORES=sqlite SCENARIOS=send-anon,send CONCURRENCY=16 scripts/bench-load.sh
#
# What it does: builds `arvio` (release) and the load client (crates/arvio-serve/benches/
# load.rs, `cargo bench --no-run`); makes a fresh SQLite file and a PostgreSQL cluster of its
# own (initdb on a temporary directory, a free port, trust authentication on 127.0.0.1, run as
# the `postgres` user when the script runs as root; stopped and deleted at the end), or uses
# PG_URL; creates an API key on each store (`arvio keys create bench --data ...`); starts
# `arvio serve --rate-limit 0 --data ...` on each store, each on a free port; then runs the
# load client against both: for each number of users, for each store, every scenario for
# WARMUP + DURATION seconds, each followed by the read-back of its writes. Prints the table
# and the goals' check (Markdown) and keeps them in $OUT/run/. Exits 1 if a write was lost.
#
# Environment:
#   DURATION     measured seconds per scenario (default 5)
#   WARMUP       warm-up seconds before each, not measured (default 1)
#   CONCURRENCY  users, comma separated (default 1,16,64)
#   SCENARIOS    comma separated (default send-anon,send-draft,api-create,family-get,draft-save,send,
#                api-read)
#   STORES       which stores (default "sqlite postgres")
#   THREADS      the load client's threads (default 1: the client takes less of the cores)
#   PG_URL       an existing, empty PostgreSQL database to use instead of a cluster of our own
#                (postgres://user@host:port/db; its tables are made by the server)
#   SERVE_ARGS   extra arguments to `arvio serve`
#   OUT          working directory (default target/bench-load)
#   KEEP_DB      set to keep the SQLite file in $OUT/run (deleted at the end otherwise)
#   CARGO_TARGET_DIR  where cargo builds (default target/)
#
# Needs: cargo, curl, python3 (to find a free port), and for the PostgreSQL store without
# PG_URL the PostgreSQL server (initdb, pg_ctl; Debian's `postgresql`, installed with apt-get
# if missing). The server and the client share the machine's cores: compare the scenarios and
# the stores within one run rather than absolute figures across machines.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-5}
WARMUP=${WARMUP:-1}
CONCURRENCY=${CONCURRENCY:-1,16,64}
SCENARIOS=${SCENARIOS:-send-anon,send-draft,api-create,family-get,draft-save,send,api-read}
STORES=${STORES:-sqlite postgres}
THREADS=${THREADS:-1}
SERVE_ARGS=${SERVE_ARGS:-}
OUT=${OUT:-target/bench-load}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
RUN=$OUT/run
BIN=$OUT/bin
rm -rf "$RUN"
mkdir -p "$RUN" "$BIN"

die() {
  echo "bench-load: $*" >&2
  exit 1
}

command -v curl >/dev/null 2>&1 || die "needs curl"
command -v python3 >/dev/null 2>&1 || die "needs python3"

# --- build ------------------------------------------------------------------------------------

echo "building arvio and the load client (release)" >&2
cargo build -q --release -p arvio-cli
target_dir=$(cargo metadata --format-version 1 --no-deps |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
cp "$target_dir/release/arvio" "$BIN/arvio"
load_exe=$(cargo bench -q -p arvio-serve --bench load --no-run --message-format=json |
  python3 -c '
import json, sys
for line in sys.stdin:
    m = json.loads(line)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "load" and m.get("executable"):
        print(m["executable"])')
[ -n "$load_exe" ] || die "cargo bench --no-run did not name the load client"
cp "$load_exe" "$BIN/load"

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# --- PostgreSQL -------------------------------------------------------------------------------

PG_DIR=""
PG_PORT=""
as_pg() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start_postgres() {
  if [ -n "${PG_URL:-}" ]; then
    echo "postgres: using PG_URL" >&2
    return
  fi
  local bindir
  bindir=$( (ls -d /usr/lib/postgresql/*/bin 2>/dev/null || true) | sort -V | tail -n 1)
  if [ -z "$bindir" ]; then
    [ "$(id -u)" = 0 ] || die "needs the PostgreSQL server (initdb, pg_ctl), or PG_URL"
    echo "installing: postgresql" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
    bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  PG_DIR=$(mktemp -d /tmp/arvio-bench-pg.XXXXXX)
  [ "$(id -u)" != 0 ] || chown postgres: "$PG_DIR"
  PG_PORT=$(free_port)
  as_pg "$bindir/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --no-locale >"$RUN/pg-initdb.log"
  as_pg "$bindir/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null
  as_pg "$bindir/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres arvio_bench
  PG_URL=postgres://postgres@127.0.0.1:$PG_PORT/arvio_bench
  PG_BINDIR=$bindir
  echo "postgres: $("$bindir/postgres" --version) on port $PG_PORT ($PG_DIR)" >&2
}

stop_postgres() {
  [ -n "$PG_DIR" ] || return 0
  as_pg "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  cp "$PG_DIR/server.log" "$RUN/pg-server.log" 2>/dev/null || true
  rm -rf "$PG_DIR"
  PG_DIR=""
}

# --- the servers ------------------------------------------------------------------------------

SERVER_PIDS=()
stop_servers() {
  local pid i
  for pid in "${SERVER_PIDS[@]}"; do
    kill -TERM "$pid" 2>/dev/null || true
  done
  for pid in "${SERVER_PIDS[@]}"; do
    for ((i = 0; i < 100; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  SERVER_PIDS=()
}

cleanup() {
  stop_servers
  stop_postgres
  # The SQLite file grows to several hundred MB in a full run.
  [ -n "${KEEP_DB:-}" ] || rm -f "$RUN/bench.sqlite3" "$RUN/bench.sqlite3-wal" "$RUN/bench.sqlite3-shm"
}
trap cleanup EXIT

targets=()
for store in $STORES; do
  case $store in
    sqlite) data=$RUN/bench.sqlite3 ;;
    postgres)
      start_postgres
      data=$PG_URL
      ;;
    *) die "STORES: unknown store $store (sqlite, postgres)" ;;
  esac
  key_args=(--key-file "$store=$RUN/key-$store.txt")
  if ! (umask 077 && "$BIN/arvio" keys create bench --data "$data" >"$RUN/key-$store.txt"); then
    # A server without the API: the family pages' scenario (send-anon) only.
    echo "bench-load: $store: no API key (arvio keys create failed): send-anon only" >&2
    key_args=()
  fi
  port=$(free_port)
  # shellcheck disable=SC2086 # the extra arguments are words
  "$BIN/arvio" serve --addr "127.0.0.1:$port" --data "$data" --rate-limit 0 $SERVE_ARGS \
    >"$RUN/server-$store.log" 2>&1 &
  SERVER_PIDS+=($!)
  for ((i = 0; i < 100; i++)); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/healthz" && break
    kill -0 "${SERVER_PIDS[-1]}" 2>/dev/null || die "$store server exited: $(cat "$RUN/server-$store.log")"
    sleep 0.1
  done
  echo "$store: arvio serve on 127.0.0.1:$port" >&2
  targets+=(--target "$store=http://127.0.0.1:$port" "${key_args[@]}")
done

# --- the run ----------------------------------------------------------------------------------

# What else runs on the machine (the busiest processes over one second), before and after.
busiest() {
  top -b -n 2 -d 1 -w 200 2>/dev/null | awk '/^top -/ { frame++ } frame == 2' | head -n 15 >"$1" || true
}
busiest "$RUN/top-start.txt"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
status=0
"$BIN/load" "${targets[@]}" --duration "$DURATION" --warmup "$WARMUP" \
  --concurrency "$CONCURRENCY" --scenarios "$SCENARIOS" --threads "$THREADS" \
  --markdown "$RUN/table.md" || status=$?
load_end=$(cut -d' ' -f1-3 /proc/loadavg)
busiest "$RUN/top-end.txt"
head=$(git rev-parse --short HEAD)
[ -z "$(git status --porcelain --untracked-files=no)" ] || head="$head + working tree"
{
  echo
  echo "$(date -u '+%F %H:%M UTC'): arvio $head; load average (1, 5, 15 min) $load_start at the" \
    "start, $load_end at the end; $(nproc) cores shared by the servers and the client" \
    "($THREADS thread); $WARMUP s warm-up + $DURATION s measured per scenario."
} | tee "$RUN/machine.txt" >&2
exit "$status"
