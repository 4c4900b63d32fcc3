#include "trellis/store/coaching_log.hpp"

#include <map>

#include <set>

namespace trellis::store {

namespace {

constexpr const char* kSelect =
    "SELECT id, agreement_id, date, kind, minutes, focus, guide_section, notes, people_served, follow_up_on, "
    "COALESCE(created_by, 0), created_by_name, created_at, version FROM coaching_entries ";

CoachingEntry entry_from(const Row& r) {
    CoachingEntry e;
    e.id = r.integer(0);
    e.agreement_id = r.integer(1);
    e.date = r.text(2);
    e.kind = r.text(3);
    e.minutes = r.integer(4);
    e.focus = r.text(5);
    e.guide_section = r.text(6);
    e.notes = r.text(7);
    e.people_served = r.text(8);
    e.follow_up_on = r.optional_text(9);
    e.created_by = {r.integer(10), r.text(11)};
    e.created_at = r.integer(12);
    e.version = r.integer(13);
    return e;
}

void load_details(Connection& db, CoachingEntry& e) {
    for (const auto& r : db.query("SELECT t.id, t.name, o.name FROM coaching_entry_teams et JOIN teams t ON "
                                  "t.id = et.team_id JOIN organizations o ON o.id = t.organization_id "
                                  "WHERE et.entry_id = ? ORDER BY o.name, t.name, t.id",
                                  {e.id})) {
        e.teams.push_back({r.integer(0), r.text(1), r.text(2)});
    }
    for (const auto& r : db.query("SELECT u.id, u.name FROM coaching_entry_coaches c JOIN users u ON u.id = c.user_id "
                                  "WHERE c.entry_id = ? ORDER BY u.name, u.id",
                                  {e.id})) {
        e.coaches.push_back({r.integer(0), r.text(1)});
    }
    for (const auto& r : db.query("SELECT s.id, s.team_id, s.title, s.owner_member_id, COALESCE(m.name, ''), s.due_on, "
                                  "s.status, s.action_item_id FROM coaching_next_steps s LEFT JOIN team_members m ON "
                                  "m.id = s.owner_member_id WHERE s.entry_id = ? ORDER BY s.id",
                                  {e.id})) {
        e.next_steps.push_back({r.integer(0), e.id, r.integer(1), r.text(2), r.optional_integer(3), r.text(4),
                                r.text(5), r.text(6), r.optional_integer(7)});
    }
}

void insert_teams_and_coaches(Connection& db, const CoachingEntry& e) {
    for (const auto& t : e.teams) {
        db.execute("INSERT INTO coaching_entry_teams (entry_id, team_id) VALUES (?, ?)", {e.id, t.id});
    }
    for (const auto& c : e.coaches) {
        db.execute("INSERT INTO coaching_entry_coaches (entry_id, user_id) VALUES (?, ?)", {e.id, c.id});
    }
}

void insert_proposed_steps(Connection& db, const CoachingEntry& e) {
    for (const auto& s : e.next_steps) {
        if (s.id != 0) continue;  // a step the team already answered stays as it is
        db.execute(
            "INSERT INTO coaching_next_steps (entry_id, team_id, title, owner_member_id, due_on) "
            "VALUES (?, ?, ?, ?, ?)",
            {e.id, s.team_id, s.title, param_or_null(s.owner_member_id), s.due_on});
    }
}

}  // namespace

std::vector<CoachingEntry> agreement_entries(Connection& db, std::int64_t agreement_id) {
    std::vector<CoachingEntry> out;
    for (const auto& row :
         db.query(std::string(kSelect) + "WHERE agreement_id = ? ORDER BY date DESC, id DESC", {agreement_id})) {
        out.push_back(entry_from(row));
        load_details(db, out.back());
    }
    return out;
}

std::optional<CoachingEntry> find_entry(Connection& db, std::int64_t agreement_id, std::int64_t entry_id) {
    const auto row = db.query_one(std::string(kSelect) + "WHERE id = ? AND agreement_id = ?", {entry_id, agreement_id});
    if (!row) return std::nullopt;
    auto e = entry_from(*row);
    load_details(db, e);
    return e;
}

std::int64_t insert_entry(Connection& db, const CoachingEntry& e, std::int64_t now) {
    CoachingEntry stored = e;
    stored.id = db.insert_returning_id(
        "INSERT INTO coaching_entries (agreement_id, date, kind, minutes, focus, guide_section, notes, people_served, "
        "follow_up_on, created_by, created_by_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id",
        {e.agreement_id, e.date, e.kind, e.minutes, e.focus, e.guide_section, e.notes, e.people_served,
         param_or_null(e.follow_up_on), e.created_by.id, e.created_by.name, now});
    insert_teams_and_coaches(db, stored);
    insert_proposed_steps(db, stored);
    return stored.id;
}

bool update_entry(Connection& db, const CoachingEntry& e) {
    if (db.execute("UPDATE coaching_entries SET date = ?, kind = ?, minutes = ?, focus = ?, guide_section = ?, "
                   "notes = ?, people_served = ?, follow_up_on = ?, version = version + 1 "
                   "WHERE id = ? AND agreement_id = ? AND version = ?",
                   {e.date, e.kind, e.minutes, e.focus, e.guide_section, e.notes, e.people_served,
                    param_or_null(e.follow_up_on), e.id, e.agreement_id, e.version}) != 1) {
        return false;
    }
    db.execute("DELETE FROM coaching_entry_teams WHERE entry_id = ?", {e.id});
    db.execute("DELETE FROM coaching_entry_coaches WHERE entry_id = ?", {e.id});
    db.execute("DELETE FROM coaching_next_steps WHERE entry_id = ? AND status = 'proposed'", {e.id});
    insert_teams_and_coaches(db, e);
    insert_proposed_steps(db, e);
    return true;
}

bool delete_entry(Connection& db, std::int64_t agreement_id, std::int64_t entry_id) {
    return db.execute("DELETE FROM coaching_entries WHERE id = ? AND agreement_id = ?", {entry_id, agreement_id}) == 1;
}

bool team_of_peer(Connection& db, std::int64_t agreement_id, std::int64_t team_id) {
    return db
        .query_one(
            "SELECT 1 FROM teams t JOIN agreement_parties p ON p.organization_id = t.organization_id "
            "WHERE t.id = ? AND p.agreement_id = ?",
            {team_id, agreement_id})
        .has_value();
}

std::vector<ServedTeamChoice> served_team_choices(Connection& db, std::int64_t agreement_id) {
    std::vector<ServedTeamChoice> out;
    std::map<std::int64_t, std::size_t> index;
    for (const auto& r :
         db.query("SELECT t.id, t.name, o.id, o.name FROM teams t JOIN agreement_parties p "
                  "ON p.organization_id = t.organization_id JOIN organizations o ON o.id = t.organization_id "
                  "WHERE p.agreement_id = ? ORDER BY o.name, t.name, t.id",
                  {agreement_id})) {
        index[r.integer(0)] = out.size();
        out.push_back({r.integer(0), r.text(1), r.integer(2), r.text(3), {}});
    }
    for (const auto& r : db.query("SELECT m.team_id, m.id, m.name FROM team_members m JOIN teams t ON t.id = m.team_id "
                                  "JOIN agreement_parties p ON p.organization_id = t.organization_id "
                                  "WHERE p.agreement_id = ? ORDER BY m.name, m.id",
                                  {agreement_id}))
        out[index.at(r.integer(0))].members.emplace_back(r.integer(1), r.text(2));
    return out;
}

bool is_team_member_row(Connection& db, std::int64_t team_id, std::int64_t member_id) {
    return db.query_one("SELECT 1 FROM team_members WHERE id = ? AND team_id = ?", {member_id, team_id}).has_value();
}

std::vector<CoachingEntry> team_entries(Connection& db, std::int64_t team_id) {
    std::vector<CoachingEntry> out;
    for (const auto& row :
         db.query(std::string(kSelect) + "WHERE id IN (SELECT entry_id FROM coaching_entry_teams WHERE team_id = ?) "
                                         "ORDER BY date DESC, id DESC",
                  {team_id})) {
        out.push_back(entry_from(row));
        load_details(db, out.back());
    }
    return out;
}

std::optional<CoachingNextStep> find_team_next_step(Connection& db, std::int64_t team_id, std::int64_t step_id) {
    const auto r = db.query_one(
        "SELECT s.id, s.entry_id, s.team_id, s.title, s.owner_member_id, COALESCE(m.name, ''), s.due_on, s.status, "
        "s.action_item_id FROM coaching_next_steps s LEFT JOIN team_members m ON m.id = s.owner_member_id "
        "WHERE s.id = ? AND s.team_id = ?",
        {step_id, team_id});
    if (!r) return std::nullopt;
    return CoachingNextStep{r->integer(0),          r->integer(1), r->integer(2), r->text(3),
                            r->optional_integer(4), r->text(5),    r->text(6),    r->text(7),
                            r->optional_integer(8)};
}

bool answer_next_step(Connection& db, std::int64_t step_id, const std::string& status,
                      std::optional<std::int64_t> action_item_id, const std::string& decline_reason, std::int64_t by,
                      std::int64_t now) {
    return db.execute(
               "UPDATE coaching_next_steps SET status = ?, action_item_id = ?, decline_reason = ?, "
               "responded_by = ?, responded_at = ? WHERE id = ? AND status = 'proposed'",
               {status, param_or_null(action_item_id), decline_reason, by, now, step_id}) == 1;
}

std::vector<std::pair<std::string, std::string>> hours_warning_recipients(Connection& db, const Agreement& a) {
    std::vector<std::pair<std::string, std::string>> out;
    std::set<std::string> seen;
    auto add = [&](const Rows& rows) {
        for (const auto& r : rows) {
            if (seen.insert(r.text(0)).second) out.emplace_back(r.text(0), r.text(1));
        }
    };
    constexpr const char* kAdmins =
        "SELECT u.email, u.name FROM organization_members m JOIN users u ON u.id = m.user_id "
        "WHERE m.organization_id = ? AND m.role = 'admin' ORDER BY u.id";
    add(db.query(kAdmins, {a.facilitator_organization.id}));
    const auto liaison = db.query(
        "SELECT u.email, u.name FROM agreement_liaisons l JOIN users u ON u.id = l.user_id "
        "WHERE l.agreement_id = ? AND l.organization_id = ?",
        {a.id, a.mentor_organization.id});
    add(liaison.empty() ? db.query(kAdmins, {a.mentor_organization.id}) : liaison);
    return out;
}

}  // namespace trellis::store
