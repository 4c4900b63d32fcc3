// The backup file carries every kind of value exactly: text with quotes, newlines and control characters, reals
// that a rounded double would change, 64-bit integers, flags and binary data.
#include "app/backup_file.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "trellis/store/backup_restore.hpp"
#include "trellis/store/backup_snapshot.hpp"
#include "trellis/store/database.hpp"

namespace trellis::app {
namespace {

using store::BackupValue;
using store::ValueKind;

class Collect final : public store::BackupSink {
public:
    store::BackupHeader header;
    std::vector<store::BackupTable> tables;
    std::vector<std::vector<BackupValue>> rows;
    bool ended = false;
    void begin(const store::BackupHeader& h) override { header = h; }
    void table(const store::BackupTable& t) override { tables.push_back(t); }
    void row(const std::vector<BackupValue>& values) override { rows.push_back(values); }
    void end() override { ended = true; }
};

class BackupFileTest : public ::testing::Test {
protected:
    void SetUp() override {
        folder_ = std::filesystem::temp_directory_path() /
                  ("trellis-backup-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
        std::filesystem::create_directories(folder_);
    }
    void TearDown() override { std::filesystem::remove_all(folder_); }
    std::string path(const std::string& name) const { return (folder_ / name).string(); }

    std::filesystem::path folder_;
    static inline int counter_ = 0;
};

bool operator==(const BackupValue& a, const BackupValue& b) { return a.kind == b.kind && a.text == b.text; }

TEST_F(BackupFileTest, EveryKindOfValueReadsBackExactly) {
    const std::string binary("\x00\x01\xff\xfe\"\n", 6);
    const std::vector<BackupValue> row{{ValueKind::integer, "-9223372036854775808"},
                                       {ValueKind::real, "0.30000000000000004"},
                                       {ValueKind::real, "1e-300"},
                                       {ValueKind::text, "quote \" backslash \\ newline \n tab \t bell \x07 é 漢"},
                                       {ValueKind::boolean, "1"},
                                       {ValueKind::blob, binary},
                                       {ValueKind::null, ""},
                                       {ValueKind::blob, ""}};
    store::BackupTable table{"things",
                             {{"a", ValueKind::integer},
                              {"b", ValueKind::real},
                              {"c", ValueKind::real},
                              {"d", ValueKind::text},
                              {"e", ValueKind::boolean},
                              {"f", ValueKind::blob},
                              {"g", ValueKind::text},
                              {"h", ValueKind::blob}},
                             1,
                             42};
    {
        BackupFileWriter writer(path("b"));
        writer.begin({1, 19, "2026-12-06T00:00:00Z", "sqlite", {"things"}});
        writer.table(table);
        writer.row(row);
        writer.end();
    }
    EXPECT_FALSE(std::filesystem::exists(path("b.tmp")));
    Collect read;
    read_backup_file(path("b"), read);
    ASSERT_TRUE(read.ended);
    EXPECT_EQ(read.header.schema_version, 19);
    ASSERT_EQ(read.tables.size(), 1u);
    EXPECT_EQ(read.tables[0].sequence, 42);
    ASSERT_EQ(read.rows.size(), 1u);
    ASSERT_EQ(read.rows[0].size(), row.size());
    for (std::size_t i = 0; i < row.size(); ++i) EXPECT_TRUE(read.rows[0][i] == row[i]) << "value " << i;
}

TEST_F(BackupFileTest, AWriterThatDoesNotFinishLeavesNoFile) {
    {
        BackupFileWriter writer(path("b"));
        writer.begin({1, 19, "2026-12-06T00:00:00Z", "sqlite", {}});
    }
    EXPECT_FALSE(std::filesystem::exists(path("b")));
    EXPECT_FALSE(std::filesystem::exists(path("b.tmp")));
}

// Through both databases' ends on SQLite: a table with the column types the schema does not use yet.
TEST_F(BackupFileTest, RealsBlobsAndFlagsSurviveSnapshotAndRestore) {
    constexpr const char* kExtra = "CREATE TABLE extra (id INTEGER PRIMARY KEY, r REAL, b BLOB, f BOOLEAN)";
    auto source = store::Database::open("sqlite://" + path("source.db"), 1);
    source->migrate();
    {
        auto db = source->acquire();
        db->execute_script(kExtra);
        db->execute_script(
            "INSERT INTO extra VALUES (1, 0.1 + 0.2, X'00FF10', 1), (2, 1e-300, NULL, 0), (3, NULL, X'', NULL)");
    }
    BackupFileWriter writer(path("b"));
    store::take_snapshot(*source, writer, "2026-12-06T00:00:00Z");

    auto target = store::Database::open("sqlite://" + path("target.db"), 1);
    target->migrate();
    target->acquire()->execute_script(kExtra);
    store::DatabaseRestore restore("sqlite://" + path("target.db"));
    read_backup_file(path("b"), restore);

    auto db = target->acquire();
    const auto rows = db->query(
        "SELECT id, r = 0.1 + 0.2 OR r = 1e-300, typeof(r), hex(b), typeof(b), f, b IS NULL FROM extra ORDER BY id");
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].integer(1), 1);
    EXPECT_EQ(rows[0].text(2), "real");
    EXPECT_EQ(rows[0].text(3), "00FF10");
    EXPECT_EQ(rows[0].text(4), "blob");
    EXPECT_EQ(rows[0].integer(5), 1);
    EXPECT_EQ(rows[1].integer(1), 1);
    EXPECT_EQ(rows[1].integer(5), 0);
    EXPECT_EQ(rows[1].integer(6), 1);
    EXPECT_EQ(rows[2].text(4), "blob");
    EXPECT_TRUE(rows[2].is_null(5));
}

TEST_F(BackupFileTest, AGarbledLineIsNamedByNumber) {
    // Uncompressed: zlib reads a plain file as it is, which also makes a hand-edited backup readable.
    std::ofstream(path("plain")) << "{\"format\":\"trellis-backup\",\"format_version\":1,\"schema_version\":19,"
                                    "\"made_at\":\"x\",\"source\":\"sqlite\",\"tables\":[\"things\"]}\n"
                                    "{\"table\":\"things\",\"columns\":[[\"a\",\"integer\"]],\"rows\":1}\n"
                                    "[1,\n";
    Collect read;
    try {
        read_backup_file(path("plain"), read);
        FAIL() << "a garbled row was accepted";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find(path("plain") + ":3:"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace trellis::app

namespace trellis::app {
namespace {

// PostgreSQL's own types (bytea, boolean, a BIGSERIAL whose last id was deleted) to PostgreSQL and to SQLite.
TEST_F(BackupFileTest, PostgresqlTypesAndSequencesReachBothEngines) {
    const char* base = std::getenv("TRELLIS_TEST_POSTGRES_URL");
    if (!base || !*base) GTEST_SKIP() << "TRELLIS_TEST_POSTGRES_URL is not set";
    const std::string suffix = std::to_string(::getpid());
    const std::string from_schema = "trellis_backup_from_" + suffix;
    const std::string to_schema = "trellis_backup_to_" + suffix;
    auto admin = store::Database::open(base, 1);
    auto in_schema = [&](const std::string& schema) {
        return std::string(base) + (std::string(base).find('?') == std::string::npos ? "?" : "&") +
               "options=-csearch_path%3D" + schema;
    };
    admin->acquire()->execute_script("CREATE SCHEMA " + from_schema + "; CREATE SCHEMA " + to_schema);
    struct Drop {
        store::Database& admin;
        std::string schemas;
        ~Drop() { admin.acquire()->execute_script("DROP SCHEMA " + schemas + " CASCADE"); }
    } drop{*admin, from_schema + ", " + to_schema};

    constexpr const char* kExtra =
        "CREATE TABLE extra (id BIGSERIAL PRIMARY KEY, r DOUBLE PRECISION, b BYTEA, f BOOLEAN)";
    {
        auto source = store::Database::open(in_schema(from_schema), 1);
        source->migrate();
        source->acquire()->execute_script(std::string(kExtra) +
                                          "; INSERT INTO extra (r, b, f) VALUES "
                                          "(0.1::float8 + 0.2::float8, '\\x00ff10', true), (1e-300, NULL, false), "
                                          "(NULL, NULL, NULL); DELETE FROM extra WHERE id = 3");
        BackupFileWriter writer(path("b"));
        store::take_snapshot(*source, writer, "2026-12-06T00:00:00Z");
    }

    auto target = store::Database::open(in_schema(to_schema), 1);
    target->migrate();
    target->acquire()->execute_script(kExtra);
    store::DatabaseRestore into_postgresql(in_schema(to_schema));
    read_backup_file(path("b"), into_postgresql);
    {
        auto db = target->acquire();
        const auto rows =
            db->query("SELECT r = 0.1::float8 + 0.2::float8 OR r = 1e-300, encode(b, 'hex'), f FROM extra ORDER BY id");
        ASSERT_EQ(rows.size(), 2u);
        EXPECT_EQ(rows[0].integer(0), 1);
        EXPECT_EQ(rows[0].text(1), "00ff10");
        EXPECT_EQ(rows[0].integer(2), 1);
        EXPECT_EQ(rows[1].integer(0), 1);
        EXPECT_EQ(rows[1].integer(2), 0);
        EXPECT_EQ(db->query_one("SELECT nextval('extra_id_seq')")->integer(0), 4);
    }

    auto sqlite = store::Database::open("sqlite://" + path("to.db"), 1);
    sqlite->migrate();
    sqlite->acquire()->execute_script(
        "CREATE TABLE extra (id INTEGER PRIMARY KEY AUTOINCREMENT, r REAL, b BLOB, f BOOLEAN)");
    store::DatabaseRestore into_sqlite("sqlite://" + path("to.db"));
    read_backup_file(path("b"), into_sqlite);
    auto db = sqlite->acquire();
    const auto rows = db->query("SELECT r = 0.1 + 0.2, hex(b), f FROM extra ORDER BY id");
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].integer(0), 1);
    EXPECT_EQ(rows[0].text(1), "00FF10");
    EXPECT_EQ(rows[0].integer(2), 1);
    EXPECT_EQ(rows[1].integer(2), 0);
    EXPECT_EQ(db->query_one("SELECT seq FROM sqlite_sequence WHERE name = 'extra'")->integer(0), 3);
}

}  // namespace
}  // namespace trellis::app
