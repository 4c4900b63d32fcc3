#include "trellis/http/problem.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <set>

#include "trellis/http/validation_problem.hpp"

namespace trellis::http {
namespace {

TEST(ProblemTest, BuildsProblemJsonWithEscaping) {
    auto r = problem(ProblemKind::validation, "cds_code: must be 14 digits, got \"12\\34\"\n",
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
    auto r = problem(ProblemKind::not_found, "team 7 does not exist");
    EXPECT_EQ(r.body,
              R"({"type":"/problems/not-found","title":"Not found","status":404,"detail":"team 7 does not exist"})");
}

TEST(ProblemTest, TableIsInEnumOrderWithOneTitlePerKind) {
    std::set<std::pair<std::string_view, std::string_view>> seen;
    for (std::size_t i = 0; i < problem_types().size(); ++i) {
        const auto& type = problem_types()[i];
        EXPECT_EQ(static_cast<std::size_t>(type.kind), i) << type.name;
        EXPECT_TRUE(seen.insert({type.name, type.title}).second) << type.name << " " << type.title;
        EXPECT_FALSE(type.title_es.empty()) << type.name;
        EXPECT_GE(type.status, 400);
    }
    EXPECT_EQ(&problem_type(ProblemKind::busy), &problem_types().back());
}

TEST(ProblemTest, KindsSharingANameShareTheStatus) {
    EXPECT_EQ(problem_type(ProblemKind::invalid_api_token).name, "unauthenticated");
    EXPECT_EQ(problem_type(ProblemKind::invalid_api_token).status, problem_type(ProblemKind::unauthenticated).status);
    EXPECT_EQ(problem_type(ProblemKind::rule_violation).name, "validation");
    EXPECT_EQ(problem_type(ProblemKind::server_error).name, "internal");
}

TEST(ValidationProblemTest, ListsEveryFieldAndJoinsTheDetail) {
    auto r = ValidationProblem().add("name", "is required").add("email", "must be an address").response();
    EXPECT_EQ(r.status, 422);
    EXPECT_EQ(r.body, R"({"type":"/problems/validation","title":"Invalid input","status":422,)"
                      R"("detail":"name: is required; email: must be an address",)"
                      R"("errors":[{"field":"name","message":"is required","code":"required"},)"
                      R"({"field":"email","message":"must be an address","code":"invalid"}]})");
}

TEST(ValidationProblemTest, CodesAndParamsAreGivenOrReadFromTheMessage) {
    const auto body = [](ValidationProblem& p) { return boost::json::parse(p.response().body).at("errors"); };
    ValidationProblem given;
    given.add("title", "must be at most 200 characters, got 5000", "too_long", boost::json::object{{"max", 200}});
    EXPECT_EQ(body(given).at(0).at("params").at("max"), 200);
    ValidationProblem read;
    read.add("minutes", "must be from 0 to 60")
        .add("mode", "must be in_person, virtual or hybrid")
        .add("", "the header has no district_code or grade column (required; name them so or map them)");
    const auto errors = body(read);
    EXPECT_EQ(errors.at(0).at("code"), "out_of_range");
    EXPECT_EQ(errors.at(0).at("params"), (boost::json::object{{"min", 0}, {"max", 60}}));
    EXPECT_EQ(errors.at(1).at("code"), "not_one_of");
    EXPECT_EQ(errors.at(1).at("params").at("allowed"), (boost::json::array{"in_person", "virtual", "hybrid"}));
    EXPECT_EQ(errors.at(2).at("code"), "missing_columns");
    EXPECT_EQ(errors.at(2).at("params").at("columns"), (boost::json::array{"district_code", "grade"}));
}

TEST(ValidationProblemTest, EntriesOfOtherShapesAndAGivenDetail) {
    ValidationProblem rules(ProblemKind::rule_violation);
    rules.add(boost::json::object{{"field", "agenda"}, {"rule", "R1"}, {"message", "too long"}}, "too long (rule R1)");
    auto v = boost::json::parse(rules.response().body).as_object();
    EXPECT_EQ(v.at("title").as_string(), "The meeting breaks the guide's rules");
    EXPECT_EQ(v.at("detail").as_string(), "too long (rule R1)");
    EXPECT_EQ(v.at("errors").as_array().at(0).as_object().at("rule").as_string(), "R1");

    ValidationProblem file(ProblemKind::import_rejected);
    file.add(boost::json::object{{"message", "bad"}, {"line", 3}, {"column", nullptr}}, {});
    v = boost::json::parse(file.response("1 problem in the file").body).as_object();
    EXPECT_EQ(v.at("type").as_string(), "/problems/import-rejected");
    EXPECT_EQ(v.at("detail").as_string(), "1 problem in the file");
    EXPECT_EQ(v.at("errors").as_array().at(0).as_object().at("line").as_int64(), 3);
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
