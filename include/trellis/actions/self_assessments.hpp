#pragma once
// A team's self-assessments of implementation (issue 13, part 4): each term the team rates the six areas on the
// five-point scale with its evidence and records what it observed against its declared "fully implemented"
// criteria. Reading them judges every assessment against the team's current criteria (domain/self_assessment);
// a criterion that names one of the team's measures is observed as that measure's latest point on or before the
// assessment's date.
#include <optional>
#include <string>
#include <vector>

#include "trellis/actions/caller.hpp"
#include "trellis/actions/failure.hpp"
#include "trellis/domain/self_assessment.hpp"
#include "trellis/store/self_assessments.hpp"

namespace trellis::actions {

struct CriterionOutcome {
    store::AssessmentCriterion criterion;
    std::optional<double> observed;
    std::string source;         // "entered", "measure" or "" (not observed)
    std::string observed_date;  // source "measure": the date of the measure's point
    domain::CriterionResult result = domain::CriterionResult::not_observed;
};

struct AssessmentView {
    store::SelfAssessment assessment;
    std::vector<CriterionOutcome> results;  // one per current criterion, in the criteria's order
    bool fully_implemented = false;
};

struct TeamAssessments {
    store::CriteriaVersion criteria;
    std::vector<AssessmentView> assessments;  // newest first
};

TeamAssessments team_assessments(const Caller& caller, std::int64_t team_id);
Result<AssessmentView> assessment_view(const Caller& caller, std::int64_t team_id, std::int64_t assessment_id);

// Checks every rule (a term, a calendar date, each of the six areas rated exactly once from 1 to 5, observations
// of the team's current criteria with finite values), naming each field at fault ("ratings[2].rating").
Result<AssessmentView> create_assessment(const Caller& caller, store::SelfAssessment draft);
// The same checks; a change since `version` was read is a stale_edit failure.
Result<AssessmentView> update_assessment(const Caller& caller, store::SelfAssessment draft, std::int64_t version);
Outcome delete_assessment(const Caller& caller, std::int64_t team_id, std::int64_t assessment_id);

store::CriteriaVersion current_criteria(const Caller& caller, std::int64_t team_id);
std::vector<store::CriteriaVersion> criteria_history(const Caller& caller, std::int64_t team_id);  // newest first

// Declares the criteria as the next version after `version` (0: none yet); a criterion without an id is new.
// stale_edit when someone declared another version since.
Result<store::CriteriaVersion> declare_criteria(const Caller& caller, std::int64_t team_id, std::int64_t version,
                                                std::vector<store::AssessmentCriterion> criteria);

}  // namespace trellis::actions
