// Every store test runs on SQLite (a temporary file) and, when TRELLIS_TEST_POSTGRES_URL is set, on PostgreSQL
// too (scripts/pg-test-cluster.sh start DIR prints a suitable URL). Each PostgreSQL test works in its own
// schema, dropped afterwards, so the database behind the URL is left as it was.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <optional>
#include <random>
#include <thread>
#include <vector>

#include "trellis/store/database.hpp"
#include "trellis/store/migrations.hpp"
#include "trellis/store/pool_wait.hpp"

namespace trellis::store {
namespace {

std::string random_suffix() {
    static std::atomic<int> counter{0};
    std::random_device device;
    return std::to_string(::getpid()) + "_" + std::to_string(counter++) + "_" + std::to_string(device() % 100000);
}

class StoreTest : public ::testing::TestWithParam<Dialect> {
protected:
    void SetUp() override {
        if (GetParam() == Dialect::sqlite) {
            directory_ = std::filesystem::temp_directory_path() / ("trellis-store-test-" + random_suffix());
            std::filesystem::create_directories(directory_);
            url_ = "sqlite://" + (directory_ / "test.db").string();
        } else {
            const char* base = std::getenv("TRELLIS_TEST_POSTGRES_URL");
            if (!base || !*base) {
                GTEST_SKIP() << "TRELLIS_TEST_POSTGRES_URL is not set; PostgreSQL store tests skipped "
                                "(scripts/pg-test-cluster.sh start DIR prints one)";
            }
            schema_ = "trellis_test_" + random_suffix();
            admin_ = Database::open(base, 1);
            admin_->acquire()->execute_script("CREATE SCHEMA " + schema_);
            const std::string url = base;
            url_ = url + (url.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema_;
        }
        db_ = Database::open(url_, 4);
    }

    void TearDown() override {
        db_.reset();
        if (admin_) admin_->acquire()->execute_script("DROP SCHEMA " + schema_ + " CASCADE");
        admin_.reset();
        if (!directory_.empty()) std::filesystem::remove_all(directory_);
    }

    [[nodiscard]] std::string pk() const {
        return GetParam() == Dialect::sqlite ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "BIGSERIAL PRIMARY KEY";
    }

    void create_items(Connection& connection) {
        connection.execute_script("CREATE TABLE items (id " + pk() +
                                  ", name TEXT NOT NULL UNIQUE, amount BIGINT, note TEXT, ratio DOUBLE PRECISION);"
                                  "CREATE TABLE tags (id " +
                                  pk() + ", item_id BIGINT NOT NULL REFERENCES items(id), label TEXT NOT NULL)");
    }

    std::int64_t count_items(Connection& connection) {
        return connection.query_one("SELECT COUNT(*) FROM items")->integer(0);
    }

    std::filesystem::path directory_;
    std::string schema_;
    std::string url_;
    std::unique_ptr<Database> admin_;
    std::unique_ptr<Database> db_;
};

INSTANTIATE_TEST_SUITE_P(Engines, StoreTest, ::testing::Values(Dialect::sqlite, Dialect::postgresql),
                         [](const ::testing::TestParamInfo<Dialect>& info) {
                             return info.param == Dialect::sqlite ? "SQLite" : "PostgreSQL";
                         });

TEST_P(StoreTest, ReportsItsDialect) {
    EXPECT_EQ(db_->dialect(), GetParam());
    EXPECT_EQ(db_->acquire()->dialect(), GetParam());
}

TEST_P(StoreTest, InsertReturningIdGivesIncreasingIds) {
    Lease connection = db_->acquire();
    create_items(*connection);
    const std::int64_t first = connection->insert_returning_id(
        "INSERT INTO items (name, amount) VALUES (?, ?) RETURNING id", {std::string("a"), std::int64_t{1}});
    const std::int64_t second = connection->insert_returning_id(
        "INSERT INTO items (name, amount) VALUES (?, ?) RETURNING id", {std::string("b"), std::int64_t{2}});
    EXPECT_GT(first, 0);
    EXPECT_GT(second, first);
    auto row = connection->query_one("SELECT name, amount FROM items WHERE id = ?", {second});
    ASSERT_TRUE(row);
    EXPECT_EQ(row->text(0), "b");
    EXPECT_EQ(row->integer(1), 2);
    EXPECT_FALSE(connection->query_one("SELECT name FROM items WHERE id = ?", {second + 100}));
}

TEST_P(StoreTest, NullRoundTrip) {
    Lease connection = db_->acquire();
    create_items(*connection);
    const std::int64_t id = connection->insert_returning_id(
        "INSERT INTO items (name, amount, note) VALUES (?, ?, ?) RETURNING id",
        {std::string("n"), param_or_null(std::optional<std::int64_t>{}), param_or_null(std::optional<std::string>{})});
    auto row = connection->query_one("SELECT amount, note, ratio FROM items WHERE id = ?", {id});
    ASSERT_TRUE(row);
    ASSERT_EQ(row->size(), 3u);
    for (std::size_t column = 0; column < 3; ++column) EXPECT_TRUE(row->is_null(column));
    EXPECT_EQ(row->text(1), "");
    EXPECT_EQ(row->optional_text(1), std::nullopt);
    EXPECT_EQ(row->integer(0), 0);
    EXPECT_EQ(row->optional_integer(0), std::nullopt);
    EXPECT_EQ(row->real(2), 0.0);

    connection->execute(
        "UPDATE items SET amount = ?, note = ? WHERE id = ?",
        {param_or_null(std::optional<std::int64_t>{7}), param_or_null(std::optional<std::string>{"x"}), id});
    row = connection->query_one("SELECT amount, note FROM items WHERE id = ?", {id});
    EXPECT_EQ(row->optional_integer(0), 7);
    EXPECT_EQ(row->optional_text(1), "x");
    // A NULL parameter whose type the context does not give needs a CAST on PostgreSQL (portable to SQLite).
    EXPECT_EQ(
        connection->query("SELECT id FROM items WHERE CAST(? AS TEXT) IS NULL OR note = ?", {nullptr, nullptr}).size(),
        1u);
}

TEST_P(StoreTest, Int64BeyondTwoToThe31) {
    Lease connection = db_->acquire();
    create_items(*connection);
    const std::vector<std::int64_t> values = {std::int64_t{1} << 31, 5'000'000'000'000, -(std::int64_t{1} << 40),
                                              std::numeric_limits<std::int64_t>::max(),
                                              std::numeric_limits<std::int64_t>::min()};
    for (std::size_t i = 0; i < values.size(); ++i) {
        connection->execute("INSERT INTO items (name, amount) VALUES (?, ?)", {"v" + std::to_string(i), values[i]});
    }
    for (std::size_t i = 0; i < values.size(); ++i) {
        auto row = connection->query_one("SELECT amount FROM items WHERE name = ?", {"v" + std::to_string(i)});
        ASSERT_TRUE(row);
        EXPECT_EQ(row->integer(0), values[i]);
        EXPECT_EQ(row->text(0), std::to_string(values[i]));
        EXPECT_EQ(connection->query_one("SELECT name FROM items WHERE amount = ?", {values[i]})->text(0),
                  "v" + std::to_string(i));
    }
}

TEST_P(StoreTest, UnicodeTextRoundTrip) {
    Lease connection = db_->acquire();
    create_items(*connection);
    const std::string text = "Grüße, naïve café — 日本語の授業 🎓 ✓ Ω";
    const std::int64_t id =
        connection->insert_returning_id("INSERT INTO items (name, note) VALUES (?, ?) RETURNING id", {text, text});
    auto row = connection->query_one("SELECT name, note FROM items WHERE name = ?", {text});
    ASSERT_TRUE(row);
    EXPECT_EQ(row->text(0), text);
    EXPECT_EQ(row->text(1), text);
    EXPECT_EQ(connection->query_one("SELECT id FROM items WHERE note = ?", {text})->integer(0), id);
}

TEST_P(StoreTest, NumbersAndBooleansReadTheSameOnBothEngines) {
    Lease connection = db_->acquire();
    create_items(*connection);
    connection->execute("INSERT INTO items (name, ratio) VALUES (?, ?)", {std::string("r"), 2.5});
    EXPECT_DOUBLE_EQ(connection->query_one("SELECT ratio FROM items")->real(0), 2.5);
    // PostgreSQL answers comparisons with t/f, SQLite with 1/0: integer() reads both.
    auto row = connection->query_one("SELECT 1 = 1, 1 = 2, ? + ?", {std::int64_t{40}, std::int64_t{2}});
    EXPECT_EQ(row->integer(0), 1);
    EXPECT_EQ(row->integer(1), 0);
    EXPECT_EQ(row->integer(2), 42);
    EXPECT_THROW((void)connection->query_one("SELECT name FROM items")->integer(0), DatabaseError);
    EXPECT_THROW((void)row->text(7), std::out_of_range);
}

TEST_P(StoreTest, PlaceholdersInsideLiteralsAreNotParameters) {
    Lease connection = db_->acquire();
    auto row = connection->query_one("SELECT '?', ? -- what?\n", {std::string("x")});
    ASSERT_TRUE(row);
    EXPECT_EQ(row->text(0), "?");
    EXPECT_EQ(row->text(1), "x");
}

TEST_P(StoreTest, WrongParameterCountIsAnError) {
    Lease connection = db_->acquire();
    EXPECT_THROW(connection->query("SELECT ?, ?", {std::int64_t{1}}), DatabaseError);
    // The connection is still usable afterwards.
    EXPECT_EQ(connection->query_one("SELECT ?", {std::int64_t{3}})->integer(0), 3);
}

TEST_P(StoreTest, UniqueViolationKind) {
    Lease connection = db_->acquire();
    create_items(*connection);
    connection->execute("INSERT INTO items (name) VALUES (?)", {std::string("dup")});
    try {
        connection->execute("INSERT INTO items (name) VALUES (?)", {std::string("dup")});
        FAIL() << "expected a unique violation";
    } catch (const DatabaseError& error) {
        EXPECT_EQ(error.kind(), DatabaseError::Kind::unique_violation) << error.what();
    }
    EXPECT_EQ(count_items(*connection), 1);
}

TEST_P(StoreTest, ForeignKeyViolationKind) {
    Lease connection = db_->acquire();
    create_items(*connection);
    try {
        connection->execute("INSERT INTO tags (item_id, label) VALUES (?, ?)", {std::int64_t{999}, std::string("x")});
        FAIL() << "expected a foreign key violation";
    } catch (const DatabaseError& error) {
        EXPECT_EQ(error.kind(), DatabaseError::Kind::foreign_key_violation) << error.what();
    }
}

TEST_P(StoreTest, SyntaxErrorIsKindOther) {
    Lease connection = db_->acquire();
    try {
        connection->query("SELEC nonsense");
        FAIL() << "expected an error";
    } catch (const DatabaseError& error) {
        EXPECT_EQ(error.kind(), DatabaseError::Kind::other);
        EXPECT_NE(std::string(error.what()).find("SELEC nonsense"), std::string::npos) << error.what();
    }
}

TEST_P(StoreTest, TransactionDestroyedWithoutCommitLeavesNothing) {
    Lease connection = db_->acquire();
    create_items(*connection);
    {
        Transaction transaction(*connection);
        connection->execute("INSERT INTO items (name) VALUES (?)", {std::string("gone")});
        connection->execute("INSERT INTO items (name) VALUES (?)", {std::string("gone too")});
        EXPECT_EQ(count_items(*connection), 2);
    }
    EXPECT_EQ(count_items(*connection), 0);
    try {
        Transaction transaction(*connection);
        connection->execute("INSERT INTO items (name) VALUES (?)", {std::string("half way")});
        throw std::runtime_error("request failed");
    } catch (const std::runtime_error&) {}
    EXPECT_EQ(count_items(*connection), 0);
    {
        Transaction transaction(*connection);
        connection->execute("INSERT INTO items (name) VALUES (?)", {std::string("kept")});
        transaction.commit();
    }
    EXPECT_EQ(count_items(*db_->acquire()), 1);
}

// However a write transaction ends (commit, rollback, a failed statement, a lease returned with it open), the next
// writer on another connection starts at once: were the process's queue of writers (SQLite) left held, its begin()
// would wait out the busy timeout and fail as busy.
TEST_P(StoreTest, EveryWayAWriteTransactionEndsLetsTheNextWriterIn) {
    create_items(*db_->acquire());
    Lease first = db_->acquire();
    Lease second = db_->acquire();
    first->begin();
    first->execute("INSERT INTO items (name) VALUES (?)", {std::string("committed")});
    first->commit();
    second->begin();
    second->rollback();
    {
        Transaction transaction(*first);
        EXPECT_THROW(first->execute("INSERT INTO nowhere (name) VALUES (1)", {}), DatabaseError);
    }
    {
        Lease abandoned = db_->acquire();
        abandoned->begin();
    }
    second->begin();
    second->execute("INSERT INTO items (name) VALUES (?)", {std::string("after all of them")});
    second->commit();
    EXPECT_EQ(count_items(*first), 2);
}

TEST_P(StoreTest, LeaseReturnedMidTransactionIsRolledBack) {
    create_items(*db_->acquire());
    {
        Lease connection = db_->acquire();
        connection->begin();
        connection->execute("INSERT INTO items (name) VALUES (?)", {std::string("abandoned")});
    }
    Lease connection = db_->acquire();
    EXPECT_EQ(count_items(*connection), 0);
    Transaction transaction(*connection);  // would fail if a transaction were still open
    transaction.commit();
}

TEST_P(StoreTest, FailedStatementInTransaction) {
    Lease connection = db_->acquire();
    create_items(*connection);
    Transaction transaction(*connection);
    connection->execute("INSERT INTO items (name) VALUES (?)", {std::string("first")});
    EXPECT_THROW(connection->execute("INSERT INTO items (name) VALUES (?)", {std::string("first")}), DatabaseError);
    if (GetParam() == Dialect::postgresql) {
        // PostgreSQL aborts the whole transaction: COMMIT must not pretend the first insert was saved.
        EXPECT_THROW(transaction.commit(), DatabaseError);
        EXPECT_EQ(count_items(*connection), 0);
    } else {
        // SQLite undoes only the failed statement.
        transaction.commit();
        EXPECT_EQ(count_items(*connection), 1);
    }
}

TEST_P(StoreTest, MigrateTwiceIsANoOp) {
    const int highest = static_cast<int>(migrations().size());
    EXPECT_EQ(db_->schema_version(), 0);
    db_->migrate();
    EXPECT_EQ(db_->schema_version(), highest);
    Lease connection = db_->acquire();
    const std::int64_t applied = connection->query_one("SELECT COUNT(*) FROM schema_migrations")->integer(0);
    EXPECT_EQ(applied, highest);
    const auto before = connection->query("SELECT version, name, applied_at FROM schema_migrations ORDER BY version");
    db_->migrate();
    EXPECT_EQ(db_->schema_version(), highest);
    const auto after = connection->query("SELECT version, name, applied_at FROM schema_migrations ORDER BY version");
    ASSERT_EQ(before.size(), after.size());
    for (std::size_t i = 0; i < before.size(); ++i) {
        EXPECT_EQ(after[i].integer(0), static_cast<std::int64_t>(i) + 1);
        EXPECT_EQ(after[i].text(1), std::string(migrations()[i].name));
        EXPECT_EQ(after[i].integer(2), before[i].integer(2));
    }
}

TEST_P(StoreTest, NewerSchemaIsRefused) {
    db_->migrate();
    const int highest = static_cast<int>(migrations().size());
    db_->acquire()->execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                            {std::int64_t{highest + 5}, std::string("from the future"), std::int64_t{0}});
    EXPECT_EQ(db_->schema_version(), highest + 5);
    try {
        db_->migrate();
        FAIL() << "expected the newer schema to be refused";
    } catch (const std::runtime_error& error) {
        EXPECT_EQ(std::string(error.what()), "database schema is version " + std::to_string(highest + 5) +
                                                 " but this trellis knows only up to " + std::to_string(highest) +
                                                 "; upgrade trellis");
    }
}

TEST_P(StoreTest, ConcurrentMigrationsApplyOnce) {
    std::vector<std::thread> threads;
    std::atomic<int> failures{0};
    for (int i = 0; i < 3; ++i) {
        threads.emplace_back([&] {
            try {
                auto instance = Database::open(url_, 1);
                instance->migrate();
            } catch (const std::exception& error) {
                ADD_FAILURE() << error.what();
                ++failures;
            }
        });
    }
    for (auto& thread : threads) thread.join();
    EXPECT_EQ(failures, 0);
    EXPECT_EQ(db_->schema_version(), static_cast<int>(migrations().size()));
    EXPECT_EQ(db_->acquire()->query_one("SELECT COUNT(*) FROM schema_migrations")->integer(0),
              static_cast<std::int64_t>(migrations().size()));
}

TEST_P(StoreTest, PoolAcquireBlocksUntilALeaseEnds) {
    auto single = Database::open(url_, 1);
    std::atomic<bool> second_acquired{false};
    std::optional<Lease> held(single->acquire());
    std::thread other([&] {
        Lease lease = single->acquire();
        second_acquired = true;
        EXPECT_EQ(lease->query_one("SELECT 1")->integer(0), 1);
    });
    // Not a timing assertion: with one connection held, the other thread cannot have one, however long we wait.
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    EXPECT_FALSE(second_acquired);
    held.reset();
    other.join();
    EXPECT_TRUE(second_acquired);
}

// The wait limit is the process's: each test sets its own and puts the default (no limit) back.
struct PoolWaitLimit {
    explicit PoolWaitLimit(std::chrono::milliseconds limit) { set_pool_wait_limit(limit); }
    ~PoolWaitLimit() { set_pool_wait_limit(std::chrono::milliseconds(0)); }
};

TEST_P(StoreTest, PoolWithAWaitLimitGivesUpWithPoolTimeoutAndServesAgainOnceALeaseEnds) {
    auto single = Database::open(url_, 1);
    const PoolWaitLimit limit(std::chrono::milliseconds(50));
    const auto timeouts_before = pool_timeouts();
    std::optional<Lease> held(single->acquire());
    try {
        (void)single->acquire();
        FAIL() << "a second lease from a pool of one while the first is held";
    } catch (const PoolTimeout& e) {
        EXPECT_EQ(e.kind(), DatabaseError::Kind::busy);  // answered 503 with Retry-After by the request pipeline
        EXPECT_NE(std::string(e.what()).find("within 50 ms"), std::string::npos) << e.what();
    }
    EXPECT_EQ(pool_timeouts(), timeouts_before + 1);
    EXPECT_EQ(single->pool_stats().open, 1u);  // the bound held: no extra connection was opened
    held.reset();
    EXPECT_EQ(single->acquire()->query_one("SELECT 1")->integer(0), 1);
    EXPECT_EQ(pool_timeouts(), timeouts_before + 1);
}

TEST_P(StoreTest, PoolNeverOpensMoreThanItsSize) {
    auto pool = Database::open(url_, 3);
    const PoolWaitLimit limit(std::chrono::milliseconds(20));
    std::vector<Lease> leases;
    for (int i = 0; i < 3; ++i) leases.push_back(pool->acquire());
    EXPECT_THROW((void)pool->acquire(), PoolTimeout);
    EXPECT_EQ(pool->pool_stats().open, 3u);
    EXPECT_EQ(pool->pool_stats().in_use, 3u);
}

TEST_P(StoreTest, TwoThreadsWriteThroughThePool) {
    create_items(*db_->acquire());
    auto writer = [&](const std::string& prefix) {
        for (int i = 0; i < 25; ++i) {
            Lease connection = db_->acquire();
            Transaction transaction(*connection);
            connection->execute("INSERT INTO items (name, amount) VALUES (?, ?)",
                                {prefix + std::to_string(i), std::int64_t{i}});
            transaction.commit();
        }
    };
    std::thread first(writer, "a");
    std::thread second(writer, "b");
    first.join();
    second.join();
    EXPECT_EQ(count_items(*db_->acquire()), 50);
}

// ---- URLs (no database needed) ----

void expect_invalid(const std::string& url, const std::string& fragment, std::size_t pool_size = 4) {
    try {
        Database::open(url, pool_size);
        ADD_FAILURE() << "expected " << url << " to be refused";
    } catch (const std::invalid_argument& error) {
        EXPECT_NE(std::string(error.what()).find(fragment), std::string::npos)
            << "message for '" << url << "': " << error.what();
    }
}

TEST(DatabaseUrl, BadUrlsGiveClearMessages) {
    expect_invalid("", "database URL is empty");
    expect_invalid("sqlite://relative.db", "relative path");
    expect_invalid("sqlite://relative.db", "sqlite:///absolute/path.db");
    expect_invalid("sqlite://", "has no file path");
    expect_invalid("sqlite:///tmp/x.db?mode=ro", "query");
    expect_invalid("/tmp/trellis.db", "has no scheme");
    expect_invalid("mysql://user@host/db", "unsupported database URL scheme 'mysql'");
    expect_invalid("postgresql://host:5432/db?nosuchoption=1", "invalid PostgreSQL URL");
    expect_invalid("sqlite:///tmp/x.db", "pool size", 0);
}

TEST(DatabaseUrl, MessagesDoNotShowPasswords) {
    try {
        Database::open("mysql://user:hunter2@host/db");
        FAIL();
    } catch (const std::invalid_argument& error) {
        EXPECT_EQ(std::string(error.what()).find("hunter2"), std::string::npos) << error.what();
    }
    try {
        Database::open("postgresql://user:hunter2@127.0.0.1:1/db?connect_timeout=2");
        FAIL();
    } catch (const DatabaseError& error) {
        EXPECT_EQ(std::string(error.what()).find("hunter2"), std::string::npos) << error.what();
    }
}

TEST(DatabaseUrl, UnreachableDatabaseIsADatabaseError) {
    EXPECT_THROW(Database::open("postgresql://postgres@127.0.0.1:1/trellis?connect_timeout=2"), DatabaseError);
    EXPECT_THROW(Database::open("sqlite:///nonexistent-trellis-dir/sub/test.db"), DatabaseError);
}

TEST(DatabaseUrl, PostgresSchemeAliasIsAccepted) {
    // Parses, then fails only because nothing listens there.
    EXPECT_THROW(Database::open("postgres://postgres@127.0.0.1:1/trellis?connect_timeout=2"), DatabaseError);
}

}  // namespace
}  // namespace trellis::store

