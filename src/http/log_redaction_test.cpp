#include "trellis/http/log_redaction.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace trellis::http {
namespace {

const std::vector<std::string> kSecrets{"/calendar/", "/api/v1/invitations/", "/invitations/"};

TEST(LoggablePath, RedactsTheTokenSegmentAndKeepsTheRest) {
    EXPECT_EQ(loggable_path("/calendar/abcDEF123.ics", "/calendar/abcDEF123.ics", kSecrets),
              "/calendar/[redacted].ics");
    EXPECT_EQ(loggable_path("/api/v1/invitations/tok/accept", "/api/v1/invitations/tok/accept", kSecrets),
              "/api/v1/invitations/[redacted]/accept");
    EXPECT_EQ(loggable_path("/invitations/tok?x=1", "/invitations/tok", kSecrets), "/invitations/[redacted]");
}

TEST(LoggablePath, LeavesOtherPathsAloneAndDropsTheQuery) {
    EXPECT_EQ(loggable_path("/api/v1/teams/4?token=secret", "/api/v1/teams/4", kSecrets), "/api/v1/teams/4");
    EXPECT_EQ(loggable_path("/calendar/", "/calendar/", kSecrets), "/calendar/");
    EXPECT_EQ(loggable_path(std::string(400, 'a'), "", kSecrets).size(), 256u);
}

TEST(LoggablePath, PercentEncodingDoesNotDodgeTheRule) {
    EXPECT_EQ(loggable_path("/%63alendar/tok.ics", "/calendar/tok.ics", kSecrets), "/%63alendar/[redacted].ics");
    // An encoded slash shifts the raw segments: everything from the secret's position on is hidden.
    EXPECT_EQ(loggable_path("/api/v1/invitations/a%2Fb/accept", "/api/v1/invitations/a/b/accept", kSecrets),
              "/api/v1/invitations/[redacted]");
}

}  // namespace
}  // namespace trellis::http
