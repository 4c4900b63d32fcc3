#include "trellis/actions/agreements.hpp"

#include <fmt/format.h>

#include <array>
#include <set>

#include "trellis/domain/coaching_hours.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/store/networks.hpp"

namespace trellis::actions {

namespace {

constexpr std::array<std::string_view, 3> kStatuses = {"draft", "active", "ended"};
// 10 000 hours and $100 000 an hour: beyond these a figure is a typing mistake, not a contract.
constexpr std::int64_t kMaxPurchasedMinutes = 10'000 * 60;
constexpr std::int64_t kMaxRateCents = 100'000 * 100;

using Problems = FieldProblems;

void check_dates(const store::Agreement& a, Problems& p) {
    const auto start = domain::check_date(a.starts_on);
    const auto end = domain::check_date(a.ends_on);
    if (start) p.add("starts_on", *start);
    if (end) p.add("ends_on", *end);
    if (!start && !end && a.ends_on < a.starts_on) {
        p.add("ends_on", fmt::format("{} is before the start {}", a.ends_on, a.starts_on));
    }
}

void check_parties(const Caller& caller, const store::Agreement& a, Problems& p) {
    if (!store::accepted_in_network(caller.db, a.network_id, a.mentor_organization.id)) {
        p.add("mentor_organization_id",
              fmt::format("organization {} is not an accepted member of this network", a.mentor_organization.id));
    }
    if (a.peer_organizations.empty()) p.add("peer_organization_ids", "name at least one peer organization");
    std::set<std::int64_t> seen;
    for (std::size_t i = 0; i < a.peer_organizations.size(); ++i) {
        const auto id = a.peer_organizations[i].id;
        const auto field = fmt::format("peer_organization_ids[{}]", i);
        if (id == a.mentor_organization.id) {
            p.add(field, "the mentor organization cannot also be a peer");
        } else if (!seen.insert(id).second) {
            p.add(field, fmt::format("organization {} is named twice", id));
        } else if (!store::accepted_in_network(caller.db, a.network_id, id)) {
            p.add(field, fmt::format("organization {} is not an accepted member of this network", id));
        }
    }
}

void check_hours(const store::Agreement& a, Problems& p) {
    std::set<std::string> kinds;
    for (std::size_t i = 0; i < a.hours.size(); ++i) {
        const auto& h = a.hours[i];
        if (!domain::is_coaching_kind(h.kind)) {
            p.add(fmt::format("hours[{}].kind", i),
                  "must be site_visit, virtual_coaching, professional_learning or network_meeting");
        } else if (!kinds.insert(h.kind).second) {
            p.add(fmt::format("hours[{}].kind", i), fmt::format("{} is listed twice", h.kind));
        }
        if (h.purchased_minutes < 0 || h.purchased_minutes > kMaxPurchasedMinutes) {
            p.add(fmt::format("hours[{}].purchased", i), "must be between 0 and 10000 hours");
        }
        if (h.hourly_rate_cents && (*h.hourly_rate_cents < 0 || *h.hourly_rate_cents > kMaxRateCents)) {
            p.add(fmt::format("hours[{}].hourly_rate", i), "must be between 0 and 100000");
        }
    }
}

void check_people(const Caller& caller, store::Agreement& a, Problems& p) {
    std::set<std::int64_t> coaches;
    for (std::size_t i = 0; i < a.coaches.size(); ++i) {
        const auto field = fmt::format("coach_user_ids[{}]", i);
        if (!coaches.insert(a.coaches[i].id).second) {
            p.add(field, fmt::format("user {} is named twice", a.coaches[i].id));
        } else if (!store::is_organization_member(caller.db, a.mentor_organization.id, a.coaches[i].id)) {
            p.add(field, fmt::format("user {} is not a member of the mentor organization", a.coaches[i].id));
        }
    }
    std::set<std::int64_t> parties = {a.facilitator_organization.id, a.mentor_organization.id};
    for (const auto& peer : a.peer_organizations) parties.insert(peer.id);
    std::set<std::int64_t> with_liaison;
    for (std::size_t i = 0; i < a.liaisons.size(); ++i) {
        const auto& l = a.liaisons[i];
        if (!parties.contains(l.organization_id)) {
            p.add(fmt::format("liaisons[{}].organization_id", i),
                  fmt::format("organization {} is not a party to this agreement", l.organization_id));
        } else if (!with_liaison.insert(l.organization_id).second) {
            p.add(fmt::format("liaisons[{}].organization_id", i), "one liaison per party organization");
        } else if (!store::is_organization_member(caller.db, l.organization_id, l.user_id)) {
            p.add(fmt::format("liaisons[{}].user_id", i),
                  fmt::format("user {} is not a member of organization {}", l.user_id, l.organization_id));
        }
    }
}

Outcome check_agreement(const Caller& caller, store::Agreement& a) {
    Problems p;
    if (a.title.empty()) p.add("title", "is required");
    if (auto problem = domain::check_one_of(a.status, kStatuses)) p.add("status", *problem);
    check_dates(a, p);
    check_parties(caller, a, p);
    check_hours(a, p);
    check_people(caller, a, p);
    return p.outcome();
}

void record_version(const Caller& caller, const store::Agreement& a, const AgreementSnapshot& snapshot) {
    store::insert_agreement_version(
        caller.db, a.id, {a.version, snapshot(a), {caller.principal.user_id, caller.principal.name}, caller.now});
}

std::int64_t facilitator_of(const Caller& caller, std::int64_t network_id) {
    const auto network = store::find_network(caller.db, network_id);
    return network ? network->facilitator_id : 0;
}

}  // namespace

Result<store::Agreement> create_agreement(const Caller& caller, store::Agreement draft,
                                          const AgreementSnapshot& snapshot) {
    draft.facilitator_organization.id = facilitator_of(caller, draft.network_id);
    if (auto checked = check_agreement(caller, draft); !checked) return std::unexpected(checked.error());
    const auto id = store::insert_agreement(caller.db, draft, caller.principal.user_id, caller.now);
    auto stored = store::find_agreement(caller.db, id);
    record_version(caller, *stored, snapshot);
    return *stored;
}

Result<store::Agreement> edit_agreement(const Caller& caller, store::Agreement edited,
                                        const AgreementSnapshot& snapshot) {
    if (auto checked = check_agreement(caller, edited); !checked) return std::unexpected(checked.error());
    if (!store::update_agreement(caller.db, edited, caller.now)) {
        return fail(FailureKind::stale_edit, fmt::format("agreement {}", edited.id));
    }
    auto stored = store::find_agreement(caller.db, edited.id);
    record_version(caller, *stored, snapshot);
    return *stored;
}

}  // namespace trellis::actions
