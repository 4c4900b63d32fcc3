#!/usr/bin/env python3
"""Lists the C++ functions in src/ over 80 lines (tests and demo data excepted). A heuristic, not a parser: a
body closes with '}' at column 0 and opened at the first column-0 line after the previous one, so it sees free
functions and out-of-class member definitions, not functions defined inside class bodies. Warns for now: the
last long functions of issue 10 are not split yet; make it fail (exit 1) once the list is empty."""
import pathlib
import re
import sys

LIMIT = 80
found = []
for path in sorted(pathlib.Path("src").rglob("*.cpp")):
    if path.name.endswith("_test.cpp") or path.name.startswith("demo_"):
        continue
    lines = path.read_text().split("\n")
    start = None
    for i, line in enumerate(lines):
        if not line or line[0].isspace():
            continue
        if line.startswith("}"):
            if start is not None and not re.match(r"}\s*//\s*namespace", line):
                if i - start + 1 > LIMIT:
                    found.append(f"{path}:{start + 1} {lines[start].strip()[:80]}: {i - start + 1} lines (at most {LIMIT})")
            start = None
            continue
        if re.match(r"(//|#|namespace|using|template|public:|private:|protected:)", line):
            continue
        if re.match(r"(struct|class|enum|union)\b", line) and "(" not in line:
            start = None
            continue
        if start is None and not line.rstrip().endswith(";"):
            start = i
for entry in found:
    print("warning:", entry)
print(f"{len(found)} function(s) over {LIMIT} lines")
sys.exit(0)
