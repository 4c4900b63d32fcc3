#include "trellis/actions/coach_home.hpp"

#include "trellis/domain/follow_through.hpp"

namespace trellis::actions {

namespace {

constexpr std::int64_t kDay = 86400;

// The day after the coach's last engagement: what the team did that day, the coach saw. Without an engagement,
// the agreement's first day.
std::string since_day(const store::CoachedTeam& t) {
    if (!t.last_engagement_on) return t.agreement_starts_on;
    const auto days = domain::date_to_days(*t.last_engagement_on);
    return days ? domain::days_to_date(*days + 1) : *t.last_engagement_on;
}

}  // namespace

std::vector<CoachedTeamView> coach_home(const Caller& caller) {
    std::vector<CoachedTeamView> out;
    const auto today = domain::utc_date(caller.now);
    for (auto& team : store::coached_teams(caller.db, caller.principal.user_id)) {
        if (!may(caller, auth::ResourceKind::network_progress, auth::Action::read, team.network_id) ||
            !may(caller, auth::ResourceKind::agreement, auth::Action::read, team.agreement_id)) {
            continue;
        }
        CoachedTeamView view;
        view.since_on = since_day(team);
        const auto since = domain::date_to_days(view.since_on).value_or(0) * kDay;
        if (team.shares_progress) view.changes = store::team_changes_since(caller.db, team.team_id, since, today);
        view.next_steps = store::next_step_answers_since(caller.db, team.team_id, since);
        view.team = std::move(team);
        out.push_back(std::move(view));
    }
    return out;
}

}  // namespace trellis::actions
