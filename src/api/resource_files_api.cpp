// A library resource's file (issue 12, item 5): uploaded as the request body (PUT, ?name=the file's name), at most
// kMaxFileBytes, kept only when its content is of the type its name says (domain/file_content.hpp); served only to
// the resource's readers, as an attachment with the checked type (and nosniff, as every answer): a browser never
// renders or runs it in the app's origin.
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "api/access.hpp"
#include "api/json_body.hpp"
#include "api/resource_shape.hpp"
#include "api/responses.hpp"
#include "api/routes.hpp"
#include "trellis/domain/characters.hpp"
#include "trellis/domain/file_content.hpp"
#include "trellis/http/problem.hpp"
#include "trellis/store/resources.hpp"

namespace trellis::api {

namespace {

constexpr std::uintmax_t kMaxFileBytes = 10 * 1024 * 1024;  // 10 MB: handouts, not video
constexpr std::size_t kFileNameLength = 200;

http::Response too_large() {
    return http::problem(http::ProblemKind::body_too_large,
                         "a library file may be at most 10 MB; share a larger one as a link instead");
}

// The body, from the upload's file (a route with `upload`) or from memory; nullopt when it is over the limit.
std::optional<std::string> read_body(const http::Request& request) {
    if (request.body_file.empty()) {
        if (request.body.size() > kMaxFileBytes) return std::nullopt;
        return request.body;
    }
    std::error_code error;
    const auto size = std::filesystem::file_size(request.body_file, error);
    if (error || size > kMaxFileBytes) return std::nullopt;
    std::ifstream in(request.body_file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

http::Response put_file(RequestContext& c) {
    const auto resource = store::find_resource(c.db, c.id());
    if (resource->kind != "file") return validation_problem("kind", "only a resource of kind file holds a file");
    const auto name_it = c.request.query.find("name");
    const std::string name = name_it == c.request.query.end() ? std::string() : name_it->second;
    if (name.empty() || domain::character_count(name) > kFileNameLength || name.find('/') != std::string::npos ||
        name.find('\\') != std::string::npos) {
        return validation_problem("name", "give the file's name (at most 200 characters, no folders) as ?name=");
    }
    const auto bytes = read_body(c.request);
    if (!bytes) return too_large();
    const auto checked = domain::check_file_content(name, *bytes);
    if (const auto* refusal = std::get_if<std::string>(&checked)) return validation_problem("file", *refusal);
    const auto& type = std::get<domain::FileType>(checked);
    store::store_resource_file(c.db, resource->id, name, type.content_type, *bytes, c.services.now());
    return json_response(200, resource_json(*store::find_resource(c.db, resource->id),
                                            store::writes_resource(c.db, c.principal.user_id, resource->id)));
}

http::Response get_file(RequestContext& c) {
    const auto resource = store::find_resource(c.db, c.id());
    auto bytes = store::resource_file(c.db, c.id());
    if (!bytes || resource->file_name.empty()) return not_found(fmt::format("the file of resource {}", c.id()));
    return download_response(std::move(*bytes), resource->file_type, resource->file_name);
}

}  // namespace

void add_resource_file_routes(RouteTable& routes) {
    using auth::ResourceKind;
    routes.push_back({"PUT", "/api/v1/resources/{id}/file", Guard::manage(ResourceKind::library_resource), put_file,
                      Access::parse("anonymous:401 stranger:404 other_lead:404 partner:403 participant:403 "
                                    "member:403 lead:allowed data_lead:403 admin:allowed facilitator:403 "
                                    "mentor:403 reviewer:403")});
    routes.back().upload = true;  // checked before its body is read; the body arrives as a file
    routes.push_back({"GET", "/api/v1/resources/{id}/file", Guard::read(ResourceKind::library_resource), get_file,
                      Access::parse("anonymous:401 stranger:404 other_lead:404 partner:allowed participant:allowed "
                                    "member:allowed lead:allowed data_lead:allowed admin:allowed "
                                    "facilitator:allowed mentor:allowed reviewer:allowed")});
}

}  // namespace trellis::api
