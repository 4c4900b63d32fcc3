#include "trellis/domain/identifiers.hpp"
#include "trellis/domain/characters.hpp"

#include <gtest/gtest.h>

using namespace trellis::domain;

TEST(CdsCode, AcceptsTheSourceArticlesDistricts) {
    EXPECT_EQ(check_cds_code("27660920000000"), std::nullopt);  // Monterey Peninsula Unified
    EXPECT_EQ(check_cds_code("19646670000000"), std::nullopt);  // Lancaster Elementary
    EXPECT_EQ(check_cds_code("10624140000000"), std::nullopt);  // Sanger Unified
}

TEST(CdsCode, RefusesWrongLengthLettersAndUnknownCounty) {
    EXPECT_NE(check_cds_code("1234"), std::nullopt);
    EXPECT_NE(check_cds_code("1062414000000A"), std::nullopt);
    EXPECT_NE(check_cds_code("00624140000000"), std::nullopt);
    EXPECT_NE(check_cds_code("59624140000000"), std::nullopt);
    EXPECT_NE(check_cds_code("1234")->find("14 digits"), std::string::npos);
}

TEST(Email, ShapeOnly) {
    EXPECT_EQ(check_email("lead@mpusd.example"), std::nullopt);
    EXPECT_NE(check_email("lead"), std::nullopt);
    EXPECT_NE(check_email("a@b@c.org"), std::nullopt);
    EXPECT_NE(check_email("a b@c.org"), std::nullopt);
}

TEST(Date, RealCalendarDatesOnly) {
    EXPECT_EQ(check_date("2026-02-28"), std::nullopt);
    EXPECT_NE(check_date("2026-02-30"), std::nullopt);
    EXPECT_NE(check_date("26-02-01"), std::nullopt);
}

TEST(OneOf, NamesTheChoices) {
    const auto message = check_one_of("boss", kTeamRoles);
    ASSERT_TRUE(message.has_value());
    EXPECT_NE(message->find("lead, member, participant, viewer"), std::string::npos);
}

TEST(Identifiers, CountsAPasswordInCharactersNotBytes) {
    EXPECT_FALSE(check_password("contraseña").has_value());                     // 10 characters, 11 bytes
    EXPECT_EQ(check_password("ñññññ"), "must be at least 10 characters long");  // 10 bytes, 5 characters
    EXPECT_FALSE(check_password(std::string(200, 'x')).has_value());
    std::string long_spanish;
    for (int i = 0; i < 150; ++i) long_spanish += "ñ";  // 150 characters, 300 bytes
    EXPECT_FALSE(check_password(long_spanish).has_value());
    EXPECT_EQ(check_password(std::string(201, 'x')), "must be at most 200 characters long");
}

TEST(Characters, CountsCodePoints) {
    EXPECT_EQ(character_count(""), 0u);
    EXPECT_EQ(character_count("niño"), 4u);
    EXPECT_EQ(character_count("👩‍🏫"),
              3u);  // a woman, a joiner, a school: three code points, as the browser's [...text]
}
