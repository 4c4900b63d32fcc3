#include "trellis/store/networks.hpp"
#include "trellis/store/relationships.hpp"

namespace trellis::store {

namespace {

#define TRELLIS_NETWORK_COLUMNS \
    "SELECT n.id, n.name, n.focus, n.facilitator_organization_id, f.name, n.starts_on, n.ends_on, n.version "
#define TRELLIS_NETWORK_FROM "FROM networks n JOIN organizations f ON f.id = n.facilitator_organization_id "
constexpr const char* kSelect = TRELLIS_NETWORK_COLUMNS TRELLIS_NETWORK_FROM;
// The same networks with the caller's relationship (columns 8 and 9: see visible_networks).
constexpr const char* kSelectWithRelationship =
    TRELLIS_NETWORK_COLUMNS ", fm.role, mine.network_id " TRELLIS_NETWORK_FROM;
#undef TRELLIS_NETWORK_COLUMNS
#undef TRELLIS_NETWORK_FROM

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

constexpr const char* kMembershipSelect =
    "SELECT n.id, n.name, n.focus, f.name, nm.role, nm.status, u.name, nm.invited_at, nm.responded_at "
    "FROM network_members nm JOIN networks n ON n.id = nm.network_id "
    "JOIN organizations f ON f.id = n.facilitator_organization_id LEFT JOIN users u ON u.id = nm.invited_by ";

NetworkMembership read_membership(const Row& row) {
    NetworkMembership m;
    m.network_id = row.integer(0);
    m.network_name = row.text(1);
    m.network_focus = row.text(2);
    m.facilitator_name = row.text(3);
    m.role = row.text(4);
    m.status = row.text(5);
    m.invited_by_name = row.optional_text(6);
    m.invited_at = row.optional_integer(7);
    m.responded_at = row.optional_integer(8);
    return m;
}

}  // namespace

std::optional<Network> find_network(Connection& db, std::int64_t id) {
    const auto row = db.query_one(std::string(kSelect) + "WHERE n.id = ?", {id});
    if (!row) return std::nullopt;
    auto network = read_network(*row);
    for (const auto& m :
         db.query("SELECT o.id, o.name, o.kind, nm.role, nm.status, "
                  "CASE WHEN COALESCE(o.cds_code, '') <> '' OR COALESCE(o.nces_id, '') <> '' THEN 1 ELSE 0 END "
                  "FROM network_members nm JOIN organizations o ON o.id = nm.organization_id WHERE nm.network_id = ? "
                  "ORDER BY CASE nm.status WHEN 'active' THEN 0 WHEN 'pending' THEN 1 ELSE 2 END, "
                  "CASE nm.role WHEN 'mentor' THEN 0 ELSE 1 END, o.name",
                  {id})) {
        network.members.push_back({m.integer(0), m.text(1), m.text(2), m.text(3), m.text(4), m.integer(5) == 1});
    }
    return network;
}

std::vector<Network> visible_networks(Connection& db, std::int64_t user_id, bool site_admin) {
    // Candidates: networks one of the person's organizations takes part in (facilitating or an accepted member),
    // with the relationship the policy reads (column 8: the role in the facilitator organization; 9: 1 when one
    // of theirs participates). The policy decides which are readable.
    const auto rows =
        db.query(std::string(kSelectWithRelationship) +
                     "LEFT JOIN organization_members fm ON fm.organization_id = n.facilitator_organization_id AND "
                     "fm.user_id = ? "
                     "LEFT JOIN (SELECT DISTINCT p.network_id FROM " +
                     kActiveNetworkParticipants +
                     " p JOIN organization_members m ON m.organization_id = p.organization_id WHERE m.user_id = ?"
                     ") mine ON mine.network_id = n.id "
                     "WHERE ? = 1 OR fm.role IS NOT NULL OR mine.network_id IS NOT NULL ORDER BY n.name, n.id",
                 {user_id, user_id, site_admin ? 1 : 0});
    std::vector<Network> out;
    for (const auto& row : rows) {
        auth::Relationship r{
            .exists = true, .organization_role = row.optional_text(8), .network_participant = !row.is_null(9)};
        if (readable_by(user_id, site_admin, auth::ResourceKind::network, r)) out.push_back(read_network(row));
    }
    return out;
}

std::int64_t insert_network(Connection& db, const Network& network, std::int64_t now) {
    return db.insert_returning_id(
        "INSERT INTO networks (name, focus, facilitator_organization_id, starts_on, ends_on, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        {network.name, network.focus, network.facilitator_id, param_or_null(network.starts_on),
         param_or_null(network.ends_on), now});
}

