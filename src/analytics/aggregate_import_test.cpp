#include "trellis/analytics/aggregate_import.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <memory>

namespace trellis::analytics {

namespace {

AggregateImportResult run(const std::string& text) {
    auto offset = std::make_shared<std::size_t>(0);
    return import_aggregate([&text, offset](char* buffer, std::size_t capacity) {
        const std::size_t n = std::min(capacity, text.size() - *offset);
        std::memcpy(buffer, text.data() + *offset, n);
        *offset += n;
        return n;
    });
}

const std::string kHeader = "org_code,year,indicator,direction,group,denominator,numerator\n";

}  // namespace

TEST(AggregateImport, ReadsCounts) {
    const auto result = run("\xEF\xBB\xBF" + kHeader +
                            "27660920000000,2018,suspension,lower_is_better,ALL,9499,301\r\n"
                            "27660920000000,2018-19,suspension,lower_is_better,HI,5000,190\r\n"
                            "27660926025886,2019,program:ap_spanish,higher_is_better,gender:f,0,0\r\n");
    ASSERT_TRUE(result.problems.empty()) << result.problems[0].message;
    ASSERT_EQ(result.counts.size(), 3u);
    EXPECT_EQ(result.counts[0].org_code, "27660920000000");
    EXPECT_EQ(result.counts[0].year, 2018);
    EXPECT_EQ(result.counts[0].direction, Direction::lower_is_better);
    EXPECT_EQ(result.counts[0].denominator, 9499);
    EXPECT_EQ(result.counts[0].numerator, 301);
    EXPECT_EQ(result.counts[1].year, 2018);
    EXPECT_EQ(result.counts[1].group, "HI");
    EXPECT_EQ(result.counts[2].group, "gender:f");
}

TEST(AggregateImport, EveryRowIsCheckedAndAnyProblemRejectsTheFile) {
    const auto result = run(kHeader +
                            "2766092,2018,suspension,lower_is_better,ALL,10,1\n"              // 2: org_code
                            "27660920000000,1980,suspension,lower_is_better,ALL,10,1\n"       // 3: year
                            "27660920000000,2018,Suspension Rate,lower_is_better,ALL,10,1\n"  // 4: indicator
                            "27660920000000,2018,x,lower,ALL,10,1\n"                          // 5: direction
                            "27660920000000,2018,x,lower_is_better,hispanic,10,1\n"           // 6: group
                            "27660920000000,2018,x,lower_is_better,ALL,-1,1\n"                // 7: denominator
                            "27660920000000,2018,x,lower_is_better,ALL,10,11\n"  // 8: numerator > denominator
                            "27660920000000,2018,x,lower_is_better,ALL,10,1\n"   // ok
                            "27660920000000,2018,x,lower_is_better,ALL,12,2\n"   // 10: duplicate
                            "27660920000000,2018,x,higher_is_better,HI,10,1\n"   // 11: other direction
                            "27660920000000,2018,x\n");                          // 12: fields
    EXPECT_TRUE(result.counts.empty());
    std::vector<std::pair<std::int64_t, int>> where;
    for (const auto& p : result.problems) where.emplace_back(p.line, p.column);
    EXPECT_EQ(where, (std::vector<std::pair<std::int64_t, int>>{
                         {2, 1}, {3, 2}, {4, 3}, {5, 4}, {6, 5}, {7, 6}, {8, 7}, {10, 0}, {11, 4}, {12, 0}}));
}

// Found by the fuzzer: a year whose first four characters are digits out of range, followed by more text,
// threw std::out_of_range instead of being a problem on its cell.
TEST(AggregateImport, AnOutOfRangeYearWithASuffixIsAProblem) {
    for (const char* year : {"0000p", "0000-1", "9999-", "0001-02"}) {
        const auto result = run(kHeader + "27660920000000," + year + ",suspension,lower_is_better,ALL,10,1\n");
        ASSERT_EQ(result.problems.size(), 1u) << year;
        EXPECT_EQ(result.problems[0].line, 2) << year;
        EXPECT_EQ(result.problems[0].column, 2) << year;
    }
    EXPECT_EQ(run(kHeader + "27660920000000,2018-19,suspension,lower_is_better,ALL,10,1\n").counts.at(0).year, 2018);
}

TEST(AggregateImport, HeaderMustBeExactAndInOrder) {
    EXPECT_EQ(run("year,org_code,indicator,direction,group,denominator,numerator\n").problems.size(), 1u);
    EXPECT_EQ(run("org_code\tyear\tindicator\tdirection\tgroup\tdenominator\tnumerator\n").problems.size(), 1u);
    EXPECT_EQ(run("").problems.size(), 1u);
    EXPECT_TRUE(run(kHeader).problems.empty());
}

TEST(AggregateImport, MalformedCsvIsAProblem) {
    const auto result = run(kHeader + "27660920000000,2018,x,lower_is_better,ALL,\"10,1\n");
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].line, 2);
}

TEST(AggregateImport, StopsAtOneHundredProblems) {
    std::string text = kHeader;
    for (int i = 0; i < 300; ++i) text += "1,2018,x,lower_is_better,ALL,10,1\n";
    EXPECT_EQ(run(text).problems.size(), 100u);
}

}  // namespace trellis::analytics
