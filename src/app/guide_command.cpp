#include "app/guide_command.hpp"

#include <spdlog/spdlog.h>

#include "trellis/guides/guide.hpp"

namespace trellis::app {

int run_guide_check(const std::vector<std::string>& files, std::ostream& out, std::ostream& err) {
    int status = 0;
    for (const auto& file : files) {
        const auto load = guides::load_guide_file(file);
        for (const auto& w : load.warnings) err << w.file << ":" << w.line << ": warning: " << w.message << "\n";
        for (const auto& p : load.problems) err << p.to_string() << "\n";
        if (load.guide) {
            out << file << ": ok (" << load.guide->modules.size() << " module"
                << (load.guide->modules.size() == 1 ? "" : "s") << ", " << load.guide->section_count() << " section"
                << (load.guide->section_count() == 1 ? "" : "s") << ")\n";
        } else {
            status = 1;
        }
    }
    return status;
}

std::filesystem::path default_guides_dir() {
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) return "guides";
    return exe.parent_path().parent_path() / "guides";
}

std::string& serve_guides_option() {
    static std::string dir;
    return dir;
}

bool check_serve_guides(const std::string& dir, std::ostream& err) {
    const bool named = !dir.empty();
    const std::filesystem::path folder = named ? std::filesystem::path(dir) : default_guides_dir();
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) {
        if (!named) {
            spdlog::warn("no guides folder at {}; starting without guides", folder.string());
            return true;
        }
        err << "trellis: --guides " << folder.string() << " is not a folder\n";
        return false;
    }
    const auto load = guides::load_guides_folder(folder);
    for (const auto& w : load.warnings) spdlog::warn("{}:{}: {}", w.file, w.line, w.message);
    if (!load.problems.empty()) {
        for (const auto& p : load.problems) err << p.to_string() << "\n";
        err << "trellis: not starting: " << load.problems.size() << " problem" << (load.problems.size() == 1 ? "" : "s")
            << " in the guides in " << folder.string() << " (check them with `trellis guide check`)\n";
        return false;
    }
    spdlog::info("{} guide{} loaded from {}", load.guides.size(), load.guides.size() == 1 ? "" : "s", folder.string());
    return true;
}

}  // namespace trellis::app
