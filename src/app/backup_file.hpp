#pragma once
// The backup file: gzip'd JSON lines, documented in docs/operations.md ("Backups"). Line 1 is the header, then
// per table a line naming it and its columns followed by one line per row, then an end line that says how many
// tables and rows came before it (so a file cut short at a line boundary is still recognised).
#include <string>

#include "trellis/store/backup_stream.hpp"

namespace trellis::app {

inline constexpr int kBackupFormatVersion = 1;

// Writes FILE.tmp (mode 0600: the file holds password and token hashes) and renames it to FILE only once the end
// line is written and synced, so FILE is never half a backup. A writer destroyed before end() removes FILE.tmp.
class BackupFileWriter final : public store::BackupSink {
public:
    explicit BackupFileWriter(std::string path);
    ~BackupFileWriter() override;
    BackupFileWriter(const BackupFileWriter&) = delete;
    BackupFileWriter& operator=(const BackupFileWriter&) = delete;

    void begin(const store::BackupHeader& header) override;
    void table(const store::BackupTable& table) override;
    void row(const std::vector<store::BackupValue>& values) override;
    void end() override;

    [[nodiscard]] std::int64_t rows_written() const { return rows_; }

private:
    void write_line(const std::string& line);
    void flush_buffer();

    std::string path_;
    std::string temporary_;
    int fd_ = -1;
    void* gz_ = nullptr;  // gzFile, kept out of this header
    std::string buffer_;
    std::string line_;
    std::int64_t tables_ = 0;
    std::int64_t rows_ = 0;
    bool finished_ = false;
};

// Reads FILE and passes it to `sink`. Problems with the file itself throw std::runtime_error as
// "FILE:LINE: what is wrong"; the sink's own errors pass through unchanged.
void read_backup_file(const std::string& path, store::BackupSink& sink);

}  // namespace trellis::app
