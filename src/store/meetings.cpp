#include "trellis/store/meetings.hpp"

#include <algorithm>

#include "store/string_list.hpp"
#include "trellis/store/network_meetings.hpp"

namespace trellis::store {

namespace {

constexpr const char* kMeetingSelect =
    "SELECT m.id, m.team_id, t.name, m.title, m.goal, m.starts_at, m.time_zone, m.duration_minutes, m.mode, "
    "m.location, m.objectives, m.status, m.sequence, m.minutes_json, m.version, m.created_at, m.updated_at, "
    "m.closed_at, m.cancelled_at FROM meetings m JOIN teams t ON t.id = m.team_id ";

Meeting read_meeting(const Row& row) {
    Meeting m;
    m.id = row.integer(0);
    m.team_id = row.integer(1);
    m.team_name = row.text(2);
    m.title = row.text(3);
    m.goal = row.text(4);
    m.starts_at = row.optional_integer(5);
    m.time_zone = row.text(6);
    if (const auto d = row.optional_integer(7)) m.duration_minutes = static_cast<int>(*d);
    m.mode = row.optional_text(8);
    m.location = row.text(9);
    m.objectives = decode_string_list(row.text(10));
    m.status = row.text(11);
    m.sequence = static_cast<int>(row.integer(12));
    m.minutes_json = row.optional_text(13);
    m.version = row.integer(14);
    m.created_at = row.integer(15);
    m.updated_at = row.integer(16);
    m.closed_at = row.optional_integer(17);
    m.cancelled_at = row.optional_integer(18);
    return m;
}

std::vector<AgendaEntry> load_agenda(Connection& db, std::int64_t meeting_id) {
    std::vector<AgendaEntry> out;
    for (const auto& row :
         db.query("SELECT id, title, minutes, kind, action_item_id, outreach_item_id FROM agenda_items "
                  "WHERE meeting_id = ? ORDER BY position, id",
                  {meeting_id})) {
        out.push_back({row.integer(0), row.text(1), static_cast<int>(row.integer(2)), row.text(3),
                       row.optional_integer(4), row.optional_integer(5)});
    }
    return out;
}

std::vector<Meeting> read_meetings(Connection& db, const Rows& rows) {
    std::vector<Meeting> out;
    for (const auto& row : rows) {
        out.push_back(read_meeting(row));
        out.back().agenda = load_agenda(db, out.back().id);
    }
    return out;
}

Param optional_int(const std::optional<int>& v) {
    if (!v) return nullptr;
    return static_cast<std::int64_t>(*v);
}

// Items sent with the id of one of this meeting's items are updated in place (their notes stay); the others are
// added; items no longer listed are removed with their notes.
void write_agenda(Connection& db, std::int64_t meeting_id, const std::vector<AgendaEntry>& agenda) {
    std::vector<std::int64_t> existing;
    for (const auto& row : db.query("SELECT id FROM agenda_items WHERE meeting_id = ?", {meeting_id})) {
        existing.push_back(row.integer(0));
    }
    std::vector<std::int64_t> kept;
    for (std::size_t i = 0; i < agenda.size(); ++i) {
        const auto& item = agenda[i];
        const auto position = static_cast<std::int64_t>(i + 1);
        if (item.id != 0 && std::ranges::find(existing, item.id) != existing.end()) {
            db.execute("UPDATE agenda_items SET position = ?, title = ?, minutes = ?, kind = ? WHERE id = ?",
                       {position, item.title, static_cast<std::int64_t>(item.minutes), item.kind, item.id});
            kept.push_back(item.id);
        } else {
            db.execute(
                "INSERT INTO agenda_items (meeting_id, position, title, minutes, kind, action_item_id, "
                "outreach_item_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                {meeting_id, position, item.title, static_cast<std::int64_t>(item.minutes), item.kind,
                 param_or_null(item.action_item_id), param_or_null(item.outreach_item_id)});
        }
    }
    for (const auto id : existing) {
        if (std::ranges::find(kept, id) == kept.end()) db.execute("DELETE FROM agenda_items WHERE id = ?", {id});
    }
}

constexpr const char* kActionSelect =
    "SELECT a.id, a.team_id, t.name, a.meeting_id, m.title, a.title, a.owner_member_id, tm.name, tm.email, a.due_on, "
    "a.status, a.done_on, a.status_changed_by, u.name, a.status_changed_at, a.version, a.created_at, "
    "(SELECT COUNT(*) FROM meeting_carryovers c WHERE c.action_item_id = a.id), "
    "(SELECT p.id FROM plan_tasks p WHERE p.action_item_id = a.id), a.status_comment "
    "FROM action_items a JOIN teams t ON t.id = a.team_id JOIN meetings m ON m.id = a.meeting_id "
    "LEFT JOIN team_members tm ON tm.id = a.owner_member_id LEFT JOIN users u ON u.id = a.status_changed_by ";

std::vector<ActionItem> read_actions(const Rows& rows) {
    std::vector<ActionItem> out;
    for (const auto& row : rows) {
        ActionItem a;
        a.id = row.integer(0);
        a.team_id = row.integer(1);
        a.team_name = row.text(2);
        a.meeting_id = row.integer(3);
        a.meeting_title = row.text(4);
        a.title = row.text(5);
        a.owner_member_id = row.optional_integer(6);
        a.owner_name = row.text(7);
        a.owner_email = row.text(8);
        a.due_on = row.text(9);
        a.status = row.text(10);
        a.done_on = row.optional_text(11);
        a.status_changed_by = row.optional_integer(12);
        a.status_changed_by_name = row.text(13);
        a.status_changed_at = row.optional_integer(14);
        a.version = row.integer(15);
        a.created_at = row.integer(16);
        a.carry_overs = static_cast<int>(row.integer(17));
        a.plan_task_id = row.optional_integer(18);
        a.status_comment = row.optional_text(19);
        out.push_back(std::move(a));
    }
    return out;
}

}  // namespace

