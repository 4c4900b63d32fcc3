// The organization's records, continued: its teams' feedback rounds, the people they asked, the comments and
// mentions, and what the teams changed (issue 12, item 4), so the archive a district downloads keeps the feedback
// it was given. Reviewers are named, with their organization, not their addresses.
#include "store/record_sections.hpp"

namespace trellis::store {

using enum ColumnKind;

#define ROUNDS_OF "(SELECT id FROM feedback_rounds WHERE team_id IN " TRELLIS_TEAMS_OF ")"

std::vector<SectionQuery> feedback_sections() {
    return {
        {"feedback_rounds",
         false,
         {{"id", integer},
          {"team_id", integer},
          {"item_kind"},
          {"item_title"},
          {"snapshot"},
          {"question"},
          {"due_on"},
          {"status"},
          {"what_we_changed"},
          {"next_version_id", integer},
          {"created_by_name"},
          {"created_at", time},
          {"closed_by_name"},
          {"closed_at", time}},
         "SELECT id, team_id, item_kind, item_title, snapshot, question, due_on, status, what_we_changed, "
         "next_version_id, created_by_name, created_at, closed_by_name, closed_at FROM feedback_rounds "
         "WHERE team_id IN " TRELLIS_TEAMS_OF " ORDER BY id"},
        {"feedback_reviewers",
         false,
         {{"round_id", integer},
          {"name"},
          {"organization_name"},
          {"chosen_as"},
          {"status"},
          {"invited_at", time},
          {"answered_at", time}},
         "SELECT r.round_id, u.name, r.organization_name, r.chosen_as, r.status, r.invited_at, r.answered_at "
         "FROM feedback_reviewers r JOIN users u ON u.id = r.user_id WHERE r.round_id IN " ROUNDS_OF
         " ORDER BY r.round_id, r.invited_at, u.name"},
        {"feedback_comments",
         false,
         {{"id", integer},
          {"round_id", integer},
          {"parent_id", integer},
          {"author_name"},
          {"body"},
          {"created_at", time}},
         "SELECT id, round_id, parent_id, author_name, body, created_at FROM feedback_comments WHERE round_id "
         "IN " ROUNDS_OF " ORDER BY id"},
        {"feedback_mentions",
         false,
         {{"comment_id", integer}, {"name"}},
         "SELECT m.comment_id, m.name FROM feedback_mentions m JOIN feedback_comments c ON c.id = m.comment_id "
         "WHERE c.round_id IN " ROUNDS_OF " ORDER BY m.comment_id, m.name"},
    };
}

#undef ROUNDS_OF

}  // namespace trellis::store
