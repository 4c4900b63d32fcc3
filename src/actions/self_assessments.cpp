#include "trellis/actions/self_assessments.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "trellis/domain/follow_through.hpp"

namespace trellis::actions {

namespace {

CriterionOutcome outcome_for(const Caller& caller, const store::SelfAssessment& a,
                             const store::AssessmentCriterion& criterion) {
    CriterionOutcome out{criterion, std::nullopt, "", "", domain::CriterionResult::not_observed};
    if (criterion.measure_id) {
        if (auto point = store::measure_value_on(caller.db, a.team_id, *criterion.measure_id, a.taken_on)) {
            out.observed = point->value;
            out.source = "measure";
            out.observed_date = point->date;
        }
    }
    if (!out.observed) {
        for (const auto& o : a.observations)
            if (o.criterion_id == criterion.id) {
                out.observed = o.value;
                out.source = "entered";
            }
    }
    out.result = domain::judge_criterion({criterion.threshold, criterion.direction == "lower_is_better", out.observed});
    return out;
}

AssessmentView view_of(const Caller& caller, const store::CriteriaVersion& criteria, store::SelfAssessment a) {
    AssessmentView view{std::move(a), {}, false};
    std::vector<domain::CriterionResult> results;
    for (const auto& c : criteria.criteria) {
        view.results.push_back(outcome_for(caller, view.assessment, c));
        results.push_back(view.results.back().result);
    }
    std::vector<int> ratings;
    for (const auto& r : view.assessment.ratings) ratings.push_back(static_cast<int>(r.rating));
    view.fully_implemented = domain::fully_implemented(results, ratings);
    return view;
}

void check_ratings(const std::vector<store::AssessmentRating>& ratings, std::vector<FieldError>& errors) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < ratings.size(); ++i) {
        const auto& r = ratings[i];
        const auto at = fmt::format("ratings[{}]", i);
        if (domain::check_plan_area(r.area))
            errors.push_back({at + ".area", fmt::format("\"{}\" is not one of the six areas", r.area), {}});
        else if (!seen.insert(r.area).second)
            errors.push_back({at + ".area", fmt::format("{} is rated twice", r.area), {}});
        if (r.rating < domain::kLowestRating || r.rating > domain::kHighestRating)
            errors.push_back({at + ".rating", "must be a whole number from 1 to 5", {}});
    }
    for (const auto area : domain::kPlanAreas)
        if (!seen.contains(std::string(area)))
            errors.push_back({"ratings", fmt::format("{} is not rated (rate each of the six areas once)", area), {}});
}

void check_observations(const store::CriteriaVersion& criteria,
                        const std::vector<store::AssessmentObservation>& observations,
                        std::vector<FieldError>& errors) {
    std::set<std::int64_t> seen;
    for (std::size_t i = 0; i < observations.size(); ++i) {
        const auto& o = observations[i];
        const auto at = fmt::format("observations[{}]", i);
        const bool known = std::any_of(criteria.criteria.begin(), criteria.criteria.end(),
                                       [&](const auto& c) { return c.id == o.criterion_id; });
        if (!known)
            errors.push_back({at + ".criterion_id", fmt::format("the team has no criterion {}", o.criterion_id), {}});
        else if (!seen.insert(o.criterion_id).second) errors.push_back({at + ".criterion_id", "is observed twice", {}});
        if (!std::isfinite(o.value)) errors.push_back({at + ".value", "must be a finite number", {}});
    }
}

std::unexpected<Failure> failure_of(std::vector<FieldError> errors) {
    std::string detail;
    for (const auto& e : errors) detail += (detail.empty() ? "" : "; ") + e.field + ": " + e.message;
    return std::unexpected(Failure{FailureKind::validation, std::move(detail), std::move(errors), {}});
}

Outcome check_assessment(const store::CriteriaVersion& criteria, const store::SelfAssessment& draft) {
    std::vector<FieldError> errors;
    if (!domain::date_to_days(draft.taken_on))
        errors.push_back({"taken_on", "must be a calendar date written YYYY-MM-DD", {}});
    check_ratings(draft.ratings, errors);
    check_observations(criteria, draft.observations, errors);
    if (!errors.empty()) return failure_of(std::move(errors));
    return {};
}

