#!/usr/bin/env bash
# Durability under kill -9, at size: on each engine, THREADS client threads write what a team writes (meetings
# with their agenda, decisions, action items, notes and their edits, items marked done), `trellis serve` is
# killed with SIGKILL after WRITES acknowledged writes while they are still writing, restarted on the same
# database, and every acknowledged write is read back (CYCLES times; then everything once more). Prints, per
# engine, "acknowledged writes: N, lost: L, kill cycles: K". The load and the read-back are bench/durability.py,
# which tests/test_durability.py runs small.
#   bench/durability.sh        BUILD=build (or TRELLIS_BIN=path) CYCLES=20 WRITES=1500 THREADS=4
#                              ENGINES="sqlite postgresql" BENCH_DIR=/var/tmp/trellis-durability-bench
# SQLite: a file on disk (WAL, synchronous=FULL, as Trellis opens it). PostgreSQL: a cluster of its own with
# fsync and synchronous_commit on (the test cluster runs with fsync=off, which is wrong for a figure).
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."
BUILD="${BUILD:-build}"
export TRELLIS_BIN="${TRELLIS_BIN:-$PWD/$BUILD/trellis}"
CYCLES="${CYCLES:-20}"
WRITES="${WRITES:-1500}"
THREADS="${THREADS:-4}"
ENGINES="${ENGINES:-sqlite postgresql}"
BENCH_DIR="${BENCH_DIR:-/var/tmp/trellis-durability-bench}"
PG="${PG:-/usr/lib/postgresql/15/bin}"
[ -x "$TRELLIS_BIN" ] || { echo "no $TRELLIS_BIN: make server BUILD=$BUILD" >&2; exit 1; }
mkdir -p "$BENCH_DIR"
work=$(mktemp -d "$BENCH_DIR/run.XXXXXX")
chmod 755 "$work"  # the postgres user reaches its cluster in it
pgdata=
cleanup() {
  local rc=$?
  if [ -n "$pgdata" ] && [ -e "$pgdata/postmaster.pid" ]; then as_postgres "$PG/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null || true; fi
  if [ "$rc" -eq 0 ]; then rm -rf "$work"; else echo "kept $work (databases and server logs)" >&2; fi
}
trap cleanup EXIT
as_postgres() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

start_postgres() {
  pgdata="$work/pg/data"
  mkdir -p "$work/pg" && { [ "$(id -u)" -ne 0 ] || chown postgres:postgres "$work/pg"; }
  as_postgres "$PG/initdb" -D "$pgdata" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$work/pg/initdb.log"
  port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_postgres "$PG/pg_ctl" -D "$pgdata" -l "$work/pg/log" -w -t 60 \
    -o "-p $port -k $work/pg -c listen_addresses=127.0.0.1 -c fsync=on -c synchronous_commit=on" start >/dev/null
  as_postgres "$PG/createdb" -h 127.0.0.1 -p "$port" -U postgres trellis_durability
  echo "postgresql://postgres@127.0.0.1:$port/trellis_durability"
}

echo "trellis: $TRELLIS_BIN; $CYCLES kill cycles of $WRITES acknowledged writes, $THREADS writers; $(nproc) cores"
status=0
for engine in $ENGINES; do
  case "$engine" in
    sqlite) db="sqlite://$work/trellis.db" ;;
    postgresql) db=$(start_postgres) ;;
    *) echo "unknown engine $engine" >&2; exit 2 ;;
  esac
  mkdir -p "$work/$engine"
  /usr/bin/python3 bench/durability.py --database "$db" --cycles "$CYCLES" --writes-per-cycle "$WRITES" \
    --threads "$THREADS" --workdir "$work/$engine" | tee "$work/$engine.out" | grep -v '^cycle ' || status=1
  grep -q "^$engine: acknowledged writes: [0-9]*, lost: 0," "$work/$engine.out" || status=1
done
exit $status
