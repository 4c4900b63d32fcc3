#pragma once
// The organization's records (its archive) are read section by section: each section is a query whose one
// parameter is the organization's id. Shared by organization_records.cpp and improvement_records.cpp.
#include <string_view>
#include <vector>

#include "trellis/store/organization_records.hpp"

namespace trellis::store {

// One section of the records: its columns, and a query whose columns come in the same order.
struct SectionQuery {
    std::string_view name;
    bool single;
    std::vector<RecordColumn> columns;
    std::string_view sql;
};

// Rows of the organization's teams, and of their meetings (SQL text to splice into a query).
#define TRELLIS_TEAMS_OF "(SELECT id FROM teams WHERE organization_id = ?)"
#define TRELLIS_MEETINGS_OF "(SELECT m.id FROM meetings m JOIN teams t ON t.id = m.team_id WHERE t.organization_id = ?)"

// The teams' improvement work: measures and their points, the plan, the self-assessments.
std::vector<SectionQuery> improvement_sections();
// The teams' prototypes, versions and PDSA cycles (issue 12); part of improvement_sections().
std::vector<SectionQuery> prototype_sections();
// The teams' feedback rounds, reviewers, comments and mentions (issue 12, item 4); part of improvement_sections().
std::vector<SectionQuery> feedback_sections();
// The organization's library (issue 12): its resources and their topics.
std::vector<SectionQuery> library_sections();

}  // namespace trellis::store
