#pragma once
// A network's agreements (MOUs, issue 11): the parties, purchased hours, coaches and liaisons of each, and every
// version kept as a snapshot. Writes of an edited agreement succeed only at the version read.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/domain/coaching_hours.hpp"
#include "trellis/store/database.hpp"

namespace trellis::store {

struct NamedRef {
    std::int64_t id = 0;
    std::string name;
};

struct AgreementLiaison {
    std::int64_t organization_id = 0;
    std::int64_t user_id = 0;
    std::string name;  // read only
};

struct Agreement {
    std::int64_t id = 0;
    std::int64_t network_id = 0;
    std::string title;
    std::string scope;
    std::string goals;
    std::string data_sharing;
    std::string starts_on;
    std::string ends_on;
    std::string status = "draft";
    NamedRef facilitator_organization;  // read only: the network's
    NamedRef mentor_organization;
    std::vector<NamedRef> peer_organizations;  // in the order given
    std::vector<AgreementLiaison> liaisons;
    std::vector<NamedRef> coaches;  // users
    std::vector<domain::HoursPurchase> hours;
    int warned_level = 0;
    std::int64_t version = 1;
    std::int64_t created_at = 0;
    std::int64_t updated_at = 0;
};

std::optional<Agreement> find_agreement(Connection& db, std::int64_t id);
// Newest start first.
std::vector<Agreement> network_agreements(Connection& db, std::int64_t network_id);
// Inserts the agreement with its parties, hours, coaches and liaisons; the names are not read.
std::int64_t insert_agreement(Connection& db, const Agreement& a, std::int64_t by, std::int64_t now);
// Only at `a.version`; the details are replaced. False when another write came first.
bool update_agreement(Connection& db, const Agreement& a, std::int64_t now);
// Raises the highest warning mailed; false when it was already at `level` or above (so one mail per level).
bool raise_warned_level(Connection& db, std::int64_t id, int level);

struct AgreementVersion {
    std::int64_t version = 0;
    std::string snapshot;  // JSON text
    NamedRef changed_by;
    std::int64_t changed_at = 0;
};
void insert_agreement_version(Connection& db, std::int64_t agreement_id, const AgreementVersion& v);
std::vector<AgreementVersion> agreement_versions(Connection& db, std::int64_t agreement_id);  // newest first

// The rules' lookups: an organization with an accepted membership in the network; a person's membership of an
// organization; a person's name.
bool accepted_in_network(Connection& db, std::int64_t network_id, std::int64_t organization_id);
bool is_organization_member(Connection& db, std::int64_t organization_id, std::int64_t user_id);
std::optional<std::string> organization_name(Connection& db, std::int64_t organization_id);

// Who may be named on the network's agreements: the people (id, name) of its facilitator and of each member
// organization whose membership is active, by organization then name. For the facilitator's admins' form: names only.
struct PartyPeople {
    std::int64_t organization_id = 0;
    std::vector<NamedRef> people;
};
std::vector<PartyPeople> network_people(Connection& db, std::int64_t network_id);

// What the coaching log drew down: one row per entry of the agreement.
std::vector<domain::LoggedCoaching> agreement_coaching(Connection& db, std::int64_t agreement_id);

}  // namespace trellis::store
