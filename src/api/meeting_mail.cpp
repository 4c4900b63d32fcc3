#include "api/meeting_mail.hpp"

#include <fmt/format.h>

#include <set>

#include "api/outgoing_mail.hpp"
#include "trellis/actions/notification_settings.hpp"
#include "trellis/auth/policy.hpp"
#include "trellis/notify/icalendar.hpp"
#include "trellis/notify/meeting_mail.hpp"
#include "trellis/store/network_meetings.hpp"
#include "trellis/store/relationships.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::api {

namespace {

// Everyone the meeting is for (the team, and the teams a network meeting invites), one message per address: a
// person seated on two invited teams gets one.
std::vector<store::Member> recipients(store::Connection& db, const store::Meeting& m) {
    std::vector<store::Member> out;
    std::set<std::string> seen;
    for (auto& member : store::meeting_participants(db, m.id, m.team_id)) {
        if (member.email.empty() || !seen.insert(member.email).second) continue;
        out.push_back(std::move(member));
    }
    return out;
}

std::string host_of(const std::string& url) {
    auto rest = url.substr(url.find("://") == std::string::npos ? 0 : url.find("://") + 3);
    rest = rest.substr(0, rest.find('/'));
    rest = rest.substr(0, rest.rfind(':') == std::string::npos ? rest.size() : rest.rfind(':'));
    return rest.empty() ? "trellis.invalid" : rest;
}

std::string meeting_link(const std::string& public_url, const store::Meeting& m) {
    return fmt::format("{}/meetings/{}", public_url, m.id);
}

}  // namespace

std::string meeting_uid(const std::string& public_url, std::int64_t meeting_id) {
    return fmt::format("trellis-meeting-{}@{}", meeting_id, host_of(public_url));
}

std::string meeting_ics(store::Connection& db, const std::string& public_url, const store::Meeting& m, std::int64_t now,
                        std::optional<std::int64_t> only_user) {
    notify::CalendarEvent e;
    e.uid = meeting_uid(public_url, m.id);
    e.dtstamp = now;
    e.starts_at = m.starts_at.value_or(now);
    e.ends_at = e.starts_at + m.duration_minutes.value_or(60) * 60;
    e.sequence = m.sequence;
    e.summary = fmt::format("{} ({})", m.title, m.team_name);
    e.description = m.goal.empty() ? "" : "Goal: " + m.goal;
    if (!m.objectives.empty()) {
        e.description += (e.description.empty() ? "" : "\n") + std::string("Objectives:");
        for (const auto& o : m.objectives) e.description += "\n- " + o;
    }
    e.location = m.location;
    e.url = meeting_link(public_url, m);
    e.cancelled = m.status == "cancelled";
    for (const auto& member : recipients(db, m)) {
        if (only_user && member.user_id != only_user) continue;
        if (member.role == "lead" && member.team_id == m.team_id && !e.organizer)
            e.organizer = notify::CalendarPerson{member.name, member.email};
        e.attendees.push_back({member.name, member.email});
    }
    if (!e.organizer) e.organizer = notify::CalendarPerson{"Trellis", "trellis@" + host_of(public_url)};
    return notify::write_calendar({e}, e.cancelled ? "CANCEL" : "REQUEST");
}

std::set<std::string> meeting_addresses(store::Connection& db, const store::Meeting& m) {
    std::set<std::string> out;
    for (const auto& member : recipients(db, m)) out.insert(member.email);
    return out;
}

namespace {

// Asked of the policy with the recipient's own relationship to the meeting; a person without an account is judged
// by their seat alone (an account-less participant sees names only too).
bool sees_others_addresses(store::Connection& db, const store::Meeting& m, const store::Member& member) {
    if (member.user_id) {
        const auth::Principal person{.user_id = *member.user_id};
        return auth::sees_contact_details(
            person, store::load_relationship(db, *member.user_id, auth::ResourceKind::meeting, m.id));
    }
    auth::Relationship seat{.exists = true};
    if (member.team_id == m.team_id) {
        seat.team_role = member.role;
    } else {
        seat.invited_team_role = member.role;
    }
    return auth::sees_contact_details(auth::Principal{}, seat);
}

void queue_invitations_for(RequestContext& c, const store::Meeting& m, bool updated,
                           const std::set<std::string>* skip) {
    if (!m.starts_at) return;
    const auto ics = meeting_ics(c.db, c.services.public_url, m, c.services.now());
    const notify::InvitationFacts facts{m.team_name,
                                        m.title,
                                        m.goal,
                                        *m.starts_at,
                                        m.duration_minutes.value_or(0),
                                        m.time_zone,
                                        m.location,
                                        meeting_link(c.services.public_url, m)};
    for (const auto& member : recipients(c.db, m)) {
        if (skip && skip->contains(member.email)) continue;
        // The calendar file lists every attendee's address, which a participant may not see (the policy's
        // contact-details rule): theirs lists them alone (no one, for a seat without an account: user id 0).
        const auto& calendar =
            sees_others_addresses(c.db, m, member)
                ? ics
                : meeting_ics(c.db, c.services.public_url, m, c.services.now(), member.user_id.value_or(0));
        send_to_person(c, member.email, domain::MailKind::transactional, [&](const std::string& lang) {
            return notify::invitation_mail(member.email, member.name, facts, calendar, m.status == "cancelled", updated,
                                           lang);
        });
    }
}

}  // namespace

void queue_invitations(RequestContext& c, const store::Meeting& m, bool updated) {
    queue_invitations_for(c, m, updated, nullptr);
}

void queue_invitations_to_newcomers(RequestContext& c, const store::Meeting& m, const std::set<std::string>& before) {
    if (m.status != "scheduled") return;
    queue_invitations_for(c, m, false, &before);
}

int minutes_recipient_count(store::Connection& db, const store::Meeting& m) {
    int count = 0;
    for (const auto& member : recipients(db, m)) {
        if (actions::wants_mail(db, member.email, domain::MailKind::minutes)) ++count;
    }
    return count;
}

void queue_minutes_mail(RequestContext& c, const store::Meeting& m, const domain::Minutes& minutes) {
    const auto link = fmt::format("{}/api/v1/meetings/{}/minutes?format=html", c.services.public_url, m.id);
    for (const auto& member : recipients(c.db, m)) {
        send_to_person(c, member.email, domain::MailKind::minutes, [&](const std::string& lang) {
            return notify::minutes_mail(member.email, member.name, minutes, link, lang);
        });
    }
}

}  // namespace trellis::api
