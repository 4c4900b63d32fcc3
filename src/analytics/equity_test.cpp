#include "trellis/analytics/equity.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace trellis::analytics {

namespace {

const GroupAnalysis& find(const IndicatorAnalysis& a, std::string_view group) {
    for (const auto& g : a.groups) {
        if (g.group == group) return g;
    }
    throw std::runtime_error("no group " + std::string(group));
}

}  // namespace

// A Spanish dual immersion program: 500 students in the grades it serves, 100 enrolled. Hispanic students are
// 300 of the 500 (60%) but 40 of the 100 enrolled (40%).
TEST(Equity, DualImmersionUnderRepresentsHispanicStudents) {
    const auto a = analyze_indicator("program:spanish_dual_immersion", Direction::higher_is_better,
                                     {{"ALL", 500, 100}, {"HI", 300, 40}, {"WH", 150, 45}, {"PI", 20, 5}}, {});
    ASSERT_EQ(a.groups.size(), 4u);
    EXPECT_EQ(a.indicator, "program:spanish_dual_immersion");
    EXPECT_EQ(a.direction, Direction::higher_is_better);

    const auto& hi = find(a, "HI");
    EXPECT_EQ(hi.denominator, 300);
    EXPECT_EQ(hi.numerator, 40);
    EXPECT_DOUBLE_EQ(*hi.rate, 40.0 / 300.0);         // 0.1333
    EXPECT_DOUBLE_EQ(*hi.others_rate, 60.0 / 200.0);  // (100-40)/(500-300) = 0.3
    EXPECT_DOUBLE_EQ(*hi.rate_ratio, 4.0 / 9.0);      // 0.1333/0.3 = 0.444
    EXPECT_DOUBLE_EQ(*hi.population_share, 0.6);
    EXPECT_DOUBLE_EQ(*hi.numerator_share, 0.4);
    EXPECT_EQ(hi.flag, Flag::under);
    EXPECT_FALSE(hi.suppressed);

    const auto& wh = find(a, "WH");
    EXPECT_DOUBLE_EQ(*wh.rate, 0.3);
    EXPECT_DOUBLE_EQ(*wh.others_rate, 55.0 / 350.0);
    EXPECT_DOUBLE_EQ(*wh.rate_ratio, 15750.0 / 8250.0);  // 1.909: over-represented, but higher is better
    EXPECT_EQ(wh.flag, Flag::none);

    const auto& pi = find(a, "PI");  // 20 students: below the minimum of 30
    EXPECT_DOUBLE_EQ(*pi.rate, 0.25);
    EXPECT_EQ(pi.flag, Flag::small_n);
}

// Suspensions (lower is better): African American students are 10% of 1000 students and 30% of 50 suspended.
TEST(Equity, SuspensionsOverRepresentAfricanAmericanStudents) {
    const auto a = analyze_indicator("suspension", Direction::lower_is_better,
                                     {{"ALL", 1000, 50}, {"AA", 100, 15}, {"WH", 600, 25}}, {});
    const auto& aa = find(a, "AA");
    EXPECT_DOUBLE_EQ(*aa.rate, 0.15);
    EXPECT_DOUBLE_EQ(*aa.others_rate, 35.0 / 900.0);
    EXPECT_DOUBLE_EQ(*aa.rate_ratio, 13500.0 / 3500.0);  // 3.857
    EXPECT_DOUBLE_EQ(*aa.population_share, 0.1);
    EXPECT_DOUBLE_EQ(*aa.numerator_share, 0.3);
    EXPECT_EQ(aa.flag, Flag::over);

    const auto& wh = find(a, "WH");  // ratio 0.667: fewer suspensions, which is no flag for lower_is_better
    EXPECT_DOUBLE_EQ(*wh.rate_ratio, (25.0 * 400.0) / (600.0 * 25.0));
    EXPECT_EQ(wh.flag, Flag::none);
}

