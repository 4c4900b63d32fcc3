// The streaming CSV reader. One buffer (1 MiB, grown only for a record longer than that, up to
// max_record_bytes): a record is parsed from its first byte; when it runs past the bytes read so far, the
// unread tail moves to the front, the buffer is refilled and the record is parsed again from its start.
// Unquoted fields are views into the buffer; a sentinel '\n' after the data ends the inner scan without a
// bounds check per byte. Quoted fields without doubled quotes are views too; only those with "" are copied
// (unescaped) into a scratch buffer.
#include "trellis/analytics/csv_reader.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>

#include <fmt/format.h>

namespace trellis::analytics {

namespace {

constexpr std::size_t kChunk = 1 << 20;

struct ScratchField {
    std::size_t index, offset, size;
};

class Parser {
public:
    // `size_hint`: the input's size when known, so a small text does not get a whole chunk.
    Parser(const ByteSource& source, const CsvOptions& options, const CsvRecordHandler& on_record,
           std::size_t size_hint = kChunk)
        : source_(source), options_(options), on_record_(on_record), size_hint_(size_hint) {
        if (options_.max_fields == 0) options_.max_fields = 1;
        views_.resize(options_.max_fields);
    }

    CsvResult run() {
        capacity_ = std::min(
            {kChunk, std::max<std::size_t>(options_.max_record_bytes, 64), std::max<std::size_t>(size_hint_ + 1, 64)});
        buffer_ = std::make_unique_for_overwrite<char[]>(capacity_ + 1);
        fill();
        skip_bom();
        set_delimiter();
        while (true) {
            if (pos_ == end_ && eof_) break;
            const Step step = parse_record();
            if (step == Step::done) continue;
            if (step == Step::stop || step == Step::problem) break;
            // need_more
            if (eof_) break;  // cannot happen: parse_record decides everything at the end of input
            if (end_ - pos_ >= options_.max_record_bytes) {
                fail(0, fmt::format("record longer than {} bytes", options_.max_record_bytes),
                     domain::code::kLineTooLarge, {{"max", static_cast<std::int64_t>(options_.max_record_bytes)}});
                break;
            }
            fill();
        }
        return std::move(result_);
    }

private:
    enum class Step { done, need_more, problem, stop };

    // Moves the unread bytes to the front and reads until the buffer is full or the source is exhausted.
    void fill() {
        const std::size_t unread = end_ - pos_;
        if (pos_ > 0 && unread > 0) std::memmove(buffer_.get(), buffer_.get() + pos_, unread);
        pos_ = 0;
        end_ = unread;
        if (end_ == capacity_) {  // one record fills the buffer: grow, bounded by max_record_bytes
            const std::size_t grown = std::min(capacity_ * 2, options_.max_record_bytes + 1);
            auto bigger = std::make_unique_for_overwrite<char[]>(grown + 1);
            std::memcpy(bigger.get(), buffer_.get(), end_);
            buffer_ = std::move(bigger);
            capacity_ = grown;
        }
        while (!eof_ && end_ < capacity_) {
            const std::size_t got = source_(buffer_.get() + end_, capacity_ - end_);
            if (got == 0) {
                eof_ = true;
                break;
            }
            end_ += std::min(got, capacity_ - end_);
            result_.bytes += static_cast<std::int64_t>(got);
        }
        buffer_[end_] = '\n';  // sentinel
    }

    void skip_bom() {
        if (end_ - pos_ >= 3 && std::memcmp(buffer_.get() + pos_, "\xEF\xBB\xBF", 3) == 0) pos_ += 3;
    }

    void set_delimiter() {
        char delimiter = options_.delimiter;
        if (delimiter == 0) {
            std::string_view rest(buffer_.get() + pos_, end_ - pos_);
            bool quoted = false;
            std::size_t i = 0;
            for (; i < rest.size(); ++i) {
                if (rest[i] == '"') quoted = !quoted;
                else if (!quoted && (rest[i] == '\n' || rest[i] == '\r')) break;
            }
            delimiter = detect_delimiter(rest.substr(0, i));
        }
        delimiter_ = delimiter;
        special_.fill(false);
        special_[static_cast<unsigned char>(delimiter)] = true;
        special_['\n'] = true;
        special_['\r'] = true;
        special_[0] = true;  // a NUL byte stops the scan: it is refused (see nul_problem)
    }

    // A NUL byte is not text: PostgreSQL would cut the value there and SQLite keep it, so the file is refused
    // at the field that holds one rather than stored differently by each engine.
    Step nul_problem(std::size_t field) {
        return fail(static_cast<int>(field), "a NUL byte (0x00) is not text: save the file as plain UTF-8 text",
                    domain::code::kNulByte);
    }

    Step fail(int column, std::string message, const char* code, domain::ProblemParams params = {}) {
        result_.problems.push_back({line_, column, std::move(message), code, std::move(params)});
        return Step::problem;
    }

    Step field_too_large(std::size_t field) {
        return fail(static_cast<int>(field), fmt::format("field longer than {} bytes", options_.max_field_bytes),
                    domain::code::kFieldTooLarge, {{"max", static_cast<std::int64_t>(options_.max_field_bytes)}});
    }

