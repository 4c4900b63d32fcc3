#pragma once
// A ranked item's order (docs/guides.md, item kinds): the ids of the entries the team put first, most important
// first. It is kept as the text of the item's answer, one id per line, so that an order has what answers have:
// every version with who and when, and the stale-edit check.
#include <string>
#include <string_view>
#include <vector>

#include "trellis/guides/guide.hpp"

namespace trellis::guides {

std::string encode_ranking(const std::vector<std::string>& entry_ids);

// The stored order, leaving out an id the guide no longer has (a revision may drop an entry).
std::vector<std::string> decode_ranking(const Item& item, std::string_view text);

struct RankingProblem {
    std::string field;  // "entries[2]"
    std::string message;
};
// An order a team sends may hold only the item's entries, each once.
std::vector<RankingProblem> check_ranking(const Item& item, const std::vector<std::string>& entry_ids);

}  // namespace trellis::guides
