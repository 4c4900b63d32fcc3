#include "trellis/domain/feedback_round.hpp"

#include <algorithm>

namespace trellis::domain {

std::vector<std::int64_t> mentions_in_text(std::string_view body, const std::vector<std::int64_t>& named,
                                           const std::vector<MentionablePerson>& people) {
    std::vector<std::int64_t> out;
    for (const auto id : named) {
        const auto person = std::find_if(people.begin(), people.end(), [&](const auto& p) { return p.user_id == id; });
        if (person == people.end()) continue;
        if (body.find("@" + person->name) == std::string_view::npos) continue;
        if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
    }
    return out;
}

}  // namespace trellis::domain
