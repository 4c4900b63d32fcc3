// The OpenAPI document and the router must describe the same routes: a route nobody documented, or a
// documented route that does not exist, fails here.
#include <gtest/gtest.h>
#include <boost/json.hpp>

#include <algorithm>
#include <set>

#include "api/openapi_document.hpp"
#include "trellis/api/app.hpp"

TEST(OpenApi, DescribesExactlyTheRoutesTheRouterServes) {
    const auto document = boost::json::parse(trellis::api::openapi_document());
    ASSERT_TRUE(document.at("openapi").as_string().starts_with("3.1"));
    std::set<std::string> documented;
    for (const auto& [path, item] : document.at("paths").as_object()) {
        for (const auto& [method, _] : item.as_object()) {
            static const std::set<std::string> kMethods = {"get", "post", "put", "patch", "delete"};
            if (!kMethods.contains(std::string(method))) continue;
            std::string upper(method);
            std::ranges::transform(upper, upper.begin(), ::toupper);
            documented.insert(upper + " " + std::string(path));
        }
    }
    std::set<std::string> served;
    for (const auto& signature : trellis::api::route_signatures()) served.insert(signature);
    for (const auto& route : served) EXPECT_TRUE(documented.contains(route)) << route << " is not in docs/openapi.json";
    for (const auto& route : documented)
        EXPECT_TRUE(served.contains(route)) << route << " is documented but not served";
}
