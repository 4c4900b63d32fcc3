#include "api/coaching_attachments.hpp"

#include <fmt/format.h>
#include <boost/json.hpp>

#include <algorithm>

#include "trellis/store/agreements.hpp"
#include "trellis/store/resources.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

constexpr std::size_t kMostAttachments = 20;

}  // namespace

std::optional<std::vector<std::int64_t>> read_attached_resources(RequestContext& c, JsonBody& body,
                                                                 const std::vector<std::int64_t>& networks,
                                                                 std::string_view where) {
    if (!body.has("resource_ids")) return std::nullopt;
    const auto* list = body.object().at("resource_ids").if_array();
    if (!list || list->size() > kMostAttachments) {
        body.add_error("resource_ids", fmt::format("must be a list of at most {} resource ids", kMostAttachments));
        return std::nullopt;
    }
    std::vector<std::int64_t> ids;
    for (const auto& v : *list) {
        if (!v.is_int64()) {
            body.add_error("resource_ids", "must be a list of resource ids");
            return std::nullopt;
        }
        if (std::find(ids.begin(), ids.end(), v.get_int64()) == ids.end()) ids.push_back(v.get_int64());
    }
    for (const auto id : ids) {
        const auto resource = store::find_resource(c.db, id);
        const bool readable = resource && store::reads_resource(c.db, c.principal.user_id, id);
        if (!readable) {
            body.add_error("resource_ids", fmt::format("resource {} was not found", id));
        } else if (resource->share_scope != "network" ||
                   std::find(networks.begin(), networks.end(), resource->share_id) == networks.end()) {
            body.add_error("resource_ids", fmt::format("\"{}\" is not shared with {}, so its readers could not open "
                                                       "it; share it with the network first",
                                                       resource->title, where));
        }
    }
    return ids;
}

std::optional<std::vector<std::int64_t>> read_coaching_resources(RequestContext& c, JsonBody& body,
                                                                 std::int64_t agreement_id) {
    const auto agreement = store::find_agreement(c.db, agreement_id);
    std::vector<std::int64_t> networks;
    if (agreement) networks.push_back(agreement->network_id);
    return read_attached_resources(c, body, networks, "this agreement's network");
}

json::array attached_resources_json(RequestContext& c, const std::vector<std::int64_t>& ids) {
    json::array out;
    for (const auto id : ids) {
        if (!store::reads_resource(c.db, c.principal.user_id, id)) continue;
        const auto r = store::find_resource(c.db, id);
        out.push_back(json::object{{"id", r->id}, {"kind", r->kind}, {"title", r->title}});
    }
    return out;
}

}  // namespace trellis::api
