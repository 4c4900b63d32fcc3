#pragma once
// A web address a person typed (a prototype version's attachment, a library link): an absolute http or https URL
// with a host, without spaces or credentials. One check, so every place that stores a link refuses the same things
// (a `javascript:` or `data:` address would run in a reader's browser when clicked).
#include <optional>
#include <string>
#include <string_view>

namespace trellis::domain {

// The problem with `url` in words ("must start with http:// or https://"), or nullopt when it is a web address.
std::optional<std::string> check_web_address(std::string_view url);

}  // namespace trellis::domain
