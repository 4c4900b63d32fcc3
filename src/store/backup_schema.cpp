// Reading the table list, columns, keys, references and sequences from either engine's catalog.
#include "store/backup_schema.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace trellis::store::detail {

namespace {

constexpr std::string_view kBookkeeping = "schema_migrations";

std::string uppercase(std::string text) {
    for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return text;
}

// SQLite's own type-affinity rules (datatype3.html, 3.1), with BOOL read as a flag.
ValueKind sqlite_kind(const std::string& declared) {
    const std::string type = uppercase(declared);
    if (type.find("INT") != std::string::npos) return ValueKind::integer;
    if (type.find("CHAR") != std::string::npos || type.find("CLOB") != std::string::npos ||
        type.find("TEXT") != std::string::npos) {
        return ValueKind::text;
    }
    if (type.empty() || type.find("BLOB") != std::string::npos) return ValueKind::blob;
    if (type.find("REAL") != std::string::npos || type.find("FLOA") != std::string::npos ||
        type.find("DOUB") != std::string::npos) {
        return ValueKind::real;
    }
    if (type.find("BOOL") != std::string::npos) return ValueKind::boolean;
    return ValueKind::text;  // NUMERIC, DATE, ...: carried as their text
}

ValueKind postgresql_kind(const std::string& data_type) {
    if (data_type == "bigint" || data_type == "integer" || data_type == "smallint") return ValueKind::integer;
    if (data_type == "double precision" || data_type == "real") return ValueKind::real;
    if (data_type == "boolean") return ValueKind::boolean;
    if (data_type == "bytea") return ValueKind::blob;
    return ValueKind::text;  // text, numeric (exact as text), timestamps, ...
}

std::vector<TableSchema> read_sqlite_tables(Connection& connection) {
    std::vector<TableSchema> tables;
    for (const Row& row : connection.query(
             "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
             // A full-text index (FTS5) is a virtual table over shadow tables: derived, rebuilt by its triggers as
             // a restore inserts the rows it indexes (migration 28), so never carried or emptied itself.
             "AND name NOT IN (SELECT name FROM pragma_table_list WHERE type IN ('virtual', 'shadow')) "
             "ORDER BY name")) {
        TableSchema table;
        table.name = row.text(0);
        if (table.name == kBookkeeping) continue;
        const bool autoincrement = uppercase(row.text(1)).find("AUTOINCREMENT") != std::string::npos;
        std::vector<std::pair<std::int64_t, std::string>> key;
        for (const Row& column :
             connection.query("SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid", {table.name})) {
            table.columns.push_back({column.text(0), sqlite_kind(column.text(1))});
            if (column.integer(2) > 0) key.emplace_back(column.integer(2), column.text(0));
        }
        std::sort(key.begin(), key.end());
        for (auto& [position, name] : key) table.primary_key.push_back(std::move(name));
        if (autoincrement && table.primary_key.size() == 1) table.serial_column = table.primary_key.front();
        for (const Row& reference :
             connection.query("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)", {table.name})) {
            if (reference.text(0) != table.name) table.references.push_back(reference.text(0));
        }
        tables.push_back(std::move(table));
    }
    return tables;
}

std::vector<TableSchema> read_postgresql_tables(Connection& connection) {
    std::vector<TableSchema> tables;
    for (const Row& row : connection.query("SELECT table_name FROM information_schema.tables "
                                           "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
                                           "ORDER BY table_name")) {
        TableSchema table;
        table.name = row.text(0);
        if (table.name == kBookkeeping) continue;
        for (const Row& column : connection.query("SELECT column_name, data_type FROM information_schema.columns "
                                                  "WHERE table_schema = current_schema() AND table_name = ? "
                                                  "ORDER BY ordinal_position",
                                                  {table.name})) {
            table.columns.push_back({column.text(0), postgresql_kind(column.text(1))});
        }
        const std::string relation = quote_identifier(table.name);
        for (const Row& key :
             connection.query("SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                              "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = CAST(? AS regclass) AND i.indisprimary "
                              "ORDER BY array_position(CAST(i.indkey AS int2[]), a.attnum)",
                              {relation})) {
            table.primary_key.push_back(key.text(0));
        }
        if (table.primary_key.size() == 1) {
            auto sequence =
                connection.query_one("SELECT pg_get_serial_sequence(?, ?)", {relation, table.primary_key[0]});
            if (sequence && !sequence->is_null(0)) table.serial_column = table.primary_key[0];
        }
        for (const Row& reference :
             connection.query("SELECT DISTINCT CAST(c.confrelid AS regclass) FROM pg_constraint c "
                              "WHERE c.contype = 'f' AND c.conrelid = CAST(? AS regclass)",
                              {relation})) {
            std::string referenced = reference.text(0);
            if (referenced.size() >= 2 && referenced.front() == '"')
                referenced = referenced.substr(1, referenced.size() - 2);
            if (referenced != table.name) table.references.push_back(referenced);
        }
        tables.push_back(std::move(table));
    }
    return tables;
}

// Kahn's algorithm over names already sorted, so the order is the same on both engines.
std::vector<TableSchema> in_dependency_order(std::vector<TableSchema> tables) {
    std::set<std::string> known;
    for (const TableSchema& table : tables) known.insert(table.name);
    std::set<std::string> placed;
    std::vector<TableSchema> ordered;
    ordered.reserve(tables.size());
    for (bool progress = true; progress;) {
        progress = false;
        for (TableSchema& table : tables) {
            if (table.name.empty() || placed.contains(table.name)) continue;
            const bool ready = std::all_of(table.references.begin(), table.references.end(), [&](const std::string& r) {
                return placed.contains(r) || !known.contains(r);
            });
            if (!ready) continue;
            placed.insert(table.name);
            ordered.push_back(std::move(table));
            table.name.clear();
            progress = true;
        }
    }
    for (TableSchema& table : tables) {
        if (!table.name.empty() && !placed.contains(table.name)) ordered.push_back(std::move(table));
    }
    return ordered;
}

std::string sequence_name(Connection& connection, const TableSchema& table) {
    auto row = connection.query_one("SELECT pg_get_serial_sequence(?, ?)",
                                    {quote_identifier(table.name), *table.serial_column});
    return row ? row->text(0) : std::string();
}

}  // namespace

