#pragma once
// The few response shapes handlers use; problem types are listed in docs/api.md.
#include <boost/json/value.hpp>

#include <string>
#include <string_view>

#include "trellis/http/message.hpp"

namespace trellis::api {

http::Response json_response(int status, const boost::json::value& body);
http::Response created(const boost::json::value& body, std::string location);
http::Response no_content();
// A private document (calendar, minutes page) that no cache keeps.
http::Response document_response(std::string body, std::string content_type);
// A file to save (an export): Content-Disposition attachment with `filename` as given (UTF-8) in filename*
// (RFC 6266/8187) and an ASCII stand-in in filename for older clients; no cache keeps it.
http::Response download_response(std::string body, std::string content_type, std::string_view filename);
// "Team Name" -> "Team-Name": letters, digits, '.', '_' and '-' kept, every other run of bytes one '-'.
std::string ascii_filename(std::string_view filename);
http::Response not_found(std::string_view what);  // "team 12 was not found"
http::Response forbidden(std::string_view detail);
http::Response conflict(std::string_view detail);
// 409 stale-edit with the current object so the client can merge.
http::Response stale_edit(std::string_view what, std::int64_t sent_version, const boost::json::value& current);

}  // namespace trellis::api