bool update_network(Connection& db, const Network& network) {
    return db.execute(
               "UPDATE networks SET name = ?, focus = ?, starts_on = ?, ends_on = ?, version = version + 1 "
               "WHERE id = ? AND version = ?",
               {network.name, network.focus, param_or_null(network.starts_on), param_or_null(network.ends_on),
                network.id, network.version}) == 1;
}

AddedMembership add_network_member(Connection& db, std::int64_t network_id, std::int64_t organization_id,
                                   const std::string& role, bool consented, std::int64_t invited_by, std::int64_t now) {
    const auto current = db.query_one("SELECT status FROM network_members WHERE network_id = ? AND organization_id = ?",
                                      {network_id, organization_id});
    if (consented) {
        // The admin's own act is the answer: recorded as given by them, now.
        const std::vector<Param> params{role, invited_by, now, invited_by, now, network_id, organization_id};
        if (current) {
            db.execute(
                "UPDATE network_members SET role = ?, status = 'active', invited_by = ?, invited_at = ?, "
                "responded_by = ?, responded_at = ? WHERE network_id = ? AND organization_id = ?",
                params);
        } else {
            db.execute(
                "INSERT INTO network_members (role, status, invited_by, invited_at, responded_by, responded_at, "
                "network_id, organization_id) VALUES (?, 'active', ?, ?, ?, ?, ?, ?)",
                params);
        }
        return {"active", false};
    }
    if (!current) {
        db.execute(
            "INSERT INTO network_members (network_id, organization_id, role, status, invited_by, invited_at) "
            "VALUES (?, ?, ?, 'pending', ?, ?)",
            {network_id, organization_id, role, invited_by, now});
        return {"pending", true};
    }
    if (current->text(0) == "declined") {
        // Asking again after a refusal is a new question: the earlier answer no longer stands.
        db.execute(
            "UPDATE network_members SET role = ?, status = 'pending', invited_by = ?, invited_at = ?, "
            "responded_by = NULL, responded_at = NULL WHERE network_id = ? AND organization_id = ?",
            {role, invited_by, now, network_id, organization_id});
        return {"pending", true};
    }
    db.execute("UPDATE network_members SET role = ? WHERE network_id = ? AND organization_id = ?",
               {role, network_id, organization_id});
    return {current->text(0), false};
}

bool remove_network_member(Connection& db, std::int64_t network_id, std::int64_t organization_id) {
    return db.execute("DELETE FROM network_members WHERE network_id = ? AND organization_id = ?",
                      {network_id, organization_id}) > 0;
}

std::vector<NetworkMembership> network_memberships(Connection& db, std::int64_t organization_id) {
    std::vector<NetworkMembership> out;
    for (const auto& row : db.query(std::string(kMembershipSelect) +
                                        "WHERE nm.organization_id = ? ORDER BY CASE nm.status WHEN 'pending' THEN 0 "
                                        "WHEN 'active' THEN 1 ELSE 2 END, n.name, n.id",
                                    {organization_id})) {
        out.push_back(read_membership(row));
    }
    return out;
}

std::optional<NetworkMembership> find_network_membership(Connection& db, std::int64_t organization_id,
                                                         std::int64_t network_id) {
    const auto row = db.query_one(std::string(kMembershipSelect) + "WHERE nm.organization_id = ? AND nm.network_id = ?",
                                  {organization_id, network_id});
    if (!row) return std::nullopt;
    return read_membership(*row);
}

bool answer_network_invitation(Connection& db, std::int64_t network_id, std::int64_t organization_id,
                               const std::string& status, std::int64_t user_id, std::int64_t now) {
    return db.execute(
               "UPDATE network_members SET status = ?, responded_by = ?, responded_at = ? "
               "WHERE network_id = ? AND organization_id = ? AND status = 'pending'",
               {status, user_id, now, network_id, organization_id}) == 1;
}

}  // namespace trellis::store
