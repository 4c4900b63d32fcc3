#pragma once
#include <functional>
#include <string>

#include "api/route.hpp"
#include "trellis/domain/mail_preferences.hpp"
#include "trellis/notify/mailer.hpp"

namespace trellis::api {

// Queues a message in the database outbox inside the request's transaction: it is sent only if the change it
// announces commits, and it survives an SMTP outage or a restart (notify/mail_sender.hpp delivers it, with
// retries). The sender is woken once the transaction has committed.
void send_after_commit(RequestContext& context, const notify::MailMessage& message);

// Mail to a person (an address that may have an account): the one place that asks their settings before
// queuing. `write` gets the language to write in ("en" or "es"); nothing is queued when the person turned
// `kind` off; a kind they may turn off carries its one-click unsubscribe (actions::personal_mail). Only mail to
// an address that cannot have an account yet (an invitation) goes through send_after_commit directly.
void send_to_person(RequestContext& context, const std::string& email, domain::MailKind kind,
                    const std::function<notify::MailMessage(const std::string& language)>& write);

}  // namespace trellis::api