TEST(Equity, AllComesFirstAndHasNoComparison) {
    const auto a = analyze_indicator("suspension", Direction::lower_is_better,
                                     {{"HI", 300, 10}, {"ALL", 1000, 50}, {"AA", 100, 15}}, {});
    ASSERT_EQ(a.groups.size(), 3u);
    EXPECT_EQ(a.groups[0].group, "ALL");
    EXPECT_EQ(a.groups[1].group, "HI");
    EXPECT_EQ(a.groups[2].group, "AA");
    const auto& all = a.groups[0];
    EXPECT_DOUBLE_EQ(*all.rate, 0.05);
    EXPECT_FALSE(all.others_rate);
    EXPECT_FALSE(all.rate_ratio);
    EXPECT_DOUBLE_EQ(*all.population_share, 1.0);
    EXPECT_DOUBLE_EQ(*all.numerator_share, 1.0);
    EXPECT_EQ(all.flag, Flag::none);

    const auto tiny = analyze_indicator("suspension", Direction::lower_is_better, {{"ALL", 29, 3}}, {});
    EXPECT_EQ(tiny.groups[0].flag, Flag::small_n);
    const auto at_min = analyze_indicator("suspension", Direction::lower_is_better, {{"ALL", 30, 3}}, {});
    EXPECT_EQ(at_min.groups[0].flag, Flag::none);
}

TEST(Equity, RatiosExactlyAtTheThresholdsAreNotFlagged) {
    // rate 40/100 = 0.4, others (90-40)/(200-100) = 0.5, ratio exactly 0.8: not under.
    const auto at =
        analyze_indicator("program:ap", Direction::higher_is_better, {{"ALL", 200, 90}, {"HI", 100, 40}}, {});
    EXPECT_DOUBLE_EQ(*find(at, "HI").rate_ratio, 0.8);
    EXPECT_EQ(find(at, "HI").flag, Flag::none);
    // One student fewer: 0.39 / (51/100) = 0.7647, under.
    const auto below =
        analyze_indicator("program:ap", Direction::higher_is_better, {{"ALL", 200, 90}, {"HI", 100, 39}}, {});
    EXPECT_EQ(find(below, "HI").flag, Flag::under);

    // rate 50/100 = 0.5, others 40/100 = 0.4, ratio exactly 1.25: not over.
    const auto over_at =
        analyze_indicator("suspension", Direction::lower_is_better, {{"ALL", 200, 90}, {"AA", 100, 50}}, {});
    EXPECT_DOUBLE_EQ(*find(over_at, "AA").rate_ratio, 1.25);
    EXPECT_EQ(find(over_at, "AA").flag, Flag::none);
    const auto above =
        analyze_indicator("suspension", Direction::lower_is_better, {{"ALL", 200, 90}, {"AA", 100, 51}}, {});
    EXPECT_EQ(find(above, "AA").flag, Flag::over);  // 0.51 / 0.39 = 1.31
}

TEST(Equity, ThresholdsWithoutAnExactBinaryValueAreNotFlaggedAtThemEither) {
    // 0.9 and 1.1 have no exact double: a ratio of exactly 9/10 (or 11/10) from the counts must still compare equal
    // to the threshold the district typed, not a hair above or below it.
    const AnalysisSettings settings{.min_denominator = 30, .under_ratio = 0.9, .over_ratio = 1.1};
    // rate 36/100, others 40/100: 0.9 exactly.
    const auto at_under =
        analyze_indicator("program:ap", Direction::higher_is_better, {{"ALL", 200, 76}, {"HI", 100, 36}}, settings);
    EXPECT_EQ(find(at_under, "HI").flag, Flag::none);
    const auto under =
        analyze_indicator("program:ap", Direction::higher_is_better, {{"ALL", 200, 75}, {"HI", 100, 35}}, settings);
    EXPECT_EQ(find(under, "HI").flag, Flag::under);  // 0.35 / 0.40 = 0.875
    // rate 44/100, others 40/100: 1.1 exactly.
    const auto at_over =
        analyze_indicator("suspension", Direction::lower_is_better, {{"ALL", 200, 84}, {"AA", 100, 44}}, settings);
    EXPECT_EQ(find(at_over, "AA").flag, Flag::none);
    const auto over =
        analyze_indicator("suspension", Direction::lower_is_better, {{"ALL", 200, 85}, {"AA", 100, 45}}, settings);
    EXPECT_EQ(find(over, "AA").flag, Flag::over);  // 0.45 / 0.40 = 1.125
}

