#pragma once
// A migrated database for store tests on both engines: a temporary SQLite file, and PostgreSQL when
// TRELLIS_TEST_POSTGRES_URL is set (each test in its own schema, dropped afterwards; skipped otherwise).
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "trellis/store/database.hpp"

namespace trellis::store {

class MigratedDatabaseTest : public ::testing::TestWithParam<Dialect> {
protected:
    void SetUp() override {
        static std::atomic<int> counter{0};
        const auto suffix = std::to_string(::getpid()) + "_" + std::to_string(counter++);
        std::string url;
        if (GetParam() == Dialect::sqlite) {
            directory_ = std::filesystem::temp_directory_path() / ("trellis-migrated-test-" + suffix);
            std::filesystem::create_directories(directory_);
            url = "sqlite://" + (directory_ / "test.db").string();
        } else {
            const char* base = std::getenv("TRELLIS_TEST_POSTGRES_URL");
            if (!base || !*base) GTEST_SKIP() << "TRELLIS_TEST_POSTGRES_URL is not set; PostgreSQL store tests skipped";
            schema_ = "trellis_migrated_" + suffix;
            admin_ = Database::open(base, 1);
            admin_->acquire()->execute_script("CREATE SCHEMA " + schema_);
            url = std::string(base) + (std::string(base).find('?') == std::string::npos ? "?" : "&") +
                  "options=-csearch_path%3D" + schema_;
        }
        database_ = Database::open(url, 2);
        database_->migrate();
    }

    void TearDown() override {
        database_.reset();
        if (admin_) admin_->acquire()->execute_script("DROP SCHEMA " + schema_ + " CASCADE");
        if (!directory_.empty()) std::filesystem::remove_all(directory_);
    }

    std::unique_ptr<Database> database_;

private:
    std::filesystem::path directory_;
    std::string schema_;
    std::unique_ptr<Database> admin_;
};

inline std::string engine_name(const ::testing::TestParamInfo<Dialect>& info) {
    return info.param == Dialect::sqlite ? "SQLite" : "PostgreSQL";
}

}  // namespace trellis::store
