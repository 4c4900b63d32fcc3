// libFuzzer target: the California School Dashboard file reader (issue 14) on any bytes, for a district whose code
// the corpus files use, read in small steps so records cross the reader's buffer; and header recognition.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>

#include "trellis/analytics/dashboard_import.hpp"

using namespace trellis::analytics;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto offset = std::make_shared<std::size_t>(0);
    const ByteSource source = [text, offset](char* buffer, std::size_t capacity) {
        const std::size_t n = std::min({capacity, std::size_t{13}, text.size() - *offset});
        std::memcpy(buffer, text.data() + *offset, n);
        *offset += n;
        return n;
    };
    const auto result = import_dashboard(source, {"27660920000000", 2024, "suspension"});
    // All or nothing: a file with problems brings no counts.
    if (!result.problems.empty() && (!result.counts.empty() || !result.unknown.empty())) __builtin_trap();
    for (const auto& c : result.counts) {
        if (c.numerator > c.denominator || c.numerator < 0) __builtin_trap();
    }
    (void)is_dashboard_header(text.substr(0, std::min<std::size_t>(text.size(), 512)));
    (void)dashboard_indicator_from_filename(text.substr(0, std::min<std::size_t>(text.size(), 64)));
    return 0;
}
