#include "api/live_events.hpp"

#include "trellis/api/live.hpp"

namespace trellis::api {

void publish_meeting_event(RequestContext& context, std::int64_t meeting_id, boost::json::value event) {
    // Runs after the commit, while the request still holds its connection (run_route runs after_commit work
    // before returning): the hub fans `event` out to every participant connected to the meeting, and on
    // PostgreSQL the same connection NOTIFYs the other instances.
    context.after_commit.push_back(
        [&services = context.services, &db = context.db, meeting_id, event = std::move(event)] {
            publish_live(services, db, meeting_topic(meeting_id), event);
        });
}

}  // namespace trellis::api
