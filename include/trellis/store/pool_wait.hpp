#pragma once
// How long Database::acquire() waits for a free pooled connection. Without a limit, a request behind a saturated
// database queues for as long as it takes and nginx, the browser and the person all wait with it; with one, the
// request gives up (PoolTimeout, a kind of `busy`) and is answered 503 with Retry-After (api/app.cpp).
//
// The limit is the process's, set once by `trellis serve` (--pool-wait-ms) for its one Database; the CLI and the
// tests that set none wait without limit.
#include <chrono>
#include <cstdint>

#include "trellis/store/database.hpp"

namespace trellis::store {

class PoolTimeout : public DatabaseError {
public:
    using DatabaseError::DatabaseError;
};

// Zero: no limit (the default).
void set_pool_wait_limit(std::chrono::milliseconds limit);
[[nodiscard]] std::chrono::milliseconds pool_wait_limit();

// acquire() calls, in this process, that waited past the limit and threw PoolTimeout (/metrics).
[[nodiscard]] std::uint64_t pool_timeouts();

}  // namespace trellis::store
