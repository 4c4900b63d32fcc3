// The backup file's writer and reader. Rows are written by hand (they are most of the file) and read with
// Boost.JSON's event parser, which hands over each number's own text: a real is restored from the digits that
// were written, never from a double rounded on the way.
#include "app/backup_file.hpp"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <boost/json.hpp>
#include <boost/json/basic_parser_impl.hpp>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace trellis::app {

namespace json = boost::json;

namespace {

constexpr std::size_t kBufferBytes = 1 << 16;
constexpr const char* kFormatName = "trellis-backup";

gzFile as_gz(void* handle) { return static_cast<gzFile>(handle); }

[[noreturn]] void fail_io(const std::string& what, const std::string& path) {
    throw std::runtime_error(what + " " + path + ": " + std::strerror(errno));
}

void append_json_string(std::string& out, std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (byte < 0x20) {
                    out += "\\u00";
                    out += kHex[byte >> 4];
                    out += kHex[byte & 15];
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}

// Blobs as standard base64 (RFC 4648, padded). Small enough to keep here: the libraries that have one are other
// layers' (libsodium, Beast).
constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

std::string to_base64(const std::string& bytes) {
    std::string text;
    text.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::size_t left = std::min<std::size_t>(3, bytes.size() - i);
        std::uint32_t group = 0;
        for (std::size_t j = 0; j < 3; ++j) {
            group = (group << 8) | (j < left ? static_cast<unsigned char>(bytes[i + j]) : 0u);
        }
        for (std::size_t j = 0; j < 4; ++j) text += j <= left ? kBase64[(group >> (18 - 6 * j)) & 63] : '=';
    }
    return text;
}

std::optional<std::string> from_base64(const std::string& text) {
    if (text.size() % 4 != 0) return std::nullopt;
    std::string bytes;
    bytes.reserve(text.size() / 4 * 3);
    for (std::size_t i = 0; i < text.size(); i += 4) {
        std::uint32_t group = 0;
        std::size_t padding = 0;
        for (std::size_t j = 0; j < 4; ++j) {
            const char c = text[i + j];
            const char* found = c == '=' ? nullptr : std::strchr(kBase64, c);
            if (c == '=' && i + 4 == text.size() && j >= 2) {
                ++padding;
            } else if (!found || c == '\0' || padding > 0) {
                return std::nullopt;
            }
            group = (group << 6) | (found ? static_cast<std::uint32_t>(found - kBase64) : 0u);
        }
        for (std::size_t j = 0; j < 3 - padding; ++j) bytes += static_cast<char>((group >> (16 - 8 * j)) & 255);
    }
    return bytes;
}

}  // namespace

// ---- writer ----

BackupFileWriter::BackupFileWriter(std::string path) : path_(std::move(path)), temporary_(path_ + ".tmp") {}

BackupFileWriter::~BackupFileWriter() {
    if (gz_) gzclose(as_gz(gz_));
    if (fd_ >= 0) ::close(fd_);
    if (!finished_ && !temporary_.empty()) ::unlink(temporary_.c_str());
}

void BackupFileWriter::begin(const store::BackupHeader& header) {
    fd_ = ::open(temporary_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd_ < 0) fail_io("cannot write", temporary_);
    const int gz_fd = ::dup(fd_);  // gzclose closes its descriptor; ours stays open for fsync
    if (gz_fd < 0 || !(gz_ = gzdopen(gz_fd, "wb6"))) {
        if (gz_fd >= 0) ::close(gz_fd);
        fail_io("cannot compress into", temporary_);
    }
    json::object line;
    line["format"] = kFormatName;
    line["format_version"] = kBackupFormatVersion;
    line["schema_version"] = header.schema_version;
    line["made_at"] = header.made_at;
    line["source"] = header.source;
    json::array tables;
    for (const auto& name : header.tables) tables.emplace_back(name);
    line["tables"] = std::move(tables);
    write_line(json::serialize(line));
}

void BackupFileWriter::table(const store::BackupTable& table) {
    json::object line;
    line["table"] = table.name;
    json::array columns;
    for (const auto& column : table.columns) {
        columns.push_back(json::array{json::string(column.name), json::string(store::value_kind_name(column.kind))});
    }
    line["columns"] = std::move(columns);
    line["rows"] = table.row_count;
    if (table.sequence) {
        line["sequence"] = *table.sequence;
    } else {
        line["sequence"] = nullptr;
    }
    write_line(json::serialize(line));
    ++tables_;
}

