#pragma once
// The resource library (issue 12, item 5): links, files and notes an organization's people share with one of its
// teams, the organization or a network it is an active member of, searched with each engine's full-text index.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/store/database.hpp"

namespace trellis::store {

struct Resource {
    std::int64_t id = 0;
    std::int64_t organization_id = 0;
    std::string organization_name;
    std::optional<std::int64_t> author_id;  // empty when the author's account is gone
    std::string author_name;
    std::string kind;  // link, file, note
    std::string title;
    std::string description;
    std::string url;                  // link
    std::string body;                 // note
    std::string language = "en";      // en, es: the search configuration on PostgreSQL
    std::vector<std::string> topics;  // domain::kExpertiseTopics, sorted
    std::string guide_id;
    std::string section_id;
    std::optional<std::int64_t> grade_from;  // 0 is kindergarten
    std::optional<std::int64_t> grade_to;
    std::string share_scope;  // team, organization, network
    std::int64_t share_id = 0;
    std::string share_name;
    std::string file_name;  // file: as uploaded, and its checked type
    std::string file_type;
    std::int64_t file_size = 0;
    std::int64_t created_at = 0;
    std::int64_t updated_at = 0;
    std::int64_t version = 1;
};

struct ResourceSearch {
    std::string text;  // words; empty: every readable resource, the latest first
    std::optional<std::string> topic;
    std::optional<std::string> section_id;
    std::optional<std::int64_t> grade_from, grade_to;  // the span the resource must overlap
    std::optional<std::string> scope;
    std::size_t limit = 50;
};

// Only resources the user may read (readable_resource_condition), filtered in the query itself; the better match
// first (bm25 on SQLite, ts_rank with the resource's language configuration on PostgreSQL).
std::vector<Resource> search_resources(Connection& db, std::int64_t user_id, const ResourceSearch& search);
std::optional<Resource> find_resource(Connection& db, std::int64_t id);
// Whether the user reads it (the sharing scope's readers, its author and the owning organization's admins) and
// whether they change it (its author and the owning organization's admins).
bool reads_resource(Connection& db, std::int64_t user_id, std::int64_t id);
bool writes_resource(Connection& db, std::int64_t user_id, std::int64_t id);
// Of `ids`, those the user may not read (unknown ids included).
std::vector<std::int64_t> unreadable_resources(Connection& db, std::int64_t user_id,
                                               const std::vector<std::int64_t>& ids);

std::int64_t insert_resource(Connection& db, const Resource& resource, std::int64_t now);
// False when the resource's version is no longer `resource.version`.
bool update_resource(Connection& db, const Resource& resource, std::int64_t now);
bool delete_resource(Connection& db, std::int64_t id);

// A file's bytes (kept base64-encoded, portable TEXT on both engines); replaces any earlier file.
void store_resource_file(Connection& db, std::int64_t id, const std::string& name, const std::string& type,
                         const std::string& bytes, std::int64_t now);
std::optional<std::string> resource_file(Connection& db, std::int64_t id);

// The owner of a new resource a body need not name: the one organization the user belongs to, when there is exactly
// one (whether they may add to its library is the policy's: ResourceKind::organization_library).
std::optional<std::int64_t> only_organization_of(Connection& db, std::int64_t user_id);

// Sharing targets the author may choose: a team of the organization, the organization, or a network it is an
// active member of (or facilitates).
bool is_share_target(Connection& db, std::int64_t organization_id, const std::string& scope, std::int64_t id);

// A coaching-log entry's attached resources.
std::vector<std::int64_t> coaching_entry_resources(Connection& db, std::int64_t entry_id);
void set_coaching_entry_resources(Connection& db, std::int64_t entry_id, const std::vector<std::int64_t>& ids);

}  // namespace trellis::store
