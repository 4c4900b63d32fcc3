// libFuzzer target: the state's directory and the NCES district export, as any bytes. Every entry handed out must
// carry a 14-digit CDS code and a kind; the grade helpers and the Windows-1252 reading take any text.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "trellis/analytics/state_directory.hpp"

using namespace trellis::analytics;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto source = [&text] {
        return ByteSource([text, offset = std::size_t{0}](char* buffer, std::size_t capacity) mutable {
            const std::size_t n = std::min(capacity, text.size() - offset);
            std::memcpy(buffer, text.data() + offset, n);
            offset += n;
            return n;
        });
    };
    read_state_directory(source(), [](const DirectoryEntry& entry) {
        if (entry.cds_code.size() != 14 || entry.kind.empty()) __builtin_trap();
        grade_spans_of(entry.grades);
    });
    read_nces_districts(source());
    grade_spans_of(text);
    grade_range_union({std::string(text), "K-5"});
    text_as_utf8(text);
    return 0;
}
