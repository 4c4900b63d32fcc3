#pragma once
// Follow-through after meetings, as pure functions: calendar dates, the minutes of a closed meeting, a team's
// follow-through figures and who gets a digest today. Dates are civil dates (YYYY-MM-DD); "today" is passed in,
// so the clock stays injectable.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace trellis::domain {

// ---- dates and times
// Days since 1970-01-01 of a valid YYYY-MM-DD, or nullopt.
std::optional<std::int64_t> date_to_days(std::string_view date);
std::string days_to_date(std::int64_t days);
std::string utc_date(std::int64_t unix_seconds);
// RFC 3339 date-time with an offset ("2026-11-22T07:31:00Z", "2026-11-22T09:00:00-08:00", fractions ignored)
// to Unix seconds; nullopt when malformed or without an offset.
std::optional<std::int64_t> parse_rfc3339(std::string_view text);

// ---- minutes
struct MinutesPerson {
    std::int64_t member_id = 0;
    std::string name;
};
struct MinutesNote {
    std::string author;
    std::string text;
};
struct MinutesItem {
    std::int64_t agenda_item_id = 0;
    std::string title;
    int minutes = 0;
    std::string kind;
    std::vector<MinutesNote> notes;  // by author name
};
struct MinutesAction {
    std::int64_t id = 0;
    std::string title;
    std::string owner;  // member name; "" when the owner left the team
    std::string due_on;
    std::string status;
};
struct Minutes {
    std::string team;
    std::string title;
    std::string goal;
    std::optional<std::int64_t> starts_at;
    std::string time_zone;
    std::optional<int> duration_minutes;
    std::string mode;
    std::string location;
    std::vector<std::string> objectives;
    std::vector<std::string> present, absent, excused, not_recorded;  // names, alphabetical
    std::vector<MinutesItem> items;                                   // agenda order
    std::vector<std::string> decisions;                               // recorded order
    std::vector<MinutesAction> action_items;                          // due date, then owner, then title
    std::int64_t closed_at = 0;
    std::string closed_by;
};

struct MinutesInput {
    Minutes header;  // team ... location, closed_at, closed_by; the lists below are filled by assemble_minutes
    std::vector<MinutesPerson> members;
    std::map<std::int64_t, std::string> attendance;  // member id → present | absent | excused
    struct Note {
        std::int64_t agenda_item_id = 0;
        std::string author;
        std::string text;
    };
    std::vector<MinutesItem> agenda;  // notes empty
    std::vector<Note> notes;
    std::vector<std::string> decisions;
    struct Action {
        std::int64_t id = 0;
        std::string title;
        std::optional<std::int64_t> owner_member_id;
        std::string owner_name;
        std::string due_on;
        std::string status;
    };
    std::vector<Action> action_items;
};

// Attendance per status (members without a record are "not recorded"), notes under their agenda item (empty
// notes left out), and the action items with owners and due dates, soonest due first.
Minutes assemble_minutes(const MinutesInput& input);

// ---- follow-through
struct ActionItemFacts {
    std::string due_on;
    std::string status;  // open | done | dropped
    std::optional<std::string> done_on;
    int carry_overs = 0;  // how many later agendas it was carried onto
};

struct FollowThrough {
    int total = 0;
    int open = 0;
    int done = 0;
    int dropped = 0;
    int done_on_time = 0;  // done on or before the due date
    int done_late = 0;
    int overdue = 0;  // open, due before today
    int blocked = 0;  // open, blocked
    // Items due so far: done ones plus open ones past due (dropped left out). null when none.
    std::optional<double> share_on_time;     // done_on_time / due so far
    std::optional<double> median_days_late;  // over items due so far: done late by d, on time 0, overdue by today-due
    int items_carried_over = 0;              // distinct items carried onto a later agenda
    int carry_overs = 0;                     // every carry
};

FollowThrough follow_through(const std::vector<ActionItemFacts>& items, const std::string& today);

// The figures of `follow_through` one item counts in (issue 17: each figure lists its items, by the same rules):
// total, open, overdue, blocked, done, done_on_time, done_late, dropped, carried_over.
inline constexpr std::string_view kFollowThroughFigures[] = {
    "total", "open", "overdue", "blocked", "done", "done_on_time", "done_late", "dropped", "carried_over"};
bool counts_in(std::string_view figure, const ActionItemFacts& item, const std::string& today);

// ---- daily digest
struct DigestItem {
    std::string email;  // the owner's address (lower-case): a digest goes to a person, across teams
    std::string name;
    std::int64_t action_item_id = 0;
    std::string title;
    std::string team;
    std::string due_on;
    bool outreach = false;  // an outreach item of the team (issue 15), action_item_id then its id
    bool feedback = false;  // feedback another team asked of this person (issue 12), action_item_id the round's id
};

struct Digest {
    std::string email;
    std::string name;
    std::vector<DigestItem> overdue;   // oldest due first
    std::vector<DigestItem> due_soon;  // due today .. today + horizon, soonest first
};

inline constexpr int kDigestHorizonDays = 3;

// Who gets a digest today: everyone with an open item overdue or due within the horizon, except those already
// sent one today; nobody with nothing due. Sorted by e-mail.
std::vector<Digest> select_digests(const std::vector<DigestItem>& open_items, const std::string& today,
                                   const std::set<std::string>& already_sent_today,
                                   int horizon_days = kDigestHorizonDays);

}  // namespace trellis::domain
