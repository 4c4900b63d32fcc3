#pragma once
// The team plan's closed vocabularies (the guide's section E plan areas, task statuses) and the rule that task
// dependencies never make a cycle: a task cannot wait, directly or through others, on itself.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace trellis::domain {

// In the guide's order (section E).
inline constexpr std::string_view kPlanAreas[] = {"communication_feedback", "use_of_data",
                                                  "teacher_learning",       "recruitment_retention",
                                                  "families_community",     "continuous_improvement"};
inline constexpr std::string_view kTaskStatuses[] = {"not_started", "in_progress", "done", "blocked"};

std::optional<std::string> check_plan_area(std::string_view area);
std::optional<std::string> check_task_status(std::string_view status);

// California LCAP state priorities: 1 to 8 for every local agency, 9 and 10 (expelled pupils, foster youth) for
// county offices of education only. The error message, or nullopt.
std::optional<std::string> check_lcap_priority(std::int64_t priority, bool county_office);

// A dependency edge: `task` waits on `depends_on`.
struct DependencyEdge {
    std::int64_t task = 0;
    std::int64_t depends_on = 0;
};

// The cycle that adding `proposed` to `existing` would close, as task ids in order along the edges, the first id
// repeated at the end (a → b → a); empty when the graph stays acyclic. Edges of `existing` that start from a task
// that appears as the `task` of a proposed edge are replaced by the proposed ones (an edit sets a task's whole list).
std::vector<std::int64_t> find_dependency_cycle(const std::vector<DependencyEdge>& existing,
                                                const std::vector<DependencyEdge>& proposed);

}  // namespace trellis::domain
