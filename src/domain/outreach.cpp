#include "trellis/domain/outreach.hpp"

#include <algorithm>

namespace trellis::domain {

bool covers_gap(std::string_view gap_kind, std::string_view gap_key, const std::vector<std::string>& perspectives,
                const std::vector<std::string>& grade_spans) {
    const auto& brought = gap_kind == "perspective" ? perspectives : grade_spans;
    if (gap_kind != "perspective" && gap_kind != "grade_span") return false;
    return std::ranges::find(brought, gap_key) != brought.end();
}

OutreachStatusFacts set_outreach_status(const OutreachStatusFacts& current, std::string_view status, std::int64_t by,
                                        std::int64_t now, const std::optional<std::string>& note) {
    if (status == current.status) return current;
    OutreachStatusFacts out;
    out.status = std::string(status);
    if (status == "done") {
        out.done_by = by;
        out.done_at = now;
    } else if (status == "closed") {
        out.closed_by = by;
        out.closed_at = now;
        if (note && !note->empty()) out.closed_note = note;
    }
    return out;
}

OutreachStatusFacts close_for_member(const OutreachStatusFacts& current, std::int64_t member_id,
                                     const std::string& member_name, std::int64_t now) {
    if (current.status != "open") return current;
    OutreachStatusFacts out;
    out.status = "closed";
    out.closed_at = now;
    out.closed_member_id = member_id;
    out.closed_member_name = member_name;
    return out;
}

OutreachFigures outreach_figures(const std::vector<OutreachFacts>& items, const std::string& today) {
    OutreachFigures f;
    for (const auto& item : items) {
        ++f.total;
        if (item.status == "done") {
            ++f.done;
        } else if (item.status == "closed") {
            ++f.closed;
        } else {
            ++f.open;
            if (item.due_on && *item.due_on < today) ++f.overdue;
        }
    }
    return f;
}

}  // namespace trellis::domain