std::string quote_identifier(std::string_view name) {
    std::string quoted = "\"";
    for (char c : name) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::vector<TableSchema> read_schema(Connection& connection) {
    return in_dependency_order(connection.dialect() == Dialect::sqlite ? read_sqlite_tables(connection)
                                                                       : read_postgresql_tables(connection));
}

std::optional<std::int64_t> read_sequence(Connection& connection, const TableSchema& table) {
    if (!table.serial_column) return std::nullopt;
    if (connection.dialect() == Dialect::sqlite) {
        auto row = connection.query_one("SELECT seq FROM sqlite_sequence WHERE name = ?", {table.name});
        if (!row || row->is_null(0) || row->integer(0) <= 0) return std::nullopt;
        return row->integer(0);
    }
    const std::string sequence = sequence_name(connection, table);
    if (sequence.empty()) return std::nullopt;
    // The name comes from pg_get_serial_sequence, already quoted where it needs to be.
    auto row = connection.query_one("SELECT last_value, CASE WHEN is_called THEN 1 ELSE 0 END FROM " + sequence);
    if (!row) return std::nullopt;
    const std::int64_t handed_out = row->integer(1) == 1 ? row->integer(0) : row->integer(0) - 1;
    if (handed_out <= 0) return std::nullopt;
    return handed_out;
}

void raise_sequence(Connection& connection, const TableSchema& table, std::optional<std::int64_t> at_least) {
    if (!table.serial_column) return;
    auto top = connection.query_one("SELECT MAX(" + quote_identifier(*table.serial_column) + ") FROM " +
                                    quote_identifier(table.name));
    const std::int64_t highest = std::max<std::int64_t>(top ? top->integer(0) : 0, at_least.value_or(0));
    if (connection.dialect() == Dialect::sqlite) {
        // Inserting explicit ids already moved sqlite_sequence up to max(id); this keeps ids of deleted rows unused.
        if (highest <= 0) return;
        if (connection.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = ? AND seq < ?",
                               {highest, table.name, highest}) == 0 &&
            !connection.query_one("SELECT 1 FROM sqlite_sequence WHERE name = ?", {table.name})) {
            connection.execute("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", {table.name, highest});
        }
        return;
    }
    const std::string sequence = sequence_name(connection, table);
    if (sequence.empty()) return;
    if (highest > 0) {
        connection.query("SELECT setval(CAST(? AS regclass), ?, true)", {sequence, highest});
    } else {
        connection.query("SELECT setval(CAST(? AS regclass), 1, false)", {sequence});
    }
}

}  // namespace trellis::store::detail
