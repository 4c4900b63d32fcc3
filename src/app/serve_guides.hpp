#pragma once
// The guides `trellis serve` offers to teams, loaded once at start after check_serve_guides() accepted them.
#include <string>
#include <vector>

#include "trellis/guides/guide.hpp"

namespace trellis::app {

// Every valid guide in `dir` (empty: default_guides_dir()); none when the folder is missing.
std::vector<guides::Guide> load_serve_guides(const std::string& dir);

}  // namespace trellis::app
