#include "trellis/analytics/aggregate_import.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "import_problems.hpp"
#include "student_values.hpp"

namespace trellis::analytics {

namespace {

constexpr std::array<std::string_view, 7> kHeader = {"org_code", "year",        "indicator", "direction",
                                                     "group",    "denominator", "numerator"};

std::optional<std::int64_t> parse_count(std::string_view text) {
    if (text.empty() || text.size() > 18) return std::nullopt;
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < 0) return std::nullopt;
    return value;
}

// "2018", or the school year "2018-19" / "2018-2019" (its first calendar year).
std::optional<int> parse_year(std::string_view text) {
    if (text.size() < 4) return std::nullopt;
    int year = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + 4, year);
    if (error != std::errc() || end != text.data() + 4) return std::nullopt;
    // The range first: the suffix check below takes the last two digits of a four-digit next year (the fuzzer
    // found "0000p", whose next year "1" has none).
    if (year < 1990 || year > 2100) return std::nullopt;
    const std::string_view rest = text.substr(4);
    if (!rest.empty()) {
        const std::string next = std::to_string(year + 1);
        if (rest != "-" + next && rest != "-" + next.substr(2)) return std::nullopt;
    }
    return year;
}

bool fourteen_digits(std::string_view text) {
    return text.size() == 14 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Reads an aggregate file's rows into counts, collecting problems; reading stops once the problem list is full.
class AggregateReader {
public:
    bool on_record(const CsvRecord& record) {
        if (!header_seen_) return on_header(record);
        if (record.fields.size() != kHeader.size()) {
            return detail::add_problem(result_.problems,
                                       detail::field_count_problem(record.line, record.fields.size(), kHeader.size()));
        }
        IndicatorCount count;
        bool ok = true;
        if (!parse_row(record, count, ok)) return false;
        if (!ok) return true;
        return add(record, std::move(count));
    }

    AggregateImportResult finish(const CsvResult& read) {
        detail::add_read_problem(result_.problems, read);
        if (!header_seen_ && result_.problems.empty()) {
            result_.problems.push_back({1, 0,
                                        "the file is empty: expected the header "
                                        "org_code,year,indicator,direction,group,denominator,numerator",
                                        domain::code::kEmptyFile});
        }
        if (!result_.problems.empty()) result_.counts.clear();
        return std::move(result_);
    }

private:
    bool problem(std::int64_t line, int column, std::string message, const char* code,
                 domain::ProblemParams params = {}) {
        return detail::add_problem(result_.problems, line, column, std::move(message), code, std::move(params));
    }

    bool on_header(const CsvRecord& record) {
        const auto& f = record.fields;
        header_seen_ = true;
        bool ok = f.size() == kHeader.size();
        for (std::size_t i = 0; ok && i < f.size(); ++i) ok = detail::trim(f[i]) == kHeader[i];
        if (!ok)
            problem(record.line, 0,
                    "the header must be exactly org_code,year,indicator,direction,group,denominator,numerator",
                    domain::code::kWrongHeader,
                    {{"header", std::string("org_code,year,indicator,direction,group,denominator,numerator")}});
        return ok;
    }

    // Fills `count` from the row's fields; each bad field is a problem and clears `ok`. False when the problem
    // list is full.
    bool parse_row(const CsvRecord& record, IndicatorCount& count, bool& ok) {
        const auto& f = record.fields;
        // A field that is not what its column needs: `required` when empty, else `code` naming the value.
        const auto bad = [&](int column, std::string message, const char* code, domain::ProblemParams params = {}) {
            ok = false;
            const auto value = detail::trim(f[static_cast<std::size_t>(column - 1)]);
            return detail::add_problem(
                result_.problems,
                detail::value_problem(record.line, column, value, std::move(message), code, std::move(params)));
        };
        count.org_code = std::string(detail::trim(f[0]));
        if (!fourteen_digits(count.org_code) &&
            !bad(1, "org_code must be a 14-digit CDS code", domain::code::kNotACdsCode)) {
            return false;
        }
        if (const auto year = parse_year(detail::trim(f[1]))) count.year = *year;
        else if (!bad(2, "year must be a year from 1990 to 2100 (2018, or 2018-19)", domain::code::kNotASchoolYear,
                      {{"min", std::int64_t{1990}}, {"max", std::int64_t{2100}}, {"example", std::string("2018-19")}}))
            return false;
        count.indicator = std::string(detail::trim(f[2]));
        if (!valid_indicator_name(count.indicator) &&
            !bad(3, "indicator must be 1 to 64 of a-z, 0-9, '_', '-', ':' (for example program:ap_spanish)",
                 domain::code::kNotAnIndicator, {{"max", std::int64_t{64}}})) {
            return false;
        }
        if (const auto direction = parse_direction(detail::trim(f[3]))) count.direction = *direction;
        else if (!bad(4, "direction must be higher_is_better or lower_is_better", domain::code::kNotOneOf,
                      {{"allowed", std::vector<std::string>{"higher_is_better", "lower_is_better"}}}))
            return false;
        count.group = std::string(detail::trim(f[4]));
        if (!classify_group(count.group) &&
            !bad(5, "group is not a known student group code (ALL, HI, EL, gender:f, ...)", domain::code::kNotAGroup)) {
            return false;
        }
        const auto denominator = parse_count(detail::trim(f[5]));
        const auto numerator = parse_count(detail::trim(f[6]));
        if (!denominator && !bad(6, "denominator must be a whole number, 0 or more", domain::code::kNotACount))
            return false;
        if (!numerator && !bad(7, "numerator must be a whole number, 0 or more", domain::code::kNotACount))
            return false;
        if (denominator && numerator && *numerator > *denominator) {
            ok = false;
            if (!problem(record.line, 7, "numerator is larger than the denominator",
                         domain::code::kNumeratorOverDenominator,
                         {{"numerator", *numerator}, {"denominator", *denominator}})) {
                return false;
            }
        }
        if (ok) {
            count.denominator = *denominator;
            count.numerator = *numerator;
        }
        return true;
    }

    // A second row for the same count, or an indicator whose direction changes, is a problem.
    bool add(const CsvRecord& record, IndicatorCount count) {
        const auto [first, inserted_count] =
            seen_.try_emplace({count.org_code, count.year, count.indicator, count.group}, record.line);
        if (!inserted_count) {
            const std::string names =
                fmt::format("{} {} {} {}", count.org_code, count.year, count.indicator, count.group);
            return problem(record.line, 0, fmt::format("a second row for {}", names), domain::code::kAlsoOnLine,
                           {{"value", names}, {"other_line", first->second}});
        }
        const auto [it, inserted] = directions_.try_emplace(count.indicator, count.direction, record.line);
        if (!inserted && it->second.first != count.direction) {
            return problem(
                record.line, 4,
                fmt::format("{} is {} on line {}", count.indicator, to_string(it->second.first), it->second.second),
                domain::code::kDirectionDiffers,
                {{"indicator", count.indicator},
                 {"direction", std::string(to_string(it->second.first))},
                 {"other_line", it->second.second}});
        }
        result_.counts.push_back(std::move(count));
        return true;
    }

    AggregateImportResult result_;
    bool header_seen_ = false;
    std::map<std::tuple<std::string, int, std::string, std::string>, std::int64_t> seen_;  // count -> first line
    std::map<std::string, std::pair<Direction, std::int64_t>> directions_;  // indicator -> direction, first line
};

}  // namespace

AggregateImportResult import_aggregate(const ByteSource& source) {
    AggregateReader reader;
    CsvOptions options;
    options.delimiter = ',';
    const auto read = read_csv(source, options, [&](const CsvRecord& record) { return reader.on_record(record); });
    return reader.finish(read);
}

}  // namespace trellis::analytics
