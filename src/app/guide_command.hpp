#pragma once
// `trellis guide check FILE...` and the guide check `trellis serve` runs before it starts.
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

namespace trellis::app {

// Validates each file: prints "FILE: ok (N modules, M sections)" to `out` for a valid one, and every problem
// as "file:line: message" to `err` (warnings as "file:line: warning: message"). Returns 0 when all are
// valid, 1 otherwise.
int run_guide_check(const std::vector<std::string>& files, std::ostream& out, std::ostream& err);

// guides/ beside the build folder that holds the binary (build/trellis → guides), like the web root.
std::filesystem::path default_guides_dir();

// The serve command's --guides value (TRELLIS_GUIDES_DIR); empty means default_guides_dir(). Kept here so that
// the serve options need no new field.
std::string& serve_guides_option();

// Loads every *.yaml in `dir` (empty: the default folder). Returns false, after printing each problem to
// `err`, when a guide is invalid or an explicitly named folder is missing; a missing default folder is only
// a warning.
bool check_serve_guides(const std::string& dir, std::ostream& err);

}  // namespace trellis::app
