// take_snapshot: the schema, row counts, sequences and rows of every table, inside one read transaction.
#include "trellis/store/backup_snapshot.hpp"

#include <algorithm>
#include <charconv>
#include <stdexcept>

#include "store/backup_schema.hpp"
#include "trellis/store/migrations.hpp"

namespace trellis::store {

namespace {

constexpr std::size_t kPageRows = 2000;

bool is_integer_text(const std::string& text) {
    std::int64_t value = 0;
    const char* end = text.data() + text.size();
    auto [ptr, error] = std::from_chars(text.data(), end, value);
    return error == std::errc() && ptr == end && !text.empty();
}

// The shortest text that reads back as the same double: "0.8", not SQLite's "0.80000000000000004".
std::optional<std::string> shortest_real(const std::string& text) {
    double value = 0;
    const char* end = text.data() + text.size();
    auto [ptr, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc() || ptr != end || text.empty()) return std::nullopt;
    char buffer[64];
    auto [out, out_error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    if (out_error != std::errc()) return std::nullopt;
    return std::string(buffer, out);
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// PostgreSQL writes bytea as \x followed by hex digits.
std::optional<std::string> bytes_from_bytea(const std::string& text) {
    if (text.size() < 2 || text[0] != '\\' || text[1] != 'x' || text.size() % 2 != 0) return std::nullopt;
    std::string bytes;
    bytes.reserve(text.size() / 2 - 1);
    for (std::size_t i = 2; i < text.size(); i += 2) {
        const int high = hex_digit(text[i]);
        const int low = hex_digit(text[i + 1]);
        if (high < 0 || low < 0) return std::nullopt;
        bytes += static_cast<char>(high * 16 + low);
    }
    return bytes;
}

// A value as the engine gave it (text), typed by its column. What does not fit the column's kind (SQLite lets an
// INTEGER column hold 'abc') is carried as text rather than lost.
BackupValue typed_value(const std::optional<std::string>& raw, ValueKind kind, Dialect dialect) {
    if (!raw) return {};
    const std::string& text = *raw;
    switch (kind) {
        case ValueKind::integer:
            if (is_integer_text(text)) return {ValueKind::integer, text};
            break;
        case ValueKind::real:
            if (auto shortest = shortest_real(text)) return {ValueKind::real, *shortest};
            break;
        case ValueKind::boolean:
            if (text == "t" || text == "f") return {ValueKind::boolean, text == "t" ? "1" : "0"};
            if (is_integer_text(text)) return {ValueKind::boolean, text == "0" ? "0" : "1"};
            break;
        case ValueKind::blob:
            if (dialect == Dialect::sqlite) return {ValueKind::blob, text};
            if (auto bytes = bytes_from_bytea(text)) return {ValueKind::blob, *bytes};
            break;
        default:
            break;
    }
    return {ValueKind::text, text};
}

std::string select_list(const detail::TableSchema& table, Dialect dialect) {
    std::string list;
    for (const BackupColumn& column : table.columns) {
        if (!list.empty()) list += ", ";
        const std::string name = detail::quote_identifier(column.name);
        // SQLite's own text for a REAL has 15 digits and can round; 17 always reads back as the same double
        // (the "!" flag: without it SQLite's printf stops at 16).
        if (dialect == Dialect::sqlite && column.kind == ValueKind::real) {
            list += "CASE WHEN typeof(" + name + ") = 'real' THEN printf('%!.17g', " + name + ") ELSE " + name + " END";
        } else {
            list += name;
        }
    }
    return list;
}

// Keyset paging needs keys that compare the same way as text or integer parameters.
bool can_page(const detail::TableSchema& table) {
    if (table.primary_key.empty()) return false;
    return std::all_of(table.primary_key.begin(), table.primary_key.end(), [&](const std::string& key) {
        auto column = std::find_if(table.columns.begin(), table.columns.end(),
                                   [&](const BackupColumn& c) { return c.name == key; });
        return column != table.columns.end() && (column->kind == ValueKind::integer || column->kind == ValueKind::text);
    });
}

std::int64_t send_rows(Connection& connection, const detail::TableSchema& table, BackupSink& sink) {
    const Dialect dialect = connection.dialect();
    const std::string from = "SELECT " + select_list(table, dialect) + " FROM " + detail::quote_identifier(table.name);
    std::int64_t sent = 0;
    auto send = [&](const Rows& rows) {
        std::vector<BackupValue> values(table.columns.size());
        for (const Row& row : rows) {
            for (std::size_t i = 0; i < table.columns.size(); ++i) {
                values[i] = typed_value(row.optional_text(i), table.columns[i].kind, dialect);
            }
            sink.row(values);
            ++sent;
        }
    };
    if (!can_page(table)) {
        send(connection.query(from));
        return sent;
    }
    std::string keys;
    std::string placeholders;
    std::vector<std::size_t> key_columns;
    for (const std::string& key : table.primary_key) {
        keys += (keys.empty() ? "" : ", ") + detail::quote_identifier(key);
        placeholders += placeholders.empty() ? "?" : ", ?";
        const auto found = std::find_if(table.columns.begin(), table.columns.end(),
                                        [&](const BackupColumn& c) { return c.name == key; });
        key_columns.push_back(static_cast<std::size_t>(found - table.columns.begin()));
    }
    const std::string order = " ORDER BY " + keys + " LIMIT " + std::to_string(kPageRows);
    const std::string after =
        table.primary_key.size() == 1 ? " WHERE " + keys + " > ?" : " WHERE (" + keys + ") > (" + placeholders + ")";
    std::vector<Param> last;
    for (;;) {
        const Rows rows = last.empty() ? connection.query(from + order) : connection.query(from + after + order, last);
        send(rows);
        if (rows.size() < kPageRows) return sent;
        last.clear();
        for (const std::size_t column : key_columns) {
            const Row& row = rows.back();
            if (table.columns[column].kind == ValueKind::integer && is_integer_text(row.text(column))) {
                last.emplace_back(row.integer(column));
            } else {
                last.emplace_back(row.text(column));
            }
        }
    }
}

int snapshot_schema_version(Connection& connection) {
    const char* has_table =
        connection.dialect() == Dialect::sqlite
            ? "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
            : "SELECT to_regclass('schema_migrations') IS NOT NULL";
    auto exists = connection.query_one(has_table);
    if (!exists || exists->integer(0) == 0) {
        throw std::runtime_error("the database holds no Trellis schema (was it ever migrated? is the URL right?)");
    }
    auto row = connection.query_one("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
    return row ? static_cast<int>(row->integer(0)) : 0;
}

}  // namespace

void take_snapshot(Database& database, BackupSink& sink, const std::string& made_at) {
    Lease lease = database.acquire();
    Connection& connection = *lease;
    // Not Transaction: it begins IMMEDIATE on SQLite, which would hold up every writer for the whole backup.
    connection.execute_script(
        connection.dialect() == Dialect::sqlite ? "BEGIN DEFERRED" : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const int version = snapshot_schema_version(connection);  // the first read: the snapshot starts here
    const int known = static_cast<int>(migrations().size());
    if (version != known) {
        throw std::runtime_error("the database's schema is version " + std::to_string(version) +
                                 " but this trellis's is version " + std::to_string(known) +
                                 "; back up with the trellis that matches it, or run `trellis migrate` first");
    }
    const std::vector<detail::TableSchema> schema = detail::read_schema(connection);
    BackupHeader header;
    header.schema_version = version;
    header.made_at = made_at;
    header.source = connection.dialect() == Dialect::sqlite ? "sqlite" : "postgresql";
    for (const auto& table : schema) header.tables.push_back(table.name);
    sink.begin(header);
    for (const auto& table : schema) {
        BackupTable described{table.name, table.columns, 0, detail::read_sequence(connection, table)};
        auto count = connection.query_one("SELECT COUNT(*) FROM " + detail::quote_identifier(table.name));
        described.row_count = count ? count->integer(0) : 0;
        sink.table(described);
        const std::int64_t sent = send_rows(connection, table, sink);
        if (sent != described.row_count) {
            throw std::runtime_error("table " + table.name + " counted " + std::to_string(described.row_count) +
                                     " rows but " + std::to_string(sent) +
                                     " were read (a key holds NULL?); the backup is incomplete");
        }
    }
    sink.end();
    connection.execute_script("COMMIT");
}

}  // namespace trellis::store
