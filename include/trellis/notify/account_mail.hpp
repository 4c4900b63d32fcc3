#pragma once
// The texts of the account e-mails, in English and Spanish in one message: families and students are often
// invited before anyone knows which language they read, and the link works the same either way.
#include <string>

#include "trellis/notify/mailer.hpp"

namespace trellis::notify {

MailMessage password_reset_mail(const std::string& to, const std::string& name, const std::string& link);
// A one-time sign-in link (issue 15), valid 15 minutes.
MailMessage sign_in_link_mail(const std::string& to, const std::string& name, const std::string& link);
// `place` is the team or organization name, `inviter` who sent it.
MailMessage invitation_mail(const std::string& to, const std::string& place, const std::string& inviter,
                            const std::string& link);

}  // namespace trellis::notify