std::optional<Meeting> find_meeting(Connection& db, std::int64_t id) {
    const auto rows = db.query(std::string(kMeetingSelect) + "WHERE m.id = ?", {id});
    if (rows.empty()) return std::nullopt;
    return read_meetings(db, rows).front();
}

std::vector<Meeting> team_meetings(Connection& db, std::int64_t team_id) {
    return read_meetings(db,
                         db.query(std::string(kMeetingSelect) +
                                      "WHERE m.team_id = ? ORDER BY CASE WHEN m.starts_at IS NULL THEN 1 ELSE 0 END, "
                                      "m.starts_at, m.id",
                                  {team_id}));
}

// The meetings of the user's teams, and the network meetings that invite one of them.
std::vector<Meeting> user_meetings(Connection& db, std::int64_t user_id) {
    return read_meetings(db, db.query(std::string(kMeetingSelect) +
                                          "WHERE m.status <> 'draft' AND m.starts_at IS NOT NULL AND (m.team_id IN "
                                          "(SELECT team_id FROM team_members WHERE user_id = ?) OR m.id IN (" +
                                          meetings_inviting_user_sql() + ")) ORDER BY m.starts_at, m.id",
                                      {user_id, user_id}));
}

std::int64_t insert_meeting(Connection& db, const Meeting& m, std::int64_t created_by, std::int64_t now) {
    const auto id = db.insert_returning_id(
        "INSERT INTO meetings (team_id, title, goal, starts_at, time_zone, duration_minutes, mode, location, "
        "objectives, "
        "status, sequence, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?) "
        "RETURNING id",
        {m.team_id, m.title, m.goal, param_or_null(m.starts_at), m.time_zone, optional_int(m.duration_minutes),
         param_or_null(m.mode), m.location, encode_string_list(m.objectives), m.status, created_by, now, now});
    write_agenda(db, id, m.agenda);
    return id;
}

