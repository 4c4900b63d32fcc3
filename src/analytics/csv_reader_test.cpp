#include "trellis/analytics/csv_reader.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <random>
#include <string>
#include <vector>

namespace trellis::analytics {

namespace {

struct Read {
    std::vector<std::vector<std::string>> records;
    std::vector<std::int64_t> lines;
    CsvResult result;
};

Read read_all(std::string_view text, CsvOptions options = {}) {
    Read out;
    out.result = read_csv(text, options, [&](const CsvRecord& record) {
        out.records.emplace_back(record.fields.begin(), record.fields.end());
        out.lines.push_back(record.line);
        return true;
    });
    return out;
}

// The same text handed out `step` bytes at a time, so every record crosses buffer refills.
Read read_in_pieces(std::string_view text, std::size_t step, CsvOptions options = {}) {
    std::size_t offset = 0;
    const ByteSource source = [&](char* buffer, std::size_t capacity) {
        const std::size_t n = std::min({capacity, step, text.size() - offset});
        std::memcpy(buffer, text.data() + offset, n);
        offset += n;
        return n;
    };
    Read out;
    out.result = read_csv(source, options, [&](const CsvRecord& record) {
        out.records.emplace_back(record.fields.begin(), record.fields.end());
        out.lines.push_back(record.line);
        return true;
    });
    return out;
}

using Rows = std::vector<std::vector<std::string>>;

}  // namespace

TEST(CsvReader, ReadsPlainRecordsWithLfOrCrlf) {
    const auto lf = read_all("a,b,c\n1,2,3\n");
    EXPECT_EQ(lf.records, (Rows{{"a", "b", "c"}, {"1", "2", "3"}}));
    EXPECT_EQ(lf.lines, (std::vector<std::int64_t>{1, 2}));
    EXPECT_TRUE(lf.result.problems.empty());
    EXPECT_EQ(lf.result.records, 2);
    EXPECT_EQ(lf.result.lines, 2);
    const auto crlf = read_all("a,b,c\r\n1,2,3\r\n");
    EXPECT_EQ(crlf.records, lf.records);
    const auto no_final_newline = read_all("a,b\r\n1,");
    EXPECT_EQ(no_final_newline.records, (Rows{{"a", "b"}, {"1", ""}}));
}

TEST(CsvReader, UnescapesQuotedFieldsAndKeepsNewlinesInside) {
    const auto read = read_all("name,note\n\"Garcia, Maria\",\"said \"\"hi\"\"\"\n\"two\nlines\",x\nlast,\"\"\n");
    ASSERT_TRUE(read.result.problems.empty());
    EXPECT_EQ(read.records,
              (Rows{{"name", "note"}, {"Garcia, Maria", "said \"hi\""}, {"two\nlines", "x"}, {"last", ""}}));
    EXPECT_EQ(read.lines, (std::vector<std::int64_t>{1, 2, 3, 5}));
}

TEST(CsvReader, SkipsBomAndBlankLinesAndKeepsStrayQuotesAsText) {
    const auto read = read_all(
        "\xEF\xBB\xBF"
        "a,b\n\n1,x\"y\n\r\n2,z\n");
    EXPECT_EQ(read.records, (Rows{{"a", "b"}, {"1", "x\"y"}, {"2", "z"}}));
    EXPECT_EQ(read.lines, (std::vector<std::int64_t>{1, 3, 5}));
}

TEST(CsvReader, DetectsTabsFromTheHeader) {
    const auto tsv = read_all("a\tb\n1,5\t2\n");
    EXPECT_EQ(tsv.records, (Rows{{"a", "b"}, {"1,5", "2"}}));
    const auto csv = read_all("\"x\ty\",b\n1,2\n");  // the tab is inside quotes
    EXPECT_EQ(csv.records, (Rows{{"x\ty", "b"}, {"1", "2"}}));
    CsvOptions semicolon;
    semicolon.delimiter = ';';
    EXPECT_EQ(read_all("a;b\n1;2\n", semicolon).records, (Rows{{"a", "b"}, {"1", "2"}}));
    EXPECT_EQ(detect_delimiter("a\tb\tc"), '\t');
    EXPECT_EQ(detect_delimiter("a\tb,c"), ',');
}

TEST(CsvReader, ReportsUnterminatedQuoteWithLineAndColumn) {
    const auto read = read_all("a,b\n1,2\n3,\"open\nstill open\n");
    ASSERT_EQ(read.result.problems.size(), 1u);
    EXPECT_EQ(read.result.problems[0].line, 3);
    EXPECT_EQ(read.result.problems[0].column, 2);
    EXPECT_NE(read.result.problems[0].message.find("not closed"), std::string::npos);
    EXPECT_EQ(read.records.size(), 2u);
}

TEST(CsvReader, ReportsTextAfterClosingQuoteAndStops) {
    const auto read = read_all("a,b,c\n1,\"x\"y,3\n4,5,6\n");
    ASSERT_EQ(read.result.problems.size(), 1u);
    EXPECT_EQ(read.result.problems[0].line, 2);
    EXPECT_EQ(read.result.problems[0].column, 2);
    EXPECT_EQ(read.records.size(), 1u);
}

TEST(CsvReader, RefusesANulByteAtItsLineAndColumnQuotedOrNot) {
    using namespace std::string_literals;
    for (const auto& text : {"a,b,c\n1,2,3\n4,x\0y,6\n"s, "a,b,c\n1,2,3\n4,\"x\0y\",6\n"s, "a,b,c\n1,2,3\n4,\0,6\n"s}) {
        const auto read = read_all(text);
        ASSERT_EQ(read.result.problems.size(), 1u) << text;
        EXPECT_EQ(read.result.problems[0].line, 3);
        EXPECT_EQ(read.result.problems[0].column, 2);
        EXPECT_NE(read.result.problems[0].message.find("NUL"), std::string::npos);
        EXPECT_EQ(read.records.size(), 2u);
    }
}

TEST(CsvReader, ReportsOversizedFieldsRecordsAndTooManyFields) {
    CsvOptions options;
    options.max_field_bytes = 8;
    options.max_fields = 3;
    options.max_record_bytes = 64;
    const auto long_field = read_all("a,b\n123456789,1\n", options);
    ASSERT_EQ(long_field.result.problems.size(), 1u);
    EXPECT_EQ(long_field.result.problems[0].line, 2);
    EXPECT_EQ(long_field.result.problems[0].column, 1);
    const auto long_quoted = read_all("a,b\n1,\"12345\"\"6789\"\n", options);
    ASSERT_EQ(long_quoted.result.problems.size(), 1u);
    EXPECT_EQ(long_quoted.result.problems[0].column, 2);
    const auto many = read_all("a,b,c,d\n", options);
    ASSERT_EQ(many.result.problems.size(), 1u);
    EXPECT_EQ(many.result.problems[0].column, 4);
    std::string big = "a\n\"";
    for (int i = 0; i < 100; ++i) big += "\"\"";  // 100 escaped quotes: 100 bytes after unescaping
    big += "\"\n";
    EXPECT_EQ(read_all(big, options).result.problems.size(), 1u);
    const auto huge_record = read_in_pieces(std::string(1000, 'x'), 7, options);
    ASSERT_EQ(huge_record.result.problems.size(), 1u);
}

TEST(CsvReader, StopsWhenTheHandlerSaysSo) {
    int seen = 0;
    const auto result = read_csv("a\n1\n2\n3\n", {}, [&](const CsvRecord&) { return ++seen < 2; });
    EXPECT_EQ(seen, 2);
    EXPECT_TRUE(result.problems.empty());
}

TEST(CsvReader, GivesTheSameRecordsWhateverTheReadSizes) {
    std::mt19937 random(7);
    std::string text = "id,name,note\r\n";
    for (int i = 0; i < 3000; ++i) {
        text += std::to_string(i) + ",";
        if (random() % 3 == 0) text += "\"Last, \"\"First\"\"\"";
        else text += "plain" + std::to_string(random() % 1000);
        text += ",";
        if (random() % 5 == 0) text += "\"line one\r\nline two\"";
        text += (random() % 2) ? "\r\n" : "\n";
    }
    const auto whole = read_all(text);
    ASSERT_TRUE(whole.result.problems.empty());
    ASSERT_EQ(whole.records.size(), 3001u);
    EXPECT_EQ(whole.result.bytes, static_cast<std::int64_t>(text.size()));
    for (const std::size_t step : {1u, 2u, 3u, 17u, 4096u}) {
        const auto pieces = read_in_pieces(text, step);
        EXPECT_TRUE(pieces.result.problems.empty()) << step;
        EXPECT_EQ(pieces.records, whole.records) << step;
        EXPECT_EQ(pieces.lines, whole.lines) << step;
        EXPECT_EQ(pieces.result.lines, whole.result.lines) << step;
    }
}

TEST(CsvReader, ReadsRecordsLongerThanOneChunk) {
    std::string text = "a,b\n" + std::string(3 << 20, 'x') + ",1\n2,3\n";
    CsvOptions options;
    options.max_field_bytes = 4 << 20;
    const auto read = read_all(text, options);
    ASSERT_TRUE(read.result.problems.empty());
    ASSERT_EQ(read.records.size(), 3u);
    EXPECT_EQ(read.records[1][0].size(), 3u << 20);
    EXPECT_EQ(read.records[2], (std::vector<std::string>{"2", "3"}));
}

TEST(CsvReader, EmptyInputHasNoRecords) {
    EXPECT_EQ(read_all("").result.records, 0);
    EXPECT_EQ(read_all("\xEF\xBB\xBF").result.records, 0);
    EXPECT_EQ(read_all("\n\n").records.size(), 0u);
}

}  // namespace trellis::analytics
