#pragma once
// A team's work through a guide, recorded against the guide's stable ids: adoption, section statuses, answers
// (every version kept, with who and when) and checklist entry states.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/store/database.hpp"

namespace trellis::store {

struct TeamGuide {
    std::int64_t team_id = 0;
    std::string guide_id;
    std::string adopted_by_name;
    std::int64_t adopted_at = 0;
};
std::vector<TeamGuide> team_guides(Connection& db, std::int64_t team_id);  // adoption order
std::optional<TeamGuide> find_team_guide(Connection& db, std::int64_t team_id, const std::string& guide_id);
void adopt_guide(Connection& db, std::int64_t team_id, const std::string& guide_id, std::int64_t by,
                 const std::string& by_name, std::int64_t now);

struct GuideSectionState {
    std::string module_id;
    std::string section_id;
    std::string status;  // not_started | in_progress | complete
    std::string changed_by_name;
    std::int64_t changed_at = 0;
};
std::vector<GuideSectionState> guide_section_states(Connection& db, std::int64_t team_id, const std::string& guide_id);
void set_guide_section_status(Connection& db, std::int64_t team_id, const std::string& guide_id,
                              const GuideSectionState& state, std::int64_t by);

struct GuideAnswer {
    std::int64_t id = 0;
    std::string module_id;
    std::string section_id;
    std::string item_id;
    std::string text;  // Markdown
    std::int64_t version = 0;
    std::string author_name;
    std::int64_t updated_at = 0;
};
std::vector<GuideAnswer> guide_answers(Connection& db, std::int64_t team_id, const std::string& guide_id);
std::optional<GuideAnswer> find_guide_answer(Connection& db, std::int64_t team_id, const std::string& guide_id,
                                             const std::string& module_id, const std::string& section_id,
                                             const std::string& item_id);
// Writes the answer as version `expected_version + 1` (0: there is no answer yet) and keeps that version in
// the history; false, writing nothing, when `expected_version` is not the current one.
bool write_guide_answer(Connection& db, std::int64_t team_id, const std::string& guide_id, const GuideAnswer& answer,
                        std::int64_t expected_version, std::int64_t author_id, std::int64_t now);
// Every version of an answer, newest first (the first is the current text).
std::vector<GuideAnswer> guide_answer_history(Connection& db, std::int64_t answer_id);

struct GuideEntryState {
    std::string module_id;
    std::string section_id;
    std::string item_id;
    std::string entry_id;
    bool checked = false;
    std::string note;
    std::string changed_by_name;
    std::int64_t changed_at = 0;
};
std::vector<GuideEntryState> guide_entry_states(Connection& db, std::int64_t team_id, const std::string& guide_id);
void set_guide_entry_state(Connection& db, std::int64_t team_id, const std::string& guide_id,
                           const GuideEntryState& state, std::int64_t by);

}  // namespace trellis::store
