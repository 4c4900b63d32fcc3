#pragma once
// The texts of meeting mail (invitations, cancellations, minutes, the follow-through digest) and the printable
// minutes page, in English or Spanish: each mail in its reader's language ("en" or "es"; anything else reads
// as "en"), dates written for it.
#include <cstdint>
#include <string>
#include <vector>

#include "trellis/domain/follow_through.hpp"
#include "trellis/notify/mailer.hpp"

namespace trellis::notify {

struct MinutesAmendment {
    std::string author;
    std::string text;
    std::int64_t created_at = 0;
};

// "en" or "es"; anything else reads as "en".
std::string minutes_text(const domain::Minutes& minutes, const std::vector<MinutesAmendment>& amendments,
                         const std::string& lang);
// A whole accessible HTML document (lang attribute, headings, tables with headers, print styles).
std::string minutes_html(const domain::Minutes& minutes, const std::vector<MinutesAmendment>& amendments,
                         const std::string& lang);

MailMessage minutes_mail(const std::string& to, const std::string& name, const domain::Minutes& minutes,
                         const std::string& link, const std::string& lang);

struct InvitationFacts {
    std::string team;
    std::string title;
    std::string goal;
    std::int64_t starts_at = 0;
    int duration_minutes = 0;
    std::string time_zone;
    std::string location;
    std::string link;
};
// `ics` goes along as invite.ics (text/calendar; method=REQUEST or CANCEL).
MailMessage invitation_mail(const std::string& to, const std::string& name, const InvitationFacts& facts,
                            const std::string& ics, bool cancelled, bool updated, const std::string& lang);

MailMessage digest_mail(const domain::Digest& digest, const std::string& today, const std::string& link,
                        const std::string& lang);

}  // namespace trellis::notify
