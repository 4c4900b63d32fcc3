#include "trellis/actions/network_meetings.hpp"

#include <fmt/format.h>

#include <set>

#include "trellis/actions/meetings.hpp"
#include "trellis/actions/teams.hpp"
#include "trellis/domain/follow_through.hpp"
#include "trellis/domain/network_meeting_text.hpp"
#include "trellis/domain/zoned_time.hpp"
#include "trellis/store/networks.hpp"

namespace trellis::actions {

namespace {

// Resolves each invitation to its organization. No consent beyond the network membership is asked: the
// organization's admins accepted the network (kActiveNetworkParticipants), and a meeting invitation only lets
// its people into this one meeting of that network, nothing of theirs out.
Result<std::vector<store::MeetingInvitation>> resolve(const Caller& caller, std::int64_t network_id,
                                                      const std::vector<InvitationRequest>& asked) {
    FieldProblems problems;
    std::vector<store::MeetingInvitation> out;
    std::set<std::pair<std::int64_t, std::int64_t>> seen;  // (organization, team or 0)
    for (std::size_t i = 0; i < asked.size(); ++i) {
        store::MeetingInvitation invitation{asked[i].organization_id, {}, asked[i].team_id, {}};
        const auto field = fmt::format("invitations[{}].{}", i, asked[i].team_id ? "team_id" : "organization_id");
        if (asked[i].team_id) {
            const auto team = store::find_team(caller.db, *asked[i].team_id);
            if (!team || !store::takes_part_in_network(caller.db, network_id, team->organization_id)) {
                problems.add(field, fmt::format("team {} is not a team of an organization taking part in network {}",
                                                *asked[i].team_id, network_id));
                continue;
            }
            invitation.organization_id = team->organization_id;
        } else if (!store::takes_part_in_network(caller.db, network_id, invitation.organization_id)) {
            problems.add(field,
                         fmt::format("organization {} is not the facilitator or an accepted member of network {}",
                                     invitation.organization_id, network_id));
            continue;
        }
        if (seen.insert({invitation.organization_id, invitation.team_id.value_or(0)}).second) out.push_back(invitation);
    }
    if (auto ok = problems.outcome(); !ok) return std::unexpected(ok.error());
    return out;
}

// The network's host team: made with its first meeting, named after the network (its maker, an admin of the
// facilitator organization, becomes its lead through create_team).
std::int64_t host_team(const Caller& caller, const store::Network& network) {
    if (const auto existing = store::network_host_team(caller.db, network.id)) return *existing;
    const auto team = create_team(
        caller,
        {network.facilitator_id, domain::community_of_practice_name(caller.language, network.name), network.focus});
    store::set_network_host_team(caller.db, network.id, team);
    return team;
}

bool held(const store::Meeting& m, std::int64_t now) {
    return m.status == "closed" || (m.status == "scheduled" && m.starts_at && *m.starts_at <= now);
}

std::string summary(const Caller& caller, const store::Meeting& m) {
    std::vector<std::string> decisions;
    for (const auto& d : store::meeting_decisions(caller.db, m.id)) decisions.push_back(d.text);
    return domain::network_meeting_summary(caller.language, decisions,
                                           store::meeting_action_items(caller.db, m.id).size());
}

// Everything that must hold before the entry is written: a network meeting, held, not logged yet, on an agreement
// of its own network that the caller may write in.
Outcome check_loggable(const Caller& caller, const store::Meeting& m, std::optional<std::int64_t> network_id,
                       const std::optional<store::Agreement>& a, std::int64_t agreement_id) {
    if (!network_id) {
        return fail(FailureKind::validation,
                    fmt::format("meeting {} is a team's own meeting: only a network meeting is logged as coaching "
                                "hours this way",
                                m.id));
    }
    if (!a || !may(caller, auth::ResourceKind::agreement, auth::Action::read, agreement_id))
        return fail(FailureKind::not_found, fmt::format("agreement {}", agreement_id));
    if (!may(caller, auth::ResourceKind::agreement, auth::Action::contribute, agreement_id))
        return fail(FailureKind::forbidden, "only the agreement's coaches and the facilitator's staff log coaching");
    if (a->network_id != *network_id) {
        return invalid("agreement_id",
                       fmt::format("agreement {} belongs to network {}, not to network {} of meeting {}", agreement_id,
                                   a->network_id, *network_id, m.id));
    }
    if (const auto entry = store::meeting_coaching_entry(caller.db, m.id)) {
        return fail(FailureKind::conflict,
                    fmt::format("meeting {} is logged already as coaching-log entry {}", m.id, *entry));
    }
    if (!held(m, caller.now) || !m.duration_minutes) {
        return fail(FailureKind::conflict,
                    fmt::format("meeting {} is {}: a meeting is logged once it has been held", m.id, m.status));
    }
    return {};
}

}  // namespace

Result<store::Meeting> plan_network_meeting(const Caller& caller, std::int64_t network_id, store::Meeting plan,
                                            const std::vector<InvitationRequest>& invitations) {
    if (!may(caller, auth::ResourceKind::network, auth::Action::manage, network_id))
        return fail(FailureKind::forbidden, "only the facilitator's admins plan the network's meetings");
    const auto network = store::find_network(caller.db, network_id);
    if (!network) return fail(FailureKind::not_found, fmt::format("network {}", network_id));
    const auto resolved = resolve(caller, network_id, invitations);
    if (!resolved) return std::unexpected(resolved.error());
    plan.team_id = host_team(caller, *network);
    auto meeting = create_meeting(caller, std::move(plan));
    if (!meeting) return meeting;
    store::insert_network_meeting(caller.db, meeting->id, network_id);
    store::replace_meeting_invitations(caller.db, meeting->id, *resolved);
    return meeting;
}

Outcome change_invitations(const Caller& caller, std::int64_t meeting_id,
                           const std::vector<InvitationRequest>& invitations) {
    if (!may(caller, auth::ResourceKind::meeting, auth::Action::manage, meeting_id))
        return fail(FailureKind::forbidden, "only the host team's lead and the facilitator's admins invite");
    const auto network_id = store::network_of_meeting(caller.db, meeting_id);
    if (!network_id) {
        return fail(FailureKind::validation,
                    fmt::format("meeting {} is a team's own meeting: only a network meeting invites", meeting_id));
    }
    if (auto open = refuse_if_frozen(*store::find_meeting(caller.db, meeting_id)); !open) return open;
    const auto resolved = resolve(caller, *network_id, invitations);
    if (!resolved) return std::unexpected(resolved.error());
    store::replace_meeting_invitations(caller.db, meeting_id, *resolved);
    return {};
}

Result<LoggedEntry> log_network_meeting(const Caller& caller, std::int64_t meeting_id, std::int64_t agreement_id) {
    const auto m = store::find_meeting(caller.db, meeting_id);
    if (!m) return fail(FailureKind::not_found, fmt::format("meeting {}", meeting_id));
    const auto network_id = store::network_of_meeting(caller.db, meeting_id);
    const auto a = store::find_agreement(caller.db, agreement_id);
    if (auto ok = check_loggable(caller, *m, network_id, a, agreement_id); !ok) return std::unexpected(ok.error());
    store::CoachingEntry draft;
    draft.agreement_id = agreement_id;
    // The coaching log's date of a meeting is its local date (a 5 PM Pacific meeting is not logged on the next day).
    draft.date = domain::local_date(m->starts_at.value_or(m->closed_at.value_or(caller.now)), m->time_zone);
    draft.kind = "network_meeting";
    draft.minutes = *m->duration_minutes;
    draft.focus = m->title;
    draft.notes = summary(caller, *m);
    for (const auto team : store::invited_team_ids(caller.db, meeting_id)) {
        if (store::team_of_peer(caller.db, agreement_id, team)) draft.teams.push_back({team, {}, {}});
    }
    auto logged = log_coaching(caller, std::move(draft));
    if (logged) store::set_meeting_coaching_entry(caller.db, meeting_id, logged->entry.id);
    return logged;
}

}  // namespace trellis::actions
