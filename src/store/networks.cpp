#include "trellis/store/networks.hpp"

namespace trellis::store {

namespace {

constexpr const char* kSelect =
    "SELECT n.id, n.name, n.focus, n.facilitator_organization_id, f.name, n.starts_on, n.ends_on, n.version "
    "FROM networks n JOIN organizations f ON f.id = n.facilitator_organization_id ";

Network read_network(const Row& row) {
    Network n;
    n.id = row.integer(0);
    n.name = row.text(1);
    n.focus = row.text(2);
    n.facilitator_id = row.integer(3);
    n.facilitator_name = row.text(4);
    n.starts_on = row.optional_text(5);
    n.ends_on = row.optional_text(6);
    n.version = row.integer(7);
    return n;
}

}  // namespace

std::optional<Network> find_network(Connection& db, std::int64_t id) {
    const auto row = db.query_one(std::string(kSelect) + "WHERE n.id = ?", {id});
    if (!row) return std::nullopt;
    auto network = read_network(*row);
    for (const auto& m : db.query("SELECT o.id, o.name, o.kind, nm.role FROM network_members nm "
                                  "JOIN organizations o ON o.id = nm.organization_id WHERE nm.network_id = ? "
                                  "ORDER BY CASE nm.role WHEN 'mentor' THEN 0 ELSE 1 END, o.name",
                                  {id})) {
        network.members.push_back({m.integer(0), m.text(1), m.text(2), m.text(3)});
    }
    return network;
}

std::vector<Network> visible_networks(Connection& db, std::int64_t user_id, bool site_admin) {
    const auto rows =
        site_admin ? db.query(std::string(kSelect) + "ORDER BY n.name, n.id")
                   : db.query(std::string(kSelect) +
                                  "WHERE n.facilitator_organization_id IN "
                                  "  (SELECT organization_id FROM organization_members WHERE user_id = ?) "
                                  "OR n.id IN (SELECT nm.network_id FROM network_members nm "
                                  "  JOIN organization_members m ON m.organization_id = nm.organization_id "
                                  "  WHERE m.user_id = ?) ORDER BY n.name, n.id",
                              {user_id, user_id});
    std::vector<Network> out;
    for (const auto& row : rows) out.push_back(read_network(row));
    return out;
}

std::int64_t insert_network(Connection& db, const Network& network, std::int64_t now) {
    return db.insert_returning_id(
        "INSERT INTO networks (name, focus, facilitator_organization_id, starts_on, ends_on, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        {network.name, network.focus, network.facilitator_id, param_or_null(network.starts_on),
         param_or_null(network.ends_on), now});
}

void set_network_member(Connection& db, std::int64_t network_id, std::int64_t organization_id, const std::string& role) {
    if (db.execute("UPDATE network_members SET role = ? WHERE network_id = ? AND organization_id = ?",
                   {role, network_id, organization_id}) == 0) {
        db.execute("INSERT INTO network_members (network_id, organization_id, role) VALUES (?, ?, ?)",
                   {network_id, organization_id, role});
    }
}

bool remove_network_member(Connection& db, std::int64_t network_id, std::int64_t organization_id) {
    return db.execute("DELETE FROM network_members WHERE network_id = ? AND organization_id = ?",
                      {network_id, organization_id}) > 0;
}

}  // namespace trellis::store
