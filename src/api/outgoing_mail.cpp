#include "api/outgoing_mail.hpp"

#include "trellis/actions/notification_settings.hpp"
#include "trellis/notify/mail_json.hpp"
#include "trellis/store/mail_outbox.hpp"

namespace trellis::api {

void send_after_commit(RequestContext& context, const notify::MailMessage& message) {
    store::enqueue_mail(context.db, message.to, notify::mail_to_json(message), context.services.now());
    if (context.services.mail_queued) context.after_commit.push_back(context.services.mail_queued);
}

void send_to_person(RequestContext& context, const std::string& email, domain::MailKind kind,
                    const std::function<notify::MailMessage(const std::string& language)>& write) {
    if (auto message = actions::personal_mail(context.db, email, kind, context.services.public_url,
                                              context.services.now(), write)) {
        send_after_commit(context, *message);
    }
}

}  // namespace trellis::api
