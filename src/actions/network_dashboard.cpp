#include "trellis/actions/network_dashboard.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "trellis/domain/coaching_received.hpp"
#include "trellis/store/network_coaching.hpp"
#include "trellis/store/networks.hpp"
#include "trellis/store/relationships.hpp"

namespace trellis::actions {

namespace {

const guides::Guide* find_guide(const std::vector<guides::Guide>& guides, const std::string& id) {
    for (const auto& g : guides)
        if (g.id == id) return &g;
    return nullptr;
}

// The first section not complete, in guide order, and the counts: the same reading as guides::summarize, kept
// with pointers so the dashboard can name the stage and section in either language.
GuidePosition position_in(const guides::Guide& guide, const std::map<std::string, std::string>& statuses) {
    GuidePosition at{.guide = &guide};
    for (const auto& module : guide.modules) {
        for (const auto& section : module.sections) {
            ++at.sections;
            const auto found = statuses.find(module.id + "/" + section.id);
            if (found != statuses.end() && found->second == "complete") {
                ++at.complete;
            } else if (!at.section) {
                at.stage = &module;
                at.section = &section;
            }
        }
    }
    return at;
}

// Each team's progress from the network-wide reads, keyed by team.
std::map<std::int64_t, TeamProgress> progress_by_team(const Caller& caller, std::int64_t network_id,
                                                      const std::vector<store::NetworkTeam>& teams,
                                                      const std::vector<guides::Guide>& guides,
                                                      const std::string& today) {
    std::map<std::int64_t, TeamProgress> out;
    std::map<std::int64_t, std::vector<domain::MeetingFacts>> meetings;
    for (const auto& m : store::network_meetings(caller.db, network_id, "progress"))
        meetings[m.team_id].push_back({m.starts_at, m.status});
    std::map<std::int64_t, std::vector<domain::ActionItemFacts>> items;
    for (const auto& a : store::network_action_items(caller.db, network_id))
        items[a.team_id].push_back({a.due_on, a.status, a.done_on, a.carry_overs});
    const auto outreach = store::network_open_outreach(caller.db, network_id);
    const auto first_guides = store::network_first_guides(caller.db, network_id);
    std::map<std::int64_t, std::map<std::string, std::string>> statuses;  // team -> "module/section" -> status
    for (const auto& s : store::network_section_states(caller.db, network_id)) {
        const auto guide = first_guides.find(s.team_id);
        if (guide != first_guides.end() && guide->second == s.guide_id)
            statuses[s.team_id][s.module_id + "/" + s.section_id] = s.status;
    }
    for (const auto& team : teams) {
        if (std::find(team.shares.begin(), team.shares.end(), "progress") == team.shares.end()) continue;
        TeamProgress p;
        p.rhythm = domain::meeting_rhythm(meetings[team.team_id], caller.now);
        p.follow_through = domain::follow_through(items[team.team_id], today);
        if (const auto found = outreach.find(team.team_id); found != outreach.end()) p.outreach_open = found->second;
        if (const auto guide_id = first_guides.find(team.team_id); guide_id != first_guides.end()) {
            if (const auto* guide = find_guide(guides, guide_id->second))
                p.guide = position_in(*guide, statuses[team.team_id]);
        }
        out.emplace(team.team_id, std::move(p));
    }
    return out;
}

bool shares(const store::NetworkTeam& team, std::string_view kind) {
    return std::find(team.shares.begin(), team.shares.end(), kind) != team.shares.end();
}

// Adds the coaching each team sharing progress received, and its district's, to the rows and totals.
void add_coaching_received(const Caller& caller, std::int64_t network_id, NetworkDashboard& dashboard) {
    std::map<std::int64_t, std::int64_t> district_of;
    for (const auto& row : dashboard.rows) district_of[row.team.team_id] = row.team.organization_id;
    const auto received = domain::coaching_received(store::network_coaching_served(caller.db, network_id), district_of);
    for (auto& row : dashboard.rows) {
        const auto found = received.team_minutes.find(row.team.team_id);
        if (row.progress && found != received.team_minutes.end()) row.progress->coaching_minutes = found->second;
    }
    for (auto& district : dashboard.districts) {
        const auto found = received.district_minutes.find(district.organization_id);
        if (found != received.district_minutes.end()) district.coaching_minutes = found->second;
    }
}

std::vector<AgreementTotals> agreement_totals(const Caller& caller, std::int64_t network_id, const std::string& today) {
    std::vector<AgreementTotals> out;
    for (auto& a : store::network_agreement_hours(caller.db, network_id)) {
        out.push_back({a.id, std::move(a.title), std::move(a.status), a.starts_on, a.ends_on,
                       domain::summarize_hours(a.purchases, a.logged, a.starts_on, today)});
    }
    return out;
}

}  // namespace

NetworkDashboard network_dashboard(const Caller& caller, std::int64_t network_id,
                                   const std::vector<guides::Guide>& guides) {
    NetworkDashboard dashboard{.today = domain::utc_date(caller.now)};
    auto teams = store::network_teams(caller.db, network_id);
    auto progress = progress_by_team(caller, network_id, teams, guides, dashboard.today);
    std::map<std::int64_t, std::vector<store::NetworkMeeting>> meetings;
    for (auto& m : store::network_meetings(caller.db, network_id, "meetings")) meetings[m.team_id].push_back(m);
    std::map<std::int64_t, std::size_t> district_index;
    if (const auto network = store::find_network(caller.db, network_id)) {
        dashboard.network_name = network->name;
        for (const auto& member : network->members) {
            if (member.status != "active") continue;
            district_index[member.organization_id] = dashboard.districts.size();
            dashboard.districts.push_back({member.organization_id, member.organization_name, member.role});
        }
    }
    const bool in_full = dashboard.in_full = reads_network_in_full(caller, network_id);
    for (auto& team : teams) {
        // `peers` alone says who would see, not what: nothing is shared yet.
        const bool shares_something = std::any_of(team.shares.begin(), team.shares.end(),
                                                  [](const std::string& kind) { return kind != "peers"; });
        if (!shares_something || (!in_full && !shares(team, "peers"))) continue;
        DashboardRow row{.team = std::move(team)};
        if (auto found = progress.find(row.team.team_id); found != progress.end())
            row.progress = std::move(found->second);
        if (shares(row.team, "meetings")) row.meetings = std::move(meetings[row.team.team_id]);
        auto& totals = dashboard.districts[district_index.at(row.team.organization_id)];
        ++totals.teams_sharing;
        if (row.progress) {
            ++totals.teams_sharing_progress;
            totals.meetings_held += row.progress->rhythm.held;
            totals.open_overdue += row.progress->follow_through.overdue;
            totals.outreach_open += row.progress->outreach_open;
        }
        dashboard.rows.push_back(std::move(row));
    }
    add_coaching_received(caller, network_id, dashboard);
    if (in_full) dashboard.agreements = agreement_totals(caller, network_id, dashboard.today);
    return dashboard;
}

bool reads_network_in_full(const Caller& caller, std::int64_t network_id) {
    const auto relationship =
        store::load_relationship(caller.db, caller.principal.user_id, auth::ResourceKind::network_progress, network_id);
    return auth::reads_network_progress_in_full(caller.principal, relationship);
}

TeamSharing team_sharing(const Caller& caller, std::int64_t team_id) {
    return {store::team_network_shares(caller.db, team_id), store::networks_of_team(caller.db, team_id)};
}

Result<TeamSharing> set_team_sharing(const Caller& caller, std::int64_t team_id,
                                     const std::vector<std::string>& kinds) {
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        const auto& known = domain::kNetworkShareKinds;
        if (std::find(std::begin(known), std::end(known), kinds[i]) == std::end(known))
            return invalid(fmt::format("kinds[{}]", i),
                           fmt::format("must be progress, meetings, minutes or peers, got \"{}\"", kinds[i]));
    }
    std::vector<std::string> unique;  // a kind named twice is turned on once
    for (const auto& kind : kinds)
        if (std::find(unique.begin(), unique.end(), kind) == unique.end()) unique.push_back(kind);
    store::set_team_network_shares(caller.db, team_id, unique, caller.principal.user_id, caller.now);
    return team_sharing(caller, team_id);
}

}  // namespace trellis::actions
