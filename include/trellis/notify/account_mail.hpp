#pragma once
// The texts of the account e-mails. An invitation goes to an address without an account, so it is in English
// and Spanish in one message: families and students are often invited before anyone knows which language they
// read, and the link works the same either way. Mail to an account is in the account's language.
#include <string>

#include "trellis/notify/mailer.hpp"

namespace trellis::notify {

// To an account: in its language ("en" or "es").
MailMessage password_reset_mail(const std::string& to, const std::string& name, const std::string& link,
                                const std::string& lang);
// A one-time sign-in link (issue 15), valid 15 minutes; in the account's language.
MailMessage sign_in_link_mail(const std::string& to, const std::string& name, const std::string& link,
                              const std::string& lang);
// `place` is the team or organization name, `inviter` who sent it.
MailMessage invitation_mail(const std::string& to, const std::string& place, const std::string& inviter,
                            const std::string& link);

}  // namespace trellis::notify
