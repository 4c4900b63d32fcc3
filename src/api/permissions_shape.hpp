#pragma once
// The `may` member of a response: what the caller may do with one resource, as the policy decides. The web app
// shows and hides its controls from this alone, so that it holds no role logic of its own that could drift
// from the server's (docs/api.md, "What you may do").
#include <boost/json/object.hpp>

#include <cstdint>
#include <string_view>

#include "api/route.hpp"

namespace trellis::api {

// The caller's relationship to a resource (store::load_relationship), loaded at most once per read request.
auth::Relationship caller_relationship(RequestContext& c, auth::ResourceKind kind, std::int64_t id);

// team: {contribute, manage}; meeting: {take_part, contribute, manage, update_own_items}; organization: {manage,
// read_student_data, contribute_student_data, manage_student_data, read_shared_data}; network: {manage}.
boost::json::object may_json(RequestContext& c, auth::ResourceKind kind, std::int64_t id);

// Whether this caller is shown other people's e-mail addresses in answers about the team, meeting or action item
// (auth::sees_contact_details): a participant sees names only. Shapes that carry an address ask this.
bool sees_contact_details(RequestContext& c, auth::ResourceKind kind, std::int64_t id);

// Whether a seat with this team role takes part in the team's work (may own action items): the policy's
// answer for a signed-in holder of that seat and nothing else.
bool seat_contributes(std::string_view team_role);
// Whether a seat with this team role takes part in the team's meetings (their own attendance and notes) and so may
// own action items: leads, members and participants.
bool seat_takes_part(std::string_view team_role);

}  // namespace trellis::api
