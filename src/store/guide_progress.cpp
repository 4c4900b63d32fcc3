#include "trellis/store/guide_progress.hpp"

namespace trellis::store {

std::vector<TeamGuide> team_guides(Connection& db, std::int64_t team_id) {
    std::vector<TeamGuide> out;
    for (const auto& r : db.query("SELECT team_id, guide_id, adopted_by_name, adopted_at FROM team_guides "
                                  "WHERE team_id = ? ORDER BY id",
                                  {team_id})) {
        out.push_back({r.integer(0), r.text(1), r.text(2), r.integer(3)});
    }
    return out;
}

std::optional<TeamGuide> find_team_guide(Connection& db, std::int64_t team_id, const std::string& guide_id) {
    for (auto& g : team_guides(db, team_id)) {
        if (g.guide_id == guide_id) return g;
    }
    return std::nullopt;
}

void adopt_guide(Connection& db, std::int64_t team_id, const std::string& guide_id, std::int64_t by,
                 const std::string& by_name, std::int64_t now) {
    db.execute(
        "INSERT INTO team_guides (team_id, guide_id, adopted_by, adopted_by_name, adopted_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (team_id, guide_id) DO NOTHING",
        {team_id, guide_id, by, by_name, now});
}

std::vector<GuideSectionState> guide_section_states(Connection& db, std::int64_t team_id, const std::string& guide_id) {
    std::vector<GuideSectionState> out;
    for (const auto& r : db.query("SELECT module_id, section_id, status, changed_by_name, changed_at "
                                  "FROM guide_section_states WHERE team_id = ? AND guide_id = ?",
                                  {team_id, guide_id})) {
        out.push_back({r.text(0), r.text(1), r.text(2), r.text(3), r.integer(4)});
    }
    return out;
}

void set_guide_section_status(Connection& db, std::int64_t team_id, const std::string& guide_id,
                              const GuideSectionState& s, std::int64_t by) {
    db.execute(
        "INSERT INTO guide_section_states (team_id, guide_id, module_id, section_id, status, changed_by, "
        "changed_by_name, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (team_id, guide_id, module_id, section_id) DO UPDATE SET status = excluded.status, "
        "changed_by = excluded.changed_by, changed_by_name = excluded.changed_by_name, "
        "changed_at = excluded.changed_at",
        {team_id, guide_id, s.module_id, s.section_id, s.status, by, s.changed_by_name, s.changed_at});
}

namespace {

constexpr const char* kAnswerColumns =
    "SELECT id, module_id, section_id, item_id, body, version, author_name, updated_at FROM guide_answers ";

GuideAnswer answer_from(const Row& r) {
    return {r.integer(0), r.text(1), r.text(2), r.text(3), r.text(4), r.integer(5), r.text(6), r.integer(7)};
}

}  // namespace

std::vector<GuideAnswer> guide_answers(Connection& db, std::int64_t team_id, const std::string& guide_id) {
    std::vector<GuideAnswer> out;
    for (const auto& r :
         db.query(std::string(kAnswerColumns) + "WHERE team_id = ? AND guide_id = ?", {team_id, guide_id})) {
        out.push_back(answer_from(r));
    }
    return out;
}

std::optional<GuideAnswer> find_guide_answer(Connection& db, std::int64_t team_id, const std::string& guide_id,
                                             const std::string& module_id, const std::string& section_id,
                                             const std::string& item_id) {
    const auto row =
        db.query_one(std::string(kAnswerColumns) +
                         "WHERE team_id = ? AND guide_id = ? AND module_id = ? AND section_id = ? AND item_id = ?",
                     {team_id, guide_id, module_id, section_id, item_id});
    if (!row) return std::nullopt;
    return answer_from(*row);
}

bool write_guide_answer(Connection& db, std::int64_t team_id, const std::string& guide_id, const GuideAnswer& a,
                        std::int64_t expected_version, std::int64_t author_id, std::int64_t now) {
    std::int64_t answer_id = 0;
    if (expected_version == 0) {
        const auto rows = db.query(
            "INSERT INTO guide_answers (team_id, guide_id, module_id, section_id, item_id, body, version, author_id, "
            "author_name, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?) "
            "ON CONFLICT (team_id, guide_id, module_id, section_id, item_id) DO NOTHING RETURNING id",
            {team_id, guide_id, a.module_id, a.section_id, a.item_id, a.text, author_id, a.author_name, now});
        if (rows.empty()) return false;
        answer_id = rows.front().integer(0);
    } else {
        const auto current = find_guide_answer(db, team_id, guide_id, a.module_id, a.section_id, a.item_id);
        if (!current) return false;
        if (db.execute("UPDATE guide_answers SET body = ?, version = version + 1, author_id = ?, author_name = ?, "
                       "updated_at = ? WHERE id = ? AND version = ?",
                       {a.text, author_id, a.author_name, now, current->id, expected_version}) != 1) {
            return false;
        }
        answer_id = current->id;
    }
    db.execute(
        "INSERT INTO guide_answer_versions (answer_id, version, body, author_id, author_name, written_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        {answer_id, expected_version + 1, a.text, author_id, a.author_name, now});
    return true;
}

std::vector<GuideAnswer> guide_answer_history(Connection& db, std::int64_t answer_id) {
    std::vector<GuideAnswer> out;
    for (const auto& r : db.query("SELECT v.answer_id, a.module_id, a.section_id, a.item_id, v.body, v.version, "
                                  "v.author_name, v.written_at FROM guide_answer_versions v "
                                  "JOIN guide_answers a ON a.id = v.answer_id WHERE v.answer_id = ? "
                                  "ORDER BY v.version DESC",
                                  {answer_id})) {
        out.push_back(answer_from(r));
    }
    return out;
}

std::vector<GuideEntryState> guide_entry_states(Connection& db, std::int64_t team_id, const std::string& guide_id) {
    std::vector<GuideEntryState> out;
    for (const auto& r : db.query("SELECT module_id, section_id, item_id, entry_id, checked, note, changed_by_name, "
                                  "changed_at FROM guide_entry_states WHERE team_id = ? AND guide_id = ?",
                                  {team_id, guide_id})) {
        out.push_back(
            {r.text(0), r.text(1), r.text(2), r.text(3), r.integer(4) != 0, r.text(5), r.text(6), r.integer(7)});
    }
    return out;
}

void set_guide_entry_state(Connection& db, std::int64_t team_id, const std::string& guide_id, const GuideEntryState& s,
                           std::int64_t by) {
    db.execute(
        "INSERT INTO guide_entry_states (team_id, guide_id, module_id, section_id, item_id, entry_id, checked, "
        "note, changed_by, changed_by_name, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (team_id, guide_id, module_id, section_id, item_id, entry_id) DO UPDATE SET "
        "checked = excluded.checked, note = excluded.note, changed_by = excluded.changed_by, "
        "changed_by_name = excluded.changed_by_name, changed_at = excluded.changed_at",
        {team_id, guide_id, s.module_id, s.section_id, s.item_id, s.entry_id,
         static_cast<std::int64_t>(s.checked ? 1 : 0), s.note, by, s.changed_by_name, s.changed_at});
}

}  // namespace trellis::store
