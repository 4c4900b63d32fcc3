#pragma once
// One code path for SQLite and PostgreSQL. SQL is written once, with `?` placeholders, in the common subset of
// both dialects; the PostgreSQL connection rewrites `?` to `$1..$n` (never inside quoted literals).
// Conventions that keep the two engines identical: ids are 64-bit integers (`{{pk}}` in migrations), times are
// Unix seconds in BIGINT columns, flags are INTEGER 0/1, text is TEXT, inserts use `RETURNING id`.
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace trellis::store {

enum class Dialect { sqlite, postgresql };

using Param = std::variant<std::nullptr_t, std::int64_t, double, std::string>;

// Convenience for optional values: nullopt binds NULL.
Param param_or_null(const std::optional<std::string>& value);
Param param_or_null(const std::optional<std::int64_t>& value);

// A result row. Values arrive as text from both engines (SQLite integers as decimal text), NULL as nullopt.
class Row {
public:
    explicit Row(std::vector<std::optional<std::string>> values) : values_(std::move(values)) {}
    [[nodiscard]] bool is_null(std::size_t column) const;
    [[nodiscard]] const std::string& text(std::size_t column) const;  // "" for NULL
    [[nodiscard]] std::optional<std::string> optional_text(std::size_t column) const;
    [[nodiscard]] std::int64_t integer(std::size_t column) const;  // 0 for NULL
    [[nodiscard]] std::optional<std::int64_t> optional_integer(std::size_t column) const;
    [[nodiscard]] double real(std::size_t column) const;
    [[nodiscard]] std::size_t size() const { return values_.size(); }

private:
    std::vector<std::optional<std::string>> values_;
};

using Rows = std::vector<Row>;

// Thrown for database failures. Expected conflicts are distinguished so the API can answer 409, not 500.
class DatabaseError : public std::runtime_error {
public:
    enum class Kind { unique_violation, foreign_key_violation, busy, other };
    DatabaseError(Kind kind, const std::string& message) : std::runtime_error(message), kind_(kind) {}
    [[nodiscard]] Kind kind() const { return kind_; }

private:
    Kind kind_;
};

// Many rows into one table within the caller's transaction, for imports that write hundreds of thousands:
// SQLite steps one prepared INSERT per row; PostgreSQL streams the rows with COPY ... FROM STDIN, one round trip
// in all. add() takes one row's values in the order of the columns given; finish() (before commit) ends the
// stream and returns the rows written. Dropped unfinished (an exception on the way), the rows are abandoned and
// the transaction must be rolled back.
class BulkInsert {
public:
    virtual ~BulkInsert() = default;
    virtual void add(std::span<const Param> row) = 0;
    virtual std::int64_t finish() = 0;
};

class Connection {
public:
    virtual ~Connection() = default;
    virtual Rows query(std::string_view sql, const std::vector<Param>& params = {}) = 0;
    // Runs a statement; returns the number of rows changed.
    virtual std::int64_t execute(std::string_view sql, const std::vector<Param>& params = {}) = 0;
    // Runs several statements without parameters (migrations).
    virtual void execute_script(std::string_view sql) = 0;
    virtual void begin() = 0;  // SQLite: BEGIN IMMEDIATE (writers queue instead of deadlocking)
    virtual void commit() = 0;
    virtual void rollback() = 0;
    [[nodiscard]] virtual Dialect dialect() const = 0;
    // Table and column names come from code, never from input. One bulk insert open at a time on a connection.
    virtual std::unique_ptr<BulkInsert> bulk_insert(std::string_view table,
                                                    std::span<const std::string_view> columns) = 0;

    // Helpers built on query().
    std::optional<Row> query_one(std::string_view sql, const std::vector<Param>& params = {});
    // For "INSERT ... RETURNING id".
    std::int64_t insert_returning_id(std::string_view sql, const std::vector<Param>& params = {});
};

// Rolls back unless commit() was called: a request that fails half-way writes nothing.
class Transaction {
public:
    explicit Transaction(Connection& connection);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Connection& connection_;
    bool done_ = false;
};

class Database;

// A pooled connection, returned to the pool when the lease ends.
class Lease {
public:
    Lease(Database& database, std::unique_ptr<Connection> connection);
    ~Lease();
    Lease(Lease&&) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    Connection& operator*() { return *connection_; }
    Connection* operator->() { return connection_.get(); }

private:
    Database* database_;
    std::unique_ptr<Connection> connection_;
};

// The pool as an operator sees it (/metrics): its bound, connections open and leased now, and how many
// acquire() calls so far found none free and had to wait.
struct PoolStats {
    std::size_t size = 0;
    std::size_t open = 0;
    std::size_t in_use = 0;
    std::uint64_t waits = 0;
};

class Database {
public:
    // url: "sqlite:///absolute/path.db", "sqlite://relative.db" is refused, "postgresql://..." / "postgres://...".
    // Throws std::invalid_argument with a clear message for an unusable URL, DatabaseError when unreachable.
    static std::unique_ptr<Database> open(const std::string& url, std::size_t pool_size = 4);
    virtual ~Database() = default;

    Lease acquire();  // blocks until a connection is free
    [[nodiscard]] PoolStats pool_stats();
    [[nodiscard]] virtual Dialect dialect() const = 0;

    // Applies pending numbered migrations in order, each in its own transaction. Refuses (throws
    // std::runtime_error, clear message) a database whose schema is newer than this binary knows.
    void migrate();
    [[nodiscard]] int schema_version();

protected:
    explicit Database(std::size_t pool_size) : pool_size_(pool_size) {}
    virtual std::unique_ptr<Connection> connect() = 0;

private:
    friend class Lease;
    void release(std::unique_ptr<Connection> connection);
    struct Pool;
    std::shared_ptr<Pool> pool_;
    std::size_t pool_size_;
};

}  // namespace trellis::store
