#pragma once
// Live-meeting events. Every successful change to a live meeting (attendance, notes, decisions, action items,
// the plan, closing, cancelling) calls publish_meeting_event once its handler has succeeded.
#include <boost/json/value.hpp>

#include <cstdint>

#include "api/route.hpp"

namespace trellis::api {

// Queued with after_commit, so only committed changes are ever published. `event` is
// {"type": "...", "meeting_id": n, ...the changed object...}.
void publish_meeting_event(RequestContext& context, std::int64_t meeting_id, boost::json::value event);

}  // namespace trellis::api