TEST(Equity, SmallNComesBeforeTheRatio) {
    // 29 students, none enrolled: the ratio is 0 but the group is too small to judge.
    const auto a =
        analyze_indicator("program:ap", Direction::higher_is_better, {{"ALL", 500, 100}, {"FOS", 29, 0}}, {});
    const auto& fos = find(a, "FOS");
    EXPECT_DOUBLE_EQ(*fos.rate_ratio, 0.0);
    EXPECT_EQ(fos.flag, Flag::small_n);
}

TEST(Equity, UndefinedValuesAreNull) {
    const auto a = analyze_indicator("program:ap", Direction::higher_is_better,
                                     {{"ALL", 100, 20}, {"AI", 0, 0}, {"SED", 100, 20}, {"EL", 40, 20}}, {});
    const auto& ai = find(a, "AI");  // no students: no rate, no ratio
    EXPECT_FALSE(ai.rate);
    EXPECT_DOUBLE_EQ(*ai.others_rate, 0.2);
    EXPECT_FALSE(ai.rate_ratio);
    EXPECT_DOUBLE_EQ(*ai.population_share, 0.0);
    EXPECT_DOUBLE_EQ(*ai.numerator_share, 0.0);
    EXPECT_EQ(ai.flag, Flag::small_n);

    const auto& sed = find(a, "SED");  // everyone: no others
    EXPECT_DOUBLE_EQ(*sed.rate, 0.2);
    EXPECT_FALSE(sed.others_rate);
    EXPECT_FALSE(sed.rate_ratio);
    EXPECT_EQ(sed.flag, Flag::none);

    const auto& el = find(a, "EL");  // every enrolled student is EL: others_rate 0, ratio undefined
    EXPECT_DOUBLE_EQ(*el.rate, 0.5);
    EXPECT_DOUBLE_EQ(*el.others_rate, 0.0);
    EXPECT_FALSE(el.rate_ratio);
    EXPECT_EQ(el.flag, Flag::none);

    // ALL with no students and nobody enrolled: shares undefined.
    const auto empty = analyze_indicator("program:ap", Direction::higher_is_better, {{"ALL", 0, 0}, {"HI", 0, 0}}, {});
    EXPECT_FALSE(empty.groups[0].rate);
    EXPECT_FALSE(empty.groups[0].population_share);
    EXPECT_FALSE(find(empty, "HI").population_share);
    EXPECT_FALSE(find(empty, "HI").numerator_share);
    EXPECT_FALSE(find(empty, "HI").others_rate);

    // Enrolled students but nobody in ALL's numerator: numerator_share undefined, population_share known.
    const auto none_enrolled =
        analyze_indicator("program:ap", Direction::higher_is_better, {{"ALL", 100, 0}, {"HI", 50, 0}}, {});
    EXPECT_DOUBLE_EQ(*find(none_enrolled, "HI").population_share, 0.5);
    EXPECT_FALSE(find(none_enrolled, "HI").numerator_share);
    EXPECT_FALSE(find(none_enrolled, "HI").rate_ratio);  // others_rate 0
}

TEST(Equity, WithoutAllThereAreNoSharesOrComparisons) {
    const auto a = analyze_indicator("suspension", Direction::lower_is_better, {{"AA", 100, 15}, {"WH", 600, 25}}, {});
    ASSERT_EQ(a.groups.size(), 2u);
    EXPECT_EQ(a.groups[0].group, "AA");
    EXPECT_DOUBLE_EQ(*a.groups[0].rate, 0.15);
    EXPECT_FALSE(a.groups[0].others_rate);
    EXPECT_FALSE(a.groups[0].rate_ratio);
    EXPECT_FALSE(a.groups[0].population_share);
    EXPECT_FALSE(a.groups[0].numerator_share);
    EXPECT_EQ(a.groups[0].flag, Flag::none);
}

TEST(Equity, InconsistentCountsGiveNoComparison) {
    // A group larger than ALL (bad data) has a negative complement: others_rate and ratio are undefined.
    const auto a = analyze_indicator("program:ap", Direction::higher_is_better,
                                     {{"ALL", 100, 20}, {"HI", 120, 10}, {"AA", 50, 30}}, {});
    EXPECT_FALSE(find(a, "HI").others_rate);
    EXPECT_FALSE(find(a, "HI").rate_ratio);
    EXPECT_FALSE(find(a, "AA").others_rate);  // numerator complement -10
}

