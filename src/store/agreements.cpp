#include "trellis/store/agreements.hpp"

#include "trellis/store/networks.hpp"

namespace trellis::store {

namespace {

constexpr const char* kSelect =
    "SELECT a.id, a.network_id, a.title, a.scope, a.goals, a.data_sharing, a.starts_on, a.ends_on, a.status, "
    "f.id, f.name, m.id, m.name, a.warned_level, a.version, a.created_at, a.updated_at FROM agreements a "
    "JOIN networks n ON n.id = a.network_id JOIN organizations f ON f.id = n.facilitator_organization_id "
    "JOIN organizations m ON m.id = a.mentor_organization_id ";

Agreement agreement_from(const Row& r) {
    Agreement a;
    a.id = r.integer(0);
    a.network_id = r.integer(1);
    a.title = r.text(2);
    a.scope = r.text(3);
    a.goals = r.text(4);
    a.data_sharing = r.text(5);
    a.starts_on = r.text(6);
    a.ends_on = r.text(7);
    a.status = r.text(8);
    a.facilitator_organization = {r.integer(9), r.text(10)};
    a.mentor_organization = {r.integer(11), r.text(12)};
    a.warned_level = static_cast<int>(r.integer(13));
    a.version = r.integer(14);
    a.created_at = r.integer(15);
    a.updated_at = r.integer(16);
    return a;
}

void load_details(Connection& db, Agreement& a) {
    for (const auto& r : db.query("SELECT o.id, o.name FROM agreement_parties p JOIN organizations o ON "
                                  "o.id = p.organization_id WHERE p.agreement_id = ? ORDER BY p.position",
                                  {a.id})) {
        a.peer_organizations.push_back({r.integer(0), r.text(1)});
    }
    for (const auto& r : db.query("SELECT l.organization_id, l.user_id, u.name FROM agreement_liaisons l JOIN users u "
                                  "ON u.id = l.user_id WHERE l.agreement_id = ? ORDER BY l.organization_id",
                                  {a.id})) {
        a.liaisons.push_back({r.integer(0), r.integer(1), r.text(2)});
    }
    for (const auto& r : db.query("SELECT u.id, u.name FROM agreement_coaches c JOIN users u ON u.id = c.user_id "
                                  "WHERE c.agreement_id = ? ORDER BY u.name, u.id",
                                  {a.id})) {
        a.coaches.push_back({r.integer(0), r.text(1)});
    }
    for (const auto& r : db.query("SELECT kind, purchased_minutes, hourly_rate_cents FROM agreement_hours "
                                  "WHERE agreement_id = ?",
                                  {a.id})) {
        a.hours.push_back({r.text(0), r.integer(1), r.optional_integer(2)});
    }
}

void insert_details(Connection& db, const Agreement& a) {
    std::int64_t position = 0;
    for (const auto& p : a.peer_organizations) {
        db.execute("INSERT INTO agreement_parties (agreement_id, organization_id, position) VALUES (?, ?, ?)",
                   {a.id, p.id, position++});
    }
    for (const auto& l : a.liaisons) {
        db.execute("INSERT INTO agreement_liaisons (agreement_id, organization_id, user_id) VALUES (?, ?, ?)",
                   {a.id, l.organization_id, l.user_id});
    }
    for (const auto& c : a.coaches) {
        db.execute("INSERT INTO agreement_coaches (agreement_id, user_id) VALUES (?, ?)", {a.id, c.id});
    }
    for (const auto& h : a.hours) {
        db.execute(
            "INSERT INTO agreement_hours (agreement_id, kind, purchased_minutes, hourly_rate_cents) VALUES (?, ?, ?, "
            "?)",
            {a.id, h.kind, h.purchased_minutes, param_or_null(h.hourly_rate_cents)});
    }
}

}  // namespace

std::optional<Agreement> find_agreement(Connection& db, std::int64_t id) {
    const auto row = db.query_one(std::string(kSelect) + "WHERE a.id = ?", {id});
    if (!row) return std::nullopt;
    auto a = agreement_from(*row);
    load_details(db, a);
    return a;
}

std::vector<Agreement> network_agreements(Connection& db, std::int64_t network_id) {
    std::vector<Agreement> out;
    for (const auto& row :
         db.query(std::string(kSelect) + "WHERE a.network_id = ? ORDER BY a.starts_on DESC, a.id DESC", {network_id})) {
        out.push_back(agreement_from(row));
        load_details(db, out.back());
    }
    return out;
}

std::int64_t insert_agreement(Connection& db, const Agreement& a, std::int64_t by, std::int64_t now) {
    Agreement stored = a;
    stored.id = db.insert_returning_id(
        "INSERT INTO agreements (network_id, title, scope, goals, data_sharing, starts_on, ends_on, status, "
        "mentor_organization_id, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id",
        {a.network_id, a.title, a.scope, a.goals, a.data_sharing, a.starts_on, a.ends_on, a.status,
         a.mentor_organization.id, by, now, now});
    insert_details(db, stored);
    return stored.id;
}

bool update_agreement(Connection& db, const Agreement& a, std::int64_t now) {
    if (db.execute("UPDATE agreements SET title = ?, scope = ?, goals = ?, data_sharing = ?, starts_on = ?, "
                   "ends_on = ?, status = ?, mentor_organization_id = ?, updated_at = ?, version = version + 1 "
                   "WHERE id = ? AND version = ?",
                   {a.title, a.scope, a.goals, a.data_sharing, a.starts_on, a.ends_on, a.status,
                    a.mentor_organization.id, now, a.id, a.version}) != 1) {
        return false;
    }
    for (const auto* table : {"agreement_parties", "agreement_liaisons", "agreement_coaches", "agreement_hours"}) {
        db.execute(std::string("DELETE FROM ") + table + " WHERE agreement_id = ?", {a.id});
    }
    insert_details(db, a);
    return true;
}

bool raise_warned_level(Connection& db, std::int64_t id, int level) {
    return db.execute("UPDATE agreements SET warned_level = ? WHERE id = ? AND warned_level < ?",
                      {std::int64_t{level}, id, std::int64_t{level}}) == 1;
}

void insert_agreement_version(Connection& db, std::int64_t agreement_id, const AgreementVersion& v) {
    db.execute(
        "INSERT INTO agreement_versions (agreement_id, version, snapshot, changed_by, changed_by_name, changed_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        {agreement_id, v.version, v.snapshot, v.changed_by.id, v.changed_by.name, v.changed_at});
}

std::vector<AgreementVersion> agreement_versions(Connection& db, std::int64_t agreement_id) {
    std::vector<AgreementVersion> out;
    for (const auto& r : db.query("SELECT version, snapshot, COALESCE(changed_by, 0), changed_by_name, changed_at "
                                  "FROM agreement_versions WHERE agreement_id = ? ORDER BY version DESC",
                                  {agreement_id})) {
        out.push_back({r.integer(0), r.text(1), {r.integer(2), r.text(3)}, r.integer(4)});
    }
    return out;
}

bool accepted_in_network(Connection& db, std::int64_t network_id, std::int64_t organization_id) {
    return db
        .query_one("SELECT 1 FROM network_members WHERE network_id = ? AND organization_id = ? AND status = 'active'",
                   {network_id, organization_id})
        .has_value();
}

bool is_organization_member(Connection& db, std::int64_t organization_id, std::int64_t user_id) {
    return db
        .query_one("SELECT 1 FROM organization_members WHERE organization_id = ? AND user_id = ?",
                   {organization_id, user_id})
        .has_value();
}

std::optional<std::string> organization_name(Connection& db, std::int64_t organization_id) {
    const auto row = db.query_one("SELECT name FROM organizations WHERE id = ?", {organization_id});
    if (!row) return std::nullopt;
    return row->text(0);
}

std::vector<domain::LoggedCoaching> agreement_coaching(Connection& db, std::int64_t agreement_id) {
    std::vector<domain::LoggedCoaching> out;
    for (const auto& r :
         db.query("SELECT id, date, kind, minutes FROM coaching_entries WHERE agreement_id = ?", {agreement_id})) {
        out.push_back({r.integer(0), r.text(1), r.text(2), r.integer(3)});
    }
    return out;
}

std::vector<PartyPeople> network_people(Connection& db, std::int64_t network_id) {
    std::vector<PartyPeople> out;
    for (const auto& r :
         db.query(std::string("SELECT p.organization_id, u.id, u.name FROM ") + kActiveNetworkParticipants +
                      " p JOIN organization_members m ON m.organization_id = p.organization_id "
                      "JOIN users u ON u.id = m.user_id WHERE p.network_id = ? "
                      "ORDER BY p.organization_id, u.name, u.id",
                  {network_id})) {
        if (out.empty() || out.back().organization_id != r.integer(0)) out.push_back({r.integer(0), {}});
        out.back().people.push_back({r.integer(1), r.text(2)});
    }
    return out;
}

}  // namespace trellis::store
