#include "trellis/store/resources.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string_view>

#include "trellis/store/networks.hpp"

namespace trellis::store {

namespace {

constexpr const char* kColumns =
    "r.id, r.organization_id, o.name, r.author_id, COALESCE(u.name, ''), r.kind, r.title, r.description, r.url, "
    "r.body, r.language, r.guide_id, r.section_id, r.grade_from, r.grade_to, r.share_scope, r.share_id, "
    "COALESCE(CASE r.share_scope WHEN 'team' THEN (SELECT name FROM teams WHERE id = r.share_id) "
    "WHEN 'network' THEN (SELECT name FROM networks WHERE id = r.share_id) ELSE o.name END, ''), "
    "r.file_name, r.file_type, r.file_size, r.created_at, r.updated_at, r.version ";
constexpr const char* kJoins =
    "JOIN organizations o ON o.id = r.organization_id LEFT JOIN users u ON u.id = r.author_id ";

// Who reads resource `r`; its six parameters are all the user's id. The sharing scope's readers: a team's (its
// members and its organization's admins and viewers, the team read rule of auth/policy.cpp), the organization's
// people, the people of a network's active participants while the owning organization is still one of them. The
// author and the owning organization's admins always do (they write it).
std::string readable_condition() {
    return std::string(
               "(r.author_id = ? OR EXISTS (SELECT 1 FROM organization_members om WHERE om.organization_id = "
               "r.organization_id AND om.user_id = ? AND om.role = 'admin') "
               "OR (r.share_scope = 'organization' AND EXISTS (SELECT 1 FROM organization_members om "
               "WHERE om.organization_id = r.share_id AND om.user_id = ?)) "
               "OR (r.share_scope = 'team' AND (EXISTS (SELECT 1 FROM team_members tm WHERE tm.team_id = r.share_id "
               "AND tm.user_id = ?) OR EXISTS (SELECT 1 FROM teams t JOIN organization_members om "
               "ON om.organization_id = t.organization_id WHERE t.id = r.share_id AND om.user_id = ? "
               "AND om.role IN ('admin', 'viewer')))) "
               "OR (r.share_scope = 'network' AND EXISTS (SELECT 1 FROM ") +
           kActiveNetworkParticipants +
           " p JOIN organization_members om ON om.organization_id = p.organization_id "
           "WHERE p.network_id = r.share_id AND om.user_id = ?) AND EXISTS (SELECT 1 FROM " +
           kActiveNetworkParticipants +
           " owning WHERE owning.network_id = r.share_id AND owning.organization_id = "
           "r.organization_id)))";
}

void add_reader(std::vector<Param>& params, std::int64_t user_id) {
    for (int i = 0; i < 6; ++i) params.emplace_back(user_id);
}

std::vector<std::string> topics_of(Connection& db, std::int64_t id) {
    std::vector<std::string> topics;
    for (const auto& row : db.query("SELECT topic FROM resource_topics WHERE resource_id = ? ORDER BY topic", {id}))
        topics.push_back(row.text(0));
    return topics;
}

std::vector<Resource> read_resources(Connection& db, const Rows& rows) {
    std::vector<Resource> out;
    for (const auto& row : rows) {
        Resource r;
        r.id = row.integer(0);
        r.organization_id = row.integer(1);
        r.organization_name = row.text(2);
        r.author_id = row.optional_integer(3);
        r.author_name = row.text(4);
        r.kind = row.text(5);
        r.title = row.text(6);
        r.description = row.text(7);
        r.url = row.text(8);
        r.body = row.text(9);
        r.language = row.text(10);
        r.guide_id = row.text(11);
        r.section_id = row.text(12);
        r.grade_from = row.optional_integer(13);
        r.grade_to = row.optional_integer(14);
        r.share_scope = row.text(15);
        r.share_id = row.integer(16);
        r.share_name = row.text(17);
        r.file_name = row.text(18);
        r.file_type = row.text(19);
        r.file_size = row.integer(20);
        r.created_at = row.integer(21);
        r.updated_at = row.integer(22);
        r.version = row.integer(23);
        r.topics = topics_of(db, r.id);
        out.push_back(std::move(r));
    }
    return out;
}

// The words of a query (letters and digits; any byte of a multi-byte UTF-8 letter counts as one), at most ten:
// the engines' query syntax never sees the caller's punctuation.
std::vector<std::string> query_words(const std::string& text) {
    std::vector<std::string> words;
    std::string word;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 || std::isalnum(byte) != 0) {
            word += static_cast<char>(byte < 0x80 ? std::tolower(byte) : byte);
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    if (words.size() > 10) words.resize(10);
    return words;
}

// Any of the words, each also as a prefix ("referral" finds "referrals"): more words matched rank higher.
std::string fts5_query(const std::vector<std::string>& words) {
    std::string query;
    for (const auto& w : words) query += (query.empty() ? "" : " OR ") + std::string("\"") + w + "\"*";
    return query;
}

std::string tsquery(const std::vector<std::string>& words) {
    std::string query;
    for (const auto& w : words) query += (query.empty() ? "" : " | ") + w + ":*";
    return query;
}

std::string tsvector(const char* config) {
    return std::string("to_tsvector('") + config + "', r.title || ' ' || r.description || ' ' || r.body)";
}

// Title words weigh most, then the description's, then the note's.
std::string weighted_tsvector(const char* config) {
    const std::string c = std::string("'") + config + "'";
    return "setweight(to_tsvector(" + c + ", r.title), 'A') || setweight(to_tsvector(" + c +
           ", r.description), 'B') || to_tsvector(" + c + ", r.body)";
}

// Base64 (RFC 4648, with padding): a file's bytes as portable TEXT on both engines.
constexpr std::string_view kBase64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string encode_base64(const std::string& bytes) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::size_t n = std::min<std::size_t>(3, bytes.size() - i);
        std::uint32_t chunk = 0;
        for (std::size_t k = 0; k < 3; ++k)
            chunk = (chunk << 8) | (k < n ? static_cast<unsigned char>(bytes[i + k]) : 0U);
        for (std::size_t k = 0; k < 4; ++k) out += k <= n ? kBase64[(chunk >> (18 - 6 * k)) & 63] : '=';
    }
    return out;
}

