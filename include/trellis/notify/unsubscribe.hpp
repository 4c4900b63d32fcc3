#pragma once
// The one-click unsubscribe of a mail its reader may turn off (RFC 8058): List-Unsubscribe with the HTTPS URL
// that a mail client POSTs to, List-Unsubscribe-Post, and a visible link in the body, in the reader's language,
// to the page that asks before turning the kind off.
#include <string>

#include "trellis/domain/mail_preferences.hpp"
#include "trellis/notify/mailer.hpp"

namespace trellis::notify {

void add_unsubscribe(MailMessage& message, domain::MailKind kind, domain::Language language,
                     const std::string& one_click_url, const std::string& page_url);

}  // namespace trellis::notify
