#!/usr/bin/env bash
# Runs the test suites against one throwaway PostgreSQL cluster (started here, removed at exit) and SQLite.
#   scripts/run-tests.sh all|checks|unit|blackbox|browser|fuzz
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"
BUILD="${BUILD:-build}"

cluster_dir=""
cleanup() {
  if [ -n "$cluster_dir" ]; then scripts/pg-test-cluster.sh stop "$cluster_dir" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

if [ -z "${TRELLIS_TEST_POSTGRES_URL:-}" ] && [ "$what" != "browser" ] && [ "$what" != "fuzz" ] && [ "$what" != "checks" ]; then
  cluster_dir=$(mktemp -d /tmp/trellis-pg.XXXXXX)
  TRELLIS_TEST_POSTGRES_URL=$(scripts/pg-test-cluster.sh start "$cluster_dir")
  export TRELLIS_TEST_POSTGRES_URL
  echo "PostgreSQL for tests: $TRELLIS_TEST_POSTGRES_URL"
fi

status=0
if [ "$what" = all ] || [ "$what" = checks ]; then
  echo "== code checks (format, layers, function length, SQL in the store only, no role logic in web/src, web lint)"
  scripts/check-code.sh || status=1
  echo "== deploy/ (nginx -t on the site, systemd-analyze verify on the unit)"
  scripts/check-deploy.sh || status=1
fi
if [ "$what" = all ] || [ "$what" = unit ]; then
  echo "== unit tests (SQLite and PostgreSQL)"
  (cd "$BUILD" && ctest --output-on-failure -j 2) || status=1
  echo "== unit tests under AddressSanitizer and UndefinedBehaviorSanitizer"
  [ -f build-asan/CMakeCache.txt ] || cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DTRELLIS_SANITIZE=ON >/dev/null
  cmake --build build-asan --target trellis_unit_tests -j 2 >/dev/null
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    build-asan/trellis_unit_tests --gtest_brief=1 || status=1
fi
if [ "$what" = all ] || [ "$what" = fuzz ]; then
  echo "== fuzzing (libFuzzer, clang-19; FUZZ_SECONDS=${FUZZ_SECONDS:-20} per target)"
  fuzz/run.sh || status=1
fi
if [ "$what" = all ] || [ "$what" = blackbox ]; then
  echo "== black-box HTTP tests (SQLite and PostgreSQL)"
  tests/run.sh || status=1
fi
if [ "$what" = all ] || [ "$what" = browser ]; then
  echo "== browser tests (chromium, axe-core)"
  (cd web && npm run test:unit) || status=1
  (cd web && npm run e2e) || status=1
fi
exit $status
