#pragma once
// A team's discovery evidence (issue 12, item 2): entries (empathy interviews, focus groups, observations,
// research, data views), the themes the team sorts them into, and insights drawn from them. Every function takes
// the team's id and touches only that team's rows: an id of another team's row is simply not found.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/store/database.hpp"

namespace trellis::store {

struct EvidenceEntry {
    std::int64_t id = 0;
    std::int64_t team_id = 0;
    std::string kind;          // empathy_interview, focus_group, observation, research, data_view
    std::string happened_on;   // YYYY-MM-DD
    std::string participants;  // roles, free text
    std::string notes;
    std::vector<std::string> quotes;
    std::optional<std::int64_t> data_view_id;  // one of the team's guide data views (kind data_view)
    std::vector<std::int64_t> theme_ids;
    std::string written_by_name;  // empty when the writer's account is gone
    std::int64_t written_at = 0;
    std::int64_t version = 1;
};

struct EvidenceTheme {
    std::int64_t id = 0;
    std::int64_t team_id = 0;
    std::string name;
    std::int64_t version = 1;
};

struct Insight {
    std::int64_t id = 0;
    std::int64_t team_id = 0;
    std::string statement;
    std::vector<std::int64_t> evidence_ids;
    std::string written_by_name;
    std::int64_t written_at = 0;
    std::int64_t version = 1;
};

// Newest first (by date, then by id).
std::vector<EvidenceEntry> team_evidence(Connection& db, std::int64_t team_id);
std::optional<EvidenceEntry> find_evidence(Connection& db, std::int64_t team_id, std::int64_t id);
// Tagged with `entry.theme_ids` (checked by the caller to be the team's).
std::int64_t insert_evidence(Connection& db, const EvidenceEntry& entry, std::int64_t by, std::int64_t now);
// False when the entry's version is no longer `entry.version`. Themes are not changed here (set_evidence_themes).
bool update_evidence(Connection& db, const EvidenceEntry& entry, std::int64_t by, std::int64_t now);
bool delete_evidence(Connection& db, std::int64_t team_id, std::int64_t id);
// Replaces the entry's themes (ids checked by the caller to be the team's) and counts a new version of the entry;
// false when the entry's version is no longer `version`.
bool set_evidence_themes(Connection& db, std::int64_t team_id, std::int64_t id, const std::vector<std::int64_t>& themes,
                         std::int64_t version, std::int64_t by, std::int64_t now);

// By name.
std::vector<EvidenceTheme> team_themes(Connection& db, std::int64_t team_id);
std::optional<EvidenceTheme> find_theme(Connection& db, std::int64_t team_id, std::int64_t id);
std::optional<EvidenceTheme> find_theme_named(Connection& db, std::int64_t team_id, const std::string& name);
std::int64_t insert_theme(Connection& db, const EvidenceTheme& theme);
bool update_theme(Connection& db, const EvidenceTheme& theme);
bool delete_theme(Connection& db, std::int64_t team_id, std::int64_t id);

// Oldest first.
std::vector<Insight> team_insights(Connection& db, std::int64_t team_id);
std::optional<Insight> find_insight(Connection& db, std::int64_t team_id, std::int64_t id);
std::int64_t insert_insight(Connection& db, const Insight& insight, std::int64_t by, std::int64_t now);
// Replaces the statement and the links; false when the version is no longer `insight.version`.
bool update_insight(Connection& db, const Insight& insight, std::int64_t by, std::int64_t now);
bool delete_insight(Connection& db, std::int64_t team_id, std::int64_t id);

}  // namespace trellis::store
