#include "trellis/auth/secrets.hpp"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

using namespace trellis::auth;

TEST(Secrets, PasswordHashVerifiesOnlyTheSamePassword) {
    const auto hash = hash_password("correct horse battery");
    EXPECT_TRUE(hash.starts_with("$argon2id$"));
    EXPECT_TRUE(verify_password("correct horse battery", hash));
    EXPECT_FALSE(verify_password("correct horse batterY", hash));
    EXPECT_FALSE(verify_password("anything", ""));
}

TEST(Secrets, ACrowdOfSignInsHashesAtMostOnePerCoreAtOnce) {
    const auto hash = hash_password("correct horse battery");
    const int crowd = password_hash_places() * 3 + 1;
    std::vector<int> verified(static_cast<std::size_t>(crowd), 0);
    {
        std::vector<std::jthread> people;
        for (int i = 0; i < crowd; ++i) {
            people.emplace_back([&, i] {
                verified[static_cast<std::size_t>(i)] = verify_password("correct horse battery", hash) ? 1 : 0;
            });
        }
    }
    for (const int ok : verified) EXPECT_EQ(ok, 1);  // everyone waited their turn and got in
    EXPECT_GE(password_hashes_at_most_at_once(), 1);
    EXPECT_LE(password_hashes_at_most_at_once(), password_hash_places());
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
