#pragma once
// A library resource as JSON, and the fields of a new one or of a change read from a request body.
#include <boost/json/object.hpp>

#include "api/json_body.hpp"
#include "api/route.hpp"
#include "trellis/store/resources.hpp"

namespace trellis::api {

// `may_edit`: whether the caller writes it (its author or an admin of the owning organization).
boost::json::object resource_json(const store::Resource& resource, bool may_edit);

// Every problem is collected in `body`. `creating` reads the kind and the owning organization too; a change reads
// only the fields it names. Sharing targets and the guide section are checked against the database and the guides.
// Answers the refusal to send instead (a 403: the caller may not add to the owning organization's library).
std::optional<http::Response> read_resource(RequestContext& c, JsonBody& body, store::Resource& resource,
                                            bool creating);

}  // namespace trellis::api
