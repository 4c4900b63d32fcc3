#pragma once
// Guide section A: does the team represent the perspectives it needs, and who is missing?
#include <string>
#include <string_view>
#include <vector>

namespace trellis::domain {

inline constexpr const char* kGradeSpans[] = {"elementary", "middle", "high"};

// A team's representation expectations (issue 17): which template of perspectives it is held to. `peer`: every
// perspective in the catalogue (the guide's template for a district improving its own schools); `mentor`: a
// mentor organization's team, which shares practice with peers and is not expected to seat families or students.
inline constexpr std::string_view kExpectationTemplates[] = {"peer", "mentor"};
// The perspectives a template does not expect (catalogue keys).
std::vector<std::string> perspectives_not_expected(const std::string& expectation_template);

struct MemberPerspectives {
    std::string name;
    std::vector<std::string> perspectives;   // catalogue keys
    std::vector<std::string> content_areas;  // free text
    std::vector<std::string> grade_spans;    // elementary | middle | high
};

struct PerspectiveCoverage {
    std::string key;
    std::vector<std::string> member_names;  // who brings it, in member order
};

struct Representation {
    std::vector<std::string> covered;       // catalogue order
    std::vector<std::string> missing;       // catalogue order, expected perspectives only
    std::vector<std::string> not_expected;  // catalogue order: not expected by the team's template and not brought
    std::vector<PerspectiveCoverage> perspectives;
    std::vector<std::string> content_areas;        // distinct, case-insensitively, first spelling kept, sorted
    std::vector<std::string> grade_spans_covered;  // elementary, middle, high order
    std::vector<std::string> grade_spans_missing;  // spans the organization serves that nobody covers
};

// `catalogue` is the ordered list of perspective keys; `served_grade_spans` the spans the team's organization
// serves. Perspectives a member brings that are not in the catalogue are ignored. A perspective in `not_expected`
// that nobody brings is listed there, not as missing.
Representation compute_representation(const std::vector<std::string>& catalogue,
                                      const std::vector<MemberPerspectives>& members,
                                      const std::vector<std::string>& served_grade_spans,
                                      const std::vector<std::string>& not_expected = {});

}  // namespace trellis::domain
