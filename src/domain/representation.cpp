#include "trellis/domain/representation.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace trellis::domain {

namespace {

std::string lower(std::string text) {
    std::ranges::transform(text, text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool contains(const std::vector<std::string>& values, const std::string& value) {
    return std::ranges::find(values, value) != values.end();
}

}  // namespace

std::vector<std::string> perspectives_not_expected(const std::string& expectation_template) {
    if (expectation_template == "mentor") return {"families", "students"};
    return {};
}

Representation compute_representation(const std::vector<std::string>& catalogue,
                                      const std::vector<MemberPerspectives>& members,
                                      const std::vector<std::string>& served_grade_spans,
                                      const std::vector<std::string>& not_expected) {
    Representation result;
    for (const auto& key : catalogue) {
        PerspectiveCoverage coverage{key, {}};
        for (const auto& member : members) {
            if (contains(member.perspectives, key)) coverage.member_names.push_back(member.name);
        }
        if (!coverage.member_names.empty()) {
            result.covered.push_back(key);
        } else {
            (contains(not_expected, key) ? result.not_expected : result.missing).push_back(key);
        }
        result.perspectives.push_back(std::move(coverage));
    }

    std::map<std::string, std::string> areas_by_lower;  // sorted, case-insensitive distinct
    for (const auto& member : members) {
        for (const auto& area : member.content_areas) areas_by_lower.emplace(lower(area), area);
    }
    for (auto& [_, area] : areas_by_lower) result.content_areas.push_back(area);

    for (const char* span : kGradeSpans) {
        const bool covered = std::ranges::any_of(members, [&](const auto& m) { return contains(m.grade_spans, span); });
        if (covered) {
            result.grade_spans_covered.emplace_back(span);
        } else if (contains(served_grade_spans, span)) {
            result.grade_spans_missing.emplace_back(span);
        }
    }
    return result;
}

}  // namespace trellis::domain
