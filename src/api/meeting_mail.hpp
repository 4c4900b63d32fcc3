#pragma once
// Meeting invitations (iCalendar attached), cancellations and minutes, queued to go out after commit.
#include <string>

#include "api/route.hpp"
#include "trellis/domain/follow_through.hpp"
#include "trellis/store/meetings.hpp"

namespace trellis::api {

// The meeting as an iTIP message: METHOD:REQUEST, or METHOD:CANCEL once cancelled. UID stable per meeting.
std::string meeting_ics(store::Connection& db, const std::string& public_url, const store::Meeting& meeting,
                        std::int64_t now);
std::string meeting_uid(const std::string& public_url, std::int64_t meeting_id);
// Mails the invitation (or its update, or the cancellation) to every team member.
void queue_invitations(RequestContext& context, const store::Meeting& meeting, bool updated);
void queue_minutes_mail(RequestContext& context, const store::Meeting& meeting, const domain::Minutes& minutes);

}  // namespace trellis::api