    // Scans the quoted field whose opening quote is at p. On `done` it is stored as field `count` and p is past
    // its closing quote; otherwise the step to return (more bytes needed, or a problem).
    Step quoted_field(const char*& p, const char* end, std::size_t count, std::int64_t& inner_newlines) {
        const char* q = p + 1;
        bool escaped = false;
        const std::size_t scratch_start = scratch_.size();
        while (true) {
            const auto* r = static_cast<const char*>(std::memchr(q, '"', static_cast<std::size_t>(end - q)));
            if (r == nullptr) {
                if (eof_) {
                    return fail(static_cast<int>(count + 1), "quoted field not closed before the end of the file",
                                domain::code::kUnclosedQuote);
                }
                if (static_cast<std::size_t>(end - p) > 2 * options_.max_field_bytes + 2)
                    return field_too_large(count + 1);
                return Step::need_more;
            }
            if (r + 1 == end && !eof_) return Step::need_more;  // "" or the closing quote: not known yet
            if (r + 1 < end && r[1] == '"') {
                escaped = true;
                scratch_.append(q, static_cast<std::size_t>(r + 1 - q));
                q = r + 2;
                continue;
            }
            std::size_t size;
            if (escaped) {
                scratch_.append(q, static_cast<std::size_t>(r - q));
                size = scratch_.size() - scratch_start;
                scratch_fields_.push_back({count, scratch_start, size});
            } else {
                size = static_cast<std::size_t>(r - (p + 1));
                views_[count] = std::string_view(p + 1, size);
            }
            if (size > options_.max_field_bytes) return field_too_large(count + 1);
            if (std::memchr(p + 1, '\0', static_cast<std::size_t>(r - (p + 1))) != nullptr)
                return nul_problem(count + 1);
            for (const char* c = p + 1; c < r; ++c) inner_newlines += (*c == '\n');
            p = r + 1;
            return Step::done;
        }
    }

    // Parses one record starting at pos_. On `done` the record was handled and pos_/line_ moved past it.
    Step parse_record() {
        const char* const begin = buffer_.get();
        const char* const end = begin + end_;
        const char* p = begin + pos_;
        std::size_t count = 0;
        std::int64_t inner_newlines = 0;
        bool first_quoted = false;
        scratch_.clear();
        scratch_fields_.clear();
        while (true) {
            if (count == options_.max_fields) {
                return fail(static_cast<int>(count + 1), fmt::format("more than {} fields", options_.max_fields),
                            domain::code::kTooManyFields, {{"max", static_cast<std::int64_t>(options_.max_fields)}});
            }
            if (*p == '"' && p < end) {
                if (count == 0) first_quoted = true;
                if (const Step step = quoted_field(p, end, count, inner_newlines); step != Step::done) return step;
                ++count;
                if (p == end) return finish(p, count, inner_newlines, first_quoted);  // eof here, see above
                if (*p == delimiter_) {
                    ++p;
                    continue;
                }
                if (*p != '\n' && *p != '\r') {
                    return fail(static_cast<int>(count), "text after the closing quote of a quoted field",
                                domain::code::kTextAfterQuote);
                }
            } else {
                const char* s = p;
                while (!special_[static_cast<unsigned char>(*p)]) ++p;
                if (static_cast<std::size_t>(p - s) > options_.max_field_bytes) return field_too_large(count + 1);
                views_[count++] = std::string_view(s, static_cast<std::size_t>(p - s));
                if (p == end) {
                    if (!eof_) return Step::need_more;
                    return finish(p, count, inner_newlines, first_quoted);
                }
                if (*p == delimiter_) {
                    ++p;
                    continue;
                }
                if (*p == '\0') return nul_problem(count);
            }
            // a line end at p
            if (*p == '\r') {
                if (p + 1 < end) p += (p[1] == '\n') ? 2 : 1;
                else if (eof_) ++p;
                else return Step::need_more;
            } else {
                ++p;
            }
            return finish(p, count, inner_newlines, first_quoted);
        }
    }

    Step finish(const char* next, std::size_t count, std::int64_t inner_newlines, bool first_quoted) {
        pos_ = static_cast<std::size_t>(next - buffer_.get());
        for (const auto& f : scratch_fields_) views_[f.index] = std::string_view(scratch_.data() + f.offset, f.size);
        const std::int64_t start_line = line_;
        line_ += inner_newlines + 1;
        result_.lines += inner_newlines + 1;
        if (count == 1 && views_[0].empty() && !first_quoted) return Step::done;  // blank line
        ++result_.records;
        if (!on_record_(CsvRecord{std::span<const std::string_view>(views_.data(), count), start_line})) {
            return Step::stop;
        }
        return Step::done;
    }

    const ByteSource& source_;
    CsvOptions options_;
    const CsvRecordHandler& on_record_;
    std::size_t size_hint_;
    std::unique_ptr<char[]> buffer_;
    std::size_t capacity_ = 0, pos_ = 0, end_ = 0;
    bool eof_ = false;
    char delimiter_ = ',';
    std::array<bool, 256> special_{};
    std::vector<std::string_view> views_;
    std::string scratch_;
    std::vector<ScratchField> scratch_fields_;
    std::int64_t line_ = 1;
    CsvResult result_;
};

}  // namespace

char detect_delimiter(std::string_view first_line) {
    bool quoted = false, tab = false, comma = false;
    for (const char c : first_line) {
        if (c == '"') quoted = !quoted;
        else if (!quoted && c == ',') comma = true;
        else if (!quoted && c == '\t') tab = true;
    }
    return tab && !comma ? '\t' : ',';
}

CsvResult read_csv(const ByteSource& source, const CsvOptions& options, const CsvRecordHandler& on_record) {
    Parser parser(source, options, on_record);
    return parser.run();
}

CsvResult read_csv(std::string_view text, const CsvOptions& options, const CsvRecordHandler& on_record) {
    std::size_t offset = 0;
    const ByteSource source = [&](char* buffer, std::size_t capacity) {
        const std::size_t n = std::min(capacity, text.size() - offset);
        if (n > 0) std::memcpy(buffer, text.data() + offset, n);
        offset += n;
        return n;
    };
    Parser parser(source, options, on_record, text.size());
    return parser.run();
}

}  // namespace trellis::analytics
