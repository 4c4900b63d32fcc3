#include "app/backup_command.hpp"

#include <ctime>
#include <filesystem>
#include <memory>
#include <ostream>
#include <stdexcept>

#include "app/backup_file.hpp"
#include "trellis/store/backup_restore.hpp"
#include "trellis/store/backup_snapshot.hpp"
#include "trellis/store/database.hpp"

namespace trellis::app {

namespace {

std::string utc_now() {
    const std::time_t now = std::time(nullptr);
    std::tm parts{};
    gmtime_r(&now, &parts);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
    return text;
}

// Opening a SQLite URL creates the file: a mistyped path would leave an empty database behind.
std::unique_ptr<store::Database> open_existing(const std::string& url) {
    constexpr std::string_view kSqlite = "sqlite://";
    if (url.starts_with(kSqlite)) {
        const std::string path = url.substr(kSqlite.size());
        if (!path.empty() && path.front() == '/' && !std::filesystem::exists(path)) {
            throw std::invalid_argument("there is no database at " + path);
        }
    }
    return store::Database::open(url, 1);
}

}  // namespace

int run_backup(const CommonOptions& common, const std::string& file, std::ostream& out) {
    // Not migrated: a backup changes nothing; a database at another schema version is refused by the snapshot.
    auto database = open_existing(common.database_url);
    BackupFileWriter writer(file);
    store::take_snapshot(*database, writer, utc_now());
    out << "backed up " << writer.rows_written() << " rows to " << file << "\n";
    return 0;
}

int run_restore(const CommonOptions& common, const std::string& file, std::ostream& out) {
    store::DatabaseRestore restore(common.database_url);
    read_backup_file(file, restore);
    out << "restored " << restore.rows_restored() << " rows from " << file << "\n";
    return 0;
}

int run_copy(const std::string& from, const std::string& to, std::ostream& out) {
    if (from == to) throw std::invalid_argument("--from and --to name the same database");
    auto source = open_existing(from);
    store::DatabaseRestore restore(to);
    store::take_snapshot(*source, restore, utc_now());
    out << "copied " << restore.rows_restored() << " rows\n";
    return 0;
}

}  // namespace trellis::app