// The text encode_base64 wrote (stored by this program only): padding and unknown characters end a group.
std::string decode_base64(const std::string& text) {
    std::string out;
    out.reserve(text.size() / 4 * 3);
    std::uint32_t chunk = 0;
    int bits = 0;
    for (const char c : text) {
        const auto value = kBase64.find(c);
        if (value == std::string_view::npos) continue;  // '=' padding
        chunk = (chunk << 6) | static_cast<std::uint32_t>(value);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out += static_cast<char>((chunk >> bits) & 0xff);
        }
    }
    return out;
}

void write_topics(Connection& db, const Resource& r, std::int64_t id) {
    db.execute("DELETE FROM resource_topics WHERE resource_id = ?", {id});
    for (const auto& topic : r.topics)
        db.execute("INSERT INTO resource_topics (resource_id, topic) VALUES (?, ?)", {id, topic});
}

}  // namespace

std::vector<Resource> search_resources(Connection& db, std::int64_t user_id, const ResourceSearch& s) {
    const auto words = query_words(s.text);
    const bool sqlite = db.dialect() == Dialect::sqlite;
    std::vector<Param> params;
    std::string sql = std::string("SELECT ") + kColumns;
    std::string order = "ORDER BY r.updated_at DESC, r.id DESC";
    if (words.empty()) {
        sql += "FROM resources r " + std::string(kJoins) + "WHERE 1 = 1 ";
    } else if (sqlite) {
        sql += "FROM resources_search JOIN resources r ON r.id = resources_search.rowid " + std::string(kJoins) +
               "WHERE resources_search MATCH ? ";
        params.emplace_back(fts5_query(words));
        order = "ORDER BY bm25(resources_search, 10.0, 4.0, 1.0), r.id";  // lower is better
    } else {
        const std::string query = tsquery(words);
        sql += "FROM resources r " + std::string(kJoins) + "WHERE ((r.language = 'en' AND " + tsvector("english") +
               " @@ to_tsquery('english', ?)) OR (r.language = 'es' AND " + tsvector("spanish") +
               " @@ to_tsquery('spanish', ?))) ";
        params.insert(params.end(), {query, query});
        order = "ORDER BY CASE r.language WHEN 'es' THEN ts_rank(" + weighted_tsvector("spanish") +
                ", to_tsquery('spanish', ?)) ELSE ts_rank(" + weighted_tsvector("english") +
                ", to_tsquery('english', ?)) END DESC, r.id";
    }
    sql += "AND " + readable_condition() + " ";
    add_reader(params, user_id);
    if (s.topic) {
        sql += "AND EXISTS (SELECT 1 FROM resource_topics rt WHERE rt.resource_id = r.id AND rt.topic = ?) ";
        params.emplace_back(*s.topic);
    }
    if (s.section_id) {
        sql += "AND r.section_id = ? ";
        params.emplace_back(*s.section_id);
    }
    if (s.grade_from && s.grade_to) {
        sql += "AND r.grade_from <= ? AND r.grade_to >= ? ";
        params.insert(params.end(), {*s.grade_to, *s.grade_from});
    }
    if (s.scope) {
        sql += "AND r.share_scope = ? ";
        params.emplace_back(*s.scope);
    }
    if (!words.empty() && !sqlite) {
        const std::string query = tsquery(words);
        params.insert(params.end(), {query, query});
    }
    sql += order + " LIMIT ?";
    params.emplace_back(static_cast<std::int64_t>(s.limit));
    return read_resources(db, db.query(sql, params));
}

std::optional<Resource> find_resource(Connection& db, std::int64_t id) {
    auto found = read_resources(
        db, db.query(std::string("SELECT ") + kColumns + "FROM resources r " + kJoins + "WHERE r.id = ?", {id}));
    if (found.empty()) return std::nullopt;
    return found.front();
}

