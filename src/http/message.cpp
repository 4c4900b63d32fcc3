#include "trellis/http/message.hpp"

#include <algorithm>
#include <cctype>

namespace trellis::http {
namespace {

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

std::string_view find_header(const std::vector<Header>& headers, std::string_view name) {
    for (const auto& h : headers) {
        if (iequals(h.name, name)) return h.value;
    }
    return {};
}

}  // namespace

std::string_view Request::header(std::string_view lowercase_name) const { return find_header(headers, lowercase_name); }

void Response::set_header(std::string_view name, std::string value) {
    std::string lower(name);
    std::ranges::transform(lower, lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    auto first = std::ranges::find_if(headers, [&](const Header& h) { return iequals(h.name, lower); });
    if (first == headers.end()) {
        headers.push_back({std::move(lower), std::move(value)});
        return;
    }
    first->name = lower;
    first->value = std::move(value);
    std::erase_if(headers, [&, keep = &*first](const Header& h) { return &h != keep && iequals(h.name, lower); });
}

std::string_view Response::header(std::string_view lowercase_name) const {
    return find_header(headers, lowercase_name);
}

}  // namespace trellis::http
