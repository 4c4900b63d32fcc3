// SQLite connection: raw libsqlite3. A connection is used by one thread at a time (the pool guarantees it), so
// it is opened without SQLite's own mutex.
#include <sqlite3.h>

#include <chrono>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <unordered_map>
#include <variant>

#include "store/connections.hpp"

namespace trellis::store::detail {

namespace {

// Statements come from code, so the cache stays small; the cap only guards against SQL built at run time.
constexpr std::size_t kStatementCacheLimit = 256;
constexpr int kBusyTimeoutMs = 10000;

DatabaseError::Kind kind_of(int extended_code) {
    switch (extended_code) {
        case SQLITE_CONSTRAINT_UNIQUE:
        case SQLITE_CONSTRAINT_PRIMARYKEY:
            return DatabaseError::Kind::unique_violation;
        case SQLITE_CONSTRAINT_FOREIGNKEY:
            return DatabaseError::Kind::foreign_key_violation;
        default:
            break;
    }
    switch (extended_code & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return DatabaseError::Kind::busy;
        default:
            return DatabaseError::Kind::other;
    }
}

// SQLite keeps allocation statistics under one process-wide mutex unless told not to, so the worker threads
// queue on it for every row. perf showed about 15% of GET /teams/{id} inside sqlite3Malloc and its mutex.
// Trellis never reads those statistics. sqlite3_config must come before SQLite initialises, hence here, once.
void configure_sqlite_once() {
    static const bool configured = [] { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; }();
    (void)configured;  // SQLITE_MISUSE if something else initialised SQLite first: still correct, only slower
}

class SqliteConnection final : public PooledConnection {
public:
    SqliteConnection(const std::string& path, std::shared_ptr<std::timed_mutex> writers)
        : writers_(std::move(writers)) {
        configure_sqlite_once();
        const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
        const int code = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
        if (code != SQLITE_OK) {
            std::string message =
                "cannot open SQLite database '" + path + "': " + (db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(code));
            sqlite3_close_v2(db_);
            db_ = nullptr;
            throw DatabaseError(kind_of(code), message);
        }
        sqlite3_extended_result_codes(db_, 1);
        try {
            // busy_timeout first, so that switching to WAL waits for other connections instead of failing.
            exec("PRAGMA busy_timeout=" + std::to_string(kBusyTimeoutMs));
            exec("PRAGMA journal_mode=WAL");
            exec("PRAGMA synchronous=FULL");
            exec("PRAGMA foreign_keys=ON");
        } catch (...) {
            sqlite3_close_v2(db_);
            db_ = nullptr;
            throw;
        }
    }

    ~SqliteConnection() override {
        for (auto& [sql, statement] : statements_) sqlite3_finalize(statement);
        sqlite3_close_v2(db_);
    }

    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    Rows query(std::string_view sql, const std::vector<Param>& params) override {
        Rows rows;
        run(sql, params, &rows);
        return rows;
    }

    std::int64_t execute(std::string_view sql, const std::vector<Param>& params) override {
        run(sql, params, nullptr);
        return sqlite3_changes64(db_);
    }

    void execute_script(std::string_view sql) override { exec(std::string(sql)); }

    // IMMEDIATE takes the write lock at once: two writers queue instead of both reading, then one failing with
    // SQLITE_BUSY when it tries to upgrade. Writers of this process queue first on `writers_`, which wakes the next
    // one the moment a transaction ends: SQLite's own busy handler sleeps 1, 2, 5, 10 ... 100 ms between tries, so
    // sixteen writers waiting on it took seconds at the 99th percentile (docs/performance.md, durable writes).
    // busy_timeout is left for writers in other processes (the command line beside a running server).
    void begin() override {
        if (writers_) {
            std::unique_lock lock(*writers_, std::defer_lock);
            // Bounded like busy_timeout: a writer that waits longer is told the database is busy, never hangs.
            if (!lock.try_lock_for(std::chrono::milliseconds(kBusyTimeoutMs)))
                throw DatabaseError(DatabaseError::Kind::busy, "SQLite: another write transaction took too long");
            writing_ = std::move(lock);
        }
        try {
            exec("BEGIN IMMEDIATE");
        } catch (...) {
            end_writing();
            throw;
        }
    }
    void commit() override {
        try {
            exec("COMMIT");
        } catch (...) {
            if (sqlite3_get_autocommit(db_)) end_writing();  // else still open: the caller rolls back
            throw;
        }
        end_writing();
    }
    void rollback() override {
        try {
            exec("ROLLBACK");
        } catch (...) {
            end_writing();
            throw;
        }
        end_writing();
    }
    [[nodiscard]] Dialect dialect() const override { return Dialect::sqlite; }

