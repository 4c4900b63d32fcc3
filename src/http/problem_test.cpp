#include "trellis/http/problem.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

namespace trellis::http {
namespace {

TEST(ProblemTest, BuildsProblemJsonWithEscaping) {
    auto r = problem(422, "validation", "Invalid input", "cds_code: must be 14 digits, got \"12\\34\"\n",
                     R"("errors":[{"field":"cds_code"}])");
    EXPECT_EQ(r.status, 422);
    EXPECT_EQ(r.header("content-type"), "application/problem+json");
    auto v = boost::json::parse(r.body).as_object();
    EXPECT_EQ(v.at("type").as_string(), "/problems/validation");
    EXPECT_EQ(v.at("title").as_string(), "Invalid input");
    EXPECT_EQ(v.at("status").as_int64(), 422);
    EXPECT_EQ(v.at("detail").as_string(), "cds_code: must be 14 digits, got \"12\\34\"\n");
    EXPECT_EQ(v.at("errors").as_array().at(0).as_object().at("field").as_string(), "cds_code");
    EXPECT_TRUE(r.body.starts_with(R"({"type":"/problems/validation","title":)")) << r.body;
}

TEST(ProblemTest, NoExtraMembers) {
    auto r = problem(404, "not-found", "Not found", "team 7 does not exist");
    EXPECT_EQ(r.body, R"({"type":"/problems/not-found","title":"Not found","status":404,"detail":"team 7 does not exist"})");
}

TEST(ProblemTest, ResponseSetHeaderReplacesCaseInsensitively) {
    Response r;
    r.headers.push_back({"x-a", "1"});
    r.headers.push_back({"x-a", "2"});
    r.set_header("X-A", "3");
    ASSERT_EQ(r.headers.size(), 1U);
    EXPECT_EQ(r.header("x-a"), "3");
    EXPECT_EQ(r.header("x-b"), "");
    Request q;
    q.headers.push_back({"accept", "a"});
    q.headers.push_back({"accept", "b"});
    EXPECT_EQ(q.header("accept"), "a");
}

}  // namespace
}  // namespace trellis::http
