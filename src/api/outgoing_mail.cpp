#include "api/outgoing_mail.hpp"

#include "trellis/notify/mail_json.hpp"
#include "trellis/store/mail_outbox.hpp"

namespace trellis::api {

void send_after_commit(RequestContext& context, const notify::MailMessage& message) {
    store::enqueue_mail(context.db, message.to, notify::mail_to_json(message), context.services.now());
    if (context.services.mail_queued) context.after_commit.push_back(context.services.mail_queued);
}

}  // namespace trellis::api