    // One prepared INSERT stepped per row: in a transaction SQLite writes pages only at commit, so a row costs
    // a bind and a step, no parsing and no round trip.
    std::unique_ptr<BulkInsert> bulk_insert(std::string_view table,
                                            std::span<const std::string_view> columns) override {
        std::string sql = "INSERT INTO " + std::string(table) + " (";
        std::string values;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            sql += (i ? ", " : "") + std::string(columns[i]);
            values += i ? ", ?" : "?";
        }
        sql += ") VALUES (" + values + ")";
        return std::make_unique<SqliteBulkInsert>(*this, std::move(sql));
    }

    bool reset_for_reuse() noexcept override {
        const bool clean =
            sqlite3_get_autocommit(db_) || sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK;
        end_writing();
        return clean;
    }

private:
    class SqliteBulkInsert final : public BulkInsert {
    public:
        // Its own statement, not the cache's: the cache may finalize what it holds when it fills.
        SqliteBulkInsert(SqliteConnection& connection, std::string sql)
            : connection_(connection), sql_(std::move(sql)) {
            const int code = sqlite3_prepare_v3(connection.db_, sql_.data(), static_cast<int>(sql_.size()),
                                                SQLITE_PREPARE_PERSISTENT, &statement_, nullptr);
            if (code != SQLITE_OK) connection.fail(code, sql_);
        }
        ~SqliteBulkInsert() override { sqlite3_finalize(statement_); }
        SqliteBulkInsert(const SqliteBulkInsert&) = delete;
        SqliteBulkInsert& operator=(const SqliteBulkInsert&) = delete;
        void add(std::span<const Param> row) override {
            connection_.step_once(statement_, sql_, row);
            ++rows_;
        }
        std::int64_t finish() override { return rows_; }

    private:
        SqliteConnection& connection_;
        std::string sql_;
        sqlite3_stmt* statement_ = nullptr;
        std::int64_t rows_ = 0;
    };

    void step_once(sqlite3_stmt* statement, std::string_view sql, std::span<const Param> params) {
        struct Reset {
            sqlite3_stmt* statement;
            ~Reset() {
                sqlite3_reset(statement);
                sqlite3_clear_bindings(statement);  // the row's text was bound without a copy
            }
        } reset{statement};
        bind(statement, sql, params);
        const int code = sqlite3_step(statement);
        if (code != SQLITE_DONE && code != SQLITE_ROW) fail(sqlite3_extended_errcode(db_), sql);
    }

    void end_writing() noexcept {
        if (writing_.owns_lock()) writing_.unlock();
    }

    [[noreturn]] void fail(int code, std::string_view sql) const {
        throw DatabaseError(kind_of(code),
                            std::string("SQLite: ") + sqlite3_errmsg(db_) + " (in: " + std::string(sql) + ")");
    }

    void exec(const std::string& sql) {
        char* error = nullptr;
        const int code = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error);
        if (code == SQLITE_OK) return;
        std::string message = error ? error : sqlite3_errstr(code);
        sqlite3_free(error);
        throw DatabaseError(kind_of(sqlite3_extended_errcode(db_)),
                            "SQLite: " + message + " (in: " + sql.substr(0, 200) + ")");
    }

