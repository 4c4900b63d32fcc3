#include "trellis/auth/secrets.hpp"

#include <gtest/gtest.h>

using namespace trellis::auth;

TEST(Secrets, PasswordHashVerifiesOnlyTheSamePassword) {
    const auto hash = hash_password("correct horse battery");
    EXPECT_TRUE(hash.starts_with("$argon2id$"));
    EXPECT_TRUE(verify_password("correct horse battery", hash));
    EXPECT_FALSE(verify_password("correct horse batterY", hash));
    EXPECT_FALSE(verify_password("anything", ""));
}

TEST(Secrets, TokensAreUniqueAndHashedStably) {
    const auto a = new_token();
    const auto b = new_token();
    EXPECT_EQ(a.size(), 43u);
    EXPECT_NE(a, b);
    EXPECT_EQ(token_hash(a), token_hash(a));
    EXPECT_NE(token_hash(a), token_hash(b));
    EXPECT_EQ(token_hash(a).size(), 64u);
}

TEST(Secrets, ConstantTimeEquality) {
    EXPECT_TRUE(secrets_equal("abc", "abc"));
    EXPECT_FALSE(secrets_equal("abc", "abd"));
    EXPECT_FALSE(secrets_equal("", ""));
    EXPECT_FALSE(secrets_equal("abc", "abcd"));
}
