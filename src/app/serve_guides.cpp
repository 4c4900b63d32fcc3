#include "app/serve_guides.hpp"

#include <filesystem>

#include "app/guide_command.hpp"

namespace trellis::app {

std::vector<guides::Guide> load_serve_guides(const std::string& dir) {
    const std::filesystem::path folder = dir.empty() ? default_guides_dir() : std::filesystem::path(dir);
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) return {};
    return guides::load_guides_folder(folder).guides;
}

}  // namespace trellis::app
