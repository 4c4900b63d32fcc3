#include "app/backup_command.hpp"

#include <ctime>
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

}  // namespace

int run_backup(const CommonOptions& common, const std::string& file, std::ostream& out) {
    // Not migrated: a backup changes nothing; a database at another schema version is refused by the snapshot.
    auto database = store::Database::open(common.database_url, 1);
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
    auto source = store::Database::open(from, 1);
    store::DatabaseRestore restore(to);
    store::take_snapshot(*source, restore, utc_now());
    out << "copied " << restore.rows_restored() << " rows\n";
    return 0;
}

}  // namespace trellis::app
