#pragma once
// Restores a backup stream into an empty database, all or nothing: the target is migrated, must hold no rows
// (other than those the migrations themselves put there), and receives every row in one transaction with ids
// preserved; sequences then continue above the highest id ever handed out.
#include <memory>
#include <string>
#include <vector>

#include "trellis/store/backup_stream.hpp"

namespace trellis::store {

class Database;

class DatabaseRestore final : public BackupSink {
public:
    // Nothing is opened until begin(): a header this binary refuses leaves the target untouched (not even created).
    explicit DatabaseRestore(std::string target_url);
    ~DatabaseRestore() override;
    DatabaseRestore(const DatabaseRestore&) = delete;
    DatabaseRestore& operator=(const DatabaseRestore&) = delete;

    // Throw std::runtime_error with a message naming what is wrong (version, non-empty table, bad value).
    void begin(const BackupHeader& header) override;
    void table(const BackupTable& table) override;
    void row(const std::vector<BackupValue>& values) override;
    void end() override;  // commits

    [[nodiscard]] std::int64_t rows_restored() const;

private:
    struct State;
    std::string target_url_;
    std::unique_ptr<State> state_;
};

}  // namespace trellis::store
