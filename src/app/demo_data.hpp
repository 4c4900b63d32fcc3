#pragma once
#include <cstdint>
#include <string>

#include "trellis/store/database.hpp"

namespace trellis::app {

inline constexpr const char* kDemoPassword = "trellis-demo-2026";

// The source article's community of practice: Pivot Learning facilitates, Sanger Unified mentors, Monterey
// Peninsula Unified and Lancaster Elementary learn as peers; plus a World Languages standards team whose
// representation has real gaps. District identifiers and profiles are real public data (see demo_data.cpp).
void load_demo_data(store::Connection& db, std::int64_t now);
std::string demo_sign_in_help();

}  // namespace trellis::app
