#include "trellis/actions/directory_load.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <unordered_map>

#include "trellis/analytics/profile_import.hpp"
#include "trellis/analytics/state_directory.hpp"
#include "trellis/store/directory.hpp"

namespace trellis::actions {

namespace {

namespace fs = std::filesystem;
using Problem = DirectoryLoadProblem;

// The newest file (by name, the state dates its files) in `folder` whose name starts with `prefix` and ends with
// `suffix`; empty when there is none.
fs::path newest(const fs::path& folder, std::string_view prefix, std::string_view suffix) {
    fs::path best;
    std::error_code ec;
    for (const auto& item : fs::directory_iterator(folder, ec)) {
        const auto name = item.path().filename().string();
        if (name.starts_with(prefix) && name.ends_with(suffix) && (best.empty() || name > best.filename().string()))
            best = item.path();
    }
    return best;
}

// Runs `read` over the file's bytes; a file that cannot be opened is a problem naming it.
template <typename Read>
auto with_file(const fs::path& path, Read read) -> std::expected<decltype(read(analytics::ByteSource{})), Problem> {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::unexpected(Problem{path.string(), 0, 0, "cannot open the file"});
    const analytics::ByteSource source = [&in](char* buffer, std::size_t capacity) {
        in.read(buffer, static_cast<std::streamsize>(capacity));
        if (in.bad()) throw std::runtime_error("read error");
        return static_cast<std::size_t>(in.gcount());
    };
    return read(source);
}

Problem first_problem(const fs::path& path, const std::vector<analytics::CsvProblem>& problems) {
    const auto& p = problems.front();
    return {path.string(), p.line, p.column, p.message};
}

struct Counts {
    std::unordered_map<std::string, analytics::OrganizationProfileRow> by_cds;
    std::string source;  // "CALPADS unduplicated pupil count 2018-19"
};

std::expected<void, Problem> read_counts(const fs::path& path, Counts& counts) {
    auto result = with_file(path, [](const analytics::ByteSource& s) { return analytics::import_profiles(s); });
    if (!result) return std::unexpected(result.error());
    if (!result->problems.empty()) return std::unexpected(first_problem(path, result->problems));
    for (auto& row : result->rows) {
        if (counts.source.empty())
            counts.source = fmt::format("CALPADS unduplicated pupil count {}-{:02}", row.year, (row.year + 1) % 100);
        auto code = row.cds_code;
        counts.by_cds.insert_or_assign(std::move(code), std::move(row));
    }
    return {};
}

// The directory's facts applied over what is stored (or over nothing, for a new row).
store::DirectoryRecord merged(store::DirectoryRecord record, const analytics::DirectoryEntry& entry,
                              const std::string& district_grades, const analytics::OrganizationProfileRow* counts,
                              const std::string& counts_source, const analytics::NcesDistrict* nces,
                              const std::string& directory_source) {
    record.name = entry.name;
    record.kind = entry.kind;
    record.cds_code = entry.cds_code;
    if (entry.nces_id) record.nces_id = entry.nces_id;
    record.county = entry.county;
    record.charter = entry.charter;
    record.status = entry.open ? "open" : "closed";
    record.parent_cds = entry.parent_cds.empty() ? std::nullopt : std::optional(entry.parent_cds);
    record.latitude = entry.latitude;
    record.longitude = entry.longitude;
    const auto grades = entry.kind == "school" ? entry.grades : district_grades;
    if (!grades.empty()) {
        record.grades = grades;
        record.grade_spans = analytics::grade_spans_of(grades);
    }
    if (counts) {
        record.profile.enrollment = counts->enrollment;
        record.profile.low_income = counts->low_income;
        record.profile.english_learners = counts->english_learners;
        record.profile.foster = counts->foster;
        record.profile.homeless = counts->homeless;
        record.profile.source = counts_source;
    }
    if (nces && entry.kind != "school") {
        if (!record.nces_id) record.nces_id = nces->nces_id;
        if (nces->locale) record.profile.locale = nces->locale;
    }
    record.directory_source = directory_source;
    return record;
}

}  // namespace

std::expected<DirectoryFiles, DirectoryLoadProblem> locate_directory_files(const fs::path& folder) {
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        return std::unexpected(Problem{folder.string(), 0, 0, "not a folder (expected the one holding ca/ and nces/)"});
    const auto in = [&](const char* sub) { return fs::is_directory(folder / sub, ec) ? folder / sub : folder; };
    DirectoryFiles files{newest(in("ca"), "pubschls", ".txt"), newest(in("ca"), "cupc", "-k12_lea.csv"),
                         newest(in("ca"), "cupc", "-k12_school.csv"), newest(in("nces"), "nces", "districts.csv")};
    const std::pair<const fs::path*, const char*> wanted[] = {
        {&files.directory, "ca/pubschls*.txt (the state's school directory)"},
        {&files.lea_counts, "ca/cupc*-k12_lea.csv (CALPADS counts by district)"},
        {&files.school_counts, "ca/cupc*-k12_school.csv (CALPADS counts by school)"},
        {&files.nces_districts, "nces/nces*districts.csv (NCES district export)"}};
    for (const auto& [path, description] : wanted) {
        if (path->empty()) return std::unexpected(Problem{folder.string(), 0, 0, fmt::format("no {}", description)});
    }
    return files;
}

std::expected<DirectoryLoadSummary, DirectoryLoadProblem> load_directory(store::Connection& db,
                                                                         const DirectoryFiles& files,
                                                                         std::int64_t now) {
    Counts counts;
    if (auto read = read_counts(files.lea_counts, counts); !read) return std::unexpected(read.error());
    if (auto read = read_counts(files.school_counts, counts); !read) return std::unexpected(read.error());
    auto nces = with_file(files.nces_districts,
                          [](const analytics::ByteSource& s) { return analytics::read_nces_districts(s); });
    if (!nces) return std::unexpected(nces.error());
    if (!nces->problems.empty()) return std::unexpected(first_problem(files.nces_districts, nces->problems));

    // First pass: the whole directory is checked before anything is written, and each district's grade range is
    // the range of its open schools (the directory gives none for a district).
    std::unordered_map<std::string, std::string> district_grades;  // key: county + district code (7 digits)
    auto checked = with_file(files.directory, [&](const analytics::ByteSource& s) {
        return analytics::read_state_directory(s, [&](const analytics::DirectoryEntry& entry) {
            if (entry.kind != "school" || !entry.open || entry.grades.empty()) return;
            auto& range = district_grades[entry.cds_code.substr(0, 7)];
            range = analytics::grade_range_union({range, entry.grades});
        });
    });
    if (!checked) return std::unexpected(checked.error());
    if (!checked->problems.empty()) return std::unexpected(first_problem(files.directory, checked->problems));
    if (checked->rows == 0) return std::unexpected(Problem{files.directory.string(), 1, 0, "the file has no rows"});

    // Second pass: write. Memory holds the counts, the locales and the stored organizations, never the directory.
    auto stored = store::directory_records_by_cds(db);
    const auto directory_source = "CDE school directory " + files.directory.filename().string();
    DirectoryLoadSummary summary;
    const auto skip = [&](const char* reason) {
        ++summary.skipped;
        ++summary.skipped_reasons[reason];
    };
    with_file(files.directory, [&](const analytics::ByteSource& s) {
        return analytics::read_state_directory(s, [&](const analytics::DirectoryEntry& entry) {
            const auto found = stored.find(entry.cds_code);
            const auto count_row = counts.by_cds.find(entry.cds_code);
            const auto* row_counts = count_row == counts.by_cds.end() ? nullptr : &count_row->second;
            const auto locale = nces->by_district_code.find(entry.cds_code.substr(0, 7));
            const auto* district = locale == nces->by_district_code.end() ? nullptr : &locale->second;
            const auto grades = district_grades.find(entry.cds_code.substr(0, 7));
            const auto& range = grades == district_grades.end() ? std::string() : grades->second;
            if (found == stored.end()) {
                if (!entry.open) return skip("closed");
                if (!row_counts) return skip("no counts");
                auto record = merged({}, entry, range, row_counts, counts.source, district, directory_source);
                record.id = store::insert_directory_record(db, record, now);
                ++summary.created;
                ++summary.created_by_kind[record.kind];
                stored.emplace(entry.cds_code, std::move(record));
                return;
            }
            auto record = merged(found->second, entry, range, row_counts, counts.source, district, directory_source);
            if (record == found->second) {
                ++summary.unchanged;
                return;
            }
            store::update_directory_record(db, record);
            ++record.version;
            found->second = std::move(record);
            ++summary.updated;
        });
    });
    return summary;
}

}  // namespace trellis::actions
