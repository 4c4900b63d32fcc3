#!/usr/bin/env bash
# Black-box tests against the built binary, on SQLite and on a throwaway PostgreSQL cluster.
#   tests/run.sh                 all tests
#   tests/run.sh -k sqlite       one database;  tests/run.sh tests/test_teams.py -x   one file
# Environment: TRELLIS_BIN (default build/trellis), TRELLIS_TEST_POSTGRES_URL (use that cluster instead of
# starting one with scripts/pg-test-cluster.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export TRELLIS_BIN=${TRELLIS_BIN:-$PWD/build/trellis}
if [ ! -x "$TRELLIS_BIN" ]; then
  echo "tests/run.sh: $TRELLIS_BIN is missing; build it first" >&2
  exit 1
fi
# Debian's interpreter: it is the one that sees python3-pytest, python3-requests and python3-aiosmtpd.
# Run every test unless a test path was given.
paths=tests
for arg in "$@"; do
  case "$arg" in tests/*|*.py|*.py::*) paths= ;; esac
done
exec /usr/bin/python3 -m pytest -p no:cacheprovider -ra "$@" $paths
