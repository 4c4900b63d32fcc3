#pragma once
// How a handler calls an action: the caller made from the request, and the one place where an action's refusal
// (actions::Failure) becomes a problem+json answer.
#include "api/route.hpp"
#include "trellis/actions/caller.hpp"
#include "trellis/actions/failure.hpp"
#include "trellis/http/message.hpp"

namespace trellis::api {

// The acting person's language is the first tag of Accept-Language (the web app sends the one it shows).
inline actions::Caller caller(RequestContext& c) {
    return {c.db, c.principal, c.services.now(), domain::language_from_tag(c.request.header("accept-language"))};
}

http::Response problem_for(const actions::Failure& failure);

}  // namespace trellis::api
