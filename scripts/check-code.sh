#!/usr/bin/env bash
# The habits the next engineer relies on, checked on every CI run (scripts/run-tests.sh all|checks):
#   - C++ is formatted by .clang-format (clang-format 14, Debian 12's);
#   - no include crosses a layer boundary (scripts/check-layers.sh, the table in cmake/layers.cmake);
#   - no function over 80 lines outside tests, demo data and generated code (scripts/check-function-length.py);
#   - the web app passes its linter (web/eslint.config.js).
# Each check says in words what is wrong and where; the script fails if any check failed.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0

echo "-- C++ format (clang-format-14, .clang-format)"
mapfile -t cpp_files < <(git ls-files 'src/*.cpp' 'src/*.hpp' 'include/*.hpp' 'bench/*.cpp' 'fuzz/*.cpp')
if ! clang-format-14 --dry-run --Werror "${cpp_files[@]}" 2>/tmp/trellis-format.$$; then
  grep -E '^[^ ].*: (error|warning):' /tmp/trellis-format.$$ | sed 's/: error: code should be clang-formatted.*/: not formatted as .clang-format says (run clang-format-14 -i on it)/' | sort -u | head -40
  status=1
fi
rm -f /tmp/trellis-format.$$

for check in scripts/check-layers.sh scripts/check-function-length.py; do
  [ -x "$check" ] || continue
  echo "-- $check"
  "$check" || status=1
done

if [ -f web/eslint.config.js ]; then
  echo "-- web: eslint"
  (cd web && npx eslint --max-warnings=0 .) || status=1
fi

[ $status -eq 0 ] && echo "code checks passed"
exit $status
