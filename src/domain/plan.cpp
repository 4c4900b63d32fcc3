#include "trellis/domain/plan.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "trellis/domain/identifiers.hpp"

namespace trellis::domain {

std::optional<std::string> check_plan_area(std::string_view area) { return check_one_of(area, kPlanAreas); }

std::optional<std::string> check_task_status(std::string_view status) { return check_one_of(status, kTaskStatuses); }

std::optional<std::string> check_lcap_priority(std::int64_t priority, bool county_office) {
    if (priority < 1 || priority > 10) return fmt::format("{} is not an LCAP state priority (1 to 10)", priority);
    if (priority > 8 && !county_office)
        return fmt::format("priority {} is for county offices of education only; a district or school uses 1 to 8",
                           priority);
    return std::nullopt;
}

namespace {

using Graph = std::map<std::int64_t, std::vector<std::int64_t>>;

enum class Mark { unseen, on_path, done };

// Iterative depth-first search (no recursion depth limit on long chains); the path on the stack is the cycle
// when a task on it is met again.
std::vector<std::int64_t> cycle_from(const Graph& graph, std::int64_t start, std::map<std::int64_t, Mark>& marks) {
    std::vector<std::pair<std::int64_t, std::size_t>> stack{{start, 0}};
    marks[start] = Mark::on_path;
    while (!stack.empty()) {
        auto& [node, next] = stack.back();
        const auto found = graph.find(node);
        if (found == graph.end() || next >= found->second.size()) {
            marks[node] = Mark::done;
            stack.pop_back();
            continue;
        }
        const auto target = found->second[next++];
        const auto mark = marks[target];
        if (mark == Mark::on_path) {
            std::vector<std::int64_t> cycle;
            auto it = std::find_if(stack.begin(), stack.end(), [&](const auto& e) { return e.first == target; });
            for (; it != stack.end(); ++it) cycle.push_back(it->first);
            cycle.push_back(target);
            return cycle;
        }
        if (mark == Mark::unseen) {
            marks[target] = Mark::on_path;
            stack.emplace_back(target, 0);
        }
    }
    return {};
}

}  // namespace

std::vector<std::int64_t> find_dependency_cycle(const std::vector<DependencyEdge>& existing,
                                                const std::vector<DependencyEdge>& proposed) {
    std::set<std::int64_t> replaced;
    for (const auto& e : proposed) replaced.insert(e.task);
    Graph graph;
    for (const auto& e : existing)
        if (!replaced.contains(e.task)) graph[e.task].push_back(e.depends_on);
    for (const auto& e : proposed) graph[e.task].push_back(e.depends_on);
    for (auto& [node, targets] : graph) std::ranges::sort(targets);
    std::map<std::int64_t, Mark> marks;
    // Start from the proposed edges first, so the cycle reported runs through the task being edited.
    std::vector<std::int64_t> starts;
    for (const auto& e : proposed) starts.push_back(e.task);
    for (const auto& [node, targets] : graph) starts.push_back(node);
    for (const auto start : starts) {
        if (marks[start] != Mark::unseen) continue;
        if (auto cycle = cycle_from(graph, start, marks); !cycle.empty()) return cycle;
    }
    return {};
}

}  // namespace trellis::domain
