// The organization's records, continued: its teams' prototypes, their versions, PDSA cycles and the measures the
// cycles name and the insights they answer (issue 12, item 3), so the archive a district downloads holds every test its
// teams ran.
#include "store/record_sections.hpp"

namespace trellis::store {

using enum ColumnKind;

#define PROTOTYPES_OF "(SELECT id FROM prototypes WHERE team_id IN " TRELLIS_TEAMS_OF ")"
#define VERSIONS_OF "(SELECT id FROM prototype_versions WHERE prototype_id IN " PROTOTYPES_OF ")"
#define CYCLES_OF "(SELECT id FROM prototype_cycles WHERE prototype_version_id IN " VERSIONS_OF ")"

std::vector<SectionQuery> prototype_sections() {
    return {
        {"prototypes",
         false,
         {{"id", integer},
          {"team_id", integer},
          {"title"},
          {"if_we"},
          {"then_what"},
          {"for_whom"},
          {"status"},
          {"decision_reasons"},
          {"decided_by_name"},
          {"decided_at", time},
          {"updated_by_name"},
          {"updated_at", time}},
         "SELECT id, team_id, title, if_we, then_what, for_whom, status, decision_reasons, decided_by_name, "
         "decided_at, "
         "updated_by_name, updated_at FROM prototypes WHERE team_id IN " TRELLIS_TEAMS_OF " ORDER BY id"},
        {"prototype_versions",
         false,
         {{"id", integer},
          {"prototype_id", integer},
          {"number", integer},
          {"description"},
          {"attachments"},
          {"adapted_from_cycle_id", integer},
          {"updated_at", time}},
         "SELECT id, prototype_id, number, description, attachments, adapted_from_cycle_id, updated_at FROM "
         "prototype_versions WHERE prototype_id IN " PROTOTYPES_OF " ORDER BY prototype_id, number"},
        {"prototype_cycles",
         false,
         {{"id", integer},
          {"prototype_version_id", integer},
          {"number", integer},
          {"phase"},
          {"questions"},
          {"who"},
          {"place"},
          {"starts_on"},
          {"ends_on"},
          {"what_happened"},
          {"observations"},
          {"problems"},
          {"surprises"},
          {"act_decision"},
          {"next_step"},
          {"updated_by_name"},
          {"updated_at", time}},
         "SELECT id, prototype_version_id, number, phase, questions, who, place, starts_on, ends_on, what_happened, "
         "observations, problems, surprises, act_decision, next_step, updated_by_name, updated_at FROM "
         "prototype_cycles WHERE prototype_version_id IN " VERSIONS_OF " ORDER BY id"},
        {"prototype_cycle_measures",
         false,
         {{"cycle_id", integer}, {"measure_id", integer}},
         "SELECT cycle_id, measure_id FROM prototype_cycle_measures WHERE cycle_id IN " CYCLES_OF
         " ORDER BY cycle_id, measure_id"},
        {"prototype_insights",
         false,
         {{"prototype_id", integer}, {"insight_id", integer}},
         "SELECT prototype_id, insight_id FROM prototype_insights WHERE prototype_id IN " PROTOTYPES_OF
         " ORDER BY prototype_id, insight_id"},
    };
}

#undef PROTOTYPES_OF
#undef VERSIONS_OF
#undef CYCLES_OF

}  // namespace trellis::store
