// DatabaseRestore: a backup stream into an empty database, in one transaction, in batches of multi-row INSERTs.
#include "trellis/store/backup_restore.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <system_error>

#include "store/backup_schema.hpp"
#include "trellis/store/database.hpp"
#include "trellis/store/migrations.hpp"

namespace trellis::store {

namespace {

// Both engines accept far more parameters per statement (SQLite 32,766, PostgreSQL 65,535). Rows per statement:
// restoring 500,000 counts into PostgreSQL took 14 s at 100 and 19 s at 500 (25 was no faster than 100).
constexpr std::size_t kMaxParameters = 30000;
constexpr std::size_t kMaxBatchRows = 100;

std::optional<std::int64_t> as_integer(const std::string& text) {
    std::int64_t value = 0;
    const char* end = text.data() + text.size();
    auto [ptr, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc() || ptr != end || text.empty()) return std::nullopt;
    return value;
}

std::optional<double> as_real(const std::string& text) {
    double value = 0;
    const char* end = text.data() + text.size();
    auto [ptr, error] = std::from_chars(text.data(), end, value);  // correctly rounded: the exact double back
    if (error != std::errc() || ptr != end || text.empty()) return std::nullopt;
    return value;
}

std::string bytea_hex(const std::string& bytes) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string text = "\\x";
    text.reserve(2 + bytes.size() * 2);
    for (unsigned char byte : bytes) {
        text += kDigits[byte >> 4];
        text += kDigits[byte & 15];
    }
    return text;
}

// What the target's column needs, from what the backup holds. Anything that does not convert is passed as text
// and the database says what is wrong with it.
Param to_param(const BackupValue& value, ValueKind column, Dialect dialect) {
    if (value.kind == ValueKind::null) return nullptr;
    switch (column) {
        case ValueKind::integer:
            if (value.kind != ValueKind::text && value.kind != ValueKind::blob) {
                if (auto integer = as_integer(value.text)) return *integer;
            }
            break;
        case ValueKind::real:
            if (value.kind == ValueKind::integer || value.kind == ValueKind::real) {
                if (auto real = as_real(value.text)) return *real;
            }
            break;
        case ValueKind::boolean:
            if (value.kind == ValueKind::integer || value.kind == ValueKind::boolean) {
                const bool flag = value.text != "0";
                if (dialect == Dialect::postgresql) return std::string(flag ? "true" : "false");
                return std::int64_t{flag ? 1 : 0};
            }
            break;
        case ValueKind::blob:
            if (value.kind == ValueKind::blob && dialect == Dialect::postgresql) return bytea_hex(value.text);
            break;
        default:
            break;
    }
    return value.text;
}

std::string without_sql(const std::string& message) {
    const std::size_t statement = message.find(" (in: ");
    return statement == std::string::npos ? message : message.substr(0, statement);
}

// The rows a freshly migrated database already holds (the perspective catalogue), table by table: found by
// migrating a scratch SQLite file, so a later migration that seeds another table is covered too.
std::map<std::string, std::int64_t> seeded_row_counts() {
    std::error_code error;
    const auto base = std::filesystem::temp_directory_path(error);
    std::string pattern = (error ? std::filesystem::path("/tmp") : base) / "trellis-seed-XXXXXX";
    if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot make a scratch folder in " + base.string());
    const std::filesystem::path folder = pattern;
    std::map<std::string, std::int64_t> counts;
    try {
        auto scratch = Database::open("sqlite://" + (folder / "seed.db").string(), 1);
        const auto level = spdlog::get_level();
        spdlog::set_level(spdlog::level::warn);  // the scratch's migrations are no news to the operator
        try {
            scratch->migrate();
        } catch (...) {
            spdlog::set_level(level);
            throw;
        }
        spdlog::set_level(level);
        Lease lease = scratch->acquire();
        for (const auto& table : detail::read_schema(*lease)) {
            auto row = lease->query_one("SELECT COUNT(*) FROM " + detail::quote_identifier(table.name));
            if (row && row->integer(0) > 0) counts[table.name] = row->integer(0);
        }
    } catch (...) {
        std::filesystem::remove_all(folder, error);
        throw;
    }
    std::filesystem::remove_all(folder, error);
    return counts;
}

// Returns the target's schema when no table holds rows other than those the migrations put there.
std::vector<detail::TableSchema> refuse_unless_empty(Connection& connection,
                                                     const std::map<std::string, std::int64_t>& seeded) {
    std::vector<detail::TableSchema> schema = detail::read_schema(connection);
    for (const auto& table : schema) {
        auto row = connection.query_one("SELECT COUNT(*) FROM " + detail::quote_identifier(table.name));
        const std::int64_t count = row ? row->integer(0) : 0;
        const auto seed = seeded.find(table.name);
        if (count > 0 && (seed == seeded.end() || seed->second != count)) {
            throw std::runtime_error("the target database is not empty: table " + table.name + " holds " +
                                     std::to_string(count) + " rows; restore into a new, empty database");
        }
    }
    return schema;
}

}  // namespace

