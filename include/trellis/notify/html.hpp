#pragma once
#include <string>
#include <string_view>

namespace trellis::notify {

// Escapes text for HTML element content and double-quoted attributes (& < > ").
std::string escape_html(std::string_view text);

}  // namespace trellis::notify
