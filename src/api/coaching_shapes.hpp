#pragma once
// The JSON of coaching-log entries (docs/openapi.json's CoachingEntry) and the reader of an entry's body, shared by
// its create and edit.
#include <boost/json.hpp>
#include <optional>
#include <set>

#include "api/json_body.hpp"
#include "api/route.hpp"
#include "trellis/actions/coaching_log.hpp"
#include "trellis/store/coaching_log.hpp"

namespace trellis::api {

// `over`: the ids of the agreement's entries beyond their kind's purchase (domain::entries_over); `only_team`
// limits the next steps to one team's (the team's own view of the coaching it received).
boost::json::object entry_json(RequestContext& c, const store::CoachingEntry& e, const std::set<std::int64_t>& over,
                               std::optional<std::int64_t> only_team = std::nullopt);
// The entries of the agreement beyond its purchase.
std::set<std::int64_t> entries_over(RequestContext& c, const store::Agreement& a);

boost::json::object next_step_json(const store::CoachingNextStep& s);

// The answer to a logged or edited entry ({entry, agreement}); when the write crossed 80% or 100% of the purchase
// for the first time, the hours warning is queued to the facilitator's admins and the mentor's liaison.
// Defined in coaching_log_api.cpp, shared with the network meetings' one-step logging.
boost::json::object logged_json(RequestContext& c, const actions::LoggedEntry& logged);

// Reads the body of POST (creating: the required fields) or PATCH (only the fields present) into `e`.
void read_entry(JsonBody& body, store::CoachingEntry& e, bool creating);

}  // namespace trellis::api
