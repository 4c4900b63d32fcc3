#pragma once
// The JSON of a team's prototypes, versions and PDSA cycles (issue 12, item 3), and the readers of the lists a
// body carries (attachments, questions, results, measures), shared by prototypes_api and prototype_cycles_api.
#include <boost/json/value.hpp>

#include <cstdint>
#include <string_view>

#include "api/json_body.hpp"
#include "trellis/store/prototypes.hpp"

namespace trellis::api {

boost::json::value prototype_json(const store::Prototype& p);
// The prototype with its versions, each with its cycles (the detail page's one read).
boost::json::value prototype_detail_json(store::Connection& db, const store::Prototype& p);
boost::json::value prototype_version_json(store::Connection& db, const store::PrototypeVersion& v);
boost::json::value prototype_cycle_json(const store::PrototypeCycle& c);

// `attachments`: [{label, url}] with http(s) URLs; writes the stored JSON into `out` when the field is present.
void read_attachments(JsonBody& body, std::string& out);
// `questions`: [{question, prediction}]; keeps the results already given to questions at the same place.
void read_questions(JsonBody& body, std::string& questions_json);
// `results`: one text per question, in order (Study's result against each prediction).
void read_results(JsonBody& body, std::string& questions_json);
// `measure_ids`: distinct ids of the team's own measures; another team's id is a 422, as if it did not exist.
void read_measure_ids(JsonBody& body, store::Connection& db, std::int64_t team_id, std::vector<std::int64_t>& out);

}  // namespace trellis::api
