// Student-level imports. import_students streams one source through a StudentCounter. import_students_file
// reads the file in two ranges on two threads: the split is the first line end after the middle, which is a
// record boundary unless it falls inside a quoted field. The first range is read from the file's start, so its
// reader knows: if it ends cleanly the boundary was real and the second range's counts are merged; if it ends
// inside an open quote the guess was wrong and the whole file is read again serially. Both ranges are read
// with pread into the reader's own 1 MiB buffer, so memory does not grow with the file.
#include "trellis/analytics/student_import.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <exception>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>

#include "student_counter.hpp"

namespace trellis::analytics {

namespace {

constexpr std::int64_t kProgressStep = 1 << 20;
constexpr std::int64_t kParallelMinBytes = 8 << 20;

class File {
public:
    explicit File(const std::string& path) : fd_(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {}
    ~File() {
        if (fd_ >= 0) ::close(fd_);
    }
    File(const File&) = delete;
    File& operator=(const File&) = delete;
    int fd() const { return fd_; }

    // Reads [offset, offset + size) of the file; short only at the end of the file.
    std::size_t read_at(char* buffer, std::size_t size, std::int64_t offset) const {
        std::size_t done = 0;
        while (done < size) {
            const ssize_t got =
                ::pread(fd_, buffer + done, size - done, static_cast<off_t>(offset) + static_cast<off_t>(done));
            if (got < 0) {
                if (errno == EINTR) continue;
                throw std::system_error(errno, std::generic_category(), "reading the student file");
            }
            if (got == 0) break;
            done += static_cast<std::size_t>(got);
        }
        return done;
    }

private:
    int fd_;
};

// A ByteSource over [begin, end) of the file, adding what it reads to a shared progress counter.
class RangeSource {
public:
    RangeSource(const File& file, std::int64_t begin, std::int64_t end, std::atomic<std::int64_t>& total,
                const std::function<void(std::int64_t)>& progress, std::mutex& progress_lock)
        : file_(file), at_(begin), end_(end), total_(total), progress_(progress), progress_lock_(progress_lock) {}

