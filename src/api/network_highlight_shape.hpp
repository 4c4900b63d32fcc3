#pragma once
// The JSON shape of one of a network's highlights, for its own routes and for the network report.
#include <boost/json/value.hpp>

#include "trellis/store/network_highlights.hpp"

namespace trellis::api {

boost::json::value highlight_json(const store::NetworkHighlight& highlight);

}  // namespace trellis::api
