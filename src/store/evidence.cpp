#include "trellis/store/evidence.hpp"

#include "store/string_list.hpp"

namespace trellis::store {

namespace {

constexpr const char* kEntrySelect =
    "SELECT e.id, e.team_id, e.kind, e.happened_on, e.participants, e.notes, e.quotes, e.data_view_id, "
    "COALESCE(u.name, ''), e.written_at, e.version FROM evidence_entries e LEFT JOIN users u ON u.id = e.written_by ";

constexpr const char* kInsightSelect =
    "SELECT i.id, i.team_id, i.statement, COALESCE(u.name, ''), i.written_at, i.version "
    "FROM evidence_insights i LEFT JOIN users u ON u.id = i.written_by ";

// The theme ids of each entry of the team in one query (not one per entry).
void attach_themes(Connection& db, std::int64_t team_id, std::vector<EvidenceEntry>& entries) {
    const auto rows = db.query(
        "SELECT t.evidence_id, t.theme_id FROM evidence_theme_tags t JOIN evidence_entries e ON e.id = t.evidence_id "
        "WHERE e.team_id = ? ORDER BY t.theme_id",
        {team_id});
    for (const auto& row : rows)
        for (auto& entry : entries)
            if (entry.id == row.integer(0)) entry.theme_ids.push_back(row.integer(1));
}

std::vector<EvidenceEntry> read_entries(Connection& db, std::int64_t team_id, const Rows& rows) {
    std::vector<EvidenceEntry> out;
    for (const auto& row : rows)
        out.push_back({.id = row.integer(0),
                       .team_id = row.integer(1),
                       .kind = row.text(2),
                       .happened_on = row.text(3),
                       .participants = row.text(4),
                       .notes = row.text(5),
                       .quotes = decode_string_list(row.text(6)),
                       .data_view_id = row.optional_integer(7),
                       .theme_ids = {},
                       .written_by_name = row.text(8),
                       .written_at = row.integer(9),
                       .version = row.integer(10)});
    attach_themes(db, team_id, out);
    return out;
}

std::vector<Insight> read_insights(Connection& db, std::int64_t team_id, const Rows& rows) {
    std::vector<Insight> out;
    for (const auto& row : rows)
        out.push_back({row.integer(0), row.integer(1), row.text(2), {}, row.text(3), row.integer(4), row.integer(5)});
    const auto links = db.query(
        "SELECT l.insight_id, l.evidence_id FROM evidence_insight_links l JOIN evidence_insights i "
        "ON i.id = l.insight_id WHERE i.team_id = ? ORDER BY l.evidence_id",
        {team_id});
    for (const auto& link : links)
        for (auto& insight : out)
            if (insight.id == link.integer(0)) insight.evidence_ids.push_back(link.integer(1));
    return out;
}

void tag_evidence(Connection& db, std::int64_t evidence_id, const std::vector<std::int64_t>& themes) {
    db.execute("DELETE FROM evidence_theme_tags WHERE evidence_id = ?", {evidence_id});
    for (const auto theme : themes)
        db.execute("INSERT INTO evidence_theme_tags (evidence_id, theme_id) VALUES (?, ?)", {evidence_id, theme});
}

void link_evidence(Connection& db, std::int64_t insight_id, const std::vector<std::int64_t>& evidence_ids) {
    db.execute("DELETE FROM evidence_insight_links WHERE insight_id = ?", {insight_id});
    for (const auto evidence_id : evidence_ids)
        db.execute("INSERT INTO evidence_insight_links (insight_id, evidence_id) VALUES (?, ?)",
                   {insight_id, evidence_id});
}

}  // namespace

std::vector<EvidenceEntry> team_evidence(Connection& db, std::int64_t team_id) {
    return read_entries(
        db, team_id,
        db.query(std::string(kEntrySelect) + "WHERE e.team_id = ? ORDER BY e.happened_on DESC, e.id DESC", {team_id}));
}

std::optional<EvidenceEntry> find_evidence(Connection& db, std::int64_t team_id, std::int64_t id) {
    auto found = read_entries(db, team_id,
                              db.query(std::string(kEntrySelect) + "WHERE e.team_id = ? AND e.id = ?", {team_id, id}));
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::int64_t insert_evidence(Connection& db, const EvidenceEntry& e, std::int64_t by, std::int64_t now) {
    const auto id = db.insert_returning_id(
        "INSERT INTO evidence_entries (team_id, kind, happened_on, participants, notes, quotes, data_view_id, "
        "written_by, written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {e.team_id, e.kind, e.happened_on, e.participants, e.notes, encode_string_list(e.quotes),
         param_or_null(e.data_view_id), by, now});
    tag_evidence(db, id, e.theme_ids);
    return id;
}

bool update_evidence(Connection& db, const EvidenceEntry& e, std::int64_t by, std::int64_t now) {
    return db.execute(
               "UPDATE evidence_entries SET kind = ?, happened_on = ?, participants = ?, notes = ?, quotes = ?, "
               "data_view_id = ?, written_by = ?, written_at = ?, version = version + 1 "
               "WHERE team_id = ? AND id = ? AND version = ?",
               {e.kind, e.happened_on, e.participants, e.notes, encode_string_list(e.quotes),
                param_or_null(e.data_view_id), by, now, e.team_id, e.id, e.version}) == 1;
}

bool delete_evidence(Connection& db, std::int64_t team_id, std::int64_t id) {
    return db.execute("DELETE FROM evidence_entries WHERE team_id = ? AND id = ?", {team_id, id}) == 1;
}

bool set_evidence_themes(Connection& db, std::int64_t team_id, std::int64_t id, const std::vector<std::int64_t>& themes,
                         std::int64_t version, std::int64_t by, std::int64_t now) {
    // The version bump comes first, so a stale move changes nothing.
    if (db.execute("UPDATE evidence_entries SET version = version + 1, written_by = ?, written_at = ? "
                   "WHERE team_id = ? AND id = ? AND version = ?",
                   {by, now, team_id, id, version}) != 1)
        return false;
    tag_evidence(db, id, themes);
    return true;
}

std::vector<EvidenceTheme> team_themes(Connection& db, std::int64_t team_id) {
    std::vector<EvidenceTheme> out;
    for (const auto& row : db.query(
             "SELECT id, team_id, name, version FROM evidence_themes WHERE team_id = ? ORDER BY name, id", {team_id}))
        out.push_back({row.integer(0), row.integer(1), row.text(2), row.integer(3)});
    return out;
}

std::optional<EvidenceTheme> find_theme(Connection& db, std::int64_t team_id, std::int64_t id) {
    const auto row = db.query_one("SELECT id, team_id, name, version FROM evidence_themes WHERE team_id = ? AND id = ?",
                                  {team_id, id});
    if (!row) return std::nullopt;
    return EvidenceTheme{row->integer(0), row->integer(1), row->text(2), row->integer(3)};
}

std::optional<EvidenceTheme> find_theme_named(Connection& db, std::int64_t team_id, const std::string& name) {
    const auto row = db.query_one(
        "SELECT id, team_id, name, version FROM evidence_themes WHERE team_id = ? AND name = ?", {team_id, name});
    if (!row) return std::nullopt;
    return EvidenceTheme{row->integer(0), row->integer(1), row->text(2), row->integer(3)};
}

std::int64_t insert_theme(Connection& db, const EvidenceTheme& theme) {
    return db.insert_returning_id("INSERT INTO evidence_themes (team_id, name) VALUES (?, ?) RETURNING id",
                                  {theme.team_id, theme.name});
}

bool update_theme(Connection& db, const EvidenceTheme& theme) {
    return db.execute(
               "UPDATE evidence_themes SET name = ?, version = version + 1 "
               "WHERE team_id = ? AND id = ? AND version = ?",
               {theme.name, theme.team_id, theme.id, theme.version}) == 1;
}

bool delete_theme(Connection& db, std::int64_t team_id, std::int64_t id) {
    return db.execute("DELETE FROM evidence_themes WHERE team_id = ? AND id = ?", {team_id, id}) == 1;
}

std::vector<Insight> team_insights(Connection& db, std::int64_t team_id) {
    return read_insights(db, team_id,
                         db.query(std::string(kInsightSelect) + "WHERE i.team_id = ? ORDER BY i.id", {team_id}));
}

std::optional<Insight> find_insight(Connection& db, std::int64_t team_id, std::int64_t id) {
    auto found = read_insights(
        db, team_id, db.query(std::string(kInsightSelect) + "WHERE i.team_id = ? AND i.id = ?", {team_id, id}));
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::int64_t insert_insight(Connection& db, const Insight& insight, std::int64_t by, std::int64_t now) {
    const auto id = db.insert_returning_id(
        "INSERT INTO evidence_insights (team_id, statement, written_by, written_at) VALUES (?, ?, ?, ?) RETURNING id",
        {insight.team_id, insight.statement, by, now});
    link_evidence(db, id, insight.evidence_ids);
    return id;
}

bool update_insight(Connection& db, const Insight& insight, std::int64_t by, std::int64_t now) {
    if (db.execute("UPDATE evidence_insights SET statement = ?, written_by = ?, written_at = ?, version = version + 1 "
                   "WHERE team_id = ? AND id = ? AND version = ?",
                   {insight.statement, by, now, insight.team_id, insight.id, insight.version}) != 1)
        return false;
    link_evidence(db, insight.id, insight.evidence_ids);
    return true;
}

bool delete_insight(Connection& db, std::int64_t team_id, std::int64_t id) {
    return db.execute("DELETE FROM evidence_insights WHERE team_id = ? AND id = ?", {team_id, id}) == 1;
}

}  // namespace trellis::store