namespace trellis::store {
namespace {

constexpr std::string_view kNoteColumns[] = {"note", "amount", "score"};

void create_notes(Connection& connection) {
    connection.execute_script("CREATE TABLE notes (note TEXT, amount BIGINT, score DOUBLE PRECISION)");
}

// What COPY's text format must escape (tab, line ends, backslash, its own \N) and NULL arrive as they were sent.
TEST_P(StoreTest, BulkInsertKeepsEveryValueAsSent) {
    Lease connection = db_->acquire();
    create_notes(*connection);
    const std::vector<std::vector<Param>> rows = {
        {std::string("tab\there, line\nend, cr\rand back\\slash"), std::int64_t{1} << 40, 0.5},
        {std::string("\\N is text here"), std::int64_t{-7}, nullptr},
        {nullptr, nullptr, -2.25},
        {std::string("Niños y niñas, 学生"), std::int64_t{0}, 3.0},
    };
    Transaction transaction(*connection);
    auto insert = connection->bulk_insert("notes", kNoteColumns);
    for (const auto& row : rows) insert->add(row);
    EXPECT_EQ(insert->finish(), 4);
    transaction.commit();
    const auto read = connection->query("SELECT note, amount, score FROM notes ORDER BY COALESCE(amount, -100)");
    ASSERT_EQ(read.size(), 4u);
    EXPECT_TRUE(read[0].is_null(0));
    EXPECT_TRUE(read[0].is_null(1));
    EXPECT_EQ(read[0].real(2), -2.25);
    EXPECT_EQ(read[1].text(0), "\\N is text here");
    EXPECT_TRUE(read[1].is_null(2));
    EXPECT_EQ(read[2].text(0), "Niños y niñas, 学生");
    EXPECT_EQ(read[3].text(0), "tab\there, line\nend, cr\rand back\\slash");
    EXPECT_EQ(read[3].integer(1), std::int64_t{1} << 40);
}

// A bulk insert given up half way (an exception while its rows were made) is rolled back with its transaction,
// and the connection goes on working.
TEST_P(StoreTest, AnAbandonedBulkInsertLeavesNothingAndTheConnectionWorks) {
    Lease connection = db_->acquire();
    create_notes(*connection);
    try {
        Transaction transaction(*connection);
        auto insert = connection->bulk_insert("notes", kNoteColumns);
        insert->add(std::vector<Param>{std::string("half"), std::int64_t{1}, 1.0});
        throw std::runtime_error("the import failed");
    } catch (const std::runtime_error&) {}
    EXPECT_EQ(connection->query("SELECT count(*) FROM notes")[0].integer(0), 0);
    {
        Transaction transaction(*connection);
        auto insert = connection->bulk_insert("notes", kNoteColumns);
        insert->add(std::vector<Param>{std::string("kept"), std::int64_t{2}, 2.0});
        insert->finish();
        transaction.commit();
    }
    EXPECT_EQ(connection->query("SELECT note FROM notes")[0].text(0), "kept");
}

// A row the table refuses (here a duplicate key) fails the insert, on SQLite at add() and on PostgreSQL by
// finish() at the latest.
TEST_P(StoreTest, ABulkInsertOfARefusedRowFails) {
    Lease connection = db_->acquire();
    connection->execute_script("CREATE TABLE keyed (code TEXT PRIMARY KEY)");
    constexpr std::string_view columns[] = {"code"};
    Transaction transaction(*connection);
    EXPECT_THROW(
        {
            auto insert = connection->bulk_insert("keyed", columns);
            insert->add(std::vector<Param>{std::string("a")});
            insert->add(std::vector<Param>{std::string("a")});
            insert->finish();
        },
        DatabaseError);
}

}  // namespace
}  // namespace trellis::store
