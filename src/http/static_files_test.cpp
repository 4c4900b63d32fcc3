#include "trellis/http/static_files.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <random>

namespace trellis::http {
namespace {

namespace fs = std::filesystem;

class StaticFilesTest : public ::testing::Test {
protected:
    void SetUp() override {
        root_ = fs::temp_directory_path() / ("trellis-static-" + std::to_string(std::random_device{}()));
        fs::create_directories(root_ / "assets");
        write("index.html", "<!doctype html><title>app</title>");
        write("assets/app-3f2a.js", "console.log(1)");
        write("assets/app-3f2a.js.gz", "GZIPPED");
        write("favicon.ico", "ICO");
        write("site.webmanifest", "{}");
        write(".env", "SECRET=1");
        fs::create_directories(root_.parent_path() / (root_.filename().string() + "-outside"));
        std::ofstream(root_.parent_path() / (root_.filename().string() + "-outside") / "secret.txt") << "secret";
    }
    void TearDown() override {
        fs::remove_all(root_);
        fs::remove_all(root_.parent_path() / (root_.filename().string() + "-outside"));
    }
    void write(const std::string& rel, const std::string& content) { std::ofstream(root_ / rel) << content; }
    std::optional<Response> get(const std::string& path, std::vector<Header> headers = {},
                                const std::string& method = "GET") {
        Request r;
        r.method = method;
        r.path = path;
        r.target = path;
        r.headers = std::move(headers);
        return serve_static(root_, r);
    }
    fs::path root_;
};

TEST_F(StaticFilesTest, ServesIndexWithEtagAndRevalidates) {
    auto r = get("/");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_EQ(r->body, "<!doctype html><title>app</title>");
    EXPECT_EQ(r->header("content-type"), "text/html; charset=utf-8");
    EXPECT_EQ(r->header("cache-control"), "no-cache");
    EXPECT_EQ(r->header("vary"), "Accept-Encoding");
    const std::string etag(r->header("etag"));
    ASSERT_FALSE(etag.empty());
    auto again = get("/", {{"if-none-match", "\"other\", " + etag}});
    ASSERT_TRUE(again);
    EXPECT_EQ(again->status, 304);
    EXPECT_TRUE(again->body.empty());
    EXPECT_EQ(get("/", {{"if-none-match", "\"other\""}})->status, 200);
}

TEST_F(StaticFilesTest, AssetsAreImmutableAndGzipWhenAccepted) {
    auto plain = get("/assets/app-3f2a.js");
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->body, "console.log(1)");
    EXPECT_EQ(plain->header("content-type"), "text/javascript; charset=utf-8");
    EXPECT_EQ(plain->header("cache-control"), "public, max-age=31536000, immutable");
    EXPECT_EQ(plain->header("content-encoding"), "");
    EXPECT_EQ(plain->header("vary"), "Accept-Encoding");
    auto gz = get("/assets/app-3f2a.js", {{"accept-encoding", "br, gzip;q=0.8"}});
    EXPECT_EQ(gz->body, "GZIPPED");
    EXPECT_EQ(gz->header("content-encoding"), "gzip");
    EXPECT_EQ(get("/assets/app-3f2a.js", {{"accept-encoding", "gzip;q=0"}})->body, "console.log(1)");
}

TEST_F(StaticFilesTest, ContentTypes) {
    EXPECT_EQ(get("/favicon.ico")->header("content-type"), "image/x-icon");
    EXPECT_EQ(get("/site.webmanifest")->header("content-type"), "application/manifest+json");
}

TEST_F(StaticFilesTest, SpaFallbackButNotForApi) {
    auto r = get("/teams/42/settings");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->body, "<!doctype html><title>app</title>");
    EXPECT_EQ(r->header("cache-control"), "no-cache");
    EXPECT_EQ(get("/assets/missing.js")->status, 404);  // a build file of another version: never index.html
    EXPECT_FALSE(get("/api/v1/teams"));
    EXPECT_FALSE(get("/api"));
    EXPECT_FALSE(get("/", {}, "POST"));
    EXPECT_EQ(get("/.env")->body, "<!doctype html><title>app</title>");  // dot files are never served
}

TEST_F(StaticFilesTest, RejectsTraversal) {
    const std::string outside = "/../" + root_.filename().string() + "-outside/secret.txt";
    auto r = get(outside);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 404);
    EXPECT_EQ(r->body.find("secret\""), std::string::npos);
    EXPECT_EQ(get("/assets/../../etc/passwd")->status, 404);
    // A symbolic link out of root is treated as absent.
    fs::create_symlink(root_.parent_path() / (root_.filename().string() + "-outside") / "secret.txt",
                       root_ / "link.txt");
    EXPECT_EQ(get("/link.txt")->body, "<!doctype html><title>app</title>");
}

TEST_F(StaticFilesTest, HeadHasLengthNoBody) {
    auto r = get("/favicon.ico", {}, "HEAD");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200);
    EXPECT_TRUE(r->body.empty());
    EXPECT_EQ(r->header("content-length"), "3");
}

TEST_F(StaticFilesTest, NoIndexMeansNullopt) {
    fs::remove(root_ / "index.html");
    EXPECT_FALSE(get("/"));
    EXPECT_FALSE(get("/favicon.ico"));
}

}  // namespace
}  // namespace trellis::http
