#pragma once
// Internal to the store: what backup and restore learn about a database's tables from the database itself
// (sqlite_master and pragmas on SQLite, the catalogs on PostgreSQL), so that a table added by a later migration
// is carried without touching this code.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "trellis/store/backup_stream.hpp"
#include "trellis/store/database.hpp"

namespace trellis::store::detail {

struct TableSchema {
    std::string name;
    std::vector<BackupColumn> columns;
    std::vector<std::string> primary_key;      // empty when the table has none
    std::optional<std::string> serial_column;  // the auto-increment id, when there is one
    std::vector<std::string> references;       // tables its foreign keys point at (itself excluded)
};

// Every table but the migrations' own bookkeeping (the schema version stands for it), in dependency order: a table
// comes after every table it references. Tables caught in a reference cycle follow in name order.
std::vector<TableSchema> read_schema(Connection& connection);

std::string quote_identifier(std::string_view name);

// The highest id the table's sequence has handed out, or nullopt when it has none or never handed one out.
std::optional<std::int64_t> read_sequence(Connection& connection, const TableSchema& table);

// Moves the table's sequence so that the next id is above both max(id) and `at_least`.
void raise_sequence(Connection& connection, const TableSchema& table, std::optional<std::int64_t> at_least);

}  // namespace trellis::store::detail
