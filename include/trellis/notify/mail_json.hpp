#pragma once
// A mail message as JSON text, so it can wait in the database outbox (store/mail_outbox) until delivered.
#include <optional>
#include <string>

#include "trellis/notify/mailer.hpp"

namespace trellis::notify {

std::string mail_to_json(const MailMessage& message);
// nullopt for text that is not a message written by mail_to_json.
std::optional<MailMessage> mail_from_json(const std::string& text);
// What the outbox keeps of a message once it is sent or given up on: recipient and subject, no body or
// attachments (they carry reset, invitation and calendar links).
std::string mail_record_json(const MailMessage& message);

}  // namespace trellis::notify
