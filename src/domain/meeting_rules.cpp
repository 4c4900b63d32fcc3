#include "trellis/domain/meeting_rules.hpp"

#include <fmt/format.h>

#include <cmath>

namespace trellis::domain {

int max_objectives(int duration_minutes) {
    if (duration_minutes <= 0) return 1;
    return std::max(1, (2 * duration_minutes) / 60);
}

int min_discussion_minutes(int duration_minutes, double discussion_share) {
    if (duration_minutes <= 0 || discussion_share <= 0) return 0;
    // 0.2 × 60 is 12.000000000000002 in binary floating point: without the epsilon it would round up to 13.
    return static_cast<int>(std::ceil(discussion_share * duration_minutes - 1e-9));
}

std::vector<RuleViolation> check_objectives(int objective_count, int duration_minutes) {
    std::vector<RuleViolation> out;
    const int most = max_objectives(duration_minutes);
    if (objective_count > most) {
        out.push_back(
            {kRuleObjectives, fmt::format("{} objective{} for a {}-minute meeting; at most {}", objective_count,
                                          objective_count == 1 ? "" : "s", duration_minutes, most)});
    }
    return out;
}

std::vector<RuleViolation> check_agenda(const std::vector<AgendaItem>& agenda, int duration_minutes,
                                        double discussion_share) {
    std::vector<RuleViolation> out;
    if (!(discussion_share >= 0.0 && discussion_share <= 1.0)) {
        out.push_back(
            {kRuleShareRange, fmt::format("a discussion share of {} is not between 0 and 1", discussion_share)});
        return out;
    }
    long total = 0;
    long discussion = 0;
    for (std::size_t i = 0; i < agenda.size(); ++i) {
        const auto& item = agenda[i];
        if (item.minutes <= 0) {
            out.push_back({kRuleAgendaMinutes, fmt::format("agenda item {} (\"{}\") has {} minutes; at least 1", i + 1,
                                                           item.title, item.minutes)});
            continue;
        }
        total += item.minutes;
        if (item.kind == kDiscussionKind) discussion += item.minutes;
    }
    if (total > duration_minutes) {
        out.push_back({kRuleAgendaFits, fmt::format("an agenda of {} minutes for a {}-minute meeting; at most {}",
                                                    total, duration_minutes, duration_minutes)});
    }
    const int least = min_discussion_minutes(duration_minutes, discussion_share);
    if (discussion < least) {
        out.push_back({kRuleDiscussionShare,
                       fmt::format("{} minutes of discussion and questions in a {}-minute meeting; at least {} ({}%)",
                                   discussion, duration_minutes, least, std::lround(discussion_share * 100))});
    }
    return out;
}

std::vector<RuleViolation> check_meeting(int duration_minutes, int objective_count,
                                         const std::vector<AgendaItem>& agenda, double discussion_share) {
    std::vector<RuleViolation> out;
    if (duration_minutes <= 0) {
        out.push_back({kRuleDuration, fmt::format("a meeting of {} minutes; at least 1", duration_minutes)});
        return out;
    }
    for (auto& v : check_objectives(objective_count, duration_minutes)) out.push_back(std::move(v));
    for (auto& v : check_agenda(agenda, duration_minutes, discussion_share)) out.push_back(std::move(v));
    return out;
}

std::optional<std::string> check_due_not_before_meeting(std::string_view due_on, std::string_view meeting_date) {
    if (meeting_date.empty() || due_on.empty() || due_on >= meeting_date)
        return std::nullopt;  // ISO dates sort as text
    return fmt::format("is before the meeting's date ({})", meeting_date);
}

}  // namespace trellis::domain
