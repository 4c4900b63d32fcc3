#include "trellis/actions/waiting_for_you.hpp"

#include "trellis/actions/network_dashboard.hpp"
#include "trellis/store/networks.hpp"

namespace trellis::actions {

namespace {

// A home page shows a handful; the team pages hold the rest.
constexpr int kSectionsShown = 6;
constexpr int kNextStepsShown = 10;

template <typename Row, typename Allowed>
std::vector<Row> kept(std::vector<Row> rows, Allowed allowed) {
    std::erase_if(rows, [&](const Row& r) { return !allowed(r); });
    return rows;
}

// The dashboard's own rows, read as the dashboard reads them: only teams sharing their progress are judged. A
// member district's staff (who read the dashboard as a peer, not in full) are not the ones to act on it.
std::vector<TeamNeedingAttention> teams_needing_attention(const Caller& caller,
                                                          const std::vector<guides::Guide>& guides) {
    std::vector<TeamNeedingAttention> out;
    for (const auto& network : store::visible_networks(caller.db, caller.principal.user_id, false)) {
        if (!may(caller, auth::ResourceKind::network_progress, auth::Action::read, network.id)) continue;
        const auto dashboard = network_dashboard(caller, network.id, guides);
        if (!dashboard.in_full) continue;
        for (const auto& row : dashboard.rows) {
            if (!row.progress) continue;
            const auto reasons =
                domain::attention_reasons(row.progress->follow_through, row.progress->rhythm, caller.now);
            if (!reasons.any()) continue;
            out.push_back(
                {network.id, network.name, row.team.team_id, row.team.team_name, row.team.organization_name, reasons});
        }
    }
    return out;
}

}  // namespace

WaitingForYou waiting_for_you(const Caller& caller, const std::vector<guides::Guide>& guides) {
    using auth::Action;
    using auth::ResourceKind;
    const auto user = caller.principal.user_id;
    WaitingForYou out;
    out.sections = kept(store::sections_under_way_for_user(caller.db, user, kSectionsShown),
                        [&](const auto& s) { return may(caller, ResourceKind::team, Action::read, s.team_id); });
    out.next_steps = kept(store::next_steps_waiting_for_user(caller.db, user, kNextStepsShown),
                          [&](const auto& s) { return may(caller, ResourceKind::team, Action::manage, s.team_id); });
    out.network_invitations = kept(store::network_invitations_for_user(caller.db, user), [&](const auto& i) {
        return may(caller, ResourceKind::organization, Action::manage, i.organization_id);
    });
    out.teams_needing_attention = teams_needing_attention(caller, guides);
    return out;
}

}  // namespace trellis::actions
