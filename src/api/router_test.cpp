#include "api/router.hpp"

#include <gtest/gtest.h>

using namespace trellis::api;

TEST(Router, MatchesParametersAndMethods) {
    RouteTable routes = {{"GET", "/api/v1/teams/{id}", Guard::signed_in(), {}},
                         {"PATCH", "/api/v1/teams/{id}/members/{member_id}", Guard::signed_in(), {}},
                         {"GET", "/api/v1/invitations/{token}", Guard::public_route(), {}}};
    auto m = match_route(routes, "PATCH", "/api/v1/teams/12/members/34");
    ASSERT_NE(m.route, nullptr);
    EXPECT_EQ(m.params["id"], "12");
    EXPECT_EQ(m.params["member_id"], "34");

    m = match_route(routes, "DELETE", "/api/v1/teams/12");
    EXPECT_EQ(m.route, nullptr);
    EXPECT_TRUE(m.path_exists);

    m = match_route(routes, "GET", "/api/v1/invitations/abc-DEF_1");
    ASSERT_NE(m.route, nullptr);
    EXPECT_EQ(m.params["token"], "abc-DEF_1");
}

TEST(Router, IdsMustBeDigits) {
    RouteTable routes = {{"GET", "/api/v1/teams/{id}", Guard::signed_in(), {}}};
    EXPECT_EQ(match_route(routes, "GET", "/api/v1/teams/abc").route, nullptr);
    EXPECT_FALSE(match_route(routes, "GET", "/api/v1/teams/abc").path_exists);
    EXPECT_EQ(match_route(routes, "GET", "/api/v1/teams/1234567890123456789").route, nullptr);
    EXPECT_EQ(match_route(routes, "GET", "/api/v1/teams/").route, nullptr);
    EXPECT_EQ(match_route(routes, "GET", "/api/v1/teams/1/extra").route, nullptr);
}

TEST(Router, AParameterMayEndInALiteralSuffix) {
    RouteTable routes = {{"GET", "/api/v1/teams/{id}/export.xlsx", Guard::signed_in(), {}},
                         {"GET", "/api/v1/teams/{id}/export/{sheet}.csv", Guard::signed_in(), {}}};
    auto m = match_route(routes, "GET", "/api/v1/teams/7/export/points.csv");
    ASSERT_NE(m.route, nullptr);
    EXPECT_EQ(m.params["id"], "7");
    EXPECT_EQ(m.params["sheet"], "points");
    EXPECT_NE(match_route(routes, "GET", "/api/v1/teams/7/export.xlsx").route, nullptr);
    EXPECT_EQ(match_route(routes, "GET", "/api/v1/teams/7/export/points").route, nullptr);
    EXPECT_EQ(match_route(routes, "GET", "/api/v1/teams/7/export/.csv").route, nullptr);
    EXPECT_EQ(match_route(routes, "GET", "/api/v1/teams/7/export/points.xlsx").route, nullptr);
    EXPECT_EQ(match_route(routes, "GET", "/api/v1/teams/7/export.csv").route, nullptr);
}
