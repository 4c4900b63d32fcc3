#!/usr/bin/env bash
# Throwaway PostgreSQL 15 cluster for tests.
#   pg-test-cluster.sh start DIR   -> prints postgresql://postgres@127.0.0.1:PORT/trellis_test (only that line)
#   pg-test-cluster.sh stop DIR    -> stops the cluster and removes DIR
# DIR should be a fresh, short path (e.g. from mktemp -d): the Unix socket lives in it and socket paths are
# limited to about 100 characters. As root the server runs as the `postgres` user (PostgreSQL refuses root).
# Every wait is bounded; all diagnostics go to stderr.
set -euo pipefail

PG=${PG:-/usr/lib/postgresql/15/bin}
MARKER=.trellis-pg-test-cluster

usage() {
  echo "usage: $0 start|stop DIR" >&2
  exit 2
}

[ $# -eq 2 ] || usage
action=$1
dir=$2

as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
  [ -x "$PG/initdb" ] || { echo "PostgreSQL 15 server binaries not found in $PG (apt-get install postgresql)" >&2; exit 1; }
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [ -e "$dir/data" ]; then
    echo "$dir/data already exists: use a fresh directory" >&2
    exit 1
  fi
  touch "$dir/$MARKER"
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres:postgres "$dir"
  fi
  as_server_user "$PG/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }

  # The port is free when probed but could be taken before the server binds it: retry a few times.
  local port attempt
  for attempt in 1 2 3; do
    port=$(free_port)
    if as_server_user "$PG/pg_ctl" -D "$dir/data" -l "$dir/log" -w -t 30 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off" start >&2; then
      echo "$port" >"$dir/port"
      as_server_user "$PG/createdb" -h 127.0.0.1 -p "$port" -U postgres trellis_test >&2
      echo "postgresql://postgres@127.0.0.1:$port/trellis_test"
      return 0
    fi
    echo "attempt $attempt to start PostgreSQL on port $port failed" >&2
    tail -n 5 "$dir/log" >&2 || true
  done
  exit 1
}

stop() {
  [ -d "$dir" ] || { echo "$dir does not exist" >&2; exit 1; }
  # Only ever remove a directory this script created.
  [ -e "$dir/$MARKER" ] || { echo "$dir was not created by $0: refusing to remove it" >&2; exit 1; }
  if [ -e "$dir/data/postmaster.pid" ]; then
    as_server_user "$PG/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >&2 || true
  fi
  rm -rf -- "$dir"
}

case "$action" in
  start) start ;;
  stop) stop ;;
  *) usage ;;
esac
