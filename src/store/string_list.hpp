#pragma once
// Short string lists kept as JSON array text in one column (see migrations.cpp for why).
#include <string>
#include <vector>

namespace trellis::store {

std::string encode_string_list(const std::vector<std::string>& values);
// Tolerates NULL/empty text as an empty list.
std::vector<std::string> decode_string_list(const std::string& text);

}  // namespace trellis::store
