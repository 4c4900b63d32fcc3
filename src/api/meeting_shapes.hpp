#pragma once
// JSON shapes of meetings and their parts (docs/api.md, "Meetings"), in one place like json_shapes.hpp.
#include <boost/json/value.hpp>

#include <vector>

#include "trellis/domain/follow_through.hpp"
#include "trellis/store/meetings.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::api {

boost::json::value meeting_json(const store::Meeting& meeting);  // the plan, without the live record
boost::json::value to_json(const store::Note& note);
boost::json::value to_json(const store::Decision& decision);
boost::json::value to_json(const store::ActionItem& item);
boost::json::value to_json(const store::Amendment& amendment);
// A closed meeting's minutes as kept at closing, with its id and the amendments since.
boost::json::value minutes_answer(store::Connection& db, const store::Meeting& m);

}  // namespace trellis::api
