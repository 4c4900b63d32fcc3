#include "trellis/actions/data_imports.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <stdexcept>

#include "trellis/analytics/aggregate_import.hpp"
#include "trellis/analytics/dashboard_import.hpp"
#include "trellis/analytics/profile_import.hpp"
#include "trellis/analytics/student_import.hpp"
#include "trellis/analytics/teacher_import.hpp"
#include "trellis/store/organizations.hpp"
#include "trellis/store/student_data.hpp"
#include "trellis/store/teacher_profiles.hpp"

namespace trellis::actions {

namespace {

std::unexpected<Failure> failure(std::string detail, std::vector<analytics::CsvProblem> problems = {}) {
    return std::unexpected(Failure{FailureKind::import_rejected, std::move(detail), {}, std::move(problems)});
}

std::unexpected<Failure> rejected(std::vector<analytics::CsvProblem> problems) {
    const auto& first = problems.front();
    const std::string where = first.column > 0 ? fmt::format("line {}, column {}", first.line, first.column)
                                               : fmt::format("line {}", first.line);
    // The sentence is made before `problems` moves into the answer.
    std::string detail =
        fmt::format("The file was not imported: {} problem{}{}; the first, at {}: {}", problems.size(),
                    problems.size() == 1 ? "" : "s", problems.size() >= 100 ? " or more" : "", where, first.message);
    return failure(std::move(detail), std::move(problems));
}

// An import that needs the school year of its file, sent without one (the web app asks for it before sending).
analytics::CsvProblem school_year_needed(std::string message) {
    return {0, 0, std::move(message), domain::code::kSchoolYearNeeded, {}};
}

// A file with a header and nothing under it.
analytics::CsvProblem no_rows(std::string message) { return {0, 0, std::move(message), domain::code::kNoRows, {}}; }

// An organization imports only its own district's counts: one district's file never writes another's.
std::vector<analytics::CsvProblem> foreign_districts(const std::vector<analytics::IndicatorCount>& counts,
                                                     const std::string& district_code) {
    std::set<std::string> others;
    for (const auto& c : counts) {
        if (store::district_of(c.org_code) != district_code) others.insert(c.org_code);
    }
    std::vector<analytics::CsvProblem> out;
    for (const auto& code : others) {
        out.push_back({0,
                       0,
                       fmt::format("counts for {} are not this district's ({}); import each district's data "
                                   "into its own organization",
                                   code, district_code),
                       domain::code::kOtherDistrict,
                       {{"value", code}, {"district_code", district_code}}});
        if (out.size() == 5) break;
    }
    return out;
}

store::ImportSummary::Counts count_summary(const std::vector<analytics::IndicatorCount>& counts) {
    std::set<std::string> orgs, indicators, districts;
    std::set<int> years;
    for (const auto& c : counts) {
        orgs.insert(c.org_code);
        districts.insert(store::district_of(c.org_code));
        indicators.insert(c.indicator);
        years.insert(c.year);
    }
    return {static_cast<std::int64_t>(counts.size()),
            static_cast<std::int64_t>(districts.size()),
            static_cast<std::int64_t>(orgs.size()),
            {indicators.begin(), indicators.end()},
            {years.begin(), years.end()}};
}

// The record of one import, summary included.
store::ImportRecord import_record(const ImportRequest& request, std::int64_t rows,
                                  const store::ImportSummary& summary) {
    store::ImportRecord record;
    record.organization_id = request.organization_id;
    record.kind = summary.kind;
    record.filename = request.filename;
    record.rows_read = rows;
    record.summary = store::encode_import_summary(summary);
    record.created_by_name = request.by_name;
    record.created_at = request.now;
    return record;
}

Result<ImportOutcome> store_counts(store::Connection& db, const ImportRequest& request,
                                   const std::vector<analytics::IndicatorCount>& counts, std::int64_t rows,
                                   store::ImportSummary summary) {
    if (request.district_code) {
        auto foreign = foreign_districts(counts, *request.district_code);
        if (!foreign.empty()) {
            std::string detail = foreign[0].message;
            return failure(std::move(detail), std::move(foreign));
        }
    }
    if (counts.empty()) return failure("The file holds no counts to import.", {no_rows("the file holds no counts")});
    summary.counts = count_summary(counts);
    summary.kind = std::string(to_string(request.kind));
    summary.rows = rows;
    auto record = import_record(request, rows, summary);
    if (request.year) record.year = *request.year;
    const auto id = store::replace_counts(
        db, counts, record, request.by,
        request.kind == ImportKind::students ? store::ReplaceScope::district : store::ReplaceScope::org_code);
    return ImportOutcome{id, std::move(summary)};
}

// A student-level file read from its path: the counts go to the database a district at a time as they are made
// (store::StreamedCounts), so memory does not grow with the ~1.8 million counts of a statewide file.
Result<ImportOutcome> import_students_streamed(store::Connection& db, const ImportRequest& request,
                                               const std::string& path) {
    std::optional<std::unexpected<Failure>> refused;
    std::optional<store::StreamedCounts> stored;
    store::ImportSummary summary;
    const analytics::StudentCountsSink sink{
        .plan =
            [&](const analytics::StudentCountsPlan& plan) {
                if (request.district_code) {
                    std::vector<analytics::IndicatorCount> districts;  // one stands for each district's counts
                    for (const auto& [code, indicators] : plan.district_indicators)
                        districts.push_back({.org_code = code});
                    auto foreign = foreign_districts(districts, *request.district_code);
                    if (!foreign.empty()) {
                        std::string detail = foreign[0].message;
                        refused = failure(std::move(detail), std::move(foreign));
                        return false;
                    }
                }
                if (plan.counts == 0) {
                    refused = failure("The file holds no counts to import.", {no_rows("the file holds no counts")});
                    return false;
                }
                summary.students = {plan.summary.schools, plan.summary.programs, plan.summary.ignored_columns};
                summary.counts =
                    store::ImportSummary::Counts{plan.counts,
                                                 static_cast<std::int64_t>(plan.district_indicators.size()),
                                                 plan.organizations,
                                                 plan.indicators,
                                                 {*request.year}};
                summary.kind = std::string(to_string(request.kind));
                summary.rows = plan.summary.rows;
                auto record = import_record(request, plan.summary.rows, summary);
                record.year = *request.year;
                stored.emplace(db, std::move(record), request.by, plan.counts, *request.year, plan.district_indicators);
                return true;
            },
        .counts = [&](std::span<const analytics::IndicatorCount> counts) { stored->add(counts); }};
    auto result = analytics::import_students_file(path, request.mapping, *request.year, sink);
    if (!result.problems.empty()) return rejected(std::move(result.problems));
    if (refused) return *refused;
    if (!stored) return failure("The file holds no counts to import.", {no_rows("the file holds no counts")});
    stored->finish();
    return ImportOutcome{stored->import_id(), std::move(summary)};
}

Result<ImportOutcome> import_students(store::Connection& db, const ImportRequest& request,
                                      const analytics::ByteSource& source, const std::optional<std::string>& path) {
    if (!request.year) {
        return failure("A student-level import needs the school year (year=2024 for 2024-25).",
                       {school_year_needed("a student-level import needs the school year")});
    }
    if (path) return import_students_streamed(db, request, *path);
    auto result = analytics::import_students(source, request.mapping, *request.year);
    if (!result.problems.empty()) return rejected(std::move(result.problems));
    store::ImportSummary summary;
    summary.students = {result.summary.schools, result.summary.programs, result.summary.ignored_columns};
    return store_counts(db, request, result.counts, result.summary.rows, std::move(summary));
}

Result<ImportOutcome> import_profiles(store::Connection& db, const ImportRequest& request,
                                      const analytics::ByteSource& source) {
    auto result = analytics::import_profiles(source);
    if (!result.problems.empty()) return rejected(std::move(result.problems));
    std::int64_t updated = 0;
    for (const auto& row : result.rows) {
        if (request.district_code && row.cds_code != *request.district_code) continue;
        auto organization = store::find_organization_by_cds(db, row.cds_code);
        if (!organization) continue;
        auto& p = organization->profile;
        p.enrollment = row.enrollment;
        p.low_income = row.low_income;
        p.english_learners = row.english_learners;
        p.foster = row.foster;
        p.homeless = row.homeless;
        p.source = fmt::format("CALPADS unduplicated pupil count {}-{:02}", row.year, (row.year + 1) % 100);
        if (store::update_organization(db, *organization)) ++updated;
    }
    if (request.district_code && updated == 0) {
        return failure(fmt::format("The file has no row for this district (CDS {}).", *request.district_code),
                       {{0,
                         0,
                         fmt::format("the file has no row for this district (CDS {})", *request.district_code),
                         domain::code::kNoDistrictRow,
                         {{"district_code", *request.district_code}}}});
    }
    store::ImportSummary summary{.kind = "profiles", .rows = static_cast<std::int64_t>(result.rows.size())};
    summary.organizations_updated = updated;
    const auto id = store::replace_counts(db, {}, import_record(request, summary.rows, summary), request.by);
    return ImportOutcome{id, std::move(summary)};
}

Result<ImportOutcome> import_teachers(store::Connection& db, const ImportRequest& request,
                                      const analytics::ByteSource& source) {
    if (!request.organization_id) return failure("A staff file is imported into one organization.");
    auto result = analytics::import_teachers(source);
    if (!result.problems.empty()) return rejected(std::move(result.problems));
    if (result.teachers.empty())
        return failure("The staff file has no teacher rows.", {no_rows("the staff file has no teacher rows")});
    const auto written = store::replace_imported_teachers(db, *request.organization_id, result.teachers, request.now);
    store::ImportSummary summary{.kind = "teachers", .rows = written};
    summary.teachers = written;
    const auto id = store::replace_counts(db, {}, import_record(request, written, summary), request.by);
    return ImportOutcome{id, std::move(summary)};
}

// A California School Dashboard file: the district's own rows, for the year and the year before; suppressed
// cells stored as unknown counts.
Result<ImportOutcome> import_dashboard(store::Connection& db, const ImportRequest& request,
                                       const analytics::ByteSource& source) {
    if (!request.year || *request.year < 1991 || *request.year > 2100) {
        return failure("A Dashboard file's import needs its reporting year, from 1991 to 2100 (2024 for 2024-25).",
                       {school_year_needed("a Dashboard file's import needs its reporting year")});
    }
    if (!request.district_code) return failure("A Dashboard file is imported into one district (its CDS code).");
    const auto indicator =
        request.indicator ? request.indicator : analytics::dashboard_indicator_from_filename(request.filename);
    if (!indicator || !analytics::is_dashboard_indicator(*indicator)) {
        analytics::CsvProblem problem{0,
                                      0,
                                      "say which indicator the file holds: suspension or chronic_absence",
                                      domain::code::kIndicatorNeeded,
                                      {{"allowed", std::vector<std::string>{"suspension", "chronic_absence"}}}};
        return failure(indicator
                           ? fmt::format("The indicator must be suspension or chronic_absence, not \"{}\".", *indicator)
                           : "Say which indicator the Dashboard file holds (suspension or chronic_absence): its "
                             "file name does not say.",
                       {std::move(problem)});
    }
    auto result = analytics::import_dashboard(source, {*request.district_code, *request.year, *indicator});
    if (!result.problems.empty()) return rejected(std::move(result.problems));
    if (result.counts.empty() && result.unknown.empty()) {
        const auto message =
            fmt::format("the file has no district row (rtype D) for this district (CDS {})", *request.district_code);
        return failure(
            fmt::format("The file has no district row (rtype D) for this district (CDS {}).", *request.district_code),
            {{0, 0, message, domain::code::kNoDistrictRow, {{"district_code", *request.district_code}}}});
    }
    store::ImportSummary summary{.kind = "dashboard", .rows = result.rows_read};
    summary.counts = count_summary(result.counts);
    for (const auto& u : result.unknown) {
        // A year whose every group the state suppressed is still a year the import brought.
        auto& years = summary.counts->years;
        if (std::find(years.begin(), years.end(), u.year) == years.end()) years.push_back(u.year);
    }
    std::sort(summary.counts->years.begin(), summary.counts->years.end());
    summary.counts->indicators = {*indicator};
    summary.dashboard = store::ImportSummary::Dashboard{*indicator, result.rows_taken, result.suppressed_cells,
                                                        static_cast<std::int64_t>(result.unknown.size()),
                                                        std::move(result.ignored_groups)};
    auto record = import_record(request, result.rows_read, summary);
    record.year = *request.year;
    const auto id =
        store::replace_counts(db, result.counts, record, request.by, store::ReplaceScope::org_code, result.unknown);
    return ImportOutcome{id, std::move(summary)};
}

}  // namespace

std::optional<ImportKind> parse_import_kind(std::string_view text) {
    if (text == "students") return ImportKind::students;
    if (text == "aggregate") return ImportKind::aggregate;
    if (text == "profiles") return ImportKind::profiles;
    if (text == "teachers") return ImportKind::teachers;
    if (text == "dashboard") return ImportKind::dashboard;
    return std::nullopt;
}

std::string_view to_string(ImportKind kind) {
    switch (kind) {
        case ImportKind::students:
            return "students";
        case ImportKind::aggregate:
            return "aggregate";
        case ImportKind::profiles:
            return "profiles";
        case ImportKind::teachers:
            return "teachers";
        case ImportKind::dashboard:
            return "dashboard";
    }
    return "aggregate";
}

std::optional<ImportKind> detect_import_kind(std::string_view first_line) {
    if (first_line.starts_with("\xEF\xBB\xBF")) first_line.remove_prefix(3);
    if (first_line.starts_with("org_code,year,indicator")) return ImportKind::aggregate;
    if (first_line.find("Academic Year") != std::string_view::npos &&
        first_line.find("Total Enrollment") != std::string_view::npos) {
        return ImportKind::profiles;
    }
    if (first_line.find("credentials") != std::string_view::npos && first_line.find("name") != std::string_view::npos) {
        return ImportKind::teachers;
    }
    if (analytics::is_dashboard_header(first_line)) return ImportKind::dashboard;
    return std::nullopt;
}

Result<ImportOutcome> import_data(store::Connection& db, const ImportRequest& request,
                                  const analytics::ByteSource& source, const std::optional<std::string>& file_path) {
    switch (request.kind) {
        case ImportKind::students:
            return import_students(db, request, source, file_path);
        case ImportKind::aggregate: {
            auto result = analytics::import_aggregate(source);
            if (!result.problems.empty()) return rejected(std::move(result.problems));
            return store_counts(db, request, result.counts, static_cast<std::int64_t>(result.counts.size()), {});
        }
        case ImportKind::profiles:
            return import_profiles(db, request, source);
        case ImportKind::teachers:
            return import_teachers(db, request, source);
        case ImportKind::dashboard:
            return import_dashboard(db, request, source);
    }
    return failure("unknown import kind");
}

Result<ImportOutcome> import_data_file(store::Connection& db, const ImportRequest& request, const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) throw std::runtime_error("cannot open the uploaded file " + path);
    if (file.peek() == std::ifstream::traits_type::eof()) {
        return failure("The file is empty: send the file's contents as the request body.",
                       {{0, 0, "the file is empty", domain::code::kEmptyFile, {}}});
    }
    const analytics::ByteSource source = [&file](char* buffer, std::size_t capacity) {
        file.read(buffer, static_cast<std::streamsize>(capacity));
        if (file.bad()) throw std::runtime_error("read error on an uploaded file");
        return static_cast<std::size_t>(file.gcount());
    };
    // A student-level file is read from its path, in ranges on both cores (as `trellis data import` does).
    return import_data(db, request, source, request.kind == ImportKind::students ? std::optional(path) : std::nullopt);
}

analytics::ByteSource text_source(std::string_view text) {
    return [text, offset = std::size_t{0}](char* buffer, std::size_t capacity) mutable {
        const auto n = std::min(capacity, text.size() - offset);
        std::copy_n(text.data() + offset, n, buffer);
        offset += n;
        return n;
    };
}

std::int64_t record_manual_counts(const Caller& caller, std::int64_t organization_id,
                                  const std::vector<analytics::IndicatorCount>& counts) {
    const auto& first = counts.front();
    store::ImportRecord record;
    record.organization_id = organization_id;
    record.kind = "manual";
    record.year = first.year;
    record.rows_read = static_cast<std::int64_t>(counts.size());
    record.summary = store::encode_manual_entry_summary(first, counts.size());
    record.created_by_name = caller.principal.name;
    record.created_at = caller.now;
    return store::replace_counts(caller.db, counts, std::move(record), caller.principal.user_id);
}

}  // namespace trellis::actions
