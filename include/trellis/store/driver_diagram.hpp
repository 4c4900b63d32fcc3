#pragma once
// A team's problem of practice, its aim and its driver diagram (issue 12, item 1). Every read and write names the
// team, so a node id of another team is simply not found.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/store/database.hpp"

namespace trellis::store {

struct TeamProblem {
    std::int64_t team_id = 0;
    std::string who_is_failed;
    std::string how_we_know;
    std::string aim_what;
    std::string aim_for_whom;
    std::string aim_how_much;
    std::optional<std::string> aim_by_when;  // YYYY-MM-DD
    std::string written_by_name;             // empty when never written or the writer's account is gone
    std::int64_t written_at = 0;
    std::int64_t version = 0;  // 0: never written
};

struct DriverNode {
    std::int64_t id = 0;
    std::int64_t team_id = 0;
    std::optional<std::int64_t> parent_id;  // nullopt: under the aim
    std::string kind;                       // domain/driver_tree: primary | secondary | change_idea
    std::string text;
    std::optional<std::int64_t> measure_id;
    std::string measure_name;  // empty when no measure is linked
    std::int64_t position = 0;
    std::int64_t version = 1;
};

// The team's problem, or one at version 0 with empty fields when none was written yet.
TeamProblem team_problem(Connection& db, std::int64_t team_id);
// Writes `problem` when the stored version is still `problem.version` (0: none yet); false when someone saved first.
bool write_team_problem(Connection& db, const TeamProblem& problem, std::int64_t by, std::int64_t now);

// The team's nodes, parents before children is not promised: ordered by parent, then position.
std::vector<DriverNode> driver_nodes(Connection& db, std::int64_t team_id);
std::optional<DriverNode> find_driver_node(Connection& db, std::int64_t team_id, std::int64_t id);
// Appended after its last sibling.
std::int64_t insert_driver_node(Connection& db, const DriverNode& node);
// Text, measure, parent and position, when the version is still `node.version`; false otherwise.
bool update_driver_node(Connection& db, const DriverNode& node);
// The node's siblings (same parent) in order, itself included.
std::vector<DriverNode> driver_siblings(Connection& db, std::int64_t team_id, std::optional<std::int64_t> parent_id);
// Sets a node's position without touching its version (a neighbour's place changes when another node moves).
void set_driver_position(Connection& db, std::int64_t team_id, std::int64_t id, std::int64_t position);
std::int64_t next_driver_position(Connection& db, std::int64_t team_id, std::optional<std::int64_t> parent_id);
std::int64_t driver_children(Connection& db, std::int64_t team_id, std::int64_t id);
bool delete_driver_node(Connection& db, std::int64_t team_id, std::int64_t id);

}  // namespace trellis::store
