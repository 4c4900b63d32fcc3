#include "trellis/http/log_redaction.hpp"

#include <algorithm>
#include <vector>

namespace trellis::http {
namespace {

constexpr std::size_t kMaxLoggedPath = 256;

std::vector<std::string_view> split_segments(std::string_view path) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (true) {
        const auto slash = path.find('/', start);
        out.push_back(path.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start));
        if (slash == std::string_view::npos) return out;
        start = slash + 1;
    }
}

// "abc123.ics" → "[redacted].ics"; a short extension says what kind of thing it was, not which.
std::string redacted(std::string_view segment) {
    const auto dot = segment.rfind('.');
    const bool extension = dot != std::string_view::npos && segment.size() - dot <= 6;
    return "[redacted]" + std::string(extension ? segment.substr(dot) : std::string_view{});
}

}  // namespace

std::string loggable_path(std::string_view target, std::string_view decoded_path,
                          std::span<const std::string> secret_prefixes) {
    target = target.substr(0, target.find('?'));
    const std::string_view matched = decoded_path.empty() ? target : decoded_path;
    const auto prefix = std::ranges::find_if(
        secret_prefixes, [&](const std::string& p) { return matched.starts_with(p) && matched.size() > p.size(); });
    if (prefix == secret_prefixes.end()) return std::string(target.substr(0, kMaxLoggedPath));

    // The secret is the segment right after the prefix; in the raw target it has the same index unless an
    // encoded slash (%2F) shifted the segments, and then everything from that index on is hidden.
    const auto index = static_cast<std::size_t>(std::ranges::count(*prefix, '/'));
    const auto raw = split_segments(target);
    const bool aligned = raw.size() == split_segments(matched).size();
    std::string out;
    for (std::size_t i = 0; i < raw.size(); ++i) {
        if (i > 0) out += '/';
        if (i < index) {
            out += raw[i];
        } else if (i == index) {
            out += redacted(raw[i]);
            if (!aligned) break;
        } else {
            out += raw[i];
        }
    }
    if (out.size() > kMaxLoggedPath) out.resize(kMaxLoggedPath);
    return out;
}

}  // namespace trellis::http
