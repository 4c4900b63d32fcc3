// A ranked item's order: stored as lines, read back without ids the guide dropped, checked against the entries.
#include "trellis/guides/ranking.hpp"

#include <gtest/gtest.h>

namespace trellis::guides {
namespace {

Item learning_needs() {
    Item item;
    item.id = "learning-needs";
    item.kind = ItemKind::ranked;
    for (const auto* id : {"methods", "lcap", "assessment"}) item.entries.push_back({id, {id, id}, 0});
    return item;
}

TEST(Ranking, AnOrderReadsBackAsItWasSaved) {
    const auto item = learning_needs();
    const std::vector<std::string> order{"lcap", "methods"};
    EXPECT_EQ(decode_ranking(item, encode_ranking(order)), order);
    EXPECT_TRUE(decode_ranking(item, encode_ranking({})).empty());
}

TEST(Ranking, AnEntryARevisionDroppedIsLeftOut) {
    EXPECT_EQ(decode_ranking(learning_needs(), "lcap\nglobal-education\nassessment"),
              (std::vector<std::string>{"lcap", "assessment"}));
}

TEST(Ranking, OnlyTheItemsEntriesEachOnce) {
    const auto problems = check_ranking(learning_needs(), {"lcap", "recess", "lcap"});
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].field, "entries[1]");
    EXPECT_EQ(problems[0].message, "\"recess\" is not an entry of item \"learning-needs\"");
    EXPECT_EQ(problems[1].field, "entries[2]");
    EXPECT_TRUE(check_ranking(learning_needs(), {"assessment", "methods", "lcap"}).empty());
}

}  // namespace
}  // namespace trellis::guides
