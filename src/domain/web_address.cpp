#include "trellis/domain/web_address.hpp"

namespace trellis::domain {

std::optional<std::string> check_web_address(std::string_view url) {
    std::string_view rest;
    if (url.starts_with("https://")) rest = url.substr(8);
    else if (url.starts_with("http://")) rest = url.substr(7);
    else return "must start with http:// or https://";
    const auto host = rest.substr(0, rest.find_first_of("/?#"));
    if (host.empty() || host.find('@') != std::string_view::npos) return "must name a web site after http(s)://";
    for (char ch : url) {
        if (static_cast<unsigned char>(ch) <= ' ' || ch == 0x7f) return "must not contain spaces";
        if (ch == '<' || ch == '>' || ch == '"') return "must not contain <, > or \"";
    }
    return std::nullopt;
}

}  // namespace trellis::domain
