#include "api/responses.hpp"

#include <fmt/format.h>
#include <boost/json.hpp>

#include <cctype>

#include "trellis/http/problem.hpp"

namespace trellis::api {

http::Response json_response(int status, const boost::json::value& body) {
    http::Response response;
    response.status = status;
    response.body = boost::json::serialize(body);
    response.set_header("Content-Type", "application/json");
    response.set_header("Cache-Control", "no-store");
    return response;
}

http::Response created(const boost::json::value& body, std::string location) {
    auto response = json_response(201, body);
    response.set_header("Location", std::move(location));
    return response;
}

http::Response no_content() {
    http::Response response;
    response.status = 204;
    response.set_header("Cache-Control", "no-store");
    return response;
}

http::Response document_response(std::string body, std::string content_type) {
    http::Response response;
    response.body = std::move(body);
    response.set_header("Content-Type", std::move(content_type));
    response.set_header("Cache-Control", "no-store");
    return response;
}

std::string ascii_filename(std::string_view filename) {
    std::string out;
    for (const unsigned char c : filename) {
        if (std::isalnum(c) != 0 && c < 0x80) {
            out += static_cast<char>(c);
        } else if (c == '.' || c == '_' || c == '-') {
            out += static_cast<char>(c);
        } else if (!out.empty() && out.back() != '-') {
            out += '-';
        }
    }
    while (!out.empty() && (out.back() == '-' || out.back() == '.')) out.pop_back();
    return out.empty() ? std::string("export") : out;
}

http::Response download_response(std::string body, std::string content_type, std::string_view filename) {
    auto response = document_response(std::move(body), std::move(content_type));
    std::string encoded;  // RFC 8187 attr-char kept, every other byte percent-encoded
    for (const unsigned char c : filename) {
        if (std::isalnum(c) != 0 && c < 0x80) {
            encoded += static_cast<char>(c);
        } else if (std::string_view("!#$&+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos) {
            encoded += static_cast<char>(c);
        } else {
            encoded += fmt::format("%{:02X}", c);
        }
    }
    response.set_header("Content-Disposition", fmt::format("attachment; filename=\"{}\"; filename*=UTF-8''{}",
                                                           ascii_filename(filename), encoded));
    return response;
}

http::Response not_found(std::string_view what) {
    return http::problem(http::ProblemKind::not_found, fmt::format("{} was not found", what));
}

http::Response forbidden(std::string_view detail) { return http::problem(http::ProblemKind::forbidden, detail); }

http::Response conflict(std::string_view detail) { return http::problem(http::ProblemKind::conflict, detail); }

http::Response stale_edit(std::string_view what, std::int64_t sent_version, const boost::json::value& current) {
    const auto current_version = current.as_object().contains("version") ? current.at("version").as_int64() : 0;
    return http::problem(
        http::ProblemKind::stale_edit,
        fmt::format("{} was changed by someone else (you edited version {}, the current version is {}); "
                    "review the current values in `current` and save again",
                    what, sent_version, current_version),
        "\"current\":" + boost::json::serialize(current));
}

}  // namespace trellis::api
