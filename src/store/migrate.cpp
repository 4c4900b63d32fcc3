// Database::migrate and schema_version. Every step runs in a transaction and re-reads the version inside it, so
// several app instances starting at once apply each migration exactly once: SQLite serializes them with
// BEGIN IMMEDIATE, PostgreSQL with a transaction-scoped advisory lock.
#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <stdexcept>
#include <string>

#include "trellis/store/database.hpp"
#include "trellis/store/migrations.hpp"

namespace trellis::store {

namespace {

// Arbitrary but fixed: every trellis instance must use the same key. ASCII "trellis".
constexpr std::int64_t kMigrationLockKey = 0x7472656c6c6973;

constexpr std::string_view kCreateTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)";

// A migration's text between "-- only sqlite" and "-- end only" (or "-- only postgresql") runs on that engine alone:
// a search index is an FTS5 table on one and a GIN index on the other (migration 28, resources).
std::string keep_own_engine(std::string_view sql, Dialect dialect) {
    const std::string_view mine = dialect == Dialect::sqlite ? "-- only sqlite\n" : "-- only postgresql\n";
    const std::string_view theirs = dialect == Dialect::sqlite ? "-- only postgresql\n" : "-- only sqlite\n";
    constexpr std::string_view end = "-- end only\n";
    std::string result;
    std::size_t position = 0;
    for (;;) {
        const std::size_t own = sql.find(mine, position);
        const std::size_t other = sql.find(theirs, position);
        const std::size_t start = std::min(own, other);
        if (start == std::string_view::npos) break;
        result.append(sql.substr(position, start - position));
        const std::size_t stop = sql.find(end, start);
        if (stop == std::string_view::npos) throw std::logic_error("a migration's \"-- only\" block has no end");
        if (start == own) result.append(sql.substr(own + mine.size(), stop - own - mine.size()));
        position = stop + end.size();
    }
    result.append(sql.substr(position));
    return result;
}

std::string for_dialect(std::string_view raw, Dialect dialect) {
    const std::string own = keep_own_engine(raw, dialect);
    const std::string_view sql = own;
    const std::string_view pk =
        dialect == Dialect::sqlite ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "BIGSERIAL PRIMARY KEY";
    constexpr std::string_view placeholder = "{{pk}}";
    std::string result;
    result.reserve(sql.size() + 64);
    std::size_t position = 0;
    for (std::size_t found; (found = sql.find(placeholder, position)) != std::string_view::npos;) {
        result.append(sql.substr(position, found - position));
        result.append(pk);
        position = found + placeholder.size();
    }
    result.append(sql.substr(position));
    return result;
}

bool has_migrations_table(Connection& connection) {
    const char* sql = connection.dialect() == Dialect::sqlite
                          ? "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
                          : "SELECT 1 WHERE to_regclass('schema_migrations') IS NOT NULL";
    return connection.query_one(sql).has_value();
}

int current_version(Connection& connection) {
    if (!has_migrations_table(connection)) return 0;
    auto row = connection.query_one("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    return row ? static_cast<int>(row->integer(0)) : 0;
}

void lock_for_migration(Connection& connection) {
    if (connection.dialect() == Dialect::postgresql) {
        connection.query("SELECT pg_advisory_xact_lock(?)", {kMigrationLockKey});
    }
}

int highest_known(const std::vector<Migration>& known) {
    for (std::size_t i = 0; i < known.size(); ++i) {
        if (known[i].version != static_cast<int>(i) + 1) {
            throw std::logic_error("migrations must be numbered 1, 2, 3, ... without gaps; entry " + std::to_string(i) +
                                   " is version " + std::to_string(known[i].version));
        }
    }
    return static_cast<int>(known.size());
}

void refuse_if_newer(int version, int highest) {
    if (version > highest) {
        throw std::runtime_error("database schema is version " + std::to_string(version) +
                                 " but this trellis knows only up to " + std::to_string(highest) + "; upgrade trellis");
    }
}

std::int64_t unix_now() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

}  // namespace

void Database::migrate() {
    const std::vector<Migration>& known = migrations();
    const int highest = highest_known(known);
    Lease lease = acquire();
    Connection& connection = *lease;
    {
        Transaction transaction(connection);
        lock_for_migration(connection);
        connection.execute_script(kCreateTable);
        refuse_if_newer(current_version(connection), highest);
        transaction.commit();
    }
    for (const Migration& migration : known) {
        Transaction transaction(connection);
        lock_for_migration(connection);
        const int version = current_version(connection);  // another instance may have moved on meanwhile
        refuse_if_newer(version, highest);
        if (migration.version <= version) continue;
        connection.execute_script(for_dialect(migration.sql, connection.dialect()));
        connection.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                           {std::int64_t{migration.version}, std::string(migration.name), unix_now()});
        transaction.commit();
        spdlog::info("applied database migration {} ({})", migration.version, migration.name);
    }
}

int Database::schema_version() {
    Lease lease = acquire();
    return current_version(*lease);
}

}  // namespace trellis::store
