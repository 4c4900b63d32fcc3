#pragma once
// Meetings with the guide's discipline: what a new agenda carries over, the checks a plan must pass to be
// scheduled, the frozen record of a closed or cancelled meeting, and closing a meeting into its minutes (the
// API and the demo close meetings through the same action).
#include <cstdint>
#include <vector>

#include "trellis/actions/caller.hpp"
#include "trellis/actions/failure.hpp"
#include "trellis/domain/follow_through.hpp"
#include "trellis/store/meetings.hpp"

namespace trellis::actions {

// A write on a closed or cancelled meeting is refused: its record is frozen (amendments correct the minutes).
Outcome refuse_if_frozen(const store::Meeting& meeting);

// Scheduling needs a complete plan (goal, start, duration, mode, agenda) that keeps the guide's rules at the
// team's discussion share: a validation failure for missing fields, a rule violation for broken rules.
Outcome check_schedulable(const Caller& caller, const store::Meeting& meeting);

// Plans a meeting for `plan.team_id`: its agenda opens with the team's open action items and open outreach
// items (recorded as carry-overs); a plan with status "scheduled" must pass check_schedulable. The stored meeting.
Result<store::Meeting> create_meeting(const Caller& caller, store::Meeting plan);

// Saves `plan`, a changed copy of `current` (the meeting the caller edited, at current.version): a scheduled
// meeting cannot go back to draft (it is cancelled instead), a plan going to "scheduled" must pass
// check_schedulable, and every change of a scheduled meeting raises its invitation's sequence so that calendars
// replace the copy they hold. Someone else's save since `current` was read is a stale_edit failure.
Result<store::Meeting> update_meeting(const Caller& caller, const store::Meeting& current, store::Meeting plan);

// The meeting's date on its own clock ("YYYY-MM-DD", in its time zone); "" for a meeting without a start.
std::string meeting_date(const store::Meeting& meeting);

// The one rule for every path that gives an action item tied to a meeting a due date (the meeting's own form,
// an accepted coaching next step): it is not before the meeting's date. A validation failure naming `field`
// ("due: is before the meeting's date (2026-12-03)") otherwise.
Outcome check_due_in_meeting(const store::Meeting& meeting, const std::string& due_on, const std::string& field);

// The minutes of the meeting as it stands now, closed by the caller at caller.now.
domain::Minutes assemble_minutes(const Caller& caller, const store::Meeting& meeting);

struct ClosedMeeting {
    store::Meeting meeting;  // as stored after closing
    domain::Minutes minutes;
};
// Closes the meeting and freezes its minutes; refuses a meeting already closed or cancelled.
Result<ClosedMeeting> close_meeting(const Caller& caller, std::int64_t meeting_id);

}  // namespace trellis::actions