bool update_meeting(Connection& db, const Meeting& m, std::int64_t now) {
    const auto changed = db.execute(
        "UPDATE meetings SET title = ?, goal = ?, starts_at = ?, time_zone = ?, duration_minutes = ?, mode = ?, "
        "location = ?, objectives = ?, status = ?, sequence = ?, updated_at = ?, version = version + 1 "
        "WHERE id = ? AND version = ?",
        {m.title, m.goal, param_or_null(m.starts_at), m.time_zone, optional_int(m.duration_minutes),
         param_or_null(m.mode), m.location, encode_string_list(m.objectives), m.status,
         static_cast<std::int64_t>(m.sequence), now, m.id, m.version});
    if (changed != 1) return false;
    write_agenda(db, m.id, m.agenda);
    return true;
}

bool close_meeting(Connection& db, std::int64_t id, const std::string& minutes_json, std::int64_t by,
                   std::int64_t now) {
    return db.execute(
               "UPDATE meetings SET status = 'closed', minutes_json = ?, closed_at = ?, closed_by = ?, updated_at = ?, "
               "version = version + 1 WHERE id = ? AND status NOT IN ('closed', 'cancelled')",
               {minutes_json, now, by, now, id}) == 1;
}

void cancel_meeting(Connection& db, std::int64_t id, std::int64_t now) {
    db.execute(
        "UPDATE meetings SET status = 'cancelled', cancelled_at = ?, sequence = sequence + 1, updated_at = ?, "
        "version = version + 1 WHERE id = ?",
        {now, now, id});
}

int discussion_share_percent(Connection& db, std::int64_t team_id) {
    const auto row =
        db.query_one("SELECT discussion_share_percent FROM team_meeting_settings WHERE team_id = ?", {team_id});
    return row ? static_cast<int>(row->integer(0)) : 20;
}

void set_discussion_share_percent(Connection& db, std::int64_t team_id, int percent) {
    if (db.execute("UPDATE team_meeting_settings SET discussion_share_percent = ? WHERE team_id = ?",
                   {static_cast<std::int64_t>(percent), team_id}) == 0) {
        db.execute("INSERT INTO team_meeting_settings (team_id, discussion_share_percent) VALUES (?, ?)",
                   {team_id, static_cast<std::int64_t>(percent)});
    }
}

std::vector<Attendance> meeting_attendance(Connection& db, std::int64_t meeting_id) {
    std::vector<Attendance> out;
    for (const auto& row :
         db.query("SELECT member_id, status, recorded_at FROM meeting_attendance WHERE meeting_id = ? "
                  "ORDER BY member_id",
                  {meeting_id})) {
        out.push_back({row.integer(0), row.text(1), row.integer(2)});
    }
    return out;
}

void set_attendance(Connection& db, std::int64_t meeting_id, std::int64_t member_id, const std::string& status,
                    std::int64_t by, std::int64_t now) {
    if (db.execute("UPDATE meeting_attendance SET status = ?, recorded_by = ?, recorded_at = ? "
                   "WHERE meeting_id = ? AND member_id = ?",
                   {status, by, now, meeting_id, member_id}) == 0) {
        db.execute(
            "INSERT INTO meeting_attendance (meeting_id, member_id, status, recorded_by, recorded_at) "
            "VALUES (?, ?, ?, ?, ?)",
            {meeting_id, member_id, status, by, now});
    }
}

namespace {
constexpr const char* kNoteSelect =
    "SELECT id, meeting_id, agenda_item_id, author_id, author_name, body, version, updated_at FROM meeting_notes ";
std::vector<Note> read_notes(const Rows& rows) {
    std::vector<Note> out;
    for (const auto& row : rows) {
        out.push_back({row.integer(0), row.integer(1), row.integer(2), row.integer(3), row.text(4), row.text(5),
                       row.integer(6), row.integer(7)});
    }
    return out;
}
}  // namespace

std::vector<Note> meeting_notes(Connection& db, std::int64_t meeting_id) {
    return read_notes(db.query(
        std::string(kNoteSelect) + "WHERE meeting_id = ? ORDER BY agenda_item_id, author_name, id", {meeting_id}));
}

