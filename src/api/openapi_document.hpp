#pragma once
#include <string_view>

namespace trellis::api {

// docs/openapi.json as compiled into the binary (see openapi_document.cpp.in).
std::string_view openapi_document();

}  // namespace trellis::api
