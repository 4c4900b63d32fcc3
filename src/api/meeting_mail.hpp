#pragma once
// Meeting invitations (iCalendar attached), cancellations and minutes, queued to go out after commit.
#include <set>
#include <string>

#include "api/route.hpp"
#include "trellis/domain/follow_through.hpp"
#include "trellis/store/meetings.hpp"

namespace trellis::api {

// The meeting as an iTIP message: METHOD:REQUEST, or METHOD:CANCEL once cancelled. UID stable per meeting.
// `only_user`: the file downloaded by someone who does not see other people's addresses (a participant): the
// only attendee is that person, the organizer Trellis.
std::string meeting_ics(store::Connection& db, const std::string& public_url, const store::Meeting& meeting,
                        std::int64_t now, std::optional<std::int64_t> only_user = std::nullopt);
std::string meeting_uid(const std::string& public_url, std::int64_t meeting_id);
// Mails the invitation (or its update, or the cancellation) to every team member.
void queue_invitations(RequestContext& context, const store::Meeting& meeting, bool updated);
// The addresses a meeting's mail goes to now (its team's people, and the teams a network meeting invites).
std::set<std::string> meeting_addresses(store::Connection& db, const store::Meeting& meeting);
// Mails the invitation of a scheduled meeting to those who were not among `before`: people a network meeting
// invites after it was scheduled. Nothing for a draft, a cancelled or a closed meeting.
void queue_invitations_to_newcomers(RequestContext& context, const store::Meeting& meeting,
                                    const std::set<std::string>& before);
// How many people the minutes mail would reach if the meeting closed now (an address each, minus those who turned
// minutes mail off). Counted whether or not this server delivers mail.
int minutes_recipient_count(store::Connection& db, const store::Meeting& meeting);
void queue_minutes_mail(RequestContext& context, const store::Meeting& meeting, const domain::Minutes& minutes);

}  // namespace trellis::api
