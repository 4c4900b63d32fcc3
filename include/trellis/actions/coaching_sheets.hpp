#pragma once
// An agreement's coaching log as one sheet (issue 11), for its CSV and XLSX: one row per entry, newest first, with
// its kind, hours, whether it went beyond the purchase, coaches, teams, focus, guide section, notes, next steps and
// follow-up date, in the caller's language.
#include <cstdint>
#include <string>

#include "trellis/actions/caller.hpp"
#include "trellis/actions/failure.hpp"
#include "trellis/sheets/sheet.hpp"

namespace trellis::actions {

struct CoachingLogExport {
    std::string agreement_title;
    sheets::Sheet sheet;
};

Result<CoachingLogExport> coaching_log_export(const Caller& caller, std::int64_t agreement_id);

}  // namespace trellis::actions
