#include "trellis/analytics/suppression.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <stdexcept>

namespace trellis::analytics {

namespace {

const GroupAnalysis& find(const IndicatorAnalysis& a, std::string_view group) {
    for (const auto& g : a.groups) {
        if (g.group == group) return g;
    }
    throw std::runtime_error("no group " + std::string(group));
}

IndicatorAnalysis shared(Direction direction, const std::vector<GroupCount>& counts,
                         const AnalysisSettings& settings = {}) {
    return suppress_for_sharing(analyze_indicator("x", direction, counts, settings), settings);
}

bool same(const GroupAnalysis& a, const GroupAnalysis& b) {
    return a.group == b.group && a.denominator == b.denominator && a.numerator == b.numerator && a.rate == b.rate &&
           a.others_rate == b.others_rate && a.rate_ratio == b.rate_ratio && a.population_share == b.population_share &&
           a.numerator_share == b.numerator_share && a.flag == b.flag && a.suppressed == b.suppressed;
}

void expect_fully_hidden(const GroupAnalysis& g) {
    EXPECT_FALSE(g.denominator) << g.group;
    EXPECT_FALSE(g.numerator) << g.group;
    EXPECT_FALSE(g.rate) << g.group;
    EXPECT_FALSE(g.others_rate) << g.group;
    EXPECT_FALSE(g.rate_ratio) << g.group;
    EXPECT_FALSE(g.population_share) << g.group;
    EXPECT_FALSE(g.numerator_share) << g.group;
    EXPECT_EQ(g.flag, Flag::suppressed) << g.group;
    EXPECT_TRUE(g.suppressed) << g.group;
}

}  // namespace

TEST(Suppression, SmallGroupIsHiddenWithItsSmallestSetNeighbour) {
    // 8 Pacific Islander students: hidden. Alone it would be 500 - 300 - 192 = 8, so the smallest other race
    // cell (White, 192) is hidden too. Hispanic students stay visible with their comparison.
    const auto s =
        shared(Direction::higher_is_better, {{"ALL", 500, 100}, {"HI", 300, 40}, {"PI", 8, 2}, {"WH", 192, 58}});
    expect_fully_hidden(find(s, "PI"));
    expect_fully_hidden(find(s, "WH"));
    const auto& hi = find(s, "HI");
    EXPECT_EQ(hi.denominator, 300);
    EXPECT_EQ(hi.numerator, 40);
    EXPECT_DOUBLE_EQ(*hi.rate_ratio, 4.0 / 9.0);
    EXPECT_EQ(hi.flag, Flag::under);
    EXPECT_FALSE(hi.suppressed);
    const auto& all = find(s, "ALL");
    EXPECT_EQ(all.denominator, 500);
    EXPECT_FALSE(all.suppressed);
}

TEST(Suppression, ZeroIsShown) {
    const auto s = shared(Direction::higher_is_better, {{"ALL", 500, 100}, {"AI", 0, 0}, {"FOS", 40, 0}});
    const auto& ai = find(s, "AI");
    EXPECT_EQ(ai.denominator, 0);
    EXPECT_EQ(ai.numerator, 0);
    EXPECT_EQ(ai.flag, Flag::small_n);
    EXPECT_FALSE(ai.suppressed);
    EXPECT_EQ(find(s, "FOS").numerator, 0);
    EXPECT_DOUBLE_EQ(*find(s, "FOS").rate_ratio, 0.0);
    EXPECT_EQ(find(s, "FOS").flag, Flag::under);
}

TEST(Suppression, SmallNumeratorHidesWhatUsesIt) {
    const auto s = shared(Direction::lower_is_better, {{"ALL", 1000, 50}, {"AA", 100, 5}, {"FOS", 20, 3}});
    const auto& aa = find(s, "AA");
    EXPECT_EQ(aa.denominator, 100);
    EXPECT_DOUBLE_EQ(*aa.population_share, 0.1);
    EXPECT_FALSE(aa.numerator);
    EXPECT_FALSE(aa.rate);
    EXPECT_FALSE(aa.numerator_share);
    EXPECT_FALSE(aa.others_rate);
    EXPECT_FALSE(aa.rate_ratio);
    EXPECT_EQ(aa.flag, Flag::suppressed);  // 100 students: the flag would tell the ratio
    EXPECT_TRUE(aa.suppressed);
    // 20 students with 3 suspended: the numerator is hidden, but small_n follows from the shown denominator.
    const auto& fos = find(s, "FOS");
    EXPECT_EQ(fos.denominator, 20);
    EXPECT_FALSE(fos.numerator);
    EXPECT_EQ(fos.flag, Flag::small_n);
    EXPECT_TRUE(fos.suppressed);
}

TEST(Suppression, SmallComplementHidesTheGroup) {
    // 495 of 500 students are SED: showing 495 would show the 5 others. 97 of 100 enrolled are EL: the 3 others.
    const auto s = shared(Direction::higher_is_better, {{"ALL", 500, 100}, {"SED", 495, 99}, {"EL", 300, 97}});
    expect_fully_hidden(find(s, "SED"));
    const auto& el = find(s, "EL");
    EXPECT_EQ(el.denominator, 300);
    EXPECT_FALSE(el.numerator);
    EXPECT_FALSE(el.rate);
    EXPECT_FALSE(el.others_rate);
    EXPECT_FALSE(el.rate_ratio);
    EXPECT_EQ(el.flag, Flag::suppressed);
}

TEST(Suppression, SmallAllHidesEverything) {
    const auto s = shared(Direction::higher_is_better, {{"ALL", 8, 2}, {"HI", 5, 2}, {"WH", 3, 0}, {"EL", 0, 0}});
    for (const auto& g : s.groups) expect_fully_hidden(g);
}

TEST(Suppression, SmallAllNumeratorHidesSharesAndComparisons) {
    const auto s = shared(Direction::higher_is_better, {{"ALL", 500, 6}, {"HI", 300, 6}, {"WH", 200, 0}});
    const auto& all = find(s, "ALL");
    EXPECT_EQ(all.denominator, 500);
    EXPECT_FALSE(all.numerator);
    EXPECT_FALSE(all.rate);
    EXPECT_DOUBLE_EQ(*all.population_share, 1.0);
    EXPECT_FALSE(all.numerator_share);
    EXPECT_EQ(all.flag, Flag::none);
    EXPECT_TRUE(all.suppressed);
    const auto& wh = find(s, "WH");
    EXPECT_EQ(wh.numerator, 0);
    EXPECT_DOUBLE_EQ(*wh.rate, 0.0);
    EXPECT_FALSE(wh.numerator_share);
    EXPECT_FALSE(wh.others_rate);
    EXPECT_EQ(wh.flag, Flag::suppressed);
    EXPECT_FALSE(find(s, "HI").numerator);
}

TEST(Suppression, ComplementaryCellIsTheSmallestNonZeroShownCell) {
    // HI (5) is hidden; AS (0) would not protect it, AA (295) is smaller than WH (300).
    const auto s = shared(Direction::higher_is_better,
                          {{"ALL", 600, 60}, {"HI", 5, 0}, {"AS", 0, 0}, {"WH", 300, 30}, {"AA", 295, 30}});
    expect_fully_hidden(find(s, "HI"));
    EXPECT_EQ(find(s, "AS").denominator, 0);
    expect_fully_hidden(find(s, "AA"));
    EXPECT_EQ(find(s, "WH").denominator, 300);
    // Ties go to the first in table order.
    const auto t = shared(Direction::higher_is_better,
                          {{"ALL", 600, 60}, {"HI", 5, 0}, {"WH", 300, 30}, {"AA", 295, 30}, {"AS", 295, 30}});
    expect_fully_hidden(find(t, "AA"));
    EXPECT_EQ(find(t, "AS").denominator, 295);
}

TEST(Suppression, NumeratorSetsAreProtectedSeparately) {
    // Denominators are all large; HI's numerator (4) alone would be 100 - 60 - 36 = 4.
    const auto s =
        shared(Direction::higher_is_better, {{"ALL", 600, 100}, {"HI", 200, 4}, {"WH", 200, 60}, {"AA", 200, 36}});
    for (const char* code : {"HI", "WH", "AA"}) EXPECT_EQ(find(s, code).denominator, 200) << code;
    EXPECT_FALSE(find(s, "HI").numerator);
    EXPECT_FALSE(find(s, "AA").numerator);
    EXPECT_EQ(find(s, "WH").numerator, 60);
}

TEST(Suppression, GenderSetIsProtected) {
    const auto s = shared(Direction::higher_is_better,
                          {{"ALL", 500, 100}, {"gender:f", 250, 50}, {"gender:m", 245, 45}, {"gender:x", 5, 5}});
    expect_fully_hidden(find(s, "gender:x"));
    expect_fully_hidden(find(s, "gender:m"));  // the smallest shown non-zero cell of the set
    EXPECT_EQ(find(s, "gender:f").denominator, 250);
}

TEST(Suppression, WithoutAllOnlyPrimarySuppression) {
    const auto s = shared(Direction::higher_is_better, {{"HI", 300, 40}, {"PI", 8, 2}, {"WH", 192, 58}});
    expect_fully_hidden(find(s, "PI"));
    EXPECT_EQ(find(s, "WH").denominator, 192);
    EXPECT_DOUBLE_EQ(*find(s, "WH").rate, 58.0 / 192.0);
    EXPECT_FALSE(find(s, "WH").suppressed);
}

TEST(Suppression, ThresholdIsASetting) {
    AnalysisSettings settings;
    settings.suppress_at_most = 4;
    const auto s = shared(Direction::higher_is_better, {{"ALL", 500, 100}, {"FOS", 40, 5}}, settings);
    EXPECT_EQ(find(s, "FOS").numerator, 5);
    EXPECT_FALSE(find(s, "FOS").suppressed);
    settings.suppress_at_most = 5;
    EXPECT_FALSE(
        find(shared(Direction::higher_is_better, {{"ALL", 500, 100}, {"FOS", 40, 5}}, settings), "FOS").numerator);
}

TEST(Suppression, TableWithoutSmallCellsIsUnchanged) {
    const auto full =
        analyze_indicator("x", Direction::higher_is_better,
                          {{"ALL", 500, 100}, {"HI", 300, 40}, {"WH", 200, 60}, {"AI", 0, 0}, {"EL", 120, 0}}, {});
    const auto s = suppress_for_sharing(full, {});
    ASSERT_EQ(s.groups.size(), full.groups.size());
    for (std::size_t i = 0; i < s.groups.size(); ++i)
        EXPECT_TRUE(same(s.groups[i], full.groups[i])) << full.groups[i].group;
}

// ---- Properties on random tables ----

namespace {

struct RandomTable {
    std::vector<GroupCount> counts;
    AnalysisSettings settings;
};

// Students are generated as cells (race x gender x language x EL x SED) and counted up, so the counts are
// consistent: exclusive sets sum to ALL unless some students' value is unreported.
RandomTable random_table(std::mt19937& rng) {
    const auto uniform = [&](std::int64_t lo, std::int64_t hi) {
        return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng);
    };
    const auto chance = [&](double p) { return std::bernoulli_distribution(p)(rng); };

