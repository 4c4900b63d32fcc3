#include "trellis/analytics/column_mapping.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <boost/json.hpp>

#include "student_values.hpp"

namespace trellis::analytics {

namespace json = boost::json;

namespace {

bool is_canonical(std::string_view name) {
    return std::any_of(std::begin(kCanonicalStudentColumns), std::end(kCanonicalStudentColumns),
                       [&](const char* c) { return name == c; });
}

std::vector<std::string> canonical_columns() {
    return {std::begin(kCanonicalStudentColumns), std::end(kCanonicalStudentColumns)};
}

std::string canonical_list() { return fmt::format("{}", fmt::join(canonical_columns(), ", ")); }

namespace code = domain::code;

class Parser {
public:
    std::vector<MappingProblem> problems;
    ColumnMapping mapping;

    void run(const json::value& root) {
        const auto* object = root.if_object();
        if (object == nullptr) return problem("", "the mapping must be a JSON object", code::kWrongType);
        for (const auto& entry : *object) {
            const std::string_view key = entry.key();
            if (key == "columns") columns(entry.value());
            else if (key == "values") values(entry.value());
            else if (key == "program_separator") separator(entry.value());
            else if (key == "program_grades") program_grades(entry.value());
            else
                problem(std::string(key), "unknown key (expected columns, values, program_separator, program_grades)",
                        code::kNotOneOf,
                        {{"allowed",
                          std::vector<std::string>{"columns", "values", "program_separator", "program_grades"}}});
        }
    }

private:
    void problem(std::string path, std::string message, const char* code, domain::ProblemParams params = {}) {
        if (problems.size() < 100) problems.push_back({std::move(path), std::move(message), code, std::move(params)});
    }

    void unknown_column(std::string path) {
        problem(std::move(path), fmt::format("unknown canonical column (expected one of {})", canonical_list()),
                code::kNotOneOf, {{"allowed", canonical_columns()}});
    }

    void columns(const json::value& value) {
        const auto* object = value.if_object();
        if (object == nullptr)
            return problem("columns", "must be an object of canonical column -> source header", code::kWrongType);
        std::map<std::string, std::string> used;  // source header -> canonical
        for (const auto& entry : *object) {
            const std::string path = fmt::format("columns.{}", std::string_view(entry.key()));
            if (!is_canonical(entry.key())) {
                unknown_column(path);
                continue;
            }
            const auto* header = entry.value().if_string();
            if (header == nullptr || detail::trim(*header).empty()) {
                problem(path, "must be the non-empty name of a column in the file's header",
                        header == nullptr ? code::kWrongType : code::kRequired);
                continue;
            }
            const std::string source(detail::trim(*header));
            if (const auto it = used.find(source); it != used.end()) {
                problem(path, fmt::format("the column \"{}\" is already mapped to {}", source, it->second),
                        code::kDuplicate, {{"value", source}});
                continue;
            }
            used.emplace(source, std::string(entry.key()));
            mapping.columns.emplace(std::string(entry.key()), source);
        }
    }

    void values(const json::value& value) {
        const auto* object = value.if_object();
        if (object == nullptr)
            return problem("values", "must be an object of canonical column -> {source value: value}",
                           code::kWrongType);
        for (const auto& entry : *object) {
            const std::string path = fmt::format("values.{}", std::string_view(entry.key()));
            if (!is_canonical(entry.key())) {
                unknown_column(path);
                continue;
            }
            const auto* pairs = entry.value().if_object();
            if (pairs == nullptr) {
                problem(path, "must be an object of source value -> canonical value", code::kWrongType);
                continue;
            }
            auto& target = mapping.values[std::string(entry.key())];
            for (const auto& pair : *pairs) {
                const auto* to = pair.value().if_string();
                if (to == nullptr) {
                    problem(fmt::format("{}.{}", path, std::string_view(pair.key())), "must be a string",
                            code::kWrongType);
                    continue;
                }
                target.emplace(std::string(detail::trim(pair.key())), std::string(detail::trim(*to)));
            }
        }
    }

    void separator(const json::value& value) {
        const auto* text = value.if_string();
        if (text == nullptr || text->size() != 1 || (*text)[0] == '"' || (*text)[0] == '\n' || (*text)[0] == '\r') {
            return problem("program_separator", "must be one character (for example \";\" or \"|\")",
                           code::kNotOneCharacter);
        }
        mapping.program_separator = std::string(*text);
    }

