#pragma once
// What a feedback round may be about (issue 12, item 4): a prototype version, a plan section or a guide answer of
// the team. A round keeps the item as it was when it opened (its snapshot), so a reviewer from another district
// reads exactly what they were asked about and nothing else of the team.
#include <boost/json.hpp>
#include <cstdint>
#include <optional>
#include <string>

#include "api/json_body.hpp"
#include "api/route.hpp"

namespace trellis::api {

struct FeedbackItem {
    std::string kind;   // domain::kFeedbackItemKinds
    std::string key;    // "prototype/3/version/7", "plan/goals", "guide/<guide>/<module>/<section>/<item>"
    std::string title;  // in the requester's language where the product writes it
    boost::json::object snapshot;
    std::optional<std::int64_t> prototype_id;
};

// The body's `item` object, checked against the team's own things: errors name `item.kind`, `item.section`, ...;
// nullopt (with errors in `body`) when it names nothing the team has.
std::optional<FeedbackItem> read_feedback_item(RequestContext& c, JsonBody& body, std::int64_t team_id);

// Everything the team may ask about now: {prototype_versions, guide_answers, plan_sections}.
boost::json::object feedback_items_json(RequestContext& c, std::int64_t team_id);

}  // namespace trellis::api
