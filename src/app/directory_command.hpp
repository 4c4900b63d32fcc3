#pragma once
// `trellis directory load --database URL DIR`: the statewide directory from the state's public files.
#include <ostream>
#include <string>

#include "app/commands.hpp"

namespace trellis::app {

// Prints the summary (one JSON object) to `out`; a problem as "FILE:LINE:COLUMN: message" to `err`, exit 1,
// and the database as it was.
int run_directory_load(const CommonOptions& common, const std::string& folder, std::ostream& out, std::ostream& err);

}  // namespace trellis::app