    RandomTable t;
    const std::int64_t thresholds[] = {10, 10, 10, 5, 20};
    t.settings.suppress_at_most = thresholds[uniform(0, 4)];

    auto race = race_ethnicity_codes();
    std::shuffle(race.begin(), race.end(), rng);
    race.resize(static_cast<std::size_t>(uniform(1, 8)));
    std::vector<std::string> gender = {"gender:f", "gender:m", "gender:x"};
    std::shuffle(gender.begin(), gender.end(), rng);
    gender.resize(static_cast<std::size_t>(uniform(1, 3)));
    std::vector<std::string> lang = {"lang:english", "lang:spanish", "lang:vietnamese"};
    lang.resize(static_cast<std::size_t>(uniform(0, 3)));
    const bool race_gaps = chance(0.3), gender_gaps = chance(0.3), lang_gaps = chance(0.5);
    const bool large_only = chance(0.15);

    struct Cell {
        int race, gender, lang;
        bool el, sed;
        std::int64_t count, enrolled;
    };
    std::vector<Cell> cells;
    const auto pick = [&](const std::vector<std::string>& members, bool gaps) {
        if (members.empty() || (gaps && chance(0.2))) return -1;
        return static_cast<int>(uniform(0, static_cast<std::int64_t>(members.size()) - 1));
    };
    for (std::int64_t c = uniform(1, 14); c > 0; --c) {
        Cell cell{
            pick(race, race_gaps), pick(gender, gender_gaps), pick(lang, lang_gaps), chance(0.3), chance(0.5), 0, 0};
        const double r = std::uniform_real_distribution<double>(0, 1)(rng);
        cell.count = large_only ? uniform(40, 900)
                     : r < 0.45 ? uniform(0, 12)
                     : r < 0.9  ? uniform(0, 150)
                                : uniform(0, 1000);
        const double e = std::uniform_real_distribution<double>(0, 1)(rng);
        cell.enrolled = large_only ? uniform(cell.count / 4, cell.count / 2)
                        : e < 0.2  ? 0
                        : e < 0.3  ? cell.count
                        : e < 0.5  ? std::min<std::int64_t>(cell.count, uniform(0, 12))
                                   : uniform(0, cell.count);
        cells.push_back(cell);
    }

