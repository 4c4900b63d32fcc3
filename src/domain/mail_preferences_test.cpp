#include "trellis/domain/mail_preferences.hpp"

#include <gtest/gtest.h>

namespace trellis::domain {
namespace {

TEST(MailPreferencesTest, KindsByName) {
    EXPECT_EQ(optional_mail_kind("minutes"), MailKind::minutes);
    EXPECT_EQ(optional_mail_kind("reminders"), MailKind::reminders);
    EXPECT_EQ(optional_mail_kind("digest"), MailKind::digest);
    EXPECT_EQ(optional_mail_kind(""), std::nullopt);  // transactional mail cannot be turned off
    EXPECT_EQ(optional_mail_kind("password"), std::nullopt);
}

TEST(MailPreferencesTest, ChecksValues) {
    EXPECT_EQ(check_language("es"), "es");
    EXPECT_EQ(check_language("en"), "en");
    EXPECT_EQ(check_language("fr"), std::nullopt);
    EXPECT_EQ(check_language("ES"), std::nullopt);
    EXPECT_EQ(check_digest_frequency("weekly"), "weekly");
    EXPECT_EQ(check_digest_frequency("monthly"), std::nullopt);
}

TEST(MailPreferencesTest, DigestDays) {
    EXPECT_TRUE(digest_due_on("daily", "2026-12-08"));
    EXPECT_FALSE(digest_due_on("none", "2026-12-07"));
    EXPECT_TRUE(digest_due_on("weekly", "2026-12-07"));   // a Monday
    EXPECT_FALSE(digest_due_on("weekly", "2026-12-08"));  // a Tuesday
    EXPECT_FALSE(digest_due_on("weekly", "not a date"));
    EXPECT_EQ(digest_horizon_days("weekly"), 7);
    EXPECT_EQ(digest_horizon_days("daily"), 3);
}

TEST(MailPreferencesTest, DatesInEachLanguage) {
    EXPECT_EQ(format_date(Language::en, "2026-12-07"), "December 7, 2026");
    EXPECT_EQ(format_date(Language::es, "2026-12-07"), "7 de diciembre de 2026");
    EXPECT_EQ(format_date(Language::es, "2026-02-30"), "2026-02-30");  // not a date: as given
}

}  // namespace
}  // namespace trellis::domain
