#include "trellis/domain/plan.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>

using namespace trellis::domain;

namespace {

using Ids = std::vector<std::int64_t>;

// True when `cycle` is a closed walk along edges of existing + proposed (proposed replacing its tasks' edges).
bool is_cycle_of(const Ids& cycle, const std::vector<DependencyEdge>& existing,
                 const std::vector<DependencyEdge>& proposed) {
    if (cycle.size() < 2 || cycle.front() != cycle.back()) return false;
    std::set<std::int64_t> replaced;
    for (const auto& e : proposed) replaced.insert(e.task);
    std::set<std::pair<std::int64_t, std::int64_t>> edges;
    for (const auto& e : existing)
        if (!replaced.contains(e.task)) edges.insert({e.task, e.depends_on});
    for (const auto& e : proposed) edges.insert({e.task, e.depends_on});
    for (std::size_t i = 0; i + 1 < cycle.size(); ++i)
        if (!edges.contains({cycle[i], cycle[i + 1]})) return false;
    return true;
}

}  // namespace

TEST(PlanCycle, AChainStaysAcyclic) {
    // 3 waits on 2, 2 waits on 1; 4 waiting on 3 only lengthens the chain.
    EXPECT_TRUE(find_dependency_cycle({{3, 2}, {2, 1}}, {{4, 3}}).empty());
    EXPECT_TRUE(find_dependency_cycle({}, {}).empty());
}

TEST(PlanCycle, ClosingATwoTaskLoopNamesBothInOrder) {
    // "Train staff" (1) waits on "Book room" (2); making 2 wait on 1 closes the loop, read from the edited task.
    EXPECT_EQ(find_dependency_cycle({{1, 2}}, {{2, 1}}), (Ids{2, 1, 2}));
}

TEST(PlanCycle, ALongerLoopIsReportedAlongItsEdges) {
    // 1 → 2 → 3 → 4; proposing 4 → 1.
    EXPECT_EQ(find_dependency_cycle({{1, 2}, {2, 3}, {3, 4}}, {{4, 1}}), (Ids{4, 1, 2, 3, 4}));
}

TEST(PlanCycle, ADiamondIsNotACycle) {
    // 4 waits on 2 and 3, both wait on 1: two paths to one task are fine.
    EXPECT_TRUE(find_dependency_cycle({{2, 1}, {3, 1}}, {{4, 2}, {4, 3}}).empty());
}

TEST(PlanCycle, ATaskWaitingOnItselfIsACycle) { EXPECT_EQ(find_dependency_cycle({}, {{5, 5}}), (Ids{5, 5})); }

TEST(PlanCycle, AnEditReplacesTheTasksOldEdges) {
    // 2 waited on 1, 1 waits on 3; 2's new list is [3]: 2 → 3 and 1 → 3, no cycle.
    EXPECT_TRUE(find_dependency_cycle({{2, 1}, {1, 3}}, {{2, 3}}).empty());
    // 1 waited on 2; with 1's list now [3], 2 may wait on 1.
    EXPECT_TRUE(find_dependency_cycle({{1, 2}}, {{1, 3}, {2, 1}}).empty());
    // Without the edit, 2 waiting on 1 closes 2 → 1 → 2.
    EXPECT_EQ(find_dependency_cycle({{1, 2}}, {{2, 1}}), (Ids{2, 1, 2}));
}

TEST(PlanCycle, RandomDagsStayAcyclicAndAnyBackEdgeIsFound) {
    std::mt19937 random(20261205);
    for (int round = 0; round < 300; ++round) {
        const int n = 2 + static_cast<int>(random() % 12);
        // Edges only from a higher id to a lower one: a DAG by construction.
        std::vector<DependencyEdge> dag;
        for (int a = 1; a <= n; ++a)
            for (int b = 1; b < a; ++b)
                if (random() % 3 == 0) dag.push_back({a, b});
        ASSERT_TRUE(find_dependency_cycle(dag, {}).empty());
        // A further downward edge keeps it a DAG.
        const std::int64_t hi = 2 + static_cast<std::int64_t>(random() % (n - 1));
        const std::int64_t lo = 1 + static_cast<std::int64_t>(random() % (hi - 1));
        std::vector<DependencyEdge> downward;
        for (const auto& e : dag)
            if (e.task == hi) downward.push_back(e);
        downward.push_back({hi, lo});
        ASSERT_TRUE(find_dependency_cycle(dag, downward).empty());
        // An upward edge lo → hi closes a cycle exactly when hi already reaches lo; either way the answer is a
        // real cycle of the graph or nothing.
        std::vector<DependencyEdge> upward;
        for (const auto& e : dag)
            if (e.task == lo) upward.push_back(e);
        upward.push_back({lo, hi});
        const auto cycle = find_dependency_cycle(dag, upward);
        std::set<std::int64_t> reach{hi};
        for (std::int64_t node = hi; node >= 1; --node)  // downward edges only: one pass from hi down suffices
            if (reach.contains(node))
                for (const auto& e : dag)
                    if (e.task == node) reach.insert(e.depends_on);
        EXPECT_EQ(!cycle.empty(), reach.contains(lo)) << "round " << round;
        if (!cycle.empty()) {
            EXPECT_TRUE(is_cycle_of(cycle, dag, upward)) << "round " << round;
            EXPECT_EQ(cycle.front(), lo);
        }
    }
}

TEST(PlanVocabulary, AreasStatusesAndLcapPriorities) {
    EXPECT_FALSE(check_plan_area("use_of_data"));
    EXPECT_TRUE(check_plan_area("marketing"));
    EXPECT_FALSE(check_task_status("blocked"));
    EXPECT_TRUE(check_task_status("open"));
    EXPECT_FALSE(check_lcap_priority(4, false));
    EXPECT_FALSE(check_lcap_priority(10, true));
    EXPECT_TRUE(check_lcap_priority(9, false));
    EXPECT_TRUE(check_lcap_priority(0, true));
    EXPECT_TRUE(check_lcap_priority(11, true));
}
