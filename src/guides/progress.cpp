#include "trellis/guides/progress.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

namespace trellis::guides {

std::optional<SectionStatus> parse_section_status(std::string_view key) {
    if (key == "not_started") return SectionStatus::not_started;
    if (key == "in_progress") return SectionStatus::in_progress;
    if (key == "complete") return SectionStatus::complete;
    return std::nullopt;
}

std::string_view section_status_key(SectionStatus status) {
    switch (status) {
        case SectionStatus::not_started:
            return "not_started";
        case SectionStatus::in_progress:
            return "in_progress";
        case SectionStatus::complete:
            return "complete";
    }
    return "not_started";
}

std::expected<Located, LocateError> locate(const std::vector<Guide>& guides, std::string_view guide_id,
                                           std::string_view module_id, std::string_view section_id,
                                           std::string_view item_id, std::string_view entry_id) {
    Located out;
    for (const auto& g : guides) {
        if (g.id == guide_id) out.guide = &g;
    }
    if (!out.guide)
        return std::unexpected(LocateError{"guide", fmt::format("guide \"{}\" is not one of the guides", guide_id)});
    if (module_id.empty()) return out;
    out.module = out.guide->find_module(module_id);
    if (!out.module) {
        return std::unexpected(
            LocateError{"module", fmt::format("module \"{}\" is not in guide \"{}\"", module_id, guide_id)});
    }
    if (section_id.empty()) return out;
    out.section = out.module->find_section(section_id);
    if (!out.section) {
        return std::unexpected(LocateError{
            "section",
            fmt::format("section \"{}\" is not in module \"{}\" of guide \"{}\"", section_id, module_id, guide_id)});
    }
    if (item_id.empty()) return out;
    for (const auto& item : out.section->items) {
        if (item.id == item_id) out.item = &item;
    }
    if (!out.item) {
        return std::unexpected(
            LocateError{"item", fmt::format("item \"{}\" is not in section \"{}\"", item_id, section_id)});
    }
    if (entry_id.empty()) return out;
    for (const auto& entry : out.item->entries) {
        if (entry.id == entry_id) out.entry = &entry;
    }
    if (!out.entry) {
        return std::unexpected(
            LocateError{"entry", fmt::format("entry \"{}\" is not in item \"{}\"", entry_id, item_id)});
    }
    return out;
}

std::string section_key(std::string_view module_id, std::string_view section_id) {
    return fmt::format("{}/{}", module_id, section_id);
}

ProgressSummary summarize(const Guide& guide, const std::map<std::string, SectionStatus>& statuses) {
    ProgressSummary out;
    for (const auto& module : guide.modules) {
        for (const auto& section : module.sections) {
            ++out.sections;
            const auto key = section_key(module.id, section.id);
            const auto it = statuses.find(key);
            const auto status = it == statuses.end() ? SectionStatus::not_started : it->second;
            if (status == SectionStatus::complete) {
                ++out.complete;
                continue;
            }
            (status == SectionStatus::in_progress ? out.in_progress : out.not_started)++;
            if (out.current.empty()) out.current = key;
        }
    }
    return out;
}

bool representation_entry_checked(const domain::Representation& r, std::string_view key) {
    if (key == "content_areas") return r.content_areas.size() >= 2;
    if (key == "grade_spans") return !r.grade_spans_covered.empty() && r.grade_spans_missing.empty();
    return std::ranges::find(r.covered, key) != r.covered.end();
}

std::string representation_entry_note(const domain::Representation& r, std::string_view key) {
    if (key == "content_areas") return fmt::format("{}", fmt::join(r.content_areas, ", "));
    if (key == "grade_spans") return fmt::format("{}", fmt::join(r.grade_spans_covered, ", "));
    for (const auto& p : r.perspectives) {
        if (p.key == key) return fmt::format("{}", fmt::join(p.member_names, ", "));
    }
    return "";
}

std::string_view meeting_agenda_kind(AgendaKind kind) {
    switch (kind) {
        case AgendaKind::welcome:
            return "information";
        case AgendaKind::review:
            return "review";
        case AgendaKind::section_work:
            return "topic";
        case AgendaKind::discussion:
            return "discussion";
        case AgendaKind::action_items:
            return "decision";
    }
    return "topic";
}

std::optional<std::string> meeting_agenda_kind(std::string_view key) {
    static constexpr AgendaKind kPlanner[] = {AgendaKind::welcome, AgendaKind::review, AgendaKind::section_work,
                                              AgendaKind::discussion, AgendaKind::action_items};
    for (const auto kind : kPlanner) {
        if (agenda_kind_key(kind) == key) return std::string(meeting_agenda_kind(kind));
    }
    static constexpr std::string_view kMeeting[] = {"topic", "discussion", "decision", "review", "information"};
    if (std::ranges::find(kMeeting, key) != std::end(kMeeting)) return std::string(key);
    return std::nullopt;
}

}  // namespace trellis::guides
