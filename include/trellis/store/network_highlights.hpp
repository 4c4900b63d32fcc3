#pragma once
// A network's highlights (issue 14): short dated notes its facilitator writes for leadership and funders; the
// network report shows those dated in its period.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/store/database.hpp"

namespace trellis::store {

struct NetworkHighlight {
    std::int64_t id = 0;
    std::int64_t network_id = 0;
    std::string happened_on;  // YYYY-MM-DD
    std::string text;
    std::string written_by_name;  // empty when the writer's account is gone
    std::int64_t written_at = 0;
    std::int64_t version = 1;
};

// Oldest first, by date then by id; `from` and `to` (YYYY-MM-DD, both included) bound the dates when given.
std::vector<NetworkHighlight> network_highlights(Connection& db, std::int64_t network_id,
                                                 const std::optional<std::string>& from = std::nullopt,
                                                 const std::optional<std::string>& to = std::nullopt);
std::optional<NetworkHighlight> find_network_highlight(Connection& db, std::int64_t network_id, std::int64_t id);
std::int64_t insert_network_highlight(Connection& db, const NetworkHighlight& highlight, std::int64_t by,
                                      std::int64_t now);
// False when the highlight's version is no longer `highlight.version` (someone else changed it first).
bool update_network_highlight(Connection& db, const NetworkHighlight& highlight, std::int64_t by, std::int64_t now);
bool delete_network_highlight(Connection& db, std::int64_t network_id, std::int64_t id);

}  // namespace trellis::store