    void program_grades(const json::value& value) {
        const auto* object = value.if_object();
        if (object == nullptr)
            return problem("program_grades", "must be an object of program -> list of grades", code::kWrongType);
        for (const auto& entry : *object) {
            const std::string path = fmt::format("program_grades.{}", std::string_view(entry.key()));
            const std::string program = detail::normalise_code_value(entry.key());
            if (program.empty() || program.size() > detail::kMaxProgramName) {
                problem(
                    path,
                    fmt::format("a program name needs 1 to {} letters, digits, '-' or '_'", detail::kMaxProgramName),
                    code::kNotAProgramName,
                    {{"value", domain::problem_value(entry.key())},
                     {"max", static_cast<std::int64_t>(detail::kMaxProgramName)}});
                continue;
            }
            if (mapping.program_grades.contains(program)) {
                problem(path, fmt::format("the program {} is listed twice", program), code::kDuplicate,
                        {{"value", program}});
                continue;
            }
            const auto* grades = entry.value().if_array();
            if (grades == nullptr || grades->empty()) {
                problem(path, "must be a non-empty list of grades (TK, K, 1 to 12)",
                        grades == nullptr ? code::kWrongType : code::kRequired);
                continue;
            }
            std::set<int> seen;
            bool ok = true;
            for (std::size_t i = 0; i < grades->size(); ++i) {
                const auto* text = (*grades)[i].if_string();
                const auto grade = text ? detail::parse_grade(*text) : std::nullopt;
                if (!grade) {
                    domain::ProblemParams params;
                    if (text) params.emplace_back("value", domain::problem_value(*text));
                    problem(fmt::format("{}[{}]", path, i), "not a grade (TK, K, 1 to 12)",
                            text ? code::kNotAGrade : code::kWrongType, std::move(params));
                    ok = false;
                    continue;
                }
                seen.insert(*grade);
            }
            if (!ok) continue;
            auto& list = mapping.program_grades[program];
            for (const int g : seen) list.emplace_back(detail::kGradeNames[g]);
        }
    }
};

// Aliases per canonical column, compared after normalise_header; the first listed wins.
struct Aliases {
    const char* column;
    std::vector<const char*> names;
};

const std::vector<Aliases>& aliases() {
    static const std::vector<Aliases> table = {
        {"district_code",
         {"districtcode", "leacode", "lea", "district", "districtid", "leaid", "districtcds", "districtcdscode",
          "leacdscode", "countydistrictcode", "distcode", "districtnumber"}},
        {"school_code",
         {"schoolcode", "school", "schoolid", "schoolnumber", "sitecode", "site", "siteid", "schoolcds",
          "schoolcdscode", "locationcode"}},
        {"grade", {"grade", "gradelevel", "gradelevelcode", "gradecode", "grd", "currentgrade", "gradelvl"}},
        {"ethnicity",
         {"ethnicity", "raceethnicity", "ethnicitycode", "ethnicityrace", "race", "racecode", "raceethnicitycode",
          "reportingraceethnicity", "federalraceethnicity", "ethnicitycategory"}},
        {"gender", {"gender", "sex", "gendercode", "sexcode", "genderidentity"}},
        {"el",
         {"el", "elstatus", "englishlearner", "englishlearnerstatus", "englishlearners", "ell", "ellstatus",
          "englishlanguagelearner", "elflag", "elindicator"}},
        {"ltel", {"ltel", "longtermel", "longtermenglishlearner", "ltelstatus", "ltelflag", "longtermenglishlearners"}},
        {"sed",
         {"sed", "socioeconomicallydisadvantaged", "socioeconomicdisadvantaged", "socioeconomicallydisadvantagedstatus",
          "sedstatus", "sedflag", "lowincome", "frpm", "freeandreducedmeal", "freereducedmeal",
          "freeandreducedmealprogram", "freereducedmealprogram", "freeandreducedlunch", "frl",
          "economicallydisadvantaged"}},
        {"swd",
         {"swd", "studentswithdisabilities", "studentwithdisabilities", "studentswithdisability", "disability",
          "disabilitystatus", "specialeducation", "sped", "iep", "swdflag", "swdstatus"}},
        {"foster", {"foster", "fosteryouth", "fosterstatus", "fosterflag", "fos", "fostercare"}},
        {"homeless", {"homeless", "homelessyouth", "homelessstatus", "homelessflag", "hom", "mckinneyvento"}},
        {"home_language",
         {"homelanguage", "homelanguagecode", "homelang", "language", "primarylanguage", "nativelanguage",
          "languagespokenathome", "primaryhomelanguage"}},
        {"programs",
         {"programs", "program", "programparticipation", "programenrollment", "enrolledprograms", "specialprograms",
          "programcodes"}},
    };
    return table;
}

}  // namespace

std::expected<ColumnMapping, std::vector<MappingProblem>> parse_column_mapping(std::string_view json_text) {
    json::stream_parser stream;
    boost::system::error_code error;
    const std::size_t used = stream.write(json_text.data(), json_text.size(), error);
    if (!error) stream.finish(error);
    if (error) {
        return std::unexpected(std::vector<MappingProblem>{
            {"", fmt::format("not valid JSON (at byte {}: {})", used, error.message()), domain::code::kInvalid, {}}});
    }
    const json::value root = stream.release();
    Parser parser;
    parser.run(root);
    if (!parser.problems.empty()) return std::unexpected(std::move(parser.problems));
    return std::move(parser.mapping);
}

std::string to_json(const ColumnMapping& mapping) {
    json::object root;
    json::object columns;
    for (const auto& [canonical, header] : mapping.columns) columns[canonical] = header;
    root["columns"] = std::move(columns);
    json::object values;
    for (const auto& [canonical, pairs] : mapping.values) {
        json::object to;
        for (const auto& [from, value] : pairs) to[from] = value;
        values[canonical] = std::move(to);
    }
    root["values"] = std::move(values);
    root["program_separator"] = mapping.program_separator;
    json::object grades;
    for (const auto& [program, list] : mapping.program_grades) {
        json::array array;
        for (const auto& grade : list) array.emplace_back(grade);
        grades[program] = std::move(array);
    }
    root["program_grades"] = std::move(grades);
    return json::serialize(root);
}

ColumnMapping suggest_mapping(const std::vector<std::string>& header) {
    ColumnMapping mapping;
    std::vector<std::string> normalised;
    normalised.reserve(header.size());
    for (const auto& name : header) normalised.push_back(detail::normalise_header(name));
    std::vector<bool> used(header.size(), false);
    for (const auto& [column, names] : aliases()) {
        bool found = false;
        for (const char* alias : names) {
            for (std::size_t i = 0; i < header.size() && !found; ++i) {
                if (!used[i] && normalised[i] == alias) {
                    used[i] = true;
                    found = true;
                    mapping.columns.emplace(column, std::string(detail::trim(header[i])));
                }
            }
            if (found) break;
        }
    }
    return mapping;
}

}  // namespace trellis::analytics
