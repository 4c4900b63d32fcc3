#pragma once
// Reading one agenda item of a request body: the checks a meeting's agenda and a planned meeting's agenda share.
#include <boost/json.hpp>

#include <string>

#include "api/json_body.hpp"
#include "trellis/store/meetings.hpp"

namespace trellis::api {

// The item's title (1 to 300 characters) and minutes (0 to 1440) into `entry`; problems go to `where`.title
// and `where`.minutes.
void read_agenda_title_and_minutes(JsonBody& body, const boost::json::object& item, const std::string& where,
                                   store::AgendaEntry& entry);

}  // namespace trellis::api