void BackupFileWriter::row(const std::vector<store::BackupValue>& values) {
    line_.clear();
    line_ += '[';
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) line_ += ',';
        const auto& value = values[i];
        switch (value.kind) {
            case store::ValueKind::null:
                line_ += "null";
                break;
            case store::ValueKind::integer:
            case store::ValueKind::real:
                line_ += value.text;
                break;  // already valid JSON numbers
            case store::ValueKind::boolean:
                line_ += value.text == "0" ? "false" : "true";
                break;
            case store::ValueKind::text:
                append_json_string(line_, value.text);
                break;
            case store::ValueKind::blob:
                append_json_string(line_, to_base64(value.text));
                break;
        }
    }
    line_ += ']';
    write_line(line_);
    ++rows_;
}

void BackupFileWriter::end() {
    json::object line;
    line["end"] = true;
    line["tables"] = tables_;
    line["rows"] = rows_;
    write_line(json::serialize(line));
    flush_buffer();
    const int closed = gzclose(as_gz(gz_));
    gz_ = nullptr;
    if (closed != Z_OK) throw std::runtime_error("cannot finish the compressed file " + temporary_);
    if (::fsync(fd_) != 0) fail_io("cannot sync", temporary_);
    ::close(fd_);
    fd_ = -1;
    if (std::rename(temporary_.c_str(), path_.c_str()) != 0) fail_io("cannot rename the backup to", path_);
    finished_ = true;
    // The rename itself is durable only once the folder is synced.
    const auto folder = std::filesystem::absolute(path_).parent_path();
    if (const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

void BackupFileWriter::write_line(const std::string& line) {
    buffer_ += line;
    buffer_ += '\n';
    if (buffer_.size() >= kBufferBytes) flush_buffer();
}

void BackupFileWriter::flush_buffer() {
    if (buffer_.empty()) return;
    if (gzwrite(as_gz(gz_), buffer_.data(), static_cast<unsigned>(buffer_.size())) !=
        static_cast<int>(buffer_.size())) {
        int code = Z_OK;
        const char* message = gzerror(as_gz(gz_), &code);
        throw std::runtime_error("cannot write " + temporary_ + ": " +
                                 (code == Z_ERRNO ? std::strerror(errno) : message));
    }
    buffer_.clear();
}

// ---- reader ----

namespace {

// Collects one row line (a flat JSON array of scalars) as values, keeping each number's own text.
class RowHandler {
public:
    static constexpr std::size_t max_object_size = 0;
    static constexpr std::size_t max_array_size = static_cast<std::size_t>(-1);
    static constexpr std::size_t max_key_size = 0;
    static constexpr std::size_t max_string_size = static_cast<std::size_t>(-1);

    std::vector<store::BackupValue> values;
    std::string problem;

    bool on_document_begin(json::error_code&) { return true; }
    bool on_document_end(json::error_code&) { return true; }
    bool on_array_begin(json::error_code& ec) {
        if (depth_++ == 0) return true;
        return refuse(ec, "a row holds only plain values, not nested lists");
    }
    bool on_array_end(std::size_t, json::error_code&) {
        --depth_;
        return true;
    }
    bool on_object_begin(json::error_code& ec) { return refuse(ec, "a row holds only plain values, not objects"); }
    bool on_object_end(std::size_t, json::error_code&) { return true; }
    bool on_string_part(json::string_view s, std::size_t, json::error_code&) {
        partial_.append(s.data(), s.size());
        return true;
    }
    bool on_string(json::string_view s, std::size_t, json::error_code& ec) {
        partial_.append(s.data(), s.size());
        return add(ec, store::ValueKind::text);
    }
    bool on_key_part(json::string_view, std::size_t, json::error_code&) { return true; }
    bool on_key(json::string_view, std::size_t, json::error_code&) { return true; }
    bool on_number_part(json::string_view s, json::error_code&) {
        partial_.append(s.data(), s.size());
        return true;
    }
    bool on_int64(std::int64_t, json::string_view s, json::error_code& ec) {
        partial_.append(s.data(), s.size());
        return add(ec, store::ValueKind::integer);
    }
    bool on_uint64(std::uint64_t, json::string_view, json::error_code& ec) {
        return refuse(ec, "an integer too large for 64 bits");
    }
    bool on_double(double, json::string_view s, json::error_code& ec) {
        partial_.append(s.data(), s.size());
        return add(ec, store::ValueKind::real);
    }
    bool on_bool(bool b, json::error_code& ec) {
        partial_ = b ? "1" : "0";
        return add(ec, store::ValueKind::boolean);
    }
    bool on_null(json::error_code& ec) { return add(ec, store::ValueKind::null); }
    bool on_comment_part(json::string_view, json::error_code&) { return true; }
    bool on_comment(json::string_view, json::error_code&) { return true; }

    void reset() {
        values.clear();
        problem.clear();
        partial_.clear();
        depth_ = 0;
    }

private:
    bool add(json::error_code& ec, store::ValueKind kind) {
        if (depth_ != 1) return refuse(ec, "a row must be a JSON list");
        values.push_back({kind, std::move(partial_)});
        partial_.clear();
        return true;
    }
    bool refuse(json::error_code& ec, const char* why) {
        problem = why;
        ec = json::error::syntax;
        return false;
    }

    int depth_ = 0;
    std::string partial_;
};

json::parse_options reader_options() {
    json::parse_options options;
    options.allow_invalid_utf8 = true;  // text comes back byte for byte, whatever the source held
    return options;
}

class FileReader {
public:
    FileReader(const std::string& path, store::BackupSink& sink)
        : path_(path), sink_(sink), options_(reader_options()), parser_(options_) {}

    void read() {
        if (!std::filesystem::is_regular_file(path_)) throw std::runtime_error(path_ + ": no such backup file");
        gzFile file = gzopen(path_.c_str(), "rb");
        if (!file) fail_io("cannot read", path_);
        struct Closer {
            gzFile file;
            ~Closer() { gzclose(file); }
        } closer{file};
        std::string pending;
        std::vector<char> chunk(kBufferBytes);
        for (;;) {
            const int got = gzread(file, chunk.data(), static_cast<unsigned>(chunk.size()));
            if (got < 0) damaged(file);
            if (got == 0) break;
            pending.append(chunk.data(), static_cast<std::size_t>(got));
            std::size_t start = 0;
            for (std::size_t newline; (newline = pending.find('\n', start)) != std::string::npos; start = newline + 1) {
                line(std::string_view(pending).substr(start, newline - start));
            }
            pending.erase(0, start);
        }
        int code = Z_OK;
        gzerror(file, &code);
        if (code != Z_OK && code != Z_STREAM_END) damaged(file);
        if (!pending.empty()) line(pending);
        if (line_number_ == 0) fail(1, "the file is empty; it is not a Trellis backup");
        if (!ended_) {
            fail(line_number_, "the file ends before its end line: the backup is cut short");
        }
        sink_.end();  // only now, when nothing after the end line can still refuse the file
    }

private:
    [[noreturn]] void fail(std::int64_t line, const std::string& what) const {
        throw std::runtime_error(path_ + ":" + std::to_string(line) + ": " + what);
    }

    [[noreturn]] void damaged(gzFile file) const {
        int code = Z_OK;
        const char* message = gzerror(file, &code);
        fail(line_number_ + 1, std::string("the compressed data is damaged or cut short (") +
                                   (code == Z_ERRNO ? std::strerror(errno) : message) + ")");
    }

    json::object object_line(std::string_view text, const char* what) {
        json::error_code ec;
        json::value value = json::parse(text, ec, {}, options_);
        if (ec || !value.is_object()) fail(line_number_, std::string("expected ") + what + ", found something else");
        return std::move(value.as_object());
    }

    std::string text_field(const json::object& line, const char* name) {
        const json::value* value = line.if_contains(name);
        if (!value || !value->is_string()) fail(line_number_, std::string("the field \"") + name + "\" is missing");
        return std::string(value->as_string());
    }

    std::int64_t integer_field(const json::object& line, const char* name) {
        const json::value* value = line.if_contains(name);
        if (!value || !value->is_int64()) fail(line_number_, std::string("the field \"") + name + "\" is not a number");
        return value->as_int64();
    }

    void line(std::string_view text) {
        ++line_number_;
        if (ended_) {
            if (text.find_first_not_of(" \t\r") == std::string_view::npos) return;
            fail(line_number_, "there is more after the end line");
        }
        if (line_number_ == 1) return header(text);
        if (!text.empty() && text.front() == '[') return row(text);
        json::object line = object_line(text, "a table line, a row or the end line");
        if (line.contains("table")) return table(line);
        if (line.contains("end")) return end(line);
        fail(line_number_, "expected a table line, a row or the end line");
    }

    void header(std::string_view text) {
        json::error_code ec;
        json::value value = json::parse(text, ec, {}, options_);
        const json::object* line = ec ? nullptr : value.if_object();
        const json::value* format = line ? line->if_contains("format") : nullptr;
        if (!format || !format->is_string() || format->as_string() != kFormatName) {
            fail(1, "not a Trellis backup (the first line is not a trellis-backup header)");
        }
        const std::int64_t version = integer_field(*line, "format_version");
        if (version != kBackupFormatVersion) {
            fail(1, "backup format version " + std::to_string(version) + " is not one this trellis reads (it reads " +
                        std::to_string(kBackupFormatVersion) + ")");
        }
        store::BackupHeader header;
        header.format_version = static_cast<int>(version);
        header.schema_version = static_cast<int>(integer_field(*line, "schema_version"));
        header.made_at = text_field(*line, "made_at");
        header.source = text_field(*line, "source");
        const json::value* tables = line->if_contains("tables");
        if (!tables || !tables->is_array()) fail(1, "the field \"tables\" is missing");
        for (const json::value& name : tables->as_array()) {
            if (!name.is_string()) fail(1, "the field \"tables\" must list table names");
            header.tables.emplace_back(name.as_string());
        }
        tables_ = header.tables;
        sink_.begin(header);
    }

    void finish_table() {
        if (table_.name.empty()) return;
        if (rows_in_table_ != table_.row_count) {
            fail(line_number_, "table " + table_.name + " should have " + std::to_string(table_.row_count) +
                                   " rows but has " + std::to_string(rows_in_table_));
        }
    }

    void table(const json::object& line) {
        finish_table();
        store::BackupTable table;
        table.name = text_field(line, "table");
        if (next_table_ >= tables_.size() || tables_[next_table_] != table.name) {
            fail(line_number_, "table " + table.name + " is not the next table the header lists");
        }
        ++next_table_;
        const json::value* columns = line.if_contains("columns");
        if (!columns || !columns->is_array()) fail(line_number_, "the field \"columns\" is missing");
        for (const json::value& column : columns->as_array()) {
            const json::array* pair = column.if_array();
            std::optional<store::ValueKind> kind;
            if (pair && pair->size() == 2 && (*pair)[0].is_string() && (*pair)[1].is_string()) {
                kind = store::value_kind_from_name(std::string((*pair)[1].as_string()));
            }
            if (!kind) fail(line_number_, "each column must be [name, type] with a known type");
            table.columns.push_back({std::string((*pair)[0].as_string()), *kind});
        }
        table.row_count = integer_field(line, "rows");
        if (const json::value* sequence = line.if_contains("sequence"); sequence && sequence->is_int64()) {
            table.sequence = sequence->as_int64();
        }
        table_ = table;
        rows_in_table_ = 0;
        sink_.table(table);
    }

    void row(std::string_view text) {
        if (table_.name.empty()) fail(line_number_, "a row before any table line");
        RowHandler& handler = parser_.handler();
        handler.reset();
        parser_.reset();
        json::error_code ec;
        parser_.write_some(false, text.data(), text.size(), ec);
        if (ec || !parser_.done()) {
            fail(line_number_, "the row is not valid JSON" + (handler.problem.empty() ? "" : ": " + handler.problem));
        }
        auto& values = handler.values;
        if (values.size() != table_.columns.size()) {
            fail(line_number_, "table " + table_.name + ": the row has " + std::to_string(values.size()) +
                                   " values but the table has " + std::to_string(table_.columns.size()) + " columns");
        }
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (table_.columns[i].kind != store::ValueKind::blob || values[i].kind != store::ValueKind::text) continue;
            auto bytes = from_base64(values[i].text);
            if (!bytes) fail(line_number_, "column " + table_.columns[i].name + " is not valid base64");
            values[i] = {store::ValueKind::blob, std::move(*bytes)};
        }
        ++rows_in_table_;
        ++rows_;
        sink_.row(values);
    }

    void end(const json::object& line) {
        finish_table();
        if (next_table_ != tables_.size()) {
            fail(line_number_, "the end line comes before table " + tables_[next_table_]);
        }
        if (integer_field(line, "rows") != rows_) {
            fail(line_number_, "the end line counts " + std::to_string(integer_field(line, "rows")) +
                                   " rows but the file holds " + std::to_string(rows_));
        }
        ended_ = true;
    }

    std::string path_;
    store::BackupSink& sink_;
    json::parse_options options_;
    json::basic_parser<RowHandler> parser_;
    std::int64_t line_number_ = 0;
    std::vector<std::string> tables_;
    std::size_t next_table_ = 0;
    store::BackupTable table_;
    std::int64_t rows_in_table_ = 0;
    std::int64_t rows_ = 0;
    bool ended_ = false;
};

}  // namespace

void read_backup_file(const std::string& path, store::BackupSink& sink) { FileReader(path, sink).read(); }

}  // namespace trellis::app
