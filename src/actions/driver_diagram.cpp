#include "trellis/actions/driver_diagram.hpp"

#include <fmt/format.h>

#include "trellis/domain/driver_tree.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/store/measures.hpp"

namespace trellis::actions {

namespace {

std::unexpected<Failure> missing_node(std::int64_t id, std::int64_t team_id) {
    return fail(FailureKind::not_found, fmt::format("driver diagram node {} of team {}", id, team_id));
}

// The parent (when named) a node of this team whose kind may hold the node, and the measure the team's own.
Outcome check_node(const Caller& caller, const store::DriverNode& node) {
    FieldProblems problems;
    if (node.text.empty()) problems.add("text", "is required");
    if (!domain::is_driver_kind(node.kind)) {
        problems.add("kind", "must be primary, secondary or change_idea");
    } else {
        std::optional<std::string> parent_kind;
        if (node.parent_id) {
            const auto parent = store::find_driver_node(caller.db, node.team_id, *node.parent_id);
            if (!parent || parent->id == node.id)
                problems.add("parent_id", fmt::format("node {} is not in this team's diagram", *node.parent_id));
            else parent_kind = parent->kind;
        }
        if (!node.parent_id || parent_kind)
            if (auto problem = domain::check_driver_parent(node.kind, parent_kind)) problems.add("parent_id", *problem);
    }
    if (node.measure_id) {
        const auto measure = store::find_measure(caller.db, *node.measure_id);
        if (!measure || measure->team_id != node.team_id)
            problems.add("measure_id", fmt::format("measure {} is not one of this team's measures", *node.measure_id));
    }
    return problems.outcome();
}

}  // namespace

Result<store::TeamProblem> write_problem(const Caller& caller, store::TeamProblem edited) {
    if (edited.aim_by_when)
        if (auto problem = domain::check_date(*edited.aim_by_when)) return invalid("aim_by_when", *problem);
    if (!store::write_team_problem(caller.db, edited, caller.principal.user_id, caller.now))
        return fail(FailureKind::stale_edit, fmt::format("the problem of practice of team {}", edited.team_id));
    return store::team_problem(caller.db, edited.team_id);
}

Result<store::DriverNode> add_driver_node(const Caller& caller, store::DriverNode draft) {
    draft.id = 0;
    if (auto checked = check_node(caller, draft); !checked) return std::unexpected(checked.error());
    const auto id = store::insert_driver_node(caller.db, draft);
    return *store::find_driver_node(caller.db, draft.team_id, id);
}

Result<store::DriverNode> edit_driver_node(const Caller& caller, store::DriverNode edited, bool new_parent,
                                           DriverMove move) {
    if (auto checked = check_node(caller, edited); !checked) return std::unexpected(checked.error());
    if (new_parent) edited.position = store::next_driver_position(caller.db, edited.team_id, edited.parent_id);
    if (move != DriverMove::none) {
        const auto siblings = store::driver_siblings(caller.db, edited.team_id, edited.parent_id);
        std::optional<store::DriverNode> neighbour;
        for (std::size_t i = 0; i < siblings.size(); ++i) {
            if (siblings[i].id != edited.id) continue;
            if (move == DriverMove::up && i > 0) neighbour = siblings[i - 1];
            if (move == DriverMove::down && i + 1 < siblings.size()) neighbour = siblings[i + 1];
        }
        if (!neighbour)
            return invalid("move", move == DriverMove::up ? "the node is already first" : "the node is already last");
        // Positions may tie after older moves; a swap of equal positions would change nothing, so the order is
        // made strict around the pair.
        auto mine = edited.position;
        auto theirs = neighbour->position;
        if (mine == theirs) move == DriverMove::up ? --theirs : ++theirs;
        store::set_driver_position(caller.db, edited.team_id, neighbour->id, mine);
        edited.position = theirs;
    }
    if (!store::update_driver_node(caller.db, edited))
        return fail(FailureKind::stale_edit, fmt::format("driver diagram node {}", edited.id));
    return *store::find_driver_node(caller.db, edited.team_id, edited.id);
}

Outcome remove_driver_node(const Caller& caller, std::int64_t team_id, std::int64_t node_id) {
    if (!store::find_driver_node(caller.db, team_id, node_id)) return missing_node(node_id, team_id);
    if (const auto children = store::driver_children(caller.db, team_id, node_id); children > 0)
        return fail(FailureKind::conflict,
                    fmt::format("this node has {} {} under it: move or remove {} first", children,
                                children == 1 ? "node" : "nodes", children == 1 ? "it" : "them"));
    store::delete_driver_node(caller.db, team_id, node_id);
    return {};
}

}  // namespace trellis::actions
