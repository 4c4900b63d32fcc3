#pragma once
// What the team page reads about the team itself, in one statement: the team and its organization's grade spans
// (the representation's "which grade spans are missing" needs them). On PostgreSQL every statement is a round trip,
// and the team page is among the most read answers.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/store/database.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::store {

struct TeamWithGradeSpans {
    Team team;
    std::vector<std::string> organization_grade_spans;
};

std::optional<TeamWithGradeSpans> find_team_with_grade_spans(Connection& db, std::int64_t team_id);

}  // namespace trellis::store