std::optional<Note> find_note(Connection& db, std::int64_t agenda_item_id, std::int64_t author_id) {
    auto notes = read_notes(
        db.query(std::string(kNoteSelect) + "WHERE agenda_item_id = ? AND author_id = ?", {agenda_item_id, author_id}));
    if (notes.empty()) return std::nullopt;
    return notes.front();
}

void insert_note(Connection& db, const Note& n, std::int64_t now) {
    db.execute(
        "INSERT INTO meeting_notes (meeting_id, agenda_item_id, author_id, author_name, body, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        {n.meeting_id, n.agenda_item_id, n.author_id, n.author_name, n.text, now});
}

bool update_note(Connection& db, const Note& n, std::int64_t now) {
    return db.execute(
               "UPDATE meeting_notes SET body = ?, author_name = ?, updated_at = ?, version = version + 1 "
               "WHERE id = ? AND version = ?",
               {n.text, n.author_name, now, n.id, n.version}) == 1;
}

namespace {
constexpr const char* kDecisionSelect =
    "SELECT id, meeting_id, agenda_item_id, body, version, created_at, updated_at FROM meeting_decisions ";
std::vector<Decision> read_decisions(const Rows& rows) {
    std::vector<Decision> out;
    for (const auto& row : rows) {
        out.push_back({row.integer(0), row.integer(1), row.optional_integer(2), row.text(3), row.integer(4),
                       row.integer(5), row.integer(6)});
    }
    return out;
}
}  // namespace

std::vector<Decision> meeting_decisions(Connection& db, std::int64_t meeting_id) {
    return read_decisions(db.query(std::string(kDecisionSelect) + "WHERE meeting_id = ? ORDER BY id", {meeting_id}));
}

std::optional<Decision> find_decision(Connection& db, std::int64_t meeting_id, std::int64_t id) {
    auto found =
        read_decisions(db.query(std::string(kDecisionSelect) + "WHERE meeting_id = ? AND id = ?", {meeting_id, id}));
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::int64_t insert_decision(Connection& db, const Decision& d, std::int64_t by, std::int64_t now) {
    return db.insert_returning_id(
        "INSERT INTO meeting_decisions (meeting_id, agenda_item_id, body, created_by, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        {d.meeting_id, param_or_null(d.agenda_item_id), d.text, by, now, now});
}

bool update_decision(Connection& db, const Decision& d, std::int64_t now) {
    return db.execute(
               "UPDATE meeting_decisions SET body = ?, agenda_item_id = ?, updated_at = ?, version = version + 1 "
               "WHERE id = ? AND version = ?",
               {d.text, param_or_null(d.agenda_item_id), now, d.id, d.version}) == 1;
}

std::optional<ActionItem> find_action_item(Connection& db, std::int64_t id) {
    auto found = read_actions(db.query(std::string(kActionSelect) + "WHERE a.id = ?", {id}));
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::vector<ActionItem> meeting_action_items(Connection& db, std::int64_t meeting_id) {
    return read_actions(db.query(std::string(kActionSelect) + "WHERE a.meeting_id = ? ORDER BY a.id", {meeting_id}));
}

std::vector<ActionItem> team_action_items(Connection& db, std::int64_t team_id) {
    return read_actions(
        db.query(std::string(kActionSelect) + "WHERE a.team_id = ? ORDER BY a.due_on, a.id", {team_id}));
}

std::vector<ActionItem> open_team_action_items(Connection& db, std::int64_t team_id) {
    return read_actions(db.query(std::string(kActionSelect) + "WHERE a.team_id = ? AND a.status IN ('open', 'blocked') "
                                                              "ORDER BY a.due_on, a.id",
                                 {team_id}));
}

std::vector<ActionItem> user_open_action_items(Connection& db, std::int64_t user_id) {
    return read_actions(db.query(std::string(kActionSelect) +
                                     "WHERE a.status IN ('open', 'blocked') AND tm.user_id = ? "
                                     "ORDER BY a.due_on, t.name, a.id",
                                 {user_id}));
}

std::vector<ActionItem> all_open_action_items(Connection& db) {
    return read_actions(db.query(std::string(kActionSelect) +
                                 "WHERE a.status IN ('open', 'blocked') AND tm.email IS NOT NULL "
                                 "ORDER BY a.due_on, a.id"));
}

std::int64_t insert_action_item(Connection& db, const ActionItem& a, std::int64_t by, std::int64_t now) {
    return db.insert_returning_id(
        "INSERT INTO action_items (team_id, meeting_id, title, owner_member_id, due_on, status, created_by, "
        "created_at) "
        "VALUES (?, ?, ?, ?, ?, 'open', ?, ?) RETURNING id",
        {a.team_id, a.meeting_id, a.title, param_or_null(a.owner_member_id), a.due_on, by, now});
}

bool update_action_item(Connection& db, const ActionItem& a) {
    return db.execute(
               "UPDATE action_items SET title = ?, owner_member_id = ?, due_on = ?, status = ?, done_on = ?, "
               "status_changed_by = ?, status_changed_at = ?, status_comment = ?, version = version + 1 "
               "WHERE id = ? AND version = ?",
               {a.title, param_or_null(a.owner_member_id), a.due_on, a.status, param_or_null(a.done_on),
                param_or_null(a.status_changed_by), param_or_null(a.status_changed_at), param_or_null(a.status_comment),
                a.id, a.version}) == 1;
}

void insert_carryover(Connection& db, std::int64_t meeting_id, std::optional<std::int64_t> action_item_id,
                      std::optional<std::int64_t> outreach_item_id) {
    db.execute("INSERT INTO meeting_carryovers (meeting_id, action_item_id, outreach_item_id) VALUES (?, ?, ?)",
               {meeting_id, param_or_null(action_item_id), param_or_null(outreach_item_id)});
}

std::vector<Amendment> minutes_amendments(Connection& db, std::int64_t meeting_id) {
    std::vector<Amendment> out;
    for (const auto& row : db.query("SELECT id, body, author_name, created_at FROM minutes_amendments "
                                    "WHERE meeting_id = ? ORDER BY id",
                                    {meeting_id})) {
        out.push_back({row.integer(0), row.text(1), row.text(2), row.integer(3)});
    }
    return out;
}

std::int64_t insert_amendment(Connection& db, std::int64_t meeting_id, const std::string& text, std::int64_t author_id,
                              const std::string& author_name, std::int64_t now) {
    return db.insert_returning_id(
        "INSERT INTO minutes_amendments (meeting_id, body, author_id, author_name, created_at) VALUES (?, ?, ?, ?, ?) "
        "RETURNING id",
        {meeting_id, text, author_id, author_name, now});
}

bool claim_digest(Connection& db, const std::string& email, const std::string& day, std::int64_t now) {
    return db.execute(
               "INSERT INTO digest_sends (email, day, sent_at) VALUES (?, ?, ?) ON CONFLICT (email, day) DO NOTHING",
               {email, day, now}) == 1;
}

void release_digest(Connection& db, const std::string& email, const std::string& day) {
    db.execute("DELETE FROM digest_sends WHERE email = ? AND day = ?", {email, day});
}

std::set<std::string> digests_sent_on(Connection& db, const std::string& day) {
    std::set<std::string> out;
    for (const auto& row : db.query("SELECT email FROM digest_sends WHERE day = ?", {day})) out.insert(row.text(0));
    return out;
}

void replace_calendar_feed(Connection& db, std::int64_t user_id, const std::string& token_hash, std::int64_t now) {
    db.execute("DELETE FROM calendar_feeds WHERE user_id = ?", {user_id});
    db.execute("INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES (?, ?, ?)",
               {user_id, token_hash, now});
}

bool delete_calendar_feed(Connection& db, std::int64_t user_id) {
    return db.execute("DELETE FROM calendar_feeds WHERE user_id = ?", {user_id}) > 0;
}

std::optional<std::int64_t> calendar_feed_user(Connection& db, const std::string& token_hash) {
    const auto row = db.query_one("SELECT user_id FROM calendar_feeds WHERE token_hash = ?", {token_hash});
    if (!row) return std::nullopt;
    return row->integer(0);
}

}  // namespace trellis::store
