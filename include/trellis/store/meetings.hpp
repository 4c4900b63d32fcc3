#pragma once
// Meetings and what happens in and after them: agendas, attendance, notes, decisions, action items, minutes and
// amendments, carry-overs, digest sends and calendar feeds.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "trellis/domain/follow_through.hpp"
#include "trellis/store/database.hpp"

namespace trellis::store {

struct AgendaEntry {
    std::int64_t id = 0;  // 0 for a new item
    std::string title;
    int minutes = 0;
    std::string kind;
    std::optional<std::int64_t> action_item_id;    // carried over: an open action item
    std::optional<std::int64_t> outreach_item_id;  // carried over: an open outreach item
};

struct Meeting {
    std::int64_t id = 0;
    std::int64_t team_id = 0;
    std::string team_name;
    std::string title;
    std::string goal;
    std::optional<std::int64_t> starts_at;
    std::string time_zone = "UTC";
    std::optional<int> duration_minutes;
    std::optional<std::string> mode;
    std::string location;
    std::vector<std::string> objectives;
    std::string status;  // draft | scheduled | closed | cancelled
    int sequence = 0;    // iCalendar SEQUENCE
    std::optional<std::string> minutes_json;
    std::int64_t version = 1;
    std::int64_t created_at = 0;
    std::int64_t updated_at = 0;
    std::optional<std::int64_t> closed_at;
    std::optional<std::int64_t> cancelled_at;
    std::vector<AgendaEntry> agenda;
};

std::optional<Meeting> find_meeting(Connection& db, std::int64_t id);
std::vector<Meeting> team_meetings(Connection& db, std::int64_t team_id);
// Scheduled, closed or cancelled meetings of every team the user is on (calendar feed).
std::vector<Meeting> user_meetings(Connection& db, std::int64_t user_id);
std::int64_t insert_meeting(Connection& db, const Meeting& meeting, std::int64_t created_by, std::int64_t now);
// Writes every field and the agenda (items keep their id when sent with it); false when the version is stale.
bool update_meeting(Connection& db, const Meeting& meeting, std::int64_t now);
// False when the meeting was closed or cancelled meanwhile (two closes at once: only the first writes minutes).
bool close_meeting(Connection& db, std::int64_t id, const std::string& minutes_json, std::int64_t by, std::int64_t now);
// The minutes as stored in minutes_json (minutes_record.cpp): the JSON that GET .../minutes answers.
std::string encode_minutes(const domain::Minutes& minutes);
domain::Minutes decode_minutes(const std::string& text);
void cancel_meeting(Connection& db, std::int64_t id, std::int64_t now);

int discussion_share_percent(Connection& db, std::int64_t team_id);  // 20 unless set
void set_discussion_share_percent(Connection& db, std::int64_t team_id, int percent);

struct Attendance {
    std::int64_t member_id = 0;
    std::string status;
    std::int64_t recorded_at = 0;
};
std::vector<Attendance> meeting_attendance(Connection& db, std::int64_t meeting_id);
void set_attendance(Connection& db, std::int64_t meeting_id, std::int64_t member_id, const std::string& status,
                    std::int64_t by, std::int64_t now);

struct Note {
    std::int64_t id = 0;
    std::int64_t meeting_id = 0;
    std::int64_t agenda_item_id = 0;
    std::int64_t author_id = 0;
    std::string author_name;
    std::string text;
    std::int64_t version = 1;
    std::int64_t updated_at = 0;
};
std::vector<Note> meeting_notes(Connection& db, std::int64_t meeting_id);
std::optional<Note> find_note(Connection& db, std::int64_t agenda_item_id, std::int64_t author_id);
void insert_note(Connection& db, const Note& note, std::int64_t now);
bool update_note(Connection& db, const Note& note, std::int64_t now);  // false when the version is stale

struct Decision {
    std::int64_t id = 0;
    std::int64_t meeting_id = 0;
    std::optional<std::int64_t> agenda_item_id;
    std::string text;
    std::int64_t version = 1;
    std::int64_t created_at = 0;
    std::int64_t updated_at = 0;
};
std::vector<Decision> meeting_decisions(Connection& db, std::int64_t meeting_id);
std::optional<Decision> find_decision(Connection& db, std::int64_t meeting_id, std::int64_t id);
std::int64_t insert_decision(Connection& db, const Decision& decision, std::int64_t by, std::int64_t now);
bool update_decision(Connection& db, const Decision& decision, std::int64_t now);

struct ActionItem {
    std::int64_t id = 0;
    std::int64_t team_id = 0;
    std::string team_name;
    std::int64_t meeting_id = 0;
    std::string meeting_title;
    std::string title;
    std::optional<std::int64_t> owner_member_id;
    std::string owner_name;
    std::string owner_email;
    std::string due_on;
    std::string status;  // open | blocked | done | dropped (blocked is still open: not done, carried over)
    std::optional<std::string> status_comment;  // why it is blocked, or a word with the status (its owner's)
    std::optional<std::string> done_on;
    std::optional<std::int64_t> status_changed_by;
    std::string status_changed_by_name;
    std::optional<std::int64_t> status_changed_at;
    std::int64_t version = 1;
    std::int64_t created_at = 0;
    int carry_overs = 0;
    std::optional<std::int64_t> plan_task_id;  // promoted to a task of the team's plan (read only)
};
std::optional<ActionItem> find_action_item(Connection& db, std::int64_t id);
std::vector<ActionItem> meeting_action_items(Connection& db, std::int64_t meeting_id);
std::vector<ActionItem> team_action_items(Connection& db, std::int64_t team_id);  // every status, with carry-overs
std::vector<ActionItem> open_team_action_items(Connection& db, std::int64_t team_id);
// Open items owned by the user's member rows, across teams, soonest due (so overdue) first.
std::vector<ActionItem> user_open_action_items(Connection& db, std::int64_t user_id);
// Every open item whose owner has an e-mail (digests), soonest due first.
std::vector<ActionItem> all_open_action_items(Connection& db);
std::int64_t insert_action_item(Connection& db, const ActionItem& item, std::int64_t by, std::int64_t now);
bool update_action_item(Connection& db, const ActionItem& item);  // false when the version is stale

void insert_carryover(Connection& db, std::int64_t meeting_id, std::optional<std::int64_t> action_item_id,
                      std::optional<std::int64_t> outreach_item_id);

struct Amendment {
    std::int64_t id = 0;
    std::string text;
    std::string author_name;
    std::int64_t created_at = 0;
};
std::vector<Amendment> minutes_amendments(Connection& db, std::int64_t meeting_id);
std::int64_t insert_amendment(Connection& db, std::int64_t meeting_id, const std::string& text, std::int64_t author_id,
                              const std::string& author_name, std::int64_t now);

// Claims today's digest for an address; false when one was already claimed (once a day, even with several
// senders at once). release_digest undoes a claim whose mail could not be sent, so the next run retries.
bool claim_digest(Connection& db, const std::string& email, const std::string& day, std::int64_t now);
void release_digest(Connection& db, const std::string& email, const std::string& day);
std::set<std::string> digests_sent_on(Connection& db, const std::string& day);

// Personal calendar feeds: one token per user; a new one replaces (revokes) the old.
void replace_calendar_feed(Connection& db, std::int64_t user_id, const std::string& token_hash, std::int64_t now);
bool delete_calendar_feed(Connection& db, std::int64_t user_id);
std::optional<std::int64_t> calendar_feed_user(Connection& db, const std::string& token_hash);

}  // namespace trellis::store
