#pragma once
#include "api/route.hpp"
#include "trellis/notify/mailer.hpp"

namespace trellis::api {

// Queues a message in the database outbox inside the request's transaction: it is sent only if the change it
// announces commits, and it survives an SMTP outage or a restart (notify/mail_sender.hpp delivers it, with
// retries). The sender is woken once the transaction has committed.
void send_after_commit(RequestContext& context, const notify::MailMessage& message);

}  // namespace trellis::api
