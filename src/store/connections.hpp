#pragma once
// Internal to the store layer: the engine-specific connections and databases behind Database::open.
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "trellis/store/database.hpp"

namespace trellis::store::detail {

// What the pool needs to know about a connection that the public interface does not say.
class PooledConnection : public Connection {
public:
    // Called when a lease ends: rolls back a transaction left open and reports whether the connection can be
    // handed out again (false when the link to the server is broken; the pool then drops it).
    virtual bool reset_for_reuse() noexcept = 0;
};

// path: absolute file path; the file is created when missing. `writers`, shared by the connections of one Database,
// queues their write transactions in this process (see SqliteConnection::begin); null: SQLite's busy handler only.
std::unique_ptr<PooledConnection> open_sqlite(const std::string& path,
                                              std::shared_ptr<std::timed_mutex> writers = nullptr);
// url: a libpq connection URI, already validated with PQconninfoParse.
std::unique_ptr<PooledConnection> open_postgresql(const std::string& url);

// `?` -> `$1..$n`, leaving quoted literals, quoted identifiers and comments alone.
struct RewrittenSql {
    std::string sql;
    std::size_t parameter_count = 0;
};
RewrittenSql rewrite_placeholders(std::string_view sql);

// The URL with any password replaced by "***", for messages and logs.
std::string redact_url(std::string_view url);

}  // namespace trellis::store::detail
