#include "trellis/store/organizations.hpp"

#include "store/string_list.hpp"
#include "trellis/store/networks.hpp"
#include "trellis/store/relationships.hpp"

namespace trellis::store {

namespace {

constexpr const char* kColumns =
    "o.id, o.name, o.kind, o.cds_code, o.nces_id, o.grade_spans, o.enrollment, o.low_income, o.english_learners, "
    "o.foster, o.homeless, o.locale, o.profile_source, o.version";

Organization read_organization(const Row& row) {
    Organization o;
    o.id = row.integer(0);
    o.name = row.text(1);
    o.kind = row.text(2);
    o.cds_code = row.optional_text(3);
    o.nces_id = row.optional_text(4);
    o.grade_spans = decode_string_list(row.text(5));
    o.profile = {row.optional_integer(6),  row.optional_integer(7), row.optional_integer(8), row.optional_integer(9),
                 row.optional_integer(10), row.optional_text(11),   row.optional_text(12)};
    o.version = row.integer(13);
    return o;
}

std::vector<Param> field_params(const Organization& o) {
    return {o.name,
            o.kind,
            param_or_null(o.cds_code),
            param_or_null(o.nces_id),
            encode_string_list(o.grade_spans),
            param_or_null(o.profile.enrollment),
            param_or_null(o.profile.low_income),
            param_or_null(o.profile.english_learners),
            param_or_null(o.profile.foster),
            param_or_null(o.profile.homeless),
            param_or_null(o.profile.locale),
            param_or_null(o.profile.source)};
}

}  // namespace

std::optional<Organization> find_organization(Connection& db, std::int64_t id) {
    const auto row = db.query_one(std::string("SELECT ") + kColumns + " FROM organizations o WHERE o.id = ?", {id});
    if (!row) return std::nullopt;
    return read_organization(*row);
}

std::optional<Organization> find_organization_by_cds(Connection& db, const std::string& cds_code) {
    const auto row =
        db.query_one(std::string("SELECT ") + kColumns + " FROM organizations o WHERE o.cds_code = ?", {cds_code});
    if (!row) return std::nullopt;
    return read_organization(*row);
}

std::vector<Organization> visible_organizations(Connection& db, std::int64_t user_id, bool site_admin) {
    // Candidates: own organizations and those sharing an accepted network with one of them, each with the
    // relationship the policy reads (column 14: the caller's role; 15: 1 when they share a network). The policy
    // decides which are readable.
    const auto rows =
        db.query(std::string("SELECT ") + kColumns +
                     ", om.role, CASE WHEN shared.organization_id IS NULL THEN 0 ELSE 1 END FROM organizations o "
                     "LEFT JOIN organization_members om ON om.organization_id = o.id AND om.user_id = ? "
                     "LEFT JOIN (SELECT DISTINCT participant.organization_id FROM " +
                     kActiveNetworkParticipants + " participant JOIN " + kActiveNetworkParticipants +
                     " mine ON mine.network_id = participant.network_id "
                     "  JOIN organization_members m ON m.organization_id = mine.organization_id AND m.user_id = ?"
                     ") shared ON shared.organization_id = o.id "
                     "WHERE ? = 1 OR om.role IS NOT NULL OR shared.organization_id IS NOT NULL ORDER BY o.name, o.id",
                 {user_id, user_id, site_admin ? 1 : 0});
    std::vector<Organization> out;
    for (const auto& row : rows) {
        auth::Relationship r{
            .exists = true, .organization_role = row.optional_text(14), .network_participant = row.integer(15) == 1};
        if (readable_by(user_id, site_admin, auth::ResourceKind::organization, r))
            out.push_back(read_organization(row));
    }
    return out;
}

std::int64_t insert_organization(Connection& db, const Organization& organization, std::int64_t now) {
    auto params = field_params(organization);
    params.emplace_back(now);
    return db.insert_returning_id(
        "INSERT INTO organizations (name, kind, cds_code, nces_id, grade_spans, enrollment, low_income, "
        "english_learners, foster, homeless, locale, profile_source, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        params);
}

bool update_organization(Connection& db, const Organization& organization) {
    auto params = field_params(organization);
    params.emplace_back(organization.id);
    params.emplace_back(organization.version);
    return db.execute(
               "UPDATE organizations SET name = ?, kind = ?, cds_code = ?, nces_id = ?, grade_spans = ?, "
               "enrollment = ?, low_income = ?, english_learners = ?, foster = ?, homeless = ?, locale = ?, "
               "profile_source = ?, version = version + 1 WHERE id = ? AND version = ?",
               params) == 1;
}

void set_organization_role(Connection& db, std::int64_t organization_id, std::int64_t user_id,
                           const std::string& role) {
    if (db.execute("UPDATE organization_members SET role = ? WHERE organization_id = ? AND user_id = ?",
                   {role, organization_id, user_id}) == 0) {
        db.execute("INSERT INTO organization_members (organization_id, user_id, role) VALUES (?, ?, ?)",
                   {organization_id, user_id, role});
    }
}

std::vector<OrganizationMember> organization_members(Connection& db, std::int64_t organization_id) {
    std::vector<OrganizationMember> out;
    for (const auto& row : db.query("SELECT u.id, u.name, u.email, m.role FROM organization_members m "
                                    "JOIN users u ON u.id = m.user_id WHERE m.organization_id = ? ORDER BY u.name",
                                    {organization_id})) {
        out.push_back({row.integer(0), row.text(1), row.text(2), row.text(3)});
    }
    return out;
}

void add_member_unless_present(Connection& db, std::int64_t organization_id, std::int64_t user_id) {
    if (db.query_one("SELECT 1 FROM organization_members WHERE organization_id = ? AND user_id = ?",
                     {organization_id, user_id})) {
        return;
    }
    db.execute("INSERT INTO organization_members (organization_id, user_id, role) VALUES (?, ?, 'member')",
               {organization_id, user_id});
}

std::vector<Membership> user_memberships(Connection& db, std::int64_t user_id) {
    std::vector<Membership> out;
    for (const auto& row :
         db.query("SELECT o.id, o.name, o.kind, m.role FROM organization_members m "
                  "JOIN organizations o ON o.id = m.organization_id WHERE m.user_id = ? ORDER BY o.name",
                  {user_id})) {
        out.push_back({row.integer(0), row.text(1), row.text(2), row.text(3)});
    }
    return out;
}

bool any_organization(Connection& db) { return db.query_one("SELECT 1 FROM organizations").has_value(); }

}  // namespace trellis::store
