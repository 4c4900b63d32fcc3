// libFuzzer target: the CSV reader, and the same bytes through the student and aggregate imports.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>

#include "trellis/analytics/aggregate_import.hpp"
#include "trellis/analytics/csv_reader.hpp"
#include "trellis/analytics/student_import.hpp"

using namespace trellis::analytics;

namespace {

ByteSource source_over(std::string_view text, std::size_t step) {
    auto offset = std::make_shared<std::size_t>(0);
    return [text, step, offset](char* buffer, std::size_t capacity) {
        const std::size_t n = std::min({capacity, step, text.size() - *offset});
        std::memcpy(buffer, text.data() + *offset, n);
        *offset += n;
        return n;
    };
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    CsvOptions small;
    small.max_field_bytes = 16;
    small.max_fields = 8;
    small.max_record_bytes = 64;
    std::size_t total = 0;
    const auto whole = read_csv(text, {}, [&](const CsvRecord& r) {
        for (const auto f : r.fields) total += f.size();
        return true;
    });
    // Read in small pieces, the records must be the same.
    std::size_t pieces_total = 0;
    const auto pieces = read_csv(source_over(text, 1 + size % 7), {}, [&](const CsvRecord& r) {
        for (const auto f : r.fields) pieces_total += f.size();
        return true;
    });
    if (whole.records != pieces.records || total != pieces_total || whole.problems.size() != pieces.problems.size()) {
        __builtin_trap();
    }
    read_csv(text, small, [](const CsvRecord&) { return true; });
    import_students(source_over(text, 4096), ColumnMapping{}, 2024);
    import_aggregate(source_over(text, 4096));
    return 0;
}
