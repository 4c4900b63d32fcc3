// The CALPADS unduplicated pupil count files. Columns are found by name (compared on letters and digits
// only, so "English Learner (EL)" and "English Learner EL" match); codes are text, left-padded with zeros
// when a spreadsheet dropped them; "N/A", "*" and empty counts are unknown (nullopt).
#include "trellis/analytics/profile_import.hpp"

#include <array>
#include <charconv>
#include <initializer_list>

#include <fmt/format.h>

#include "import_problems.hpp"
#include "student_values.hpp"

namespace trellis::analytics {

namespace {

enum Column {
    kYear,
    kCounty,
    kDistrict,
    kSchool,
    kDistrictName,
    kSchoolName,
    kEnrollment,
    kLowIncome,
    kFoster,
    kHomeless,
    kEnglishLearners,
    kColumnCount
};

struct ColumnSpec {
    std::initializer_list<const char*> names;  // normalised header spellings
    bool required;
};

const std::array<ColumnSpec, kColumnCount>& specs() {
    static const std::array<ColumnSpec, kColumnCount> table = {{
        {{"academicyear"}, true},
        {{"countycode"}, true},
        {{"districtcode"}, true},
        {{"schoolcode"}, true},
        {{"districtname"}, true},
        {{"schoolname"}, true},
        {{"totalenrollment", "enrollment"}, true},
        {{"freereducedmealprogram", "freeandreducedmealprogram", "frpm"}, false},
        {{"foster", "fosteryouth"}, false},
        {{"homeless", "homelessyouth"}, false},
        {{"englishlearnerel", "englishlearner", "englishlearners", "el"}, false},
    }};
    return table;
}

constexpr const char* kDisplay[kColumnCount] = {
    "Academic Year", "County Code", "District Code",       "School Code",
    "District Name", "School Name", "Total Enrollment",    "Free & Reduced Meal Program",
    "Foster",        "Homeless",    "English Learner (EL)"};

// Digits, left-padded to `width`; nullopt when not digits or too long.
std::optional<std::string> code(std::string_view text, std::size_t width) {
    text = detail::trim(text);
    if (text.empty() || text.size() > width) return std::nullopt;
    for (const char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
    }
    return std::string(width - text.size(), '0') + std::string(text);
}

// "2018-2019" (or anything starting with a year from 1990 to 2100): the year; nullopt otherwise. `value` is
// what was read, kept on the row even when it is not a year.
std::optional<int> academic_year(std::string_view year, int& value) {
    value = 0;
    const auto [end, error] = std::from_chars(year.data(), year.data() + std::min<std::size_t>(year.size(), 4), value);
    if (year.size() < 4 || error != std::errc() || end != year.data() + 4 || value < 1990 || value > 2100)
        return std::nullopt;
    return value;
}

// Reads a profile file's rows, collecting problems; reading stops once the problem list is full.
class ProfileReader {
public:
    ProfileReader() { index_.fill(-1); }

    bool on_record(const CsvRecord& record) {
        if (!header_seen_) return on_header(record);
        if (record.fields.size() != fields_) {
            return detail::add_problem(result_.problems,
                                       detail::field_count_problem(record.line, record.fields.size(), fields_));
        }
        return on_row(record);
    }

    ProfileImportResult finish(const CsvResult& read) {
        detail::add_read_problem(result_.problems, read);
        if (!header_seen_ && result_.problems.empty())
            result_.problems.push_back({1, 0, "the file is empty", domain::code::kEmptyFile});
        if (!result_.problems.empty()) result_.rows.clear();
        return std::move(result_);
    }

private:
    // Finds each column by any of its spellings.
    bool on_header(const CsvRecord& record) {
        const auto& f = record.fields;
        header_seen_ = true;
        fields_ = f.size();
        for (int c = 0; c < kColumnCount; ++c) {
            for (std::size_t i = 0; i < f.size() && index_[c] < 0; ++i) {
                const std::string name = detail::normalise_header(f[i]);
                for (const char* spelling : specs()[c].names) {
                    if (name == spelling) index_[c] = static_cast<int>(i);
                }
            }
            if (index_[c] < 0 && specs()[c].required) {
                detail::add_problem(result_.problems, detail::missing_column_problem(record.line, kDisplay[c]));
            }
        }
        return result_.problems.empty();
    }

    bool on_row(const CsvRecord& record) {
        const auto field = [&](int c) {
            return index_[c] < 0 ? std::string_view()
                                 : detail::trim(record.fields[static_cast<std::size_t>(index_[c])]);
        };
        bool ok = true;
        // A field that is not what its column needs: `required` when empty, else `code` naming the value.
        const auto bad = [&](int c, std::string message, const char* code, domain::ProblemParams params = {}) {
            ok = false;
            return detail::add_problem(
                result_.problems, detail::value_problem(record.line, index_[c] + 1, field(c), std::move(message), code,
                                                        std::move(params)));
        };
        const auto digits = [](std::int64_t n) { return domain::ProblemParams{{"digits", n}}; };
        OrganizationProfileRow row;
        const auto county = code(field(kCounty), 2), district = code(field(kDistrict), 5),
                   school = code(field(kSchool), 7);
        if (!county && !bad(kCounty, "County Code must be 2 digits", domain::code::kNotDigits, digits(2))) return false;
        if (!district && !bad(kDistrict, "District Code must be 5 digits", domain::code::kNotDigits, digits(5)))
            return false;
        if (!school && !bad(kSchool, "School Code must be 7 digits", domain::code::kNotDigits, digits(7))) return false;
        if (!academic_year(field(kYear), row.year) &&
            !bad(kYear, "Academic Year must look like 2018-2019", domain::code::kNotASchoolYear,
                 {{"min", std::int64_t{1990}}, {"max", std::int64_t{2100}}, {"example", std::string("2018-2019")}}))
            return false;
        for (const auto& [c, target] : {std::pair{kEnrollment, &row.enrollment}, std::pair{kLowIncome, &row.low_income},
                                        std::pair{kFoster, &row.foster}, std::pair{kHomeless, &row.homeless},
                                        std::pair{kEnglishLearners, &row.english_learners}}) {
            std::string text;
            for (const char ch : field(c)) {
                if (ch != ',') text += ch;  // "1,234"
            }
            if (text.empty() || text == "N/A" || text == "n/a" || text == "*" || text == "--") continue;
            std::int64_t value = 0;
            const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
            if (error != std::errc() || end != text.data() + text.size() || value < 0) {
                if (!bad(c, fmt::format("{} must be a whole number or N/A", kDisplay[c]), domain::code::kNotACount))
                    return false;
                continue;
            }
            *target = value;
        }
        if (!ok) return true;
        row.cds_code = *county + *district + *school;
        row.district_row = *school == "0000000";
        row.name = std::string(row.district_row ? field(kDistrictName) : field(kSchoolName));
        result_.rows.push_back(std::move(row));
        return true;
    }

    ProfileImportResult result_;
    std::array<int, kColumnCount> index_{};
    std::size_t fields_ = 0;
    bool header_seen_ = false;
};

}  // namespace

ProfileImportResult import_profiles(const ByteSource& source) {
    ProfileReader reader;
    const auto read = read_csv(source, CsvOptions{}, [&](const CsvRecord& record) { return reader.on_record(record); });
    return reader.finish(read);
}

}  // namespace trellis::analytics
