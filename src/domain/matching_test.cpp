#include "trellis/domain/matching.hpp"

#include <gtest/gtest.h>

namespace trellis::domain {
namespace {

MatchCandidate district(std::int64_t id, std::string name, std::int64_t enrollment) {
    MatchCandidate c;
    c.id = id;
    c.name = std::move(name);
    c.kind = "district";
    c.cds_code = std::to_string(10000000000000 + id);
    c.county = "Fresno";
    c.enrollment = enrollment;
    c.low_income = enrollment * 7 / 10;
    c.english_learners = enrollment / 5;
    c.foster = enrollment / 200;
    c.homeless = enrollment / 50;
    c.locale = "Suburb: Midsize";
    c.grade_spans = {"elementary", "high", "middle"};
    return c;
}

MatchQuery need(std::vector<std::string> topics) {
    MatchQuery q;
    q.topics = std::move(topics);
    q.reference_rates.fill(0.04);
    return q;
}

double sum_of_contributions(const MatchResult& r) {
    double sum = 0;
    for (const auto& f : r.factors) sum += f.contribution;
    return sum;
}

TEST(Matching, EveryResultsContributionsAddUpToItsScore) {
    const auto us = district(1, "Monterey", 10000);
    auto mentor = district(2, "Sanger", 11000);
    mentor.declared_topics = {"mtss"};
    mentor.mentor_topics = {"foster_youth", "mtss"};
    mentor.mentor_networks = 1;
    mentor.provider_agreements = 1;
    mentor.coaching_topics = {"mtss", "mtss", "homeless_youth"};
    mentor.outcome_rates[0] = 0.02;
    auto other = district(3, "Far away", 400);
    other.locale = "Rural: Remote";
    const std::vector<MatchCandidate> all = {us, mentor, other};
    const auto results = rank_matches(all, &us, need({"mtss", "foster_youth"}));
    ASSERT_EQ(results.size(), 3u);  // own_id not set: the query decides what is excluded
    for (const auto& r : results) {
        EXPECT_EQ(r.factors.size(), kWeightNames.size());
        EXPECT_NEAR(sum_of_contributions(r), r.score, 1e-9) << r.candidate->name;
    }
}

TEST(Matching, TheMentorWithDeclaredExpertiseRanksAboveASimilarDistrictWithout) {
    const auto us = district(1, "Monterey", 10000);
    auto mentor = district(2, "Sanger", 11000);
    mentor.declared_topics = {"mtss"};
    mentor.mentor_networks = 1;
    mentor.mentor_topics = {"mtss"};
    const auto twin = district(3, "Twin", 10000);
    auto q = need({"mtss"});
    q.own_id = 1;
    const std::vector candidates{us, mentor, twin};
    const auto results = rank_matches(candidates, &us, q);
    ASSERT_EQ(results.size(), 2u);
    EXPECT_EQ(results[0].candidate->name, "Sanger");
    EXPECT_EQ(results[0].factors[0].factor, "declared");
    EXPECT_DOUBLE_EQ(results[0].factors[0].contribution, q.weights.declared);
    EXPECT_DOUBLE_EQ(results[0].factors[1].contribution, q.weights.mentor);
    // The twin is the closer context: every context factor counts in full.
    EXPECT_NEAR(results[1].similarity, 1.0, 1e-9);
}

TEST(Matching, ExcludesTheTeamsDistrictItsSchoolsAndClosedOrganizations) {
    const auto us = district(1, "Us", 5000);
    auto our_school = district(2, "Our school", 500);
    our_school.kind = "school";
    our_school.parent_cds = us.cds_code;
    auto closed = district(3, "Closed", 5000);
    closed.open = false;
    const auto open = district(4, "Open", 5000);
    auto q = need({"mtss"});
    q.own_id = us.id;
    q.own_cds = us.cds_code;
    const std::vector candidates{us, our_school, closed, open};
    const auto results = rank_matches(candidates, &us, q);
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].candidate->name, "Open");
}

TEST(Matching, FiltersByCountyKindAndSimilarityBand) {
    const auto us = district(1, "Us", 5000);
    auto elsewhere = district(2, "Elsewhere", 5000);
    elsewhere.county = "Kern";
    auto school = district(3, "A school", 5000);
    school.kind = "school";
    auto unlike = district(4, "Unlike", 50);
    unlike.locale = "City: Large";
    unlike.grade_spans = {"adult"};
    unlike.low_income = 0;
    unlike.english_learners = 0;
    auto q = need({});
    q.county = "Fresno";
    q.kind = "district";
    q.min_similarity = 0.5;
    const std::vector candidates{elsewhere, school, unlike, district(5, "Like", 6000)};
    const auto results = rank_matches(candidates, &us, q);
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].candidate->name, "Like");
}

MatchCandidate located(MatchCandidate c, double latitude, double longitude) {
    c.latitude = latitude;
    c.longitude = longitude;
    return c;
}

