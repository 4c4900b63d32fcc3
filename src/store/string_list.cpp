#include "store/string_list.hpp"

#include <boost/json.hpp>

namespace trellis::store {

std::string encode_string_list(const std::vector<std::string>& values) {
    boost::json::array array;
    for (const auto& v : values) array.emplace_back(v);
    return boost::json::serialize(array);
}

std::vector<std::string> decode_string_list(const std::string& text) {
    std::vector<std::string> out;
    if (text.empty()) return out;
    boost::system::error_code ec;
    const auto value = boost::json::parse(text, ec);
    if (ec || !value.is_array()) return out;
    for (const auto& v : value.as_array()) {
        if (v.is_string()) out.emplace_back(v.as_string());
    }
    return out;
}

}  // namespace trellis::store