struct DatabaseRestore::State {
    std::unique_ptr<Database> database;
    std::optional<Lease> lease;
    std::optional<Transaction> transaction;
    std::vector<detail::TableSchema> schema;
    std::map<std::string, std::size_t> by_name;
    std::map<std::string, std::optional<std::int64_t>> sequences;  // as the backup recorded them

    // The table being restored.
    const detail::TableSchema* table = nullptr;
    std::int64_t expected_rows = 0;
    std::int64_t table_rows = 0;
    std::vector<ValueKind> kinds;  // the target column's kind, in the backup's column order
    std::string insert_prefix;
    std::string row_placeholders;
    std::size_t batch_limit = 1;
    std::size_t batch_rows = 0;
    std::vector<Param> batch;
    std::int64_t total_rows = 0;

    Connection& connection() { return **lease; }

    void flush() {
        if (batch_rows == 0) return;
        std::string sql = insert_prefix;
        for (std::size_t i = 0; i < batch_rows; ++i) sql += (i == 0 ? "" : ", ") + row_placeholders;
        try {
            connection().execute(sql, batch);
        } catch (const DatabaseError& e) {
            throw std::runtime_error("restoring table " + table->name + " failed: " + without_sql(e.what()));
        }
        batch.clear();
        batch_rows = 0;
    }

    void finish_table() {
        if (!table) return;
        flush();
        if (table_rows != expected_rows) {
            throw std::runtime_error("table " + table->name + ": the backup announced " +
                                     std::to_string(expected_rows) + " rows but holds " + std::to_string(table_rows));
        }
        table = nullptr;
    }
};

DatabaseRestore::DatabaseRestore(std::string target_url)
    : target_url_(std::move(target_url)), state_(std::make_unique<State>()) {}

DatabaseRestore::~DatabaseRestore() = default;

std::int64_t DatabaseRestore::rows_restored() const { return state_->total_rows; }

void DatabaseRestore::begin(const BackupHeader& header) {
    const int known = static_cast<int>(migrations().size());
    if (header.schema_version != known) {
        throw std::runtime_error("the backup is of schema version " + std::to_string(header.schema_version) +
                                 " but this trellis's schema is version " + std::to_string(known) +
                                 "; restore it with a trellis of the same schema version");
    }
    const auto seeded = seeded_row_counts();
    State& s = *state_;
    s.database = Database::open(target_url_, 1);
    // Checked before migrating too, so that a database holding data at an older schema is left as it was.
    refuse_unless_empty(*s.database->acquire(), seeded);
    s.database->migrate();
    s.lease.emplace(s.database->acquire());
    Connection& connection = s.connection();
    s.schema = refuse_unless_empty(connection, seeded);
    for (std::size_t i = 0; i < s.schema.size(); ++i) s.by_name[s.schema[i].name] = i;
    for (const std::string& name : header.tables) {
        if (!s.by_name.contains(name)) {
            throw std::runtime_error("the backup has a table " + name + " that the target database does not");
        }
    }
    s.transaction.emplace(connection);
    if (connection.dialect() == Dialect::sqlite) {
        connection.execute_script("PRAGMA defer_foreign_keys = ON");  // until COMMIT; reset by it
    } else {
        connection.execute_script("SET CONSTRAINTS ALL DEFERRED");  // those declared deferrable; the rest: order
    }
    // The migrations' own rows come back from the backup, as the source had them.
    for (const auto& [table, count] : seeded) connection.execute("DELETE FROM " + detail::quote_identifier(table));
}

