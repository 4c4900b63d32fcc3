#pragma once
// Outreach items (issue 15) as pure rules: the statuses, whether a member covers an item's gap (the rule that
// closes items on its own), what a change of status records, and a team's outreach figures.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trellis::domain {

inline constexpr std::string_view kOutreachStatuses[] = {"open", "done", "closed"};

// A member covers a gap when they bring the missing perspective (gap_kind "perspective") or work in the missing
// grade span (gap_kind "grade_span").
bool covers_gap(std::string_view gap_kind, std::string_view gap_key, const std::vector<std::string>& perspectives,
                const std::vector<std::string>& grade_spans);

// What an item's status holds besides itself: who marked it done and when, or who closed it, when, and why.
struct OutreachStatusFacts {
    std::string status = "open";
    std::optional<std::int64_t> done_by, done_at;
    std::optional<std::int64_t> closed_by, closed_at;
    std::optional<std::string> closed_note;
    std::optional<std::int64_t> closed_member_id;
    std::optional<std::string> closed_member_name;
};

// A person sets the status (`by` at `now`): done records who and when; closed records who, when and their note
// (empty: none); open clears both. Setting the status an item already has changes nothing (its facts stay).
OutreachStatusFacts set_outreach_status(const OutreachStatusFacts& current, std::string_view status, std::int64_t by,
                                        std::int64_t now, const std::optional<std::string>& note);

// The team closes an open item because a member covering its gap joined (or had it recorded) at `now`.
OutreachStatusFacts close_for_member(const OutreachStatusFacts& current, std::int64_t member_id,
                                     const std::string& member_name, std::int64_t now);

struct OutreachFacts {
    std::string status;
    std::optional<std::string> due_on;
};

// Counted apart from action items (their figures keep their meaning): open items, of them those past due, and
// items done (by a person) or closed (by a person, or by a member covering the gap joining).
struct OutreachFigures {
    int total = 0;
    int open = 0;
    int overdue = 0;  // open, due before today
    int done = 0;
    int closed = 0;
};

OutreachFigures outreach_figures(const std::vector<OutreachFacts>& items, const std::string& today);

}  // namespace trellis::domain
