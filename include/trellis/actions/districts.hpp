#pragma once
// Student data is kept by the district: an organization holds data only under a district CDS code.
#include <cstdint>
#include <string>

#include "trellis/actions/failure.hpp"
#include "trellis/store/database.hpp"

namespace trellis::actions {

// The organization's district code (its CDS code, which must be a district's: 14 digits ending in 0000000);
// not_found for an unknown organization, a conflict saying it needs one before it holds data.
Result<std::string> district_code(store::Connection& db, std::int64_t organization_id);

}  // namespace trellis::actions
