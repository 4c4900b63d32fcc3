#include "trellis/store/network_highlights.hpp"

namespace trellis::store {

namespace {

constexpr const char* kSelect =
    "SELECT h.id, h.network_id, h.happened_on, h.body, COALESCE(u.name, ''), h.written_at, h.version "
    "FROM network_highlights h LEFT JOIN users u ON u.id = h.written_by ";

std::vector<NetworkHighlight> read_highlights(const Rows& rows) {
    std::vector<NetworkHighlight> out;
    for (const auto& row : rows)
        out.push_back(
            {row.integer(0), row.integer(1), row.text(2), row.text(3), row.text(4), row.integer(5), row.integer(6)});
    return out;
}

}  // namespace

std::vector<NetworkHighlight> network_highlights(Connection& db, std::int64_t network_id,
                                                 const std::optional<std::string>& from,
                                                 const std::optional<std::string>& to) {
    // Dates are YYYY-MM-DD text, so their order as text is their order in time.
    return read_highlights(db.query(std::string(kSelect) +
                                        "WHERE h.network_id = ? AND h.happened_on >= ? AND h.happened_on <= ? "
                                        "ORDER BY h.happened_on, h.id",
                                    {network_id, from.value_or("0000-01-01"), to.value_or("9999-12-31")}));
}

std::optional<NetworkHighlight> find_network_highlight(Connection& db, std::int64_t network_id, std::int64_t id) {
    auto found =
        read_highlights(db.query(std::string(kSelect) + "WHERE h.network_id = ? AND h.id = ?", {network_id, id}));
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::int64_t insert_network_highlight(Connection& db, const NetworkHighlight& h, std::int64_t by, std::int64_t now) {
    return db.insert_returning_id(
        "INSERT INTO network_highlights (network_id, happened_on, body, written_by, written_at) "
        "VALUES (?, ?, ?, ?, ?) RETURNING id",
        {h.network_id, h.happened_on, h.text, by, now});
}

bool update_network_highlight(Connection& db, const NetworkHighlight& h, std::int64_t by, std::int64_t now) {
    return db.execute(
               "UPDATE network_highlights SET happened_on = ?, body = ?, written_by = ?, written_at = ?, "
               "version = version + 1 WHERE network_id = ? AND id = ? AND version = ?",
               {h.happened_on, h.text, by, now, h.network_id, h.id, h.version}) == 1;
}

bool delete_network_highlight(Connection& db, std::int64_t network_id, std::int64_t id) {
    return db.execute("DELETE FROM network_highlights WHERE network_id = ? AND id = ?", {network_id, id}) == 1;
}

}  // namespace trellis::store