    std::size_t operator()(char* buffer, std::size_t capacity) {
        const auto want =
            static_cast<std::size_t>(std::min<std::int64_t>(static_cast<std::int64_t>(capacity), end_ - at_));
        if (want == 0) return 0;
        const std::size_t got = file_.read_at(buffer, want, at_);
        at_ += static_cast<std::int64_t>(got);
        const std::int64_t before = total_.fetch_add(static_cast<std::int64_t>(got));
        const std::int64_t after = before + static_cast<std::int64_t>(got);
        if (progress_ && before / kProgressStep != after / kProgressStep) {
            const std::lock_guard lock(progress_lock_);
            progress_(total_.load());
        }
        return got;
    }

private:
    const File& file_;
    std::int64_t at_, end_;
    std::atomic<std::int64_t>& total_;
    const std::function<void(std::int64_t)>& progress_;
    std::mutex& progress_lock_;
};

StudentImportResult failed(std::string message) {
    StudentImportResult result;
    result.problems.push_back({0, 0, std::move(message)});
    return result;
}

StudentImportResult collect(detail::StudentCounter& counter, const CsvResult& read, int year,
                            const StudentCountsSink* sink = nullptr) {
    if (!read.problems.empty() && counter.problems().size() < detail::StudentCounter::kMaxProblems) {
        counter.problems().push_back(read.problems.front());
    }
    if (!counter.header_seen() && counter.problems().empty()) {
        counter.problems().push_back({1, 0, "the file is empty: a header row is required", domain::code::kEmptyFile});
    }
    return counter.finish(year, sink);
}

StudentImportResult import_serial(const File& file, std::int64_t size, const ColumnMapping& mapping, int year,
                                  const std::function<void(std::int64_t)>& progress, const StudentCountsSink* sink) {
    std::atomic<std::int64_t> total{0};
    std::mutex lock;
    RangeSource range(file, 0, size, total, progress, lock);
    const ByteSource source = std::ref(range);
    detail::StudentCounter counter(mapping);
    const auto read = read_csv(source, CsvOptions{}, [&](const CsvRecord& r) { return counter.on_record(r); });
    return collect(counter, read, year, sink);
}

bool unterminated_quote(const CsvResult& read) {
    return !read.problems.empty() && read.problems.front().code == domain::code::kUnclosedQuote;
}

// The header line (a byte order mark left out), read once for the second range; nullopt when it is longer
// than 64 KiB (the file is then read serially).
std::optional<std::string> header_line(const File& file) {
    std::string head(64 * 1024, '\0');
    head.resize(file.read_at(head.data(), head.size(), 0));
    std::string_view first = head;
    if (first.starts_with("\xEF\xBB\xBF")) first.remove_prefix(3);
    bool quoted = false;
    std::size_t i = 0;
    for (; i < first.size(); ++i) {
        if (first[i] == '"') quoted = !quoted;
        else if (!quoted && (first[i] == '\n' || first[i] == '\r')) break;
    }
    if (i == first.size()) return std::nullopt;
    return std::string(first.substr(0, i));
}

std::vector<std::string> header_fields(std::string_view line, const CsvOptions& options) {
    std::vector<std::string> header;
    read_csv(line, options, [&](const CsvRecord& r) {
        header.assign(r.fields.begin(), r.fields.end());
        return false;
    });
    return header;
}

void set_header(detail::StudentCounter& counter, const std::vector<std::string>& header) {
    std::vector<std::string_view> views(header.begin(), header.end());
    counter.set_header(views, 1);
}

// The split: just after the first line end at or after the middle; -1 when there is none.
std::int64_t line_end_after_middle(const File& file, std::int64_t size) {
    std::string window(64 * 1024, '\0');
    for (std::int64_t at = size / 2; at < size; at += static_cast<std::int64_t>(window.size())) {
        const std::size_t got = file.read_at(window.data(), window.size(), at);
        if (got == 0) break;
        if (const void* nl = std::memchr(window.data(), '\n', got))
            return at + (static_cast<const char*>(nl) - window.data()) + 1;
    }
    return -1;
}

struct TwoReads {
    CsvResult first, second;
};

// Reads [0, split) into `first_half` on this thread and [split, size) into `second_half` on another.
TwoReads read_in_two(const File& file, std::int64_t size, std::int64_t split, const CsvOptions& options,
                     detail::StudentCounter& first_half, detail::StudentCounter& second_half,
                     const std::function<void(std::int64_t)>& progress) {
    std::atomic<std::int64_t> total{0};
    std::mutex progress_lock;
    TwoReads reads;
    std::exception_ptr second_error;
    std::thread worker([&] {
        try {
            RangeSource range(file, split, size, total, progress, progress_lock);
            const ByteSource source = std::ref(range);
            reads.second = read_csv(source, options, [&](const CsvRecord& r) { return second_half.on_record(r); });
        } catch (...) {
            second_error = std::current_exception();
        }
    });
    try {
        RangeSource range(file, 0, split, total, progress, progress_lock);
        const ByteSource source = std::ref(range);
        reads.first = read_csv(source, options, [&](const CsvRecord& r) { return first_half.on_record(r); });
    } catch (...) {
        worker.join();
        throw;
    }
    worker.join();
    if (second_error) std::rethrow_exception(second_error);
    return reads;
}

// The second range's problems, renumbered to follow the first range's lines, join the first's (up to the limit).
void take_second_problems(detail::StudentCounter& first_half, detail::StudentCounter& second_half,
                          const TwoReads& reads) {
    auto& second_problems = second_half.problems();
    for (auto& p : second_problems) p.line += reads.first.lines;
    if (!reads.second.problems.empty()) {
        second_problems.push_back(reads.second.problems.front());
        second_problems.back().line += reads.first.lines;
    }
    for (const auto& p : second_problems) {
        if (first_half.problems().size() >= detail::StudentCounter::kMaxProblems) break;
        first_half.problems().push_back(p);
    }
}

}  // namespace

StudentImportResult import_students(const ByteSource& source, const ColumnMapping& mapping, int year,
                                    const std::function<void(std::int64_t bytes)>& progress) {
    std::int64_t total = 0;
    const ByteSource counted = [&](char* buffer, std::size_t capacity) {
        const std::size_t got = source(buffer, capacity);
        const std::int64_t before = total;
        total += static_cast<std::int64_t>(got);
        if (progress && before / kProgressStep != total / kProgressStep) progress(total);
        return got;
    };
    detail::StudentCounter counter(mapping);
    const auto read =
        read_csv(progress ? counted : source, CsvOptions{}, [&](const CsvRecord& r) { return counter.on_record(r); });
    return collect(counter, read, year);
}

namespace {

StudentImportResult import_file(const std::string& path, const ColumnMapping& mapping, int year,
                                const std::function<void(std::int64_t bytes)>& progress,
                                const StudentCountsSink* sink) {
    const File file(path);
    if (file.fd() < 0) return failed("cannot open " + path + ": " + std::strerror(errno));
    struct stat info {};
    if (::fstat(file.fd(), &info) != 0 || !S_ISREG(info.st_mode)) return failed(path + " is not a regular file");
    const std::int64_t size = info.st_size;
    ::posix_fadvise(file.fd(), 0, 0, POSIX_FADV_SEQUENTIAL);
    if (size < kParallelMinBytes) return import_serial(file, size, mapping, year, progress, sink);

    const auto first_line = header_line(file);
    if (!first_line) return import_serial(file, size, mapping, year, progress, sink);  // a very long header
    CsvOptions options;
    options.delimiter = detect_delimiter(*first_line);
    const auto header = header_fields(*first_line, options);
    detail::StudentCounter probe(mapping);
    set_header(probe, header);
    if (!probe.problems().empty()) return probe.finish(year, sink);

    const std::int64_t split = line_end_after_middle(file, size);
    if (split < 0 || split >= size) return import_serial(file, size, mapping, year, progress, sink);
    detail::StudentCounter first_half(mapping);
    std::optional<detail::StudentCounter> second_half(std::in_place, mapping);  // reset once merged
    set_header(*second_half, header);
    const auto reads = read_in_two(file, size, split, options, first_half, *second_half, progress);
    if (unterminated_quote(reads.first)) {
        // The middle line end was inside a quoted field (or a quote really is left open): read serially.
        return import_serial(file, size, mapping, year, progress, sink);
    }
    if (!reads.first.problems.empty() || first_half.problems().size() >= detail::StudentCounter::kMaxProblems) {
        return collect(first_half, reads.first, year, sink);  // a serial read stops there too
    }
    // The boundary was a record boundary: the second range's lines follow the first range's.
    take_second_problems(first_half, *second_half, reads);
    first_half.merge(*second_half);
    second_half.reset();
    return first_half.finish(year, sink);
}

}  // namespace

StudentImportResult import_students_file(const std::string& path, const ColumnMapping& mapping, int year,
                                         const std::function<void(std::int64_t bytes)>& progress) {
    return import_file(path, mapping, year, progress, nullptr);
}

StudentImportResult import_students_file(const std::string& path, const ColumnMapping& mapping, int year,
                                         const StudentCountsSink& sink,
                                         const std::function<void(std::int64_t bytes)>& progress) {
    return import_file(path, mapping, year, progress, &sink);
}

}  // namespace trellis::analytics
