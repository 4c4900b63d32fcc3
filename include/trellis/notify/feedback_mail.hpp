#pragma once
// The mail of feedback rounds (issue 12, item 4), in the recipient's language ("en" or "es"): the request to a
// person invited to give feedback, and the note to a person mentioned in a comment. Each links to the round's
// page; reading it takes the person's own sign-in, so the link grants nothing.
#include <string>

#include "trellis/notify/mailer.hpp"

namespace trellis::notify {

struct FeedbackRequestText {
    std::string requester;  // who opened the round
    std::string team;
    std::string organization;  // the team's district
    std::string item;          // what is under review
    std::string question;
    std::string due_on;  // YYYY-MM-DD
    std::string link;    // the round's page
};

struct FeedbackMentionText {
    std::string author;
    std::string team;
    std::string item;
    std::string excerpt;  // the comment, shortened
    std::string link;
};

MailMessage feedback_request_mail(const std::string& to, const std::string& to_name, const FeedbackRequestText& t,
                                  const std::string& lang);
MailMessage feedback_mention_mail(const std::string& to, const std::string& to_name, const FeedbackMentionText& t,
                                  const std::string& lang);

}  // namespace trellis::notify
