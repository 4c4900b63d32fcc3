#pragma once
// JSON shapes and body readers shared by the evidence, theme and insight routes (issue 12, item 2).
#include <boost/json.hpp>

#include <cstdint>
#include <string_view>
#include <vector>

#include "api/json_body.hpp"
#include "trellis/store/evidence.hpp"

namespace trellis::api {

boost::json::object evidence_json(const store::EvidenceEntry& e);
boost::json::object theme_json(const store::EvidenceTheme& t);
boost::json::object insight_json(const store::Insight& i);

// A list of distinct ids in `field` (at most `max_items`); an error in `body` otherwise. Absent reads as empty.
std::vector<std::int64_t> read_id_list(JsonBody& body, std::string_view field, std::size_t max_items = 200);

// Every id in `ids` is one of `known`; else an error on `field` naming the first stranger (not found as far as the
// caller can tell: the message does not say whose it is).
void check_ids_known(JsonBody& body, std::string_view field, const std::vector<std::int64_t>& ids,
                     const std::vector<std::int64_t>& known, std::string_view what);

}  // namespace trellis::api
