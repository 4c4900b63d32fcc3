#include "trellis/actions/districts.hpp"

#include <fmt/format.h>

#include "trellis/store/organizations.hpp"

namespace trellis::actions {

Result<std::string> district_code(store::Connection& db, std::int64_t organization_id) {
    const auto organization = store::find_organization(db, organization_id);
    if (!organization) return fail(FailureKind::not_found, fmt::format("organization {}", organization_id));
    if (!organization->cds_code || organization->cds_code->size() != 14 ||
        !organization->cds_code->ends_with("0000000")) {
        return fail(FailureKind::conflict,
                    fmt::format("{} has no district CDS code (14 digits ending in 0000000); student data is kept by "
                                "the district, so set the district's CDS code first",
                                organization->name));
    }
    return *organization->cds_code;
}

}  // namespace trellis::actions