TEST(Equity, ThresholdsAreSettings) {
    AnalysisSettings settings;
    settings.min_denominator = 10;
    settings.under_ratio = 0.4;
    const std::vector<GroupCount> counts = {{"ALL", 500, 100}, {"HI", 300, 40}, {"PI", 20, 5}};
    const auto a = analyze_indicator("program:spanish_dual_immersion", Direction::higher_is_better, counts, settings);
    EXPECT_EQ(find(a, "HI").flag, Flag::none);  // 0.444 is not under 0.4
    EXPECT_EQ(find(a, "PI").flag, Flag::none);  // 20 >= 10; ratio 0.25/(95/480) = 1.26
    settings.under_ratio = 0.5;
    EXPECT_EQ(find(analyze_indicator("x", Direction::higher_is_better, counts, settings), "HI").flag, Flag::under);

    AnalysisSettings over;
    over.over_ratio = 4.0;
    const auto s =
        analyze_indicator("suspension", Direction::lower_is_better, {{"ALL", 1000, 50}, {"AA", 100, 15}}, over);
    EXPECT_EQ(find(s, "AA").flag, Flag::none);  // 3.857 is not over 4
}

TEST(Equity, FlagNames) {
    EXPECT_EQ(to_string(Flag::none), "none");
    EXPECT_EQ(to_string(Flag::under), "under");
    EXPECT_EQ(to_string(Flag::over), "over");
    EXPECT_EQ(to_string(Flag::small_n), "small_n");
    EXPECT_EQ(to_string(Flag::suppressed), "suppressed");
}

TEST(Trend, PointsInYearOrderWithRateChange) {
    const auto y2018 =
        analyze_indicator("suspension", Direction::lower_is_better, {{"ALL", 1000, 50}, {"AA", 100, 15}}, {});
    const auto y2019 = analyze_indicator("suspension", Direction::lower_is_better,
                                         {{"ALL", 1000, 40}, {"AA", 100, 10}, {"HI", 300, 12}}, {});
    const auto y2020 =
        analyze_indicator("suspension", Direction::lower_is_better, {{"ALL", 900, 27}, {"AA", 90, 9}}, {});
    const auto t = trends({{2020, y2020}, {2018, y2018}, {2019, y2019}});

    ASSERT_EQ(t.size(), 3u);
    EXPECT_EQ(t[0].group, "ALL");
    EXPECT_EQ(t[1].group, "AA");
    EXPECT_EQ(t[2].group, "HI");

    ASSERT_EQ(t[0].points.size(), 3u);
    EXPECT_EQ(t[0].points[0].year, 2018);
    EXPECT_EQ(t[0].points[1].year, 2019);
    EXPECT_EQ(t[0].points[2].year, 2020);
    EXPECT_DOUBLE_EQ(*t[0].points[2].value.rate, 0.03);
    EXPECT_DOUBLE_EQ(*t[0].rate_change, 0.03 - 0.05);

    EXPECT_DOUBLE_EQ(*t[1].rate_change, 0.1 - 0.15);  // AA: 15% to 10%
    EXPECT_EQ(t[1].points[1].value.numerator, 10);

    ASSERT_EQ(t[2].points.size(), 1u);  // HI only in 2019: no change to speak of
    EXPECT_EQ(t[2].points[0].year, 2019);
    EXPECT_FALSE(t[2].rate_change);
}

TEST(Trend, UnknownRatesGiveNoChange) {
    const auto y1 = analyze_indicator("program:ap", Direction::higher_is_better, {{"ALL", 100, 10}, {"AI", 0, 0}}, {});
    const auto y2 = analyze_indicator("program:ap", Direction::higher_is_better, {{"ALL", 100, 20}, {"AI", 4, 1}}, {});
    const auto t = trends({{2018, y1}, {2019, y2}});
    ASSERT_EQ(t.size(), 2u);
    EXPECT_DOUBLE_EQ(*t[0].rate_change, 0.1);
    EXPECT_FALSE(t[1].rate_change);  // no rate in 2018
    EXPECT_TRUE(trends({}).empty());
}

}  // namespace trellis::analytics