    sqlite3_stmt* prepare(std::string_view sql) {
        std::string key(sql);
        if (auto found = statements_.find(key); found != statements_.end()) return found->second;
        sqlite3_stmt* statement = nullptr;
        const char* tail = nullptr;
        const int code = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                            &statement, &tail);
        if (code != SQLITE_OK) fail(code, sql);
        if (!statement) throw DatabaseError(DatabaseError::Kind::other, "empty SQL statement");
        for (; tail && tail < sql.data() + sql.size(); ++tail) {
            if (*tail != ' ' && *tail != '\n' && *tail != '\t' && *tail != '\r' && *tail != ';') {
                sqlite3_finalize(statement);
                throw DatabaseError(
                    DatabaseError::Kind::other,
                    "query/execute take one statement; use execute_script for several (in: " + key + ")");
            }
        }
        if (statements_.size() >= kStatementCacheLimit) {
            for (auto& [cached_sql, cached] : statements_) sqlite3_finalize(cached);
            statements_.clear();
        }
        statements_.emplace(std::move(key), statement);
        return statement;
    }

    void bind(sqlite3_stmt* statement, std::string_view sql, std::span<const Param> params) {
        const int expected = sqlite3_bind_parameter_count(statement);
        if (expected != static_cast<int>(params.size())) {
            throw DatabaseError(DatabaseError::Kind::other, "statement has " + std::to_string(expected) +
                                                                " parameters but " + std::to_string(params.size()) +
                                                                " were given (in: " + std::string(sql) + ")");
        }
        for (int index = 1; const Param& param : params) {
            int code = SQLITE_OK;
            if (std::holds_alternative<std::nullptr_t>(param)) {
                code = sqlite3_bind_null(statement, index);
            } else if (const auto* integer = std::get_if<std::int64_t>(&param)) {
                code = sqlite3_bind_int64(statement, index, *integer);
            } else if (const auto* real = std::get_if<double>(&param)) {
                code = sqlite3_bind_double(statement, index, *real);
            } else {
                const std::string& text = std::get<std::string>(param);
                // SQLITE_STATIC: params outlive the statement's use; bindings are cleared before run() returns.
                code = sqlite3_bind_text64(statement, index, text.data(), text.size(), SQLITE_STATIC, SQLITE_UTF8);
            }
            if (code != SQLITE_OK) fail(code, sql);
            ++index;
        }
    }

    void run(std::string_view sql, const std::vector<Param>& params, Rows* rows) {
        sqlite3_stmt* statement = prepare(sql);
        struct Reset {
            sqlite3_stmt* statement;
            ~Reset() {
                sqlite3_reset(statement);
                sqlite3_clear_bindings(statement);
            }
        } reset{statement};
        bind(statement, sql, params);
        const int columns = sqlite3_column_count(statement);
        for (;;) {
            const int code = sqlite3_step(statement);
            if (code == SQLITE_DONE) return;
            if (code != SQLITE_ROW) fail(sqlite3_extended_errcode(db_), sql);
            if (!rows) continue;
            std::vector<std::optional<std::string>> values;
            values.reserve(static_cast<std::size_t>(columns));
            for (int column = 0; column < columns; ++column) {
                if (sqlite3_column_type(statement, column) == SQLITE_NULL) {
                    values.emplace_back(std::nullopt);
                    continue;
                }
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
                const int size = sqlite3_column_bytes(statement, column);
                values.emplace_back(std::string(text ? text : "", static_cast<std::size_t>(size)));
            }
            rows->emplace_back(std::move(values));
        }
    }

    sqlite3* db_ = nullptr;
    std::unordered_map<std::string, sqlite3_stmt*> statements_;
    std::shared_ptr<std::timed_mutex> writers_;   // shared by the connections of one Database (null: none)
    std::unique_lock<std::timed_mutex> writing_;  // held from begin() to the end of the transaction
};

}  // namespace

std::unique_ptr<PooledConnection> open_sqlite(const std::string& path, std::shared_ptr<std::timed_mutex> writers) {
    return std::make_unique<SqliteConnection>(path, std::move(writers));
}

}  // namespace trellis::store::detail