TEST(Matching, DistanceIsTheGreatCircleBetweenTheDirectorysLocations) {
    // The two district offices of the article's story, as the state's directory places them.
    const auto monterey = located(district(1, "Monterey Peninsula Unified", 10000), 36.595326, -121.89877);
    const auto sanger = located(district(2, "Sanger Unified", 11000), 36.705838, -119.56406);
    ASSERT_TRUE(distance_km(monterey, sanger));
    EXPECT_NEAR(*distance_km(monterey, sanger), 209.0, 1.0);
    EXPECT_NEAR(*distance_km(sanger, monterey), *distance_km(monterey, sanger), 1e-9);
    EXPECT_NEAR(*distance_km(monterey, monterey), 0.0, 1e-9);
    // One degree of latitude is about 111.2 km anywhere.
    EXPECT_NEAR(*distance_km(located(district(3, "A", 1), 10, 50), located(district(4, "B", 1), 11, 50)), 111.2, 0.1);
    EXPECT_EQ(distance_km(monterey, district(5, "Nowhere known", 1)), std::nullopt);
}

TEST(Matching, TheDistanceBandKeepsOnlyCandidatesKnownToBeWithinIt) {
    const auto us = located(district(1, "Monterey", 10000), 36.595326, -121.89877);
    const auto near = located(district(2, "Salinas", 10000), 36.6777, -121.6555);  // ~23 km
    const auto sanger = located(district(3, "Sanger", 10000), 36.705838, -119.56406);
    const auto unknown = district(4, "No location", 10000);
    const std::vector candidates{near, sanger, unknown};
    auto q = need({});
    q.within_km = 50;
    auto results = rank_matches(candidates, &us, q);
    ASSERT_EQ(results.size(), 1u);
    EXPECT_EQ(results[0].candidate->name, "Salinas");
    ASSERT_TRUE(results[0].distance_km);
    EXPECT_LT(*results[0].distance_km, 30);
    q.within_km = 250;
    EXPECT_EQ(rank_matches(candidates, &us, q).size(), 2u);
    q.within_km.reset();  // no band: everyone, the distance shown where it is known
    results = rank_matches(candidates, &us, q);
    ASSERT_EQ(results.size(), 3u);
    for (const auto& r : results) EXPECT_EQ(r.distance_km.has_value(), r.candidate->name != "No location");
}

TEST(Matching, AnUnknownOutcomeCountsNothingAndIsShownAsUnknownNotZero) {
    const auto us = district(1, "Us", 5000);
    auto suppressed = district(2, "Suppressed", 5000);  // its foster-youth rate was suppressed by the state
    auto low = district(3, "Low rate", 5000);
    low.outcome_rates[0] = 0.0;  // suspension, foster youth: none suspended
    auto q = need({"foster_youth"});
    const auto a = explain_match(suppressed, &us, q);
    const auto b = explain_match(low, &us, q);
    const auto& outcome_a = a.factors[4];
    const auto& outcome_b = b.factors[4];
    ASSERT_EQ(outcome_a.factor, "outcomes");
    EXPECT_TRUE(std::holds_alternative<std::monostate>(outcome_a.theirs));
    EXPECT_DOUBLE_EQ(outcome_a.contribution, 0);
    EXPECT_DOUBLE_EQ(std::get<double>(outcome_b.theirs), 0.0);
    EXPECT_DOUBLE_EQ(outcome_b.contribution, q.weights.outcomes);
}

TEST(Matching, TheStatesRateScoresHalfAndTwiceItNothing) {
    const auto us = district(1, "Us", 5000);
    auto at_state = district(2, "At the state's rate", 5000);
    at_state.outcome_rates[0] = 0.04;
    auto twice = district(3, "Twice", 5000);
    twice.outcome_rates[0] = 0.08;
    const auto q = need({"foster_youth"});
    EXPECT_DOUBLE_EQ(explain_match(at_state, &us, q).factors[4].contribution, q.weights.outcomes / 2);
    EXPECT_DOUBLE_EQ(explain_match(twice, &us, q).factors[4].contribution, 0);
}

TEST(Matching, WeightsTheUserSetsChangeTheOrder) {
    const auto us = district(1, "Us", 10000);
    auto expert = district(2, "Expert far away", 300);
    expert.declared_topics = {"mtss"};
    const auto twin = district(3, "Twin", 10000);
    auto q = need({"mtss"});
    const std::vector candidates{expert, twin};
    EXPECT_EQ(rank_matches(candidates, &us, q)[0].candidate->name, "Expert far away");
    weight_of(q.weights, "declared") = 1;
    EXPECT_EQ(rank_matches(candidates, &us, q)[0].candidate->name, "Twin");
}

TEST(Matching, FreeTextNamesTopicsAndFindsWordsInNotes) {
    EXPECT_EQ(topics_mentioned("MTSS community of practice for foster and homeless youth"),
              (std::vector<std::string>{"foster_youth", "homeless_youth", "mtss"}));
    const auto us = district(1, "Us", 5000);
    auto noted = district(2, "Noted", 5000);
    noted.expertise_notes = "restorative circles in every middle school";
    auto q = need({});
    q.text = "Restorative practices";
    EXPECT_DOUBLE_EQ(explain_match(noted, &us, q).factors[0].contribution, q.weights.declared * 0.25);
}

TEST(Matching, MissingFactsOnEitherSideCountNothing) {
    auto us = district(1, "Us", 5000);
    us.locale.reset();
    auto them = district(2, "Them", 5000);
    them.foster.reset();
    const auto r = explain_match(them, &us, need({}));
    for (const auto& f : r.factors) {
        if (f.factor == "locale" || f.factor == "foster") {
            EXPECT_DOUBLE_EQ(f.contribution, 0) << f.factor;
        }
    }
    EXPECT_NEAR(sum_of_contributions(r), r.score, 1e-9);
}

}  // namespace
}  // namespace trellis::domain
