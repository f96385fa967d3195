#!/usr/bin/env bash
# A throwaway PostgreSQL server for arvio's tests: a new cluster in a temporary directory,
# listening on 127.0.0.1 at a free port (and a socket in that directory), trust auth, user
# `postgres`, with an empty database `arvio_test`. It runs as the `postgres` user when this
# runs as root (the directory is given to that user), as yourself otherwise. Needs Debian's
# `postgresql` package (/usr/lib/postgresql/VERSION/bin); scripts/test-all installs it.
#
# Sourced (`. scripts/postgres-for-tests.sh`, as scripts/test-all does): starts the server,
# exports ARVIO_POSTGRES=postgres://postgres@127.0.0.1:PORT/arvio_test and
# ARVIO_REQUIRE_POSTGRES=1, and sets traps that stop the server (`pg_ctl -m fast stop`) and
# remove the directory when the shell exits, however it exits.
#
# Run alone: `scripts/postgres-for-tests.sh COMMAND [ARGS...]` runs the command with those
# variables and then stops the server, e.g.
#   scripts/postgres-for-tests.sh env ARVIO_TEST_STORE=postgres cargo test -p arvio-serve
# With no command it prints the variables and keeps the server until Ctrl-C.
#
# The server runs with `fsync=off` (a throwaway cluster: tests do not measure durability);
# `ARVIO_PG_FSYNC=on` turns it back on. Benchmarks (scripts/bench-load.sh) start their own
# server with fsync on, like SQLite's `synchronous = FULL`.

arvio_pg_dir=""
arvio_pg_bin=""

# Runs a command as the server's user: `postgres` when root, yourself otherwise.
arvio_pg_as() {
  if [ "$(id -u)" = 0 ]; then
    local cmd
    cmd="cd $(printf %q "$arvio_pg_dir") && exec$(printf ' %q' "$@")"
    su postgres -s /bin/sh -c "$cmd"
  else
    (cd "$arvio_pg_dir" && "$@")
  fi
}

# Stops the server and removes its directory; safe to call more than once.
arvio_pg_stop() {
  if [ -n "$arvio_pg_dir" ] && [ -d "$arvio_pg_dir" ]; then
    if [ -f "$arvio_pg_dir/data/postmaster.pid" ]; then
      arvio_pg_as "$arvio_pg_bin/pg_ctl" -D "$arvio_pg_dir/data" -m fast -w stop >/dev/null ||
        echo "postgres-for-tests: could not stop the server in $arvio_pg_dir" >&2
    fi
    rm -rf "$arvio_pg_dir"
  fi
  arvio_pg_dir=""
}

# A TCP port on 127.0.0.1 that nothing listens on (the server's start is retried if another
# process takes it first).
arvio_pg_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}

# Starts the server; exports ARVIO_POSTGRES and ARVIO_REQUIRE_POSTGRES.
arvio_pg_start() {
  local initdb port tries
  initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$initdb" ]; then
    echo "postgres-for-tests: no /usr/lib/postgresql/*/bin/initdb; install Debian's postgresql package" >&2
    return 1
  fi
  arvio_pg_bin=$(dirname "$initdb")
  arvio_pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/arvio-postgres.XXXXXX") || return 1
  if [ "$(id -u)" = 0 ]; then
    chown postgres: "$arvio_pg_dir" || return 1
  fi
  arvio_pg_as "$arvio_pg_bin/initdb" -D "$arvio_pg_dir/data" -A trust -U postgres \
    -E UTF8 --no-locale --no-sync >"$arvio_pg_dir/initdb.log" 2>&1 || {
    cat "$arvio_pg_dir/initdb.log" >&2
    return 1
  }
  for tries in 1 2 3 4 5; do
    port=$(arvio_pg_port)
    if arvio_pg_as "$arvio_pg_bin/pg_ctl" -D "$arvio_pg_dir/data" -l "$arvio_pg_dir/server.log" \
      -w start -o "-p $port -k $arvio_pg_dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=${ARVIO_PG_FSYNC:-off}" \
      >/dev/null; then
      break
    fi
    if [ "$tries" = 5 ]; then
      echo "postgres-for-tests: the server did not start:" >&2
      cat "$arvio_pg_dir/server.log" >&2
      return 1
    fi
  done
  arvio_pg_as "$arvio_pg_bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres \
    -d postgres -c "CREATE DATABASE arvio_test" >/dev/null || return 1
  export ARVIO_POSTGRES="postgres://postgres@127.0.0.1:$port/arvio_test"
  export ARVIO_REQUIRE_POSTGRES=1
  echo "postgres-for-tests: PostgreSQL $(basename "$(dirname "$arvio_pg_bin")") at $ARVIO_POSTGRES ($arvio_pg_dir)" >&2
}

# Stopped on every exit: normal, an error under `set -e`, Ctrl-C, SIGTERM, SIGHUP.
trap arvio_pg_stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP
if ! arvio_pg_start; then
  arvio_pg_stop
  if [[ "${BASH_SOURCE[0]}" != "$0" ]]; then
    return 1
  fi
  exit 1
fi

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  set -u
  if (($#)); then
    status=0
    "$@" || status=$?
    exit "$status"
  fi
  echo "export ARVIO_POSTGRES=$ARVIO_POSTGRES ARVIO_REQUIRE_POSTGRES=1"
  echo "postgres-for-tests: running until Ctrl-C" >&2
  sleep infinity &
  sleeper=$!
  trap 'kill "$sleeper" 2>/dev/null; exit 130' INT
  trap 'kill "$sleeper" 2>/dev/null; exit 143' TERM
  trap 'kill "$sleeper" 2>/dev/null; exit 129' HUP
  wait "$sleeper"
fi
