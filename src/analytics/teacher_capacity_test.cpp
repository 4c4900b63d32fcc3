#include "trellis/analytics/teacher_capacity.hpp"

#include <gtest/gtest.h>

namespace trellis::analytics {

namespace {

TeacherProfile teacher(std::string name, std::vector<std::string> credentials, std::optional<int> years,
                       std::vector<std::string> languages, std::vector<std::string> needs) {
    TeacherProfile t;
    t.name = std::move(name);
    t.credentials = std::move(credentials);
    t.years_experience = years;
    t.languages = std::move(languages);
    t.learning_needs = std::move(needs);
    return t;
}

std::vector<TeacherProfile> staff() {
    return {
        teacher("Ana", {"Single Subject: Spanish", "Bilingual Authorization (Spanish)"}, 1, {"Spanish"},
                {"Dual immersion pedagogy", "Assessment", "Biliteracy"}),
        teacher("Ben", {"Multiple Subject", "BCLAD spanish"}, 4, {"spanish "},
                {"assessment", "  dual  immersion pedagogy"}),
        teacher("Chen", {"Single Subject: Mandarin"}, 12, {"Mandarin"}, {"Assessment"}),
        teacher("Dee", {"Multiple Subject"}, 25, {"Spanish"}, {"Biliteracy", "Assessment", "Family engagement"}),
        teacher("Eve", {}, std::nullopt, {}, {}),
        teacher("Fay", {"Single Subject: Spanish"}, 7, {"Mandarin", "Spanish"}, {"Family Engagement", "Biliteracy"}),
    };
}

const std::vector<LanguageOffer> kOffered = {
    {"Spanish", {"dual_immersion", "world_language"}},
    {"Mandarin", {"fles"}},
    {"French", {"world_language"}},
};

}  // namespace

TEST(TeacherCapacity, QualifiedTeachersPerOfferedLanguage) {
    const auto c = assess_teacher_capacity(staff(), kOffered);
    EXPECT_EQ(c.teachers, 6);
    ASSERT_EQ(c.languages.size(), 3u);

    // Spanish: taught by Ana, Ben, Dee and Fay; Dee holds no credential naming Spanish.
    EXPECT_EQ(c.languages[0].language, "Spanish");
    EXPECT_EQ(c.languages[0].program_types, (std::vector<std::string>{"dual_immersion", "world_language"}));
    EXPECT_EQ(c.languages[0].qualified_teachers, 3);
    EXPECT_EQ(c.languages[0].teaching_without_credential, 1);
    EXPECT_FALSE(c.languages[0].at_risk);

    // Mandarin: Chen is qualified; Fay teaches it with a Spanish credential only. One qualified teacher: a risk.
    EXPECT_EQ(c.languages[1].language, "Mandarin");
    EXPECT_EQ(c.languages[1].qualified_teachers, 1);
    EXPECT_EQ(c.languages[1].teaching_without_credential, 1);
    EXPECT_TRUE(c.languages[1].at_risk);

    // French: offered, nobody teaches it.
    EXPECT_EQ(c.languages[2].qualified_teachers, 0);
    EXPECT_EQ(c.languages[2].teaching_without_credential, 0);
    EXPECT_TRUE(c.languages[2].at_risk);
}

TEST(TeacherCapacity, ACredentialAloneDoesNotQualify) {
    // Holds a Spanish credential but teaches Mandarin only: not a qualified Spanish teacher.
    const auto c = assess_teacher_capacity({teacher("Gil", {"Single Subject: Spanish"}, 3, {"Mandarin"}, {})},
                                           {{"spanish", {}}, {"MANDARIN", {}}});
    EXPECT_EQ(c.languages[0].qualified_teachers, 0);
    EXPECT_EQ(c.languages[0].teaching_without_credential, 0);
    EXPECT_EQ(c.languages[1].qualified_teachers, 0);
    EXPECT_EQ(c.languages[1].teaching_without_credential, 1);
}

TEST(TeacherCapacity, ExperienceBands) {
    const auto c = assess_teacher_capacity(staff(), kOffered);
    ASSERT_EQ(c.experience.size(), 6u);
    const char* bands[] = {"0-2", "3-5", "6-10", "11-20", "21+", "unknown"};
    for (std::size_t i = 0; i < 6; ++i) {
        EXPECT_EQ(c.experience[i].band, bands[i]);
        EXPECT_EQ(c.experience[i].teachers, 1) << bands[i];  // Ana 1, Ben 4, Fay 7, Chen 12, Dee 25, Eve unknown
    }

    std::vector<TeacherProfile> edges;
    for (int years : {0, 2, 3, 5, 6, 10, 11, 20, 21, 40}) edges.push_back(teacher("t", {}, years, {}, {}));
    edges.push_back(teacher("t", {}, -1, {}, {}));
    const auto e = assess_teacher_capacity(edges, {});
    EXPECT_TRUE(e.languages.empty());
    const std::int64_t expected[] = {2, 2, 2, 2, 2, 1};
    for (std::size_t i = 0; i < 6; ++i) EXPECT_EQ(e.experience[i].teachers, expected[i]) << bands[i];
}

TEST(TeacherCapacity, BordaCountOverRankedNeeds) {
    const auto c = assess_teacher_capacity(staff(), kOffered);
    // Ana (3 needs): dual immersion 3, assessment 2, biliteracy 1. Ben (2): assessment 2, dual immersion 1.
    // Chen (1): assessment 1. Dee (3): biliteracy 3, assessment 2, family engagement 1. Fay (2): family
    // engagement 2, biliteracy 1. Totals: assessment 7 (4 teachers), biliteracy 5 (3), dual immersion 4 (2),
    // family engagement 3 (2).
    ASSERT_EQ(c.priorities.size(), 4u);
    EXPECT_EQ(c.priorities[0].need, "Assessment");
    EXPECT_EQ(c.priorities[0].points, 7);
    EXPECT_EQ(c.priorities[0].teachers, 4);
    EXPECT_EQ(c.priorities[1].need, "Biliteracy");
    EXPECT_EQ(c.priorities[1].points, 5);
    EXPECT_EQ(c.priorities[1].teachers, 3);
    EXPECT_EQ(c.priorities[2].need, "Dual immersion pedagogy");  // Ben's "  dual  immersion pedagogy" is the same
    EXPECT_EQ(c.priorities[2].points, 4);
    EXPECT_EQ(c.priorities[2].teachers, 2);
    EXPECT_EQ(c.priorities[3].need, "Family engagement");  // the first spelling seen (Dee's)
    EXPECT_EQ(c.priorities[3].points, 3);
    EXPECT_EQ(c.priorities[3].teachers, 2);
}

TEST(TeacherCapacity, PriorityTiesGoToMoreTeachersThenName) {
    // Points tie at 3: B and A (2 teachers each) by name. Then Z 2 (2 teachers) before Y 2 (1 teacher), X 1.
    const auto c = assess_teacher_capacity(
        {teacher("1", {}, 1, {}, {"B", "A"}), teacher("2", {}, 1, {}, {"a", "b"}), teacher("3", {}, 1, {}, {"Y", "Z"}),
         teacher("4", {}, 1, {}, {"Z"}), teacher("5", {}, 1, {}, {"X"})},
        {});
    ASSERT_EQ(c.priorities.size(), 5u);
    const char* order[] = {"A", "B", "Z", "Y", "X"};
    const std::int64_t points[] = {3, 3, 2, 2, 1};
    for (std::size_t i = 0; i < 5; ++i) {
        EXPECT_EQ(c.priorities[i].need, order[i]);
        EXPECT_EQ(c.priorities[i].points, points[i]) << order[i];
    }
}

TEST(TeacherCapacity, RepeatedAndBlankNeedsCountOnce) {
    // "assessment" again and a blank entry do not count: 2 distinct needs, so 2 and 1 points.
    const auto c =
        assess_teacher_capacity({teacher("1", {}, 1, {}, {"Assessment", " ", "assessment", "Coaching"})}, {});
    ASSERT_EQ(c.priorities.size(), 2u);
    EXPECT_EQ(c.priorities[0].need, "Assessment");
    EXPECT_EQ(c.priorities[0].points, 2);
    EXPECT_EQ(c.priorities[0].teachers, 1);
    EXPECT_EQ(c.priorities[1].need, "Coaching");
    EXPECT_EQ(c.priorities[1].points, 1);
}

TEST(TeacherCapacity, ProgramTypesAreKeysWhateverTheSpelling) {
    EXPECT_EQ(program_type_keys({"Dual Immersion", "dual_immersion", " World language ", "", "AP", "  "}),
              (std::vector<std::string>{"dual_immersion", "world_language", "ap"}));
    EXPECT_TRUE(program_type_keys({}).empty());
}

TEST(TeacherCapacity, NoTeachers) {
    const auto c = assess_teacher_capacity({}, kOffered);
    EXPECT_EQ(c.teachers, 0);
    for (const auto& l : c.languages) EXPECT_TRUE(l.at_risk);
    for (const auto& b : c.experience) EXPECT_EQ(b.teachers, 0);
    EXPECT_TRUE(c.priorities.empty());
}

}  // namespace trellis::analytics
