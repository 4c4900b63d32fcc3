#pragma once
// A team working through a guide: section statuses, locating a section / item / entry by its stable ids, and
// the progress summary. Pure: no database.
#include <expected>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "trellis/domain/representation.hpp"
#include "trellis/guides/guide.hpp"
#include "trellis/guides/planner.hpp"

namespace trellis::guides {

enum class SectionStatus { not_started, in_progress, complete };
std::optional<SectionStatus> parse_section_status(std::string_view key);  // not_started | in_progress | complete
std::string_view section_status_key(SectionStatus status);

// Where an id points in the loaded guides. Levels not asked for stay null.
struct Located {
    const Guide* guide = nullptr;
    const Module* module = nullptr;
    const Section* section = nullptr;
    const Item* item = nullptr;
    const Entry* entry = nullptr;
};
struct LocateError {
    std::string field;    // "guide", "module", "section", "item" or "entry": the first unknown id
    std::string message;  // names the id, e.g. `section "z-none" is not in module "module-0" of guide "..."`
};
// Looks up the path guide / module / section / item / entry; an empty id stops the lookup at that level.
std::expected<Located, LocateError> locate(const std::vector<Guide>& guides, std::string_view guide_id,
                                           std::string_view module_id = {}, std::string_view section_id = {},
                                           std::string_view item_id = {}, std::string_view entry_id = {});

// The key a section's status is recorded under: "module/section".
std::string section_key(std::string_view module_id, std::string_view section_id);

struct ProgressSummary {
    int sections = 0;
    int not_started = 0;
    int in_progress = 0;
    int complete = 0;
    // The first section, in guide order, that is not complete ("module/section"); empty when all are.
    std::string current;
};
// `statuses` by section_key; a section without a recorded status is not started. Keys of sections the guide no
// longer has are ignored.
ProgressSummary summarize(const Guide& guide, const std::map<std::string, SectionStatus>& statuses);

// A `source: representation` checklist entry, read from the team's representation instead of asked again:
// a catalogue perspective is checked when a member brings it; "content_areas" when members teach at least two
// content areas; "grade_spans" when every grade span the organization serves is covered.
bool representation_entry_checked(const domain::Representation& representation, std::string_view key);
// Who brings it ("Ana, Tom"), or the content areas / grade spans covered; empty when nobody.
std::string representation_entry_note(const domain::Representation& representation, std::string_view key);

// The meetings' agenda kind (topic, discussion, decision, review, information) for a planner agenda kind.
std::string_view meeting_agenda_kind(AgendaKind kind);
// The same for a key: planner kinds are mapped, meeting kinds pass through; nullopt for anything else.
std::optional<std::string> meeting_agenda_kind(std::string_view key);

}  // namespace trellis::guides
