#pragma once
// The JSON shape of every stored object, in one place so each object looks the same on every route
// (docs/api.md, "Objects").
#include <boost/json/value.hpp>

#include <boost/json/value_from.hpp>

#include <functional>
#include <optional>
#include <vector>

#include "trellis/domain/representation.hpp"
#include "trellis/guides/guide.hpp"
#include "trellis/store/accounts.hpp"
#include "trellis/store/invitations.hpp"
#include "trellis/store/networks.hpp"
#include "trellis/store/organizations.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::api {

boost::json::value to_json(const store::User& user);
// A guide's text in both languages, {"en", "es"} (Spanish falls back to English): the web picks the reader's.
boost::json::value text_json(const guides::Text& text);
boost::json::value to_json(const store::Organization& organization);
// Members that have not accepted show their id, role, status and, when name_visible says so, their name.
boost::json::value to_json(const store::Network& network,
                           const std::function<bool(const store::NetworkMember&)>& name_visible = {});
boost::json::value team_summary_json(const store::Team& team);
boost::json::value to_json(const store::Member& member);
boost::json::value to_json(const store::OutreachItem& item);
boost::json::value to_json(const store::Perspective& perspective);
boost::json::value to_json(const domain::Representation& representation,
                           const std::vector<store::Perspective>& catalogue);
// JSON null for an empty optional, the value otherwise.
template <typename T>
boost::json::value or_null(const std::optional<T>& value) {
    if (!value) return nullptr;
    return boost::json::value_from(*value);
}

boost::json::value string_array(const std::vector<std::string>& values);
std::string rfc3339(std::int64_t unix_seconds);

}  // namespace trellis::api