    const auto total = [&](auto&& member) {
        GroupCount g;
        for (const auto& cell : cells) {
            if (!member(cell)) continue;
            g.denominator += cell.count;
            g.numerator += cell.enrolled;
        }
        return g;
    };
    const auto add = [&](std::string code, auto&& member) {
        GroupCount g = total(member);
        g.group = std::move(code);
        t.counts.push_back(g);
    };
    if (!chance(0.05)) add("ALL", [](const Cell&) { return true; });
    for (std::size_t i = 0; i < race.size(); ++i)
        add(race[i], [&](const Cell& c) { return c.race == static_cast<int>(i); });
    for (std::size_t i = 0; i < gender.size(); ++i)
        add(gender[i], [&](const Cell& c) { return c.gender == static_cast<int>(i); });
    for (std::size_t i = 0; i < lang.size(); ++i)
        add(lang[i], [&](const Cell& c) { return c.lang == static_cast<int>(i); });
    add("EL", [](const Cell& c) { return c.el; });
    add("SED", [](const Cell& c) { return c.sed; });
    std::shuffle(t.counts.begin(), t.counts.end(), rng);
    return t;
}

struct Stats {
    int tables = 0, unchanged = 0, suppressed_groups = 0, complementary_cases = 0;
};

void check_table(const RandomTable& t, Stats& stats) {
    const auto& settings = t.settings;
    const auto small = [&](std::int64_t v) { return v >= 1 && v <= settings.suppress_at_most; };
    const auto full = analyze_indicator("x", Direction::higher_is_better, t.counts, settings);
    const auto s = suppress_for_sharing(full, settings);
    ++stats.tables;

    ASSERT_EQ(s.groups.size(), full.groups.size());
    ASSERT_EQ(s.indicator, full.indicator);
    const std::size_t n = s.groups.size();
    const bool has_all = n > 0 && full.groups[0].group == "ALL";
    const GroupAnalysis* all = has_all ? &s.groups[0] : nullptr;
    const GroupAnalysis* full_all = has_all ? &full.groups[0] : nullptr;

    bool any_small = false;
    for (std::size_t i = 0; i < n; ++i) {
        const auto& f = full.groups[i];
        any_small = any_small || small(*f.denominator) || small(*f.numerator);
        if (has_all && i > 0) {
            any_small = any_small || small(*full_all->denominator - *f.denominator) ||
                        small(*full_all->numerator - *f.numerator);
        }
    }
    if (!any_small) {
        ++stats.unchanged;
        for (std::size_t i = 0; i < n; ++i) ASSERT_TRUE(same(s.groups[i], full.groups[i])) << full.groups[i].group;
    }

    for (std::size_t i = 0; i < n; ++i) {
        const auto& g = s.groups[i];
        const auto& f = full.groups[i];
        ASSERT_EQ(g.group, f.group);
        const bool is_all = has_all && i == 0;
        stats.suppressed_groups += g.suppressed;

        // No shown count is small; shown counts are the true counts; a hidden denominator hides the numerator.
        if (g.denominator) {
            ASSERT_EQ(g.denominator, f.denominator);
            ASSERT_FALSE(small(*g.denominator)) << g.group;
        }
        if (g.numerator) {
            ASSERT_EQ(g.numerator, f.numerator);
            ASSERT_FALSE(small(*g.numerator)) << g.group;
            ASSERT_TRUE(g.denominator) << g.group;
        }
        // No shown complement is small.
        if (has_all && !is_all) {
            if (all->denominator && g.denominator) {
                ASSERT_FALSE(small(*all->denominator - *g.denominator)) << g.group;
            }
            if (all->numerator && g.numerator) {
                ASSERT_FALSE(small(*all->numerator - *g.numerator)) << g.group;
            }
        }
        // Every shown derived value is the full analysis's value, computed from shown counts only.
        const bool own = g.denominator && g.numerator;
        const bool all_den = has_all && all->denominator, all_num = has_all && all->numerator;
        if (g.rate) {
            ASSERT_TRUE(own && g.rate == f.rate) << g.group;
        }
        if (g.population_share) {
            ASSERT_TRUE(g.denominator && all_den && g.population_share == f.population_share) << g.group;
        }
        if (g.numerator_share) {
            ASSERT_TRUE(g.numerator && all_num && g.numerator_share == f.numerator_share) << g.group;
        }
        if (g.others_rate) {
            ASSERT_TRUE(own && all_den && all_num && g.others_rate == f.others_rate) << g.group;
        }
        if (g.rate_ratio) {
            ASSERT_TRUE(own && all_den && all_num && g.rate_ratio == f.rate_ratio) << g.group;
        }
        if (g.flag != Flag::suppressed) {
            ASSERT_EQ(g.flag, f.flag) << g.group;
            ASSERT_TRUE(g.denominator) << g.group;
            if (*g.denominator >= settings.min_denominator && has_all && !is_all) {
                ASSERT_TRUE(own && all_den && all_num) << g.group;
            }
        }
        // suppressed tells whether anything is missing.
        const bool missing = (f.denominator && !g.denominator) || (f.numerator && !g.numerator) ||
                             (f.rate && !g.rate) || (f.others_rate && !g.others_rate) ||
                             (f.rate_ratio && !g.rate_ratio) || (f.population_share && !g.population_share) ||
                             (f.numerator_share && !g.numerator_share) || g.flag != f.flag;
        if (missing) {
            ASSERT_TRUE(g.suppressed) << g.group;
        }
        if (!g.suppressed) {
            ASSERT_TRUE(same(g, f)) << g.group;
        }
    }

    if (has_all && !all->denominator) {
        for (const auto& g : s.groups) ASSERT_FALSE(g.denominator || g.numerator) << g.group;
    }

    // Exclusive sets, with ALL shown: never exactly one hidden cell, and no hidden cell equals ALL minus the
    // shown members (as if the set summed to ALL), except in a set whose shown cells are all zero.
    if (!has_all) return;
    for (const GroupSet set : {GroupSet::race_ethnicity, GroupSet::gender, GroupSet::home_language}) {
        std::vector<std::size_t> members;
        for (std::size_t i = 1; i < n; ++i) {
            if (classify_group(s.groups[i].group)->set == set) members.push_back(i);
        }
        if (members.size() < 2) continue;
        for (const bool denominators : {true, false}) {
            const auto shown = [&](std::size_t i) -> const std::optional<std::int64_t>& {
                return denominators ? s.groups[i].denominator : s.groups[i].numerator;
            };
            const auto truth = [&](std::size_t i) {
                return denominators ? *full.groups[i].denominator : *full.groups[i].numerator;
            };
            const auto& all_shown = denominators ? all->denominator : all->numerator;
            if (!all_shown) continue;
            std::size_t hidden = 0;
            bool shown_nonzero = false;
            for (std::size_t i : members) {
                hidden += !shown(i);
                shown_nonzero = shown_nonzero || (shown(i) && *shown(i) != 0);
            }
            ASSERT_NE(hidden, 1u) << "set " << static_cast<int>(set)
                                  << (denominators ? " denominators" : " numerators");
            if (hidden >= 2) ++stats.complementary_cases;
            for (std::size_t h : members) {
                if (shown(h)) continue;
                std::int64_t recovered = *all_shown;
                for (std::size_t i : members) {
                    if (i != h && shown(i)) recovered -= *shown(i);
                }
                if (shown_nonzero) {
                    ASSERT_NE(recovered, truth(h))
                        << s.groups[h].group << (denominators ? " denominator" : " numerator");
                }
            }
        }
    }
}

}  // namespace

