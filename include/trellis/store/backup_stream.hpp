#pragma once
// The engine-neutral stream that backup, restore and copy pass along: a header, then per table its columns and
// rows, then an end. A snapshot of a database produces it (backup_snapshot.hpp), a restore into a database
// consumes it (backup_restore.hpp), and the backup file (src/app/backup_file.cpp) stores it between the two.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace trellis::store {

// What a value is, independent of the engine that held it. SQLite keeps flags and times as integers, so the
// restore converts to what the target's column needs (a PostgreSQL boolean from 0/1, for example).
enum class ValueKind { null, integer, real, text, boolean, blob };

const char* value_kind_name(ValueKind kind);
std::optional<ValueKind> value_kind_from_name(const std::string& name);

// One value. `text` holds integers and reals as their exact decimal text (never a double that was rounded on the
// way), booleans as "1"/"0", text as UTF-8 and blobs as their raw bytes.
struct BackupValue {
    ValueKind kind = ValueKind::null;
    std::string text;
};

struct BackupColumn {
    std::string name;
    ValueKind kind = ValueKind::text;  // the column's declared type, as a kind
};

struct BackupTable {
    std::string name;
    std::vector<BackupColumn> columns;
    std::int64_t row_count = 0;
    // The highest id the table's auto-increment key has handed out (deleted rows included), when it has one:
    // a restored database never hands out an id that once meant something else.
    std::optional<std::int64_t> sequence;
};

struct BackupHeader {
    int format_version = 1;
    int schema_version = 0;           // the number of migrations applied
    std::string made_at;              // RFC 3339, UTC
    std::string source;               // "sqlite" or "postgresql": informative only
    std::vector<std::string> tables;  // in dependency order: a table comes after every table it references
};

// Receives the stream in order: begin, then for each table `table` and its rows, then `end`.
class BackupSink {
public:
    virtual ~BackupSink() = default;
    virtual void begin(const BackupHeader& header) = 0;
    virtual void table(const BackupTable& table) = 0;
    virtual void row(const std::vector<BackupValue>& values) = 0;
    virtual void end() = 0;
};

}  // namespace trellis::store
