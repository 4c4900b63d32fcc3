#include "trellis/http/problem.hpp"

#include <boost/json.hpp>

namespace trellis::http {

Response problem(int status, std::string_view slug, std::string_view title, std::string_view detail,
                 std::string_view extra_json) {
    namespace json = boost::json;
    std::string body;
    body.reserve(64 + slug.size() + title.size() + detail.size() + extra_json.size());
    body += R"({"type":)";
    body += json::serialize(json::string_view(std::string("/problems/").append(slug)));
    body += R"(,"title":)";
    body += json::serialize(json::string_view(title.data(), title.size()));
    body += R"(,"status":)";
    body += std::to_string(status);
    body += R"(,"detail":)";
    body += json::serialize(json::string_view(detail.data(), detail.size()));
    if (!extra_json.empty()) {
        body += ',';
        body += extra_json;
    }
    body += '}';

    Response response;
    response.status = status;
    response.set_header("content-type", "application/problem+json");
    response.body = std::move(body);
    return response;
}

}  // namespace trellis::http
