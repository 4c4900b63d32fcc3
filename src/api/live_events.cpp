#include "api/live_events.hpp"

namespace trellis::api {

void publish_meeting_event(RequestContext& context, std::int64_t meeting_id, boost::json::value event) {
    context.after_commit.push_back([meeting_id, event = std::move(event)] {
        // THE LIVE HUB PLUGS IN HERE. For now nothing listens: the WebSocket live channel (issue 3, part 3) will
        // fan `event` out to every participant connected to meeting `meeting_id`. Called after commit only.
        (void)meeting_id;
        (void)event;
    });
}

}  // namespace trellis::api
