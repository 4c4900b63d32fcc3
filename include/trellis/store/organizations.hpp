#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/store/database.hpp"

namespace trellis::store {

struct OrganizationProfile {
    std::optional<std::int64_t> enrollment;
    std::optional<std::int64_t> low_income;  // unduplicated free or reduced-price meal eligible
    std::optional<std::int64_t> english_learners;
    std::optional<std::int64_t> foster;
    std::optional<std::int64_t> homeless;
    std::optional<std::string> locale;  // NCES locale, e.g. "Suburb: Midsize"
    std::optional<std::string> source;  // where the figures come from

    bool operator==(const OrganizationProfile&) const = default;
};

struct Organization {
    std::int64_t id = 0;
    std::string name;
    std::string kind;
    std::optional<std::string> cds_code;
    std::optional<std::string> nces_id;
    std::vector<std::string> grade_spans;
    OrganizationProfile profile;
    std::int64_t version = 1;
};

struct OrganizationMember {
    std::int64_t user_id = 0;
    std::string name;
    std::string email;
    std::string role;
};

std::optional<Organization> find_organization(Connection& db, std::int64_t id);
std::optional<Organization> find_organization_by_cds(Connection& db, const std::string& cds_code);
// Organizations the user belongs to or shares a network with; every organization for a site admin.
std::vector<Organization> visible_organizations(Connection& db, std::int64_t user_id, bool site_admin);
std::int64_t insert_organization(Connection& db, const Organization& organization, std::int64_t now);
// Saves when `organization.version` is current and bumps it; false when someone saved in between.
bool update_organization(Connection& db, const Organization& organization);

void set_organization_role(Connection& db, std::int64_t organization_id, std::int64_t user_id, const std::string& role);
std::vector<OrganizationMember> organization_members(Connection& db, std::int64_t organization_id);
// A plain membership ("member") for a user who holds no role in the organization yet; a role they hold stays.
void add_member_unless_present(Connection& db, std::int64_t organization_id, std::int64_t user_id);

// The organizations a user belongs to, with their role in each, by name.
struct Membership {
    std::int64_t organization_id = 0;
    std::string name;
    std::string kind;
    std::string role;
};
std::vector<Membership> user_memberships(Connection& db, std::int64_t user_id);

// Whether the database holds any organization (the demo loads only into an empty one).
bool any_organization(Connection& db);

}  // namespace trellis::store
