#include "trellis/http/access_log.hpp"

#include <chrono>
#include <cstdint>
#include <memory>

#include <fmt/chrono.h>
#include <fmt/format.h>
#include <spdlog/formatter.h>
#include <spdlog/spdlog.h>

namespace trellis::http {
namespace {

// The access record being logged on this thread, for the JSON formatter (the default logger is synchronous:
// it formats on the calling thread, inside log_access).
thread_local const AccessRecord* t_current_record = nullptr;

// Length of the valid UTF-8 sequence starting at text[i], or 0 when it is not one.
std::size_t utf8_length(std::string_view text, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    std::size_t length = 0;
    std::uint32_t code = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2, code = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3, code = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4, code = lead & 0x07;
    } else {
        return 0;
    }
    if (i + length > text.size()) return 0;
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
        code = (code << 6) | (byte(i + k) & 0x3F);
    }
    const bool overlong = (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
    const bool surrogate = code >= 0xD800 && code <= 0xDFFF;
    if (overlong || surrogate || code > 0x10FFFF) return 0;
    return length;
}

void append_json_string(std::string& out, std::string_view text) {
    out += '"';
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            const auto length = utf8_length(text, i);
            if (length == 0) {
                out += "\\ufffd";
                ++i;
            } else {
                out.append(text.substr(i, length));
                i += length;
            }
            continue;
        }
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20 || c == 0x7F) {
            out += fmt::format("\\u{:04x}", c);
        } else {
            out += static_cast<char>(c);
        }
        ++i;
    }
    out += '"';
}

class JsonLineFormatter final : public spdlog::formatter {
public:
    void format(const spdlog::details::log_msg& msg, spdlog::memory_buf_t& dest) override {
        std::string line = "{\"time\":";
        const auto millis =
            std::chrono::duration_cast<std::chrono::milliseconds>(msg.time.time_since_epoch()).count() % 1000;
        append_json_string(line, fmt::format("{:%Y-%m-%dT%H:%M:%S}.{:03}Z",
                                             fmt::gmtime(std::chrono::system_clock::to_time_t(msg.time)), millis));
        line += ",\"level\":";
        const auto level = spdlog::level::to_string_view(msg.level);
        append_json_string(line, std::string_view(level.data(), level.size()));
        line += ",\"message\":";
        append_json_string(line, std::string_view(msg.payload.data(), msg.payload.size()));
        if (const auto* r = t_current_record) {
            line += ",\"request_id\":";
            append_json_string(line, r->request_id);
            line += ",\"method\":";
            append_json_string(line, r->method);
            line += ",\"route\":";
            if (r->route.empty()) {
                line += "null";
            } else {
                append_json_string(line, r->route);
            }
            line += ",\"path\":";
            append_json_string(line, r->path);
            line += fmt::format(",\"status\":{},\"bytes\":{},\"duration_ms\":{:.3f},\"remote\":", r->status, r->bytes,
                                r->duration_seconds * 1000.0);
            append_json_string(line, r->remote);
        }
        line += "}\n";
        dest.append(line.data(), line.data() + line.size());
    }

    [[nodiscard]] std::unique_ptr<spdlog::formatter> clone() const override {
        return std::make_unique<JsonLineFormatter>();
    }
};

}  // namespace

std::string json_string(std::string_view text) {
    std::string out;
    append_json_string(out, text);
    return out;
}

void use_log_format(LogFormat format) {
    if (format == LogFormat::json) spdlog::set_formatter(std::make_unique<JsonLineFormatter>());
}

void log_access(const AccessRecord& record) {
    struct Current {
        explicit Current(const AccessRecord& r) { t_current_record = &r; }
        ~Current() { t_current_record = nullptr; }
    } current(record);
    spdlog::info("{} {} {} {}B {:.1f}ms {} id={}", record.method, record.path, record.status, record.bytes,
                 record.duration_seconds * 1000.0, record.remote, record.request_id);
}

}  // namespace trellis::http
