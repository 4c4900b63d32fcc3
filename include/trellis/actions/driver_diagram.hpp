#pragma once
// A team's problem of practice, aim and driver diagram (issue 12, item 1): the rules of every change. A node or
// parent of another team is not found; a measure must be one of the team's own (else a validation failure on
// measure_id, nothing changed); an edit at an older version than the current one is a stale_edit failure.
#include <cstdint>
#include <optional>
#include <string>

#include "trellis/actions/caller.hpp"
#include "trellis/actions/failure.hpp"
#include "trellis/store/driver_diagram.hpp"

namespace trellis::actions {

// `edited.version` is the version the writer read (0 when none was written yet).
Result<store::TeamProblem> write_problem(const Caller& caller, store::TeamProblem edited);

// `draft.team_id`, kind, parent, text and measure as sent; the node goes after its last sibling.
Result<store::DriverNode> add_driver_node(const Caller& caller, store::DriverNode draft);

enum class DriverMove { none, up, down };

// `edited`: the current node with the sent fields applied (a new parent_id included) and `edited.version` the
// version the client read. A new parent puts the node last among its new siblings; `move` swaps it with the
// sibling before or after it (a validation failure on `move` when there is none).
Result<store::DriverNode> edit_driver_node(const Caller& caller, store::DriverNode edited, bool new_parent,
                                           DriverMove move);

// A node with nodes under it is a conflict: the team moves or removes them first, so one click never loses a
// branch of the diagram.
Outcome remove_driver_node(const Caller& caller, std::int64_t team_id, std::int64_t node_id);

}  // namespace trellis::actions
