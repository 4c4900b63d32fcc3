#pragma once
// An agreement's coaching log (issue 11): the rules of writing an entry. The teams served are teams of the
// agreement's peer organizations, the coaches named on the agreement, each next step for one of the entry's teams
// with an owner from that team. Logging beyond the purchased hours is allowed (the entry shows as over). An entry
// is changed or removed by its author or the facilitator's admins. When the log's hours cross 80% or 100% of the
// purchase for the first time, the result says so, once per level, for the api to send the warning.
#include <cstdint>

#include "trellis/actions/caller.hpp"
#include "trellis/actions/failure.hpp"
#include "trellis/store/coaching_log.hpp"

namespace trellis::actions {

struct LoggedEntry {
    store::CoachingEntry entry;
    store::Agreement agreement;
    int newly_warned = 0;  // 80 or 100 when this write crossed that level first, else 0
};

// `draft.agreement_id` set; no coaches named: the caller, when the agreement names them its coach.
Result<LoggedEntry> log_coaching(const Caller& caller, store::CoachingEntry draft);
// `edited`: the current entry with the sent fields applied and `edited.version` the version the client read.
Result<LoggedEntry> edit_coaching(const Caller& caller, store::CoachingEntry edited);
Outcome remove_coaching(const Caller& caller, std::int64_t agreement_id, std::int64_t entry_id);

// Whether the caller may change or remove the entry: its author with the right to log, or the facilitator's admins.
bool may_edit_entry(const Caller& caller, const store::CoachingEntry& entry);

}  // namespace trellis::actions
