#include "app/demo_outreach.hpp"

#include <stdexcept>
#include <string>

#include "trellis/actions/members.hpp"
#include "trellis/actions/teams.hpp"
#include "trellis/domain/follow_through.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::app {

namespace {

constexpr std::int64_t kDay = 86400;

template <typename T>
T made(actions::Result<T> result, const char* what) {
    if (!result)
        throw std::logic_error(std::string("the demo's outreach ") + what + " was refused: " + result.error().detail);
    return std::move(*result);
}

}  // namespace

void add_demo_outreach(store::Connection& db, std::int64_t wl, std::int64_t lead_user, std::int64_t now) {
    const auth::Principal elena{.user_id = lead_user, .name = "Elena Martínez"};
    const auto at = [&](std::int64_t days_ago) { return actions::Caller{db, elena, now - days_ago * kDay}; };
    const auto today = now / kDay;
    const auto member = [&](const char* email) { return store::find_member_by_email(db, wl, email)->id; };

    // Asked for names three weeks ago; the lead marked it done last week.
    const auto ask = made(
        actions::add_outreach_item(at(21), wl,
                                   {"grade_span", "elementary", "Ask the elementary principals for two teachers' names",
                                    member("t.becker@mpusd.example"), domain::days_to_date(today - 7)}),
        "item");
    actions::OutreachEdit done{ask, std::string("done"), std::nullopt};
    made(actions::edit_outreach_item(at(8), done), "done mark");

    // Inviting one of them: closed on its own two days ago, when Marisol Vega, who teaches in an elementary
    // dual immersion program, joined the team.
    made(actions::add_outreach_item(at(8), wl,
                                    {"grade_span", "elementary", "Invite an elementary dual immersion teacher to join",
                                     member("p.shah@mpusd.example"), domain::days_to_date(today + 7)}),
         "item");
    store::Member marisol;
    marisol.team_id = wl;
    marisol.name = "Marisol Vega";
    marisol.email = "m.vega@mpusd.example";
    marisol.role = "member";
    marisol.content_areas = {"Spanish"};
    marisol.grade_spans = {"elementary"};
    marisol.skills = {"dual immersion", "early literacy"};
    made(actions::add_member(at(2), marisol), "new member");
}

}  // namespace trellis::app
