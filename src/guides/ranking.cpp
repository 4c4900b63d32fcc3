#include "trellis/guides/ranking.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace trellis::guides {

namespace {

bool has_entry(const Item& item, std::string_view id) {
    return std::ranges::any_of(item.entries, [&](const Entry& e) { return e.id == id; });
}

}  // namespace

std::string encode_ranking(const std::vector<std::string>& entry_ids) {
    return fmt::format("{}", fmt::join(entry_ids, "\n"));
}

std::vector<std::string> decode_ranking(const Item& item, std::string_view text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = std::min(text.find('\n', start), text.size());
        const auto id = text.substr(start, end - start);
        if (has_entry(item, id) && std::ranges::find(out, id) == out.end()) out.emplace_back(id);
        start = end + 1;
    }
    return out;
}

std::vector<RankingProblem> check_ranking(const Item& item, const std::vector<std::string>& entry_ids) {
    std::vector<RankingProblem> problems;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < entry_ids.size(); ++i) {
        const auto& id = entry_ids[i];
        const auto field = fmt::format("entries[{}]", i);
        if (!has_entry(item, id)) {
            problems.push_back({field, fmt::format("\"{}\" is not an entry of item \"{}\"", id, item.id)});
        } else if (!seen.insert(id).second) {
            problems.push_back({field, fmt::format("\"{}\" is ranked twice; each entry has one place", id)});
        }
    }
    return problems;
}

}  // namespace trellis::guides