void check_criterion(const Caller& caller, std::int64_t team_id, std::size_t i, store::AssessmentCriterion& c,
                     std::vector<FieldError>& errors) {
    const auto at = fmt::format("criteria[{}]", i);
    if (!std::isfinite(c.threshold)) errors.push_back({at + ".threshold", "must be a finite number", {}});
    if (c.measure_id) {
        const auto direction = store::team_measure_direction(caller.db, team_id, *c.measure_id);
        if (!direction)
            errors.push_back({at + ".measure_id", fmt::format("the team has no measure {}", *c.measure_id), {}});
        else c.direction = *direction;
    } else if (c.direction != "higher_is_better" && c.direction != "lower_is_better") {
        errors.push_back({at + ".direction", "must be higher_is_better or lower_is_better", {}});
    }
}

}  // namespace

TeamAssessments team_assessments(const Caller& caller, std::int64_t team_id) {
    TeamAssessments out{store::current_criteria(caller.db, team_id), {}};
    for (auto& a : store::team_self_assessments(caller.db, team_id))
        out.assessments.push_back(view_of(caller, out.criteria, std::move(a)));
    return out;
}

Result<AssessmentView> assessment_view(const Caller& caller, std::int64_t team_id, std::int64_t assessment_id) {
    auto found = store::find_self_assessment(caller.db, team_id, assessment_id);
    if (!found)
        return fail(FailureKind::not_found, fmt::format("self-assessment {} of team {}", assessment_id, team_id));
    return view_of(caller, store::current_criteria(caller.db, team_id), std::move(*found));
}

Result<AssessmentView> create_assessment(const Caller& caller, store::SelfAssessment draft) {
    const auto criteria = store::current_criteria(caller.db, draft.team_id);
    if (auto checked = check_assessment(criteria, draft); !checked) return std::unexpected(checked.error());
    draft.created_by_name = caller.principal.name;
    draft.created_at = caller.now;
    draft.id = store::insert_self_assessment(caller.db, draft, caller.principal.user_id);
    return assessment_view(caller, draft.team_id, draft.id);
}

Result<AssessmentView> update_assessment(const Caller& caller, store::SelfAssessment draft, std::int64_t version) {
    if (!store::find_self_assessment(caller.db, draft.team_id, draft.id))
        return fail(FailureKind::not_found, fmt::format("self-assessment {} of team {}", draft.id, draft.team_id));
    const auto criteria = store::current_criteria(caller.db, draft.team_id);
    if (auto checked = check_assessment(criteria, draft); !checked) return std::unexpected(checked.error());
    if (!store::update_self_assessment(caller.db, draft, version))
        return fail(FailureKind::stale_edit, fmt::format("self-assessment {}", draft.id));
    return assessment_view(caller, draft.team_id, draft.id);
}

Outcome delete_assessment(const Caller& caller, std::int64_t team_id, std::int64_t assessment_id) {
    if (!store::delete_self_assessment(caller.db, team_id, assessment_id))
        return fail(FailureKind::not_found, fmt::format("self-assessment {} of team {}", assessment_id, team_id));
    return {};
}

store::CriteriaVersion current_criteria(const Caller& caller, std::int64_t team_id) {
    return store::current_criteria(caller.db, team_id);
}

std::vector<store::CriteriaVersion> criteria_history(const Caller& caller, std::int64_t team_id) {
    return store::criteria_history(caller.db, team_id);
}

Result<store::CriteriaVersion> declare_criteria(const Caller& caller, std::int64_t team_id, std::int64_t version,
                                                std::vector<store::AssessmentCriterion> criteria) {
    std::vector<FieldError> errors;
    const auto current = store::current_criteria(caller.db, team_id);
    auto next_id = store::next_criterion_id(caller.db, team_id);
    for (std::size_t i = 0; i < criteria.size(); ++i) {
        auto& c = criteria[i];
        check_criterion(caller, team_id, i, c, errors);
        const bool kept = std::any_of(current.criteria.begin(), current.criteria.end(),
                                      [&](const auto& old) { return old.id == c.id; });
        if (c.id != 0 && !kept)
            errors.push_back({fmt::format("criteria[{}].id", i), fmt::format("the criteria have no {}", c.id), {}});
        if (c.id == 0) c.id = next_id++;
    }
    if (!errors.empty()) return failure_of(std::move(errors));
    if (version != current.version) return fail(FailureKind::stale_edit, "the criteria");
    store::CriteriaVersion next{version + 1, caller.principal.name, caller.now, std::move(criteria)};
    if (!store::insert_criteria_version(caller.db, team_id, next, caller.principal.user_id))
        return fail(FailureKind::stale_edit, "the criteria");
    return next;
}

}  // namespace trellis::actions
