#include "trellis/domain/representation.hpp"

#include <gtest/gtest.h>

using trellis::domain::compute_representation;
using trellis::domain::MemberPerspectives;

namespace {
const std::vector<std::string> kCatalogue = {
    "families", "students", "community_partners", "administration", "counseling_wellness", "special_education"};
using Strings = std::vector<std::string>;
}  // namespace

TEST(Representation, EmptyTeamMissesEveryPerspectiveAndEveryServedSpan) {
    const auto r = compute_representation(kCatalogue, {}, {"elementary", "middle"});
    EXPECT_TRUE(r.covered.empty());
    EXPECT_EQ(r.missing, kCatalogue);
    EXPECT_EQ(r.grade_spans_missing, (Strings{"elementary", "middle"}));
}

TEST(Representation, MembersCoverWhatTheyBringInCatalogueOrder) {
    const std::vector<MemberPerspectives> members = {
        {"Ana", {"special_education", "administration"}, {"Spanish"}, {"high"}},
        {"Ben", {"families"}, {"spanish", "Mathematics"}, {"middle"}},
    };
    const auto r = compute_representation(kCatalogue, members, {"elementary", "middle", "high"});
    EXPECT_EQ(r.covered, (Strings{"families", "administration", "special_education"}));
    EXPECT_EQ(r.missing, (Strings{"students", "community_partners", "counseling_wellness"}));
    EXPECT_EQ(r.content_areas, (Strings{"Mathematics", "Spanish"}));  // case-insensitive distinct
    EXPECT_EQ(r.grade_spans_covered, (Strings{"middle", "high"}));
    EXPECT_EQ(r.grade_spans_missing, (Strings{"elementary"}));
    ASSERT_EQ(r.perspectives.size(), kCatalogue.size());
    EXPECT_EQ(r.perspectives[0].member_names, (Strings{"Ben"}));
}

TEST(Representation, SpansTheOrganizationDoesNotServeAreNeverMissing) {
    const auto r = compute_representation(kCatalogue, {}, {"elementary"});
    EXPECT_EQ(r.grade_spans_missing, (Strings{"elementary"}));
}

TEST(Representation, UnknownPerspectivesAreIgnored) {
    const auto r = compute_representation({"families"}, {{"Cy", {"astronauts"}, {}, {}}}, {});
    EXPECT_EQ(r.missing, (Strings{"families"}));
    EXPECT_TRUE(r.covered.empty());
}

TEST(Representation, MentorTemplateDoesNotExpectFamiliesOrStudents) {
    const std::vector<MemberPerspectives> members = {{"Ana", {"students", "administration"}, {}, {}}};
    const auto r =
        compute_representation(kCatalogue, members, {}, trellis::domain::perspectives_not_expected("mentor"));
    EXPECT_EQ(r.covered, (Strings{"students", "administration"}));  // brought anyway: still covered
    EXPECT_EQ(r.not_expected, (Strings{"families"}));
    EXPECT_EQ(r.missing, (Strings{"community_partners", "counseling_wellness", "special_education"}));
    EXPECT_TRUE(trellis::domain::perspectives_not_expected("peer").empty());
}
