// Engine-independent parts of the store: rows, transactions, the connection pool and Database::open.
#include "trellis/store/database.hpp"
#include "trellis/store/pool_wait.hpp"

#include <fmt/format.h>
#include <libpq-fe.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <charconv>
#include <condition_variable>
#include <mutex>
#include <system_error>

#include "store/connections.hpp"

namespace trellis::store {

Param param_or_null(const std::optional<std::string>& value) {
    if (value) return *value;
    return nullptr;
}

Param param_or_null(const std::optional<std::int64_t>& value) {
    if (value) return *value;
    return nullptr;
}

// ---- Row ----

namespace {

const std::string kEmpty;

[[noreturn]] void throw_not_a(const char* what, std::size_t column, const std::string& value) {
    throw DatabaseError(DatabaseError::Kind::other,
                        "column " + std::to_string(column) + " is not " + what + ": '" + value + "'");
}

}  // namespace

bool Row::is_null(std::size_t column) const { return !values_.at(column).has_value(); }

const std::string& Row::text(std::size_t column) const {
    const auto& value = values_.at(column);
    return value ? *value : kEmpty;
}

std::optional<std::string> Row::optional_text(std::size_t column) const { return values_.at(column); }

std::int64_t Row::integer(std::size_t column) const { return optional_integer(column).value_or(0); }

std::optional<std::int64_t> Row::optional_integer(std::size_t column) const {
    const auto& value = values_.at(column);
    if (!value) return std::nullopt;
    // PostgreSQL answers boolean expressions (EXISTS, comparisons) with t/f where SQLite answers 1/0.
    if (*value == "t") return 1;
    if (*value == "f") return 0;
    std::int64_t result = 0;
    const char* end = value->data() + value->size();
    auto [ptr, error] = std::from_chars(value->data(), end, result);
    if (error != std::errc() || ptr != end) throw_not_a("an integer", column, *value);
    return result;
}

double Row::real(std::size_t column) const {
    const auto& value = values_.at(column);
    if (!value) return 0.0;
    double result = 0.0;
    const char* end = value->data() + value->size();
    auto [ptr, error] = std::from_chars(value->data(), end, result);
    if (error != std::errc() || ptr != end) throw_not_a("a number", column, *value);
    return result;
}

// ---- Connection helpers ----

std::optional<Row> Connection::query_one(std::string_view sql, const std::vector<Param>& params) {
    Rows rows = query(sql, params);
    if (rows.empty()) return std::nullopt;
    return std::move(rows.front());
}

std::int64_t Connection::insert_returning_id(std::string_view sql, const std::vector<Param>& params) {
    std::optional<Row> row = query_one(sql, params);
    if (!row || row->size() == 0 || row->is_null(0)) {
        throw DatabaseError(DatabaseError::Kind::other,
                            "statement returned no id (expected INSERT ... RETURNING id): " + std::string(sql));
    }
    return row->integer(0);
}

// ---- Transaction ----

Transaction::Transaction(Connection& connection) : connection_(connection) { connection_.begin(); }

Transaction::~Transaction() {
    if (done_) return;
    try {
        connection_.rollback();
    } catch (...) {
        // Nothing sensible to do in a destructor; the pool rolls back or drops the connection on release.
    }
}

void Transaction::commit() {
    // If COMMIT throws, done_ stays false and the destructor rolls back.
    connection_.commit();
    done_ = true;
}

// ---- Pool and Lease ----

struct Database::Pool {
    std::mutex mutex;
    std::condition_variable available;
    std::vector<std::unique_ptr<Connection>> idle;
    std::size_t open_count = 0;  // idle + leased + being opened
    std::uint64_t waits = 0;     // acquire() calls that found no connection free and waited
};

namespace {

std::mutex pool_creation_mutex;
std::atomic<std::int64_t> pool_wait_limit_ms{0};
std::atomic<std::uint64_t> pool_timeout_count{0};

}  // namespace

void set_pool_wait_limit(std::chrono::milliseconds limit) { pool_wait_limit_ms = limit.count(); }
std::chrono::milliseconds pool_wait_limit() { return std::chrono::milliseconds(pool_wait_limit_ms.load()); }
std::uint64_t pool_timeouts() { return pool_timeout_count.load(); }

Lease::Lease(Database& database, std::unique_ptr<Connection> connection)
    : database_(&database), connection_(std::move(connection)) {}

Lease::~Lease() {
    if (connection_ && database_) database_->release(std::move(connection_));
}

Lease Database::acquire() {
    std::shared_ptr<Pool> pool;
    {
        // open() creates the pool; this covers subclasses constructed some other way (test doubles).
        std::lock_guard creation(pool_creation_mutex);
        if (!pool_) pool_ = std::make_shared<Pool>();
        pool = pool_;
    }
    const std::size_t limit = std::max<std::size_t>(pool_size_, 1);
    std::unique_lock lock(pool->mutex);
    const auto free_now = [&] { return !pool->idle.empty() || pool->open_count < limit; };
    if (!free_now()) {
        ++pool->waits;
        const auto wait_limit = pool_wait_limit();
        if (wait_limit.count() <= 0) {
            pool->available.wait(lock, free_now);
        } else if (!pool->available.wait_for(lock, wait_limit, free_now)) {
            ++pool_timeout_count;
            throw PoolTimeout(DatabaseError::Kind::busy,
                              fmt::format("no database connection came free within {} ms (all {} in use)",
                                          wait_limit.count(), limit));
        }
    }
    if (!pool->idle.empty()) {
        std::unique_ptr<Connection> connection = std::move(pool->idle.back());
        pool->idle.pop_back();
        return Lease(*this, std::move(connection));
    }
    ++pool->open_count;
    lock.unlock();  // connecting may take a while: do not hold up releases
    try {
        return Lease(*this, connect());
    } catch (...) {
        lock.lock();
        --pool->open_count;
        lock.unlock();
        pool->available.notify_one();
        throw;
    }
}

PoolStats Database::pool_stats() {
    std::shared_ptr<Pool> pool;
    {
        std::lock_guard creation(pool_creation_mutex);
        pool = pool_;
    }
    PoolStats stats;
    stats.size = std::max<std::size_t>(pool_size_, 1);
    if (!pool) return stats;
    std::lock_guard lock(pool->mutex);
    stats.open = pool->open_count;
    stats.in_use = pool->open_count - pool->idle.size();
    stats.waits = pool->waits;
    return stats;
}

void Database::release(std::unique_ptr<Connection> connection) {
    bool reusable = true;
    if (auto* pooled = dynamic_cast<detail::PooledConnection*>(connection.get())) {
        reusable = pooled->reset_for_reuse();
    }
    if (!reusable) connection.reset();  // closed outside the lock
    {
        std::lock_guard lock(pool_->mutex);
        if (connection) {
            pool_->idle.push_back(std::move(connection));  // capacity reserved: cannot throw
        } else {
            --pool_->open_count;
        }
    }
    pool_->available.notify_one();
}

// ---- Database::open ----

namespace {

constexpr const char* kUrlHelp = "expected sqlite:///absolute/path.db or postgresql://user@host:port/dbname";

class SqliteDatabase final : public Database {
public:
    SqliteDatabase(std::string path, std::size_t pool_size) : Database(pool_size), path_(std::move(path)) {}
    [[nodiscard]] Dialect dialect() const override { return Dialect::sqlite; }

protected:
    std::unique_ptr<Connection> connect() override { return detail::open_sqlite(path_, writers_); }

private:
    std::string path_;
    std::shared_ptr<std::timed_mutex> writers_ = std::make_shared<std::timed_mutex>();
};

class PostgresDatabase final : public Database {
public:
    PostgresDatabase(std::string url, std::size_t pool_size) : Database(pool_size), url_(std::move(url)) {}
    [[nodiscard]] Dialect dialect() const override { return Dialect::postgresql; }

protected:
    std::unique_ptr<Connection> connect() override { return detail::open_postgresql(url_); }

private:
    std::string url_;
};

std::string lowercase(std::string_view text) {
    std::string result(text);
    for (char& c : result) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return result;
}

std::string sqlite_path(const std::string& url, std::string_view rest) {
    const std::string shown = "'" + url + "'";
    if (rest.empty()) throw std::invalid_argument("database URL " + shown + " has no file path; " + kUrlHelp);
    if (rest.front() != '/') {
        throw std::invalid_argument("database URL " + shown +
                                    " has a relative path; relative paths are refused because they depend on "
                                    "the working directory: use three slashes and an absolute path, "
                                    "sqlite:///absolute/path.db");
    }
    if (rest.find_first_of("?#") != std::string_view::npos) {
        throw std::invalid_argument("database URL " + shown + " has a query or fragment; sqlite URLs take only " +
                                    "a path: sqlite:///absolute/path.db");
    }
    if (rest.back() == '/') throw std::invalid_argument("database URL " + shown + " names a directory, not a file");
    return std::string(rest);
}

void check_postgresql_url(const std::string& url) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(url.c_str(), &error);
    if (options) {
        PQconninfoFree(options);
        return;
    }
    std::string message = "invalid PostgreSQL URL '" + detail::redact_url(url) + "'";
    if (error) {
        std::string detail = error;
        PQfreemem(error);
        while (!detail.empty() && std::isspace(static_cast<unsigned char>(detail.back()))) detail.pop_back();
        message += ": " + detail;
    }
    throw std::invalid_argument(message + "; " + kUrlHelp);
}

}  // namespace