TEST(Suppression, PropertiesOnRandomTables) {
    std::mt19937 rng(20240501);
    Stats stats;
    for (int i = 0; i < 5000; ++i) {
        const auto t = random_table(rng);
        check_table(t, stats);
        if (HasFatalFailure()) {
            std::string table;
            for (const auto& g : t.counts)
                table += g.group + " " + std::to_string(g.denominator) + "/" + std::to_string(g.numerator) + "; ";
            FAIL() << "table " << i << " (threshold " << t.settings.suppress_at_most << "): " << table;
        }
    }
    // The generator reaches every case it is meant to.
    EXPECT_GT(stats.unchanged, 300);
    EXPECT_GT(stats.suppressed_groups, 5000);
    EXPECT_GT(stats.complementary_cases, 1000);
}

TEST(Suppression, IsDeterministic) {
    std::mt19937 rng(7);
    for (int i = 0; i < 200; ++i) {
        const auto t = random_table(rng);
        const auto full = analyze_indicator("x", Direction::lower_is_better, t.counts, t.settings);
        const auto a = suppress_for_sharing(full, t.settings);
        const auto b = suppress_for_sharing(full, t.settings);
        for (std::size_t g = 0; g < a.groups.size(); ++g) ASSERT_TRUE(same(a.groups[g], b.groups[g]));
    }
}

}  // namespace trellis::analytics
