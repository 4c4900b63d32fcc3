#!/usr/bin/env bash
# Says in words which #include crosses a layer boundary (cmake/layers.txt; the build refuses the same includes,
# this names them all at once and also checks the third-party libraries each layer may use).
set -uo pipefail
cd "$(dirname "$0")/.."
python3 - <<'PY'
import pathlib, re, sys

table, order = {}, []
for line in open("cmake/layers.txt"):
    m = re.match(r"^([a-z_]+):(.*)$", line)
    if m:
        layer, deps = m.group(1), m.group(2).split()
        visible = {layer}
        for d in deps:
            visible |= table[d]
        table[layer], order = visible, order + [layer]

# Third-party headers and the layers that may use them: Beast/Asio stay in the server (and the live hub's
# timers), the database clients in the store (and the live relay's own LISTEN connection), libcurl in the
# mailer, YAML in the guide loader, libxlsxwriter in the sheets layer (XLSX export); libsodium is the random and hash source of auth, mail ids and file ETags.
owners = {r"boost/(beast|asio)": {"http", "live"}, r"libpq-fe\.h": {"store", "live"}, r"sqlite3\.h": {"store"},
          r"curl/": {"notify"}, r"sodium": {"auth", "notify", "http"}, r"yaml-cpp/": {"guides"},
          r"xlsxwriter": {"sheets"}}

problems = 0
for layer in order:
    files = [p for p in pathlib.Path("src", layer).glob("*.[ch]pp") if not p.name.endswith("_test.cpp")]
    files += list(pathlib.Path("include/trellis", layer).glob("*.hpp"))
    for path in sorted(files):
        for number, text in enumerate(path.read_text().splitlines(), 1):
            m = re.match(r'#include\s+"(trellis/)?([a-z_]+)/', text)
            if m:
                used, public = m.group(2), m.group(1) is not None
                if public and used not in table[layer]:
                    print(f"{path}:{number} includes {text.split()[1]}: the {layer} layer may use "
                          f"{', '.join(sorted(table[layer] - {layer})) or 'no other layer'} only (cmake/layers.txt)")
                    problems += 1
                elif not public and used != layer:
                    print(f"{path}:{number} includes {text.split()[1]}, a private header of the {used} layer: "
                          f"only {used} may include it; use a public header (include/trellis/{used}/)")
                    problems += 1
            m = re.match(r"#include\s+<([^>]+)>", text)
            if m:
                for pattern, allowed in owners.items():
                    if re.match(pattern, m.group(1)) and layer not in allowed:
                        print(f"{path}:{number} includes <{m.group(1)}>: only the {' and '.join(sorted(allowed))} "
                              f"layer may use that library")
                        problems += 1
if problems:
    print(f"{problems} include(s) cross a layer boundary")
    sys.exit(1)
print(f"layers: {len(order)} layers, no include crosses a boundary")
PY
