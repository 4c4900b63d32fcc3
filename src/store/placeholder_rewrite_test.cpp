#include <gtest/gtest.h>

#include "store/connections.hpp"

namespace trellis::store::detail {
namespace {

std::string rewrite(std::string_view sql) { return rewrite_placeholders(sql).sql; }

TEST(PlaceholderRewrite, NumbersPlaceholdersInOrder) {
    const RewrittenSql result = rewrite_placeholders("INSERT INTO t (a, b, c) VALUES (?, ?,?)");
    EXPECT_EQ(result.sql, "INSERT INTO t (a, b, c) VALUES ($1, $2,$3)");
    EXPECT_EQ(result.parameter_count, 3u);
}

TEST(PlaceholderRewrite, NoPlaceholders) {
    const RewrittenSql result = rewrite_placeholders("SELECT 1");
    EXPECT_EQ(result.sql, "SELECT 1");
    EXPECT_EQ(result.parameter_count, 0u);
    EXPECT_EQ(rewrite(""), "");
}

TEST(PlaceholderRewrite, LeavesSingleQuotedLiteralsAlone) {
    EXPECT_EQ(rewrite("SELECT '?', ? WHERE x = 'a?b'"), "SELECT '?', $1 WHERE x = 'a?b'");
    EXPECT_EQ(rewrite("SELECT 'it''s ?', ?"), "SELECT 'it''s ?', $1");
    EXPECT_EQ(rewrite("SELECT '', ?"), "SELECT '', $1");
}

TEST(PlaceholderRewrite, EscapeStringsHonourBackslashes) {
    EXPECT_EQ(rewrite(R"(SELECT E'\'?', ?)"), R"(SELECT E'\'?', $1)");
    // A plain literal ending in a backslash is not an escape (standard_conforming_strings).
    EXPECT_EQ(rewrite(R"(SELECT 'a\', ?)"), R"(SELECT 'a\', $1)");
    // "LIKE'x'" is not an E-string.
    EXPECT_EQ(rewrite(R"(SELECT x LIKE'a\', ?)"), R"(SELECT x LIKE'a\', $1)");
}

TEST(PlaceholderRewrite, LeavesQuotedIdentifiersAlone) {
    EXPECT_EQ(rewrite(R"(SELECT "odd?name", "a""?" FROM t WHERE id = ?)"),
              R"(SELECT "odd?name", "a""?" FROM t WHERE id = $1)");
}

TEST(PlaceholderRewrite, LeavesCommentsAlone) {
    EXPECT_EQ(rewrite("SELECT ? -- why? because\n, ?"), "SELECT $1 -- why? because\n, $2");
    EXPECT_EQ(rewrite("SELECT ? -- trailing?"), "SELECT $1 -- trailing?");
    EXPECT_EQ(rewrite("SELECT /* a? /* nested? */ still? */ ?"), "SELECT /* a? /* nested? */ still? */ $1");
    EXPECT_EQ(rewrite("SELECT 5 - ?"), "SELECT 5 - $1");
}

TEST(PlaceholderRewrite, UnterminatedQuoteLeavesTheRest) {
    const RewrittenSql result = rewrite_placeholders("SELECT ?, 'open ?");
    EXPECT_EQ(result.sql, "SELECT $1, 'open ?");
    EXPECT_EQ(result.parameter_count, 1u);
}

TEST(PlaceholderRewrite, ManyPlaceholders) {
    std::string sql = "VALUES (";
    std::string expected = "VALUES (";
    for (int i = 1; i <= 12; ++i) {
        sql += i == 1 ? "?" : ",?";
        expected += (i == 1 ? "$" : ",$") + std::to_string(i);
    }
    EXPECT_EQ(rewrite(sql + ")"), expected + ")");
}

TEST(RedactUrl, HidesPasswords) {
    EXPECT_EQ(redact_url("postgresql://user:secret@host:5432/db"), "postgresql://user:***@host:5432/db");
    EXPECT_EQ(redact_url("postgresql://user@host/db?password=secret&sslmode=require"),
              "postgresql://user@host/db?password=***&sslmode=require");
    EXPECT_EQ(redact_url("postgresql://host:5432/db"), "postgresql://host:5432/db");
}

}  // namespace
}  // namespace trellis::store::detail