void DatabaseRestore::table(const BackupTable& incoming) {
    State& s = *state_;
    if (!s.transaction) throw std::runtime_error("a table before the backup's header");
    s.finish_table();
    const auto found = s.by_name.find(incoming.name);
    if (found == s.by_name.end()) {
        throw std::runtime_error("the backup has a table " + incoming.name + " that the target database does not");
    }
    const detail::TableSchema& target = s.schema[found->second];
    const Dialect dialect = s.connection().dialect();
    s.kinds.clear();
    s.insert_prefix = "INSERT INTO " + detail::quote_identifier(target.name) + " (";
    s.row_placeholders = "(";
    for (std::size_t i = 0; i < incoming.columns.size(); ++i) {
        const std::string& name = incoming.columns[i].name;
        const auto column = std::find_if(target.columns.begin(), target.columns.end(),
                                         [&](const BackupColumn& c) { return c.name == name; });
        if (column == target.columns.end()) {
            throw std::runtime_error("table " + target.name + ": the backup has a column " + name +
                                     " that the target database does not");
        }
        s.kinds.push_back(column->kind);
        s.insert_prefix += (i == 0 ? "" : ", ") + detail::quote_identifier(name);
        const bool sqlite_blob = dialect == Dialect::sqlite && column->kind == ValueKind::blob;
        s.row_placeholders += std::string(i == 0 ? "" : ", ") + (sqlite_blob ? "CAST(? AS BLOB)" : "?");
    }
    s.insert_prefix += ") VALUES ";
    s.row_placeholders += ")";
    s.batch_limit =
        std::max<std::size_t>(1, std::min(kMaxBatchRows, kMaxParameters / std::max<std::size_t>(1, s.kinds.size())));
    s.table = &target;
    s.expected_rows = incoming.row_count;
    s.table_rows = 0;
    s.sequences[target.name] = incoming.sequence;
}

void DatabaseRestore::row(const std::vector<BackupValue>& values) {
    State& s = *state_;
    if (!s.table) throw std::runtime_error("a row before its table");
    if (values.size() != s.kinds.size()) {
        throw std::runtime_error("table " + s.table->name + ": a row has " + std::to_string(values.size()) +
                                 " values but the table has " + std::to_string(s.kinds.size()) + " columns");
    }
    const Dialect dialect = s.connection().dialect();
    for (std::size_t i = 0; i < values.size(); ++i) s.batch.push_back(to_param(values[i], s.kinds[i], dialect));
    ++s.table_rows;
    ++s.total_rows;
    if (++s.batch_rows >= s.batch_limit) s.flush();
}

void DatabaseRestore::end() {
    State& s = *state_;
    if (!s.transaction) throw std::runtime_error("the backup ended before its header");
    s.finish_table();
    Connection& connection = s.connection();
    for (const auto& table : s.schema) {
        const auto recorded = s.sequences.find(table.name);
        detail::raise_sequence(connection, table, recorded == s.sequences.end() ? std::nullopt : recorded->second);
    }
    try {
        s.transaction->commit();
    } catch (const DatabaseError& e) {
        throw std::runtime_error("the restore was rolled back: " + without_sql(e.what()));
    }
    s.transaction.reset();
}

}  // namespace trellis::store