bool reads_resource(Connection& db, std::int64_t user_id, std::int64_t id) {
    std::vector<Param> params{id};
    add_reader(params, user_id);
    return db.query_one("SELECT 1 FROM resources r WHERE r.id = ? AND " + readable_condition(), params).has_value();
}

bool writes_resource(Connection& db, std::int64_t user_id, std::int64_t id) {
    return db
        .query_one(
            "SELECT 1 FROM resources r WHERE r.id = ? AND (r.author_id = ? OR EXISTS (SELECT 1 FROM "
            "organization_members om WHERE om.organization_id = r.organization_id AND om.user_id = ? AND "
            "om.role = 'admin'))",
            {id, user_id, user_id})
        .has_value();
}

std::vector<std::int64_t> unreadable_resources(Connection& db, std::int64_t user_id,
                                               const std::vector<std::int64_t>& ids) {
    std::vector<std::int64_t> out;
    for (const auto id : ids)
        if (!reads_resource(db, user_id, id)) out.push_back(id);
    return out;
}

std::int64_t insert_resource(Connection& db, const Resource& r, std::int64_t now) {
    const auto id = db.insert_returning_id(
        "INSERT INTO resources (organization_id, author_id, kind, title, description, url, body, language, guide_id, "
        "section_id, grade_from, grade_to, share_scope, share_id, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        {r.organization_id, param_or_null(r.author_id), r.kind, r.title, r.description, r.url, r.body, r.language,
         r.guide_id, r.section_id, param_or_null(r.grade_from), param_or_null(r.grade_to), r.share_scope, r.share_id,
         now, now});
    write_topics(db, r, id);
    return id;
}

bool update_resource(Connection& db, const Resource& r, std::int64_t now) {
    const bool changed =
        db.execute(
            "UPDATE resources SET title = ?, description = ?, url = ?, body = ?, language = ?, guide_id = ?, "
            "section_id = ?, grade_from = ?, grade_to = ?, share_scope = ?, share_id = ?, updated_at = ?, "
            "version = version + 1 WHERE id = ? AND version = ?",
            {r.title, r.description, r.url, r.body, r.language, r.guide_id, r.section_id, param_or_null(r.grade_from),
             param_or_null(r.grade_to), r.share_scope, r.share_id, now, r.id, r.version}) == 1;
    if (changed) write_topics(db, r, r.id);
    return changed;
}

bool delete_resource(Connection& db, std::int64_t id) {
    return db.execute("DELETE FROM resources WHERE id = ?", {id}) == 1;
}

void store_resource_file(Connection& db, std::int64_t id, const std::string& name, const std::string& type,
                         const std::string& bytes, std::int64_t now) {
    db.execute("DELETE FROM resource_files WHERE resource_id = ?", {id});
    db.execute("INSERT INTO resource_files (resource_id, content_base64) VALUES (?, ?)", {id, encode_base64(bytes)});
    db.execute(
        "UPDATE resources SET file_name = ?, file_type = ?, file_size = ?, updated_at = ?, "
        "version = version + 1 WHERE id = ?",
        {name, type, static_cast<std::int64_t>(bytes.size()), now, id});
}

std::optional<std::string> resource_file(Connection& db, std::int64_t id) {
    const auto row = db.query_one("SELECT content_base64 FROM resource_files WHERE resource_id = ?", {id});
    if (!row) return std::nullopt;
    return decode_base64(row->text(0));
}

std::optional<std::int64_t> only_organization_of(Connection& db, std::int64_t user_id) {
    const auto rows =
        db.query("SELECT organization_id FROM organization_members WHERE user_id = ? ORDER BY organization_id LIMIT 2",
                 {user_id});
    if (rows.size() != 1) return std::nullopt;
    return rows.front().integer(0);
}

bool is_share_target(Connection& db, std::int64_t organization_id, const std::string& scope, std::int64_t id) {
    if (scope == "organization") return id == organization_id;
    if (scope == "team")
        return db.query_one("SELECT 1 FROM teams WHERE id = ? AND organization_id = ?", {id, organization_id})
            .has_value();
    if (scope == "network")
        return db
            .query_one(std::string("SELECT 1 FROM ") + kActiveNetworkParticipants +
                           " p WHERE p.network_id = ? AND p.organization_id = ?",
                       {id, organization_id})
            .has_value();
    return false;
}

std::vector<std::int64_t> coaching_entry_resources(Connection& db, std::int64_t entry_id) {
    std::vector<std::int64_t> ids;
    for (const auto& row : db.query(
             "SELECT resource_id FROM coaching_entry_resources WHERE entry_id = ? ORDER BY resource_id", {entry_id}))
        ids.push_back(row.integer(0));
    return ids;
}

void set_coaching_entry_resources(Connection& db, std::int64_t entry_id, const std::vector<std::int64_t>& ids) {
    db.execute("DELETE FROM coaching_entry_resources WHERE entry_id = ?", {entry_id});
    for (const auto id : ids)
        db.execute("INSERT INTO coaching_entry_resources (entry_id, resource_id) VALUES (?, ?)", {entry_id, id});
}

}  // namespace trellis::store
