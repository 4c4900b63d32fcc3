#pragma once
// The text kept for each version of an agreement: the JSON of its own fields, as the API answers them. Public so
// that the demo data records its versions exactly as a request through the API would.
#include <string>

#include "trellis/store/agreements.hpp"

namespace trellis::api {

std::string agreement_snapshot(const store::Agreement& a);

}  // namespace trellis::api
