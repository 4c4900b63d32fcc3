#pragma once
// Reads a whole database as one consistent snapshot, while it serves, and passes it to a sink: one read
// transaction for everything (SQLite: a deferred transaction, which in WAL mode reads one snapshot and blocks no
// writer; PostgreSQL: REPEATABLE READ READ ONLY). Rows are read a page at a time, so memory stays bounded.
#include <string>

#include "trellis/store/backup_stream.hpp"
#include "trellis/store/database.hpp"

namespace trellis::store {

// Throws std::runtime_error when the database's schema version is not this binary's (run `trellis migrate`).
void take_snapshot(Database& database, BackupSink& sink, const std::string& made_at);

}  // namespace trellis::store
