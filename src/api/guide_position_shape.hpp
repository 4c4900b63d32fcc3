#pragma once
// Where a team stands in its guide (its stage and current section), as the network dashboard and the network
// report both show it: one shape for both.
#include <boost/json/value.hpp>

#include <optional>

#include "trellis/actions/network_dashboard.hpp"

namespace trellis::api {

boost::json::value guide_position_json(const std::optional<actions::GuidePosition>& at);

}  // namespace trellis::api
