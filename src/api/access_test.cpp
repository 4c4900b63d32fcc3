#include "api/access.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "api/routes.hpp"

namespace trellis::api {
namespace {

TEST(Access, EveryRouteDeclaresAnOutcomeForEveryCaller) {
    for (const auto& route : all_routes()) {
        EXPECT_TRUE(route.access.complete())
            << route.method << " " << route.pattern << " has no access declaration: add one beside its definition";
    }
    EXPECT_TRUE(live_channel_access().complete());
}

TEST(Access, PublicRoutesPromiseEveryone) {
    // A public route refuses nobody at its guard; one declared otherwise is a mistake in the declaration.
    for (const auto& route : all_routes()) {
        if (route.guard.kind != Guard::Kind::public_route) continue;
        for (std::size_t i = 0; i < kCallerCount; ++i) {
            EXPECT_EQ(route.access.of(static_cast<Caller>(i)), Outcome::allowed)
                << route.method << " " << route.pattern;
        }
    }
}

TEST(Access, SignedInRoutesRefuseTheAnonymousCaller) {
    for (const auto& route : all_routes()) {
        if (route.guard.kind == Guard::Kind::public_route) continue;
        EXPECT_EQ(route.access.of(Caller::anonymous), Outcome::unauthenticated) << route.method << " " << route.pattern;
    }
}

TEST(Access, DeclarationsAreCheckedWhenRead) {
    EXPECT_THROW(Access::parse("anonymous:401"), std::logic_error);  // callers left out
    EXPECT_THROW(Access::parse("anonymous:401 anonymous:404"), std::logic_error);
    EXPECT_THROW(Access::parse("nobody:401"), std::logic_error);
    EXPECT_THROW(Access::parse("anonymous:maybe"), std::logic_error);
    const auto access = Access::parse(
        "anonymous:401 stranger:404 other_lead:404 partner:404 participant:403 member:allowed "
        "lead:allowed data_lead:404 admin:allowed facilitator:404 mentor:404 reviewer:404");
    EXPECT_EQ(access.of(Caller::participant), Outcome::forbidden);
    EXPECT_EQ(access.of(Caller::lead), Outcome::allowed);
}

}  // namespace
}  // namespace trellis::api