std::unique_ptr<Database> Database::open(const std::string& url, std::size_t pool_size) {
    if (pool_size == 0) throw std::invalid_argument("database pool size must be at least 1");
    if (url.empty()) throw std::invalid_argument(std::string("database URL is empty; ") + kUrlHelp);
    const std::size_t separator = url.find("://");
    if (separator == std::string::npos || separator == 0) {
        throw std::invalid_argument("database URL '" + detail::redact_url(url) + "' has no scheme; " + kUrlHelp);
    }
    const std::string scheme = lowercase(std::string_view(url).substr(0, separator));
    const std::string_view rest = std::string_view(url).substr(separator + 3);

    std::unique_ptr<Database> database;
    if (scheme == "sqlite") {
        database = std::make_unique<SqliteDatabase>(sqlite_path(url, rest), pool_size);
    } else if (scheme == "postgresql" || scheme == "postgres") {
        check_postgresql_url(url);
        database = std::make_unique<PostgresDatabase>(url, pool_size);
    } else {
        throw std::invalid_argument("unsupported database URL scheme '" + scheme + "' in '" + detail::redact_url(url) +
                                    "'; " + kUrlHelp);
    }
    database->pool_ = std::make_shared<Pool>();
    database->pool_->idle.reserve(pool_size);
    // Connect once now so an unreachable database is reported at start, not on the first request.
    { Lease first = database->acquire(); }
    return database;
}

namespace detail {

std::string redact_url(std::string_view url) {
    std::string result(url);
    const std::size_t scheme_end = result.find("://");
    if (scheme_end != std::string::npos) {
        const std::size_t authority = scheme_end + 3;
        const std::size_t authority_end = std::min(result.find_first_of("/?#", authority), result.size());
        const std::size_t at = result.rfind('@', authority_end);
        if (at != std::string::npos && at >= authority) {
            const std::size_t colon = result.find(':', authority);
            if (colon != std::string::npos && colon < at) result.replace(colon + 1, at - colon - 1, "***");
        }
    }
    // password=... as a query parameter
    for (std::size_t position = 0; (position = result.find("password=", position)) != std::string::npos;) {
        const std::size_t value = position + 9;
        const std::size_t end = std::min(result.find('&', value), result.size());
        result.replace(value, end - value, "***");
        position = value + 3;
    }
    return result;
}

}  // namespace detail

}  // namespace trellis::store
