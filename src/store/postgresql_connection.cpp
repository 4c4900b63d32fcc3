// PostgreSQL connection: raw libpq, text format both ways.
#include <libpq-fe.h>

#include <charconv>
#include <memory>
#include <string>
#include <unordered_map>
#include <variant>

#include "store/connections.hpp"

namespace trellis::store::detail {

namespace {

constexpr std::size_t kRewriteCacheLimit = 256;
// Statements kept prepared on one connection; the app has a few hundred distinct ones.
constexpr std::size_t kPreparedLimit = 1024;
// Parameter type OIDs (pg_type.h). Typing numbers lets the server resolve e.g. `? + ?`; text stays untyped
// (0) so the server coerces it to the column's type, as SQLite does.
constexpr Oid kInt8Oid = 20;
constexpr Oid kFloat8Oid = 701;

bool is_identifier_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           static_cast<unsigned char>(c) >= 0x80;
}

// Index just past the literal or identifier that opens at `start` with `quote`; a doubled quote is an escaped
// quote, and in E'...' strings so is a backslash-escaped one.
std::size_t skip_quoted(std::string_view sql, std::size_t start, char quote, bool backslash_escapes) {
    std::size_t i = start + 1;
    while (i < sql.size()) {
        if (backslash_escapes && sql[i] == '\\') {
            i += 2;
            continue;
        }
        if (sql[i] == quote) {
            if (i + 1 < sql.size() && sql[i + 1] == quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return sql.size();  // unterminated: leave the rest alone, the server reports the error
}

std::size_t skip_block_comment(std::string_view sql, std::size_t start) {
    int depth = 0;  // PostgreSQL block comments nest
    std::size_t i = start;
    while (i + 1 < sql.size()) {
        if (sql[i] == '/' && sql[i + 1] == '*') {
            ++depth;
            i += 2;
        } else if (sql[i] == '*' && sql[i + 1] == '/') {
            i += 2;
            if (--depth == 0) return i;
        } else {
            ++i;
        }
    }
    return sql.size();
}

DatabaseError::Kind kind_of(const char* sqlstate) {
    const std::string_view state = sqlstate ? sqlstate : "";
    if (state == "23505") return DatabaseError::Kind::unique_violation;
    if (state == "23503") return DatabaseError::Kind::foreign_key_violation;
    // serialization_failure, deadlock_detected, lock_not_available: worth retrying, like SQLITE_BUSY.
    if (state == "40001" || state == "40P01" || state == "55P03") return DatabaseError::Kind::busy;
    return DatabaseError::Kind::other;
}

std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return text;
}

struct ResultDeleter {
    void operator()(PGresult* result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

void ignore_notice(void*, const char*) {}

class PostgresConnection final : public PooledConnection {
public:
    explicit PostgresConnection(const std::string& url) {
        // Defaults listed before dbname are overridden by anything the URL itself says.
        const char* keywords[] = {"connect_timeout", "client_encoding", "application_name", "dbname", nullptr};
        const char* values[] = {"10", "UTF8", "trellis", url.c_str(), nullptr};
        conn_ = PQconnectdbParams(keywords, values, 1);
        if (!conn_) throw DatabaseError(DatabaseError::Kind::other, "libpq: out of memory while connecting");
        if (PQstatus(conn_) != CONNECTION_OK) {
            std::string message = trimmed(PQerrorMessage(conn_));
            PQfinish(conn_);
            conn_ = nullptr;
            throw DatabaseError(DatabaseError::Kind::other,
                                "cannot connect to PostgreSQL at '" + redact_url(url) + "': " + message);
        }
        // Notices ("relation already exists, skipping", "no transaction in progress") are not errors.
        PQsetNoticeProcessor(conn_, ignore_notice, nullptr);
    }

    ~PostgresConnection() override { PQfinish(conn_); }
    PostgresConnection(const PostgresConnection&) = delete;
    PostgresConnection& operator=(const PostgresConnection&) = delete;

    Rows query(std::string_view sql, const std::vector<Param>& params) override {
        Result result = run(sql, params);
        const int row_count = PQntuples(result.get());
        const int column_count = PQnfields(result.get());
        Rows rows;
        rows.reserve(static_cast<std::size_t>(row_count));
        for (int row = 0; row < row_count; ++row) {
            std::vector<std::optional<std::string>> values;
            values.reserve(static_cast<std::size_t>(column_count));
            for (int column = 0; column < column_count; ++column) {
                if (PQgetisnull(result.get(), row, column)) {
                    values.emplace_back(std::nullopt);
                } else {
                    values.emplace_back(std::string(PQgetvalue(result.get(), row, column),
                                                    static_cast<std::size_t>(PQgetlength(result.get(), row, column))));
                }
            }
            rows.emplace_back(std::move(values));
        }
        return rows;
    }

    std::int64_t execute(std::string_view sql, const std::vector<Param>& params) override {
        Result result = run(sql, params);
        const std::string_view changed = PQcmdTuples(result.get());
        std::int64_t count = 0;
        std::from_chars(changed.data(), changed.data() + changed.size(), count);
        return count;
    }

    // A script may change tables (migrations, a restore): statements prepared before it are dropped first, or their
    // kept plans would describe the tables as they were ("cached plan must not change result type").
    void execute_script(std::string_view sql) override {
        if (!prepared_.empty()) {
            exec("DEALLOCATE ALL");
            prepared_.clear();
        }
        exec(std::string(sql));
    }

    void begin() override { exec("BEGIN"); }

    void commit() override {
        Result result = exec("COMMIT");
        // COMMIT of a transaction in which a statement failed succeeds but only rolls back: say so, or the caller
        // would believe its earlier writes were saved.
        if (std::string_view(PQcmdStatus(result.get())) == "ROLLBACK") {
            throw DatabaseError(DatabaseError::Kind::other,
                                "COMMIT rolled back: a statement in the transaction had failed");
        }
    }

    void rollback() override { exec("ROLLBACK"); }
    [[nodiscard]] Dialect dialect() const override { return Dialect::postgresql; }

    std::unique_ptr<BulkInsert> bulk_insert(std::string_view table,
                                            std::span<const std::string_view> columns) override {
        std::string sql = "COPY " + std::string(table) + " (";
        for (std::size_t i = 0; i < columns.size(); ++i) sql += (i ? ", " : "") + std::string(columns[i]);
        sql += ") FROM STDIN";
        const Result started(PQexec(conn_, sql.c_str()));
        if (!started || PQresultStatus(started.get()) != PGRES_COPY_IN) checked(nullptr, sql);
        return std::make_unique<CopyIn>(*this, std::move(sql), columns.size());
    }

    bool reset_for_reuse() noexcept override {
        if (PQstatus(conn_) != CONNECTION_OK) return false;
        switch (PQtransactionStatus(conn_)) {
            case PQTRANS_IDLE:
                return true;
            case PQTRANS_INTRANS:
            case PQTRANS_INERROR: {
                Result result(PQexec(conn_, "ROLLBACK"));
                return result && PQresultStatus(result.get()) == PGRES_COMMAND_OK &&
                       PQtransactionStatus(conn_) == PQTRANS_IDLE;
            }
            default:
                return false;
        }
    }

private:
    // COPY's text format: a row a line, values separated by tabs, \N for NULL, and backslash, tab, newline and
    // carriage return escaped. Rows are sent in 256 KiB chunks; the server checks them as they arrive.
    class CopyIn final : public BulkInsert {
    public:
        CopyIn(PostgresConnection& connection, std::string sql, std::size_t columns)
            : connection_(connection), sql_(std::move(sql)), columns_(columns) {
            buffer_.reserve(kChunk + 4096);
        }
        ~CopyIn() override {
            if (!finished_) {  // abandoned: end the COPY in error so that the connection can roll back
                PQputCopyEnd(connection_.conn_, "bulk insert abandoned");
                while (PGresult* result = PQgetResult(connection_.conn_)) PQclear(result);
            }
        }
        CopyIn(const CopyIn&) = delete;
        CopyIn& operator=(const CopyIn&) = delete;

        void add(std::span<const Param> row) override {
            if (row.size() != columns_)
                throw DatabaseError(DatabaseError::Kind::other, "a row of " + std::to_string(row.size()) +
                                                                    " values for " + std::to_string(columns_) +
                                                                    " columns (in: " + sql_ + ")");
            for (std::size_t i = 0; i < row.size(); ++i) {
                if (i) buffer_ += '\t';
                append(row[i]);
            }
            buffer_ += '\n';
            ++rows_;
            if (buffer_.size() >= kChunk) flush();
        }

        std::int64_t finish() override {
            flush();
            finished_ = true;
            if (PQputCopyEnd(connection_.conn_, nullptr) != 1) connection_.checked(nullptr, sql_);
            bool failed = false;
            std::string message;
            const char* sqlstate = nullptr;
            std::string state;
            while (PGresult* raw = PQgetResult(connection_.conn_)) {
                const Result result(raw);
                if (PQresultStatus(raw) != PGRES_COMMAND_OK && !failed) {
                    failed = true;
                    message = trimmed(PQresultErrorMessage(raw));
                    if ((sqlstate = PQresultErrorField(raw, PG_DIAG_SQLSTATE))) state = sqlstate;
                }
            }
            if (failed)
                throw DatabaseError(kind_of(state.empty() ? nullptr : state.c_str()),
                                    "PostgreSQL: " + message + " (in: " + sql_ + ")");
            return rows_;
        }

    private:
        static constexpr std::size_t kChunk = 256 * 1024;

        void append(const Param& value) {
            if (std::holds_alternative<std::nullptr_t>(value)) {
                buffer_ += "\\N";
            } else if (const auto* integer = std::get_if<std::int64_t>(&value)) {
                char digits[24];
                const auto end = std::to_chars(digits, digits + sizeof digits, *integer).ptr;
                buffer_.append(digits, end);
            } else if (const auto* real = std::get_if<double>(&value)) {
                char digits[64];
                const auto end = std::to_chars(digits, digits + sizeof digits, *real).ptr;
                buffer_.append(digits, end);
            } else {
                for (const char c : std::get<std::string>(value)) {
                    switch (c) {
                        case '\\':
                            buffer_ += "\\\\";
                            break;
                        case '\t':
                            buffer_ += "\\t";
                            break;
                        case '\n':
                            buffer_ += "\\n";
                            break;
                        case '\r':
                            buffer_ += "\\r";
                            break;
                        default:
                            buffer_ += c;
                    }
                }
            }
        }

        void flush() {
            if (buffer_.empty()) return;
            if (PQputCopyData(connection_.conn_, buffer_.data(), static_cast<int>(buffer_.size())) != 1) {
                finished_ = true;  // the link is gone: nothing more to end
                throw DatabaseError(
                    DatabaseError::Kind::other,
                    "PostgreSQL: " + trimmed(PQerrorMessage(connection_.conn_)) + " (in: " + sql_ + ")");
            }
            buffer_.clear();
        }

        PostgresConnection& connection_;
        std::string sql_;
        std::size_t columns_;
        std::string buffer_;
        std::int64_t rows_ = 0;
        bool finished_ = false;
    };

    Result checked(PGresult* raw, std::string_view sql) {
        Result result(raw);
        const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return result;
        const char* sqlstate = result ? PQresultErrorField(result.get(), PG_DIAG_SQLSTATE) : nullptr;
        std::string message = trimmed(result ? PQresultErrorMessage(result.get()) : PQerrorMessage(conn_));
        if (message.empty()) message = PQresStatus(status);
        throw DatabaseError(kind_of(sqlstate),
                            "PostgreSQL: " + message + " (in: " + std::string(sql.substr(0, 200)) + ")");
    }

    Result exec(const std::string& sql) { return checked(PQexec(conn_, sql.c_str()), sql); }

    const RewrittenSql& rewritten(std::string_view sql) {
        std::string key(sql);
        if (auto found = rewrites_.find(key); found != rewrites_.end()) return found->second;
        if (rewrites_.size() >= kRewriteCacheLimit) rewrites_.clear();
        return rewrites_.emplace(std::move(key), rewrite_placeholders(sql)).first->second;
    }

    Result run(std::string_view sql, const std::vector<Param>& params) {
        const RewrittenSql& statement = rewritten(sql);
        if (statement.parameter_count != params.size()) {
            throw DatabaseError(DatabaseError::Kind::other,
                                "statement has " + std::to_string(statement.parameter_count) + " parameters but " +
                                    std::to_string(params.size()) + " were given (in: " + std::string(sql) + ")");
        }
        std::vector<std::string> storage(params.size());
        std::vector<const char*> values(params.size(), nullptr);
        std::vector<Oid> types(params.size(), 0);
        for (std::size_t i = 0; i < params.size(); ++i) {
            const Param& param = params[i];
            if (const auto* integer = std::get_if<std::int64_t>(&param)) {
                storage[i] = std::to_string(*integer);
                types[i] = kInt8Oid;
            } else if (const auto* real = std::get_if<double>(&param)) {
                char buffer[64];
                auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, *real);  // shortest round trip
                storage[i].assign(buffer, error == std::errc() ? end : buffer);
                types[i] = kFloat8Oid;
            } else if (const auto* text = std::get_if<std::string>(&param)) {
                storage[i] = *text;
            } else {
                continue;  // NULL: nullptr value
            }
            values[i] = storage[i].c_str();
        }
        const std::string& name = prepared(sql, statement, types);
        return checked(
            PQexecPrepared(conn_, name.c_str(), static_cast<int>(params.size()), values.data(), nullptr, nullptr, 0),
            sql);
    }

    // Each statement is prepared once per connection (for each combination of parameter types it is given: a NULL
    // leaves its parameter's type to the server) and then only executed: the server parses and plans it once, not
    // on every request, which is most of what a short query costs it (docs/performance.md, the team page on
    // PostgreSQL). Prepared statements outlive a rolled-back transaction, so the cache stays true.
    const std::string& prepared(std::string_view sql, const RewrittenSql& statement, const std::vector<Oid>& types) {
        std::string key(sql);
        key += '\0';
        for (const Oid type : types) key += type == kInt8Oid ? 'i' : type == kFloat8Oid ? 'f' : '?';
        if (auto found = prepared_.find(key); found != prepared_.end()) return found->second;
        if (prepared_.size() >= kPreparedLimit) {
            exec("DEALLOCATE ALL");
            prepared_.clear();
        }
        std::string name = "trellis_" + std::to_string(++prepared_count_);
        checked(PQprepare(conn_, name.c_str(), statement.sql.c_str(), static_cast<int>(types.size()), types.data()),
                sql);
        return prepared_.emplace(std::move(key), std::move(name)).first->second;
    }

    PGconn* conn_ = nullptr;
    std::unordered_map<std::string, RewrittenSql> rewrites_;
    std::unordered_map<std::string, std::string> prepared_;  // statement and parameter types → prepared name
    std::uint64_t prepared_count_ = 0;
};

}  // namespace

RewrittenSql rewrite_placeholders(std::string_view sql) {
    RewrittenSql out;
    out.sql.reserve(sql.size() + 16);
    std::size_t i = 0;
    while (i < sql.size()) {
        const char c = sql[i];
        const char next = i + 1 < sql.size() ? sql[i + 1] : '\0';
        std::size_t end = i + 1;
        if (c == '\'') {
            const bool escape_string =
                i > 0 && (sql[i - 1] == 'E' || sql[i - 1] == 'e') && (i < 2 || !is_identifier_char(sql[i - 2]));
            end = skip_quoted(sql, i, '\'', escape_string);
        } else if (c == '"') {
            end = skip_quoted(sql, i, '"', false);
        } else if (c == '-' && next == '-') {
            end = sql.find('\n', i);
            end = end == std::string_view::npos ? sql.size() : end + 1;
        } else if (c == '/' && next == '*') {
            end = skip_block_comment(sql, i);
        } else if (c == '?') {
            out.sql += '$';
            out.sql += std::to_string(++out.parameter_count);
            ++i;
            continue;
        }
        out.sql.append(sql.substr(i, end - i));
        i = end;
    }
    return out;
}

std::unique_ptr<PooledConnection> open_postgresql(const std::string& url) {
    return std::make_unique<PostgresConnection>(url);
}

}  // namespace trellis::store::detail
