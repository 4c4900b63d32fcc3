#pragma once
// The mail that asks an organization's admins whether it joins a network, in the admin's language ("en" or
// "es"). It tells what they need to decide and links to the page where they answer;
// answering takes a signed-in admin, so the link itself grants nothing.
#include <string>

#include "trellis/notify/mailer.hpp"

namespace trellis::notify {

struct NetworkInvitationText {
    std::string organization;  // the invited organization
    std::string network;
    std::string focus;  // may be empty
    std::string facilitator;
    std::string inviter;  // the person who added it
    std::string link;     // the organization's network page
};

MailMessage network_invitation_mail(const std::string& to, const std::string& to_name, const NetworkInvitationText& t,
                                    const std::string& lang);

}  // namespace trellis::notify
