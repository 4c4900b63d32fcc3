#pragma once
// The JSON of agreements (docs/api.md, "Agreements and the coaching log"; the contract in docs/openapi.json's
// Agreement schema), and the reader of an agreement's body, shared by its create and edit.
#include <boost/json.hpp>
#include <functional>
#include <string>

#include "api/json_body.hpp"
#include "api/route.hpp"
#include "trellis/store/agreements.hpp"

namespace trellis::api {

// Hours as JSON numbers (two decimals at most); stored as minutes.
double hours_json(std::int64_t minutes);
// A used share rounded to four decimals, null when nothing was purchased; a warning level as "80" or "100", or null.
boost::json::value share_json(const std::optional<double>& share);
boost::json::value warning_json(int level);

// The agreement's own fields, as kept in each version of its history.
boost::json::object agreement_fields_json(const store::Agreement& a);
// The full answer: its fields, the hours used (the coaching log drawn down as of `today`) and what the caller may.
boost::json::object agreement_json(RequestContext& c, const store::Agreement& a);

// Body readers shared by the agreement's and the coaching log's bodies. A list field: nullptr (and an error) unless
// it is an array of at most 100 items. Each item of a list of objects, read with its field name ("hours[2]"). A
// list of ids (positive integers), errors naming the item ("team_ids[1]").
const boost::json::array* list_of(JsonBody& body, std::string_view field);
void each_object(JsonBody& body, std::string_view field, std::string_view shape,
                 const std::function<void(const boost::json::object&, const std::string&)>& read);
std::vector<store::NamedRef> read_ids(JsonBody& body, std::string_view field);

// Reads the body of POST (creating: the required fields) or PATCH (only the fields present) into `a`; field
// errors are collected in `body`.
void read_agreement(JsonBody& body, store::Agreement& a, bool creating);

}  // namespace trellis::api
