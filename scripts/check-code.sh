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

echo "-- SQL only in src/store"
if grep -rnE '"(SELECT|INSERT|UPDATE|DELETE|WITH) ' src --include=*.cpp --include=*.hpp | grep -v '^src/store/' | grep -v '_test\.cpp:'; then
  echo "the lines above run SQL outside src/store: add a query function to the resource's file in src/store"
  status=1
fi

echo "-- no role logic in the web app (it shows and hides from the answers' 'may')"
if grep -rnE "site_admin|my_role ?[!=]==|role ?[!=]== ?'" web/src --include=*.ts --include=*.tsx | grep -v '/generated/' | grep -v '\.test\.tsx\?:'; then
  echo "the lines above decide from a role in web/src: use the 'may' of the answer (docs/api.md, What you may do)"
  status=1
fi

for check in scripts/check-layers.sh scripts/check-function-length.py; do
  [ -x "$check" ] || continue
  echo "-- $check"
  "$check" || status=1
done

if [ -f web/eslint.config.js ]; then
  echo "-- web: eslint"
  # Any finding fails, functions over 80 lines included.
  (cd web && npx eslint .) || status=1
fi

[ $status -eq 0 ] && echo "code checks passed"
exit $status
