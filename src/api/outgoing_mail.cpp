#include "api/outgoing_mail.hpp"

#include <spdlog/spdlog.h>

namespace trellis::api {

void send_after_commit(RequestContext& context, notify::MailMessage message) {
    auto& mailer = context.services.mailer;
    context.after_commit.push_back([&mailer, message = std::move(message)] {
        if (auto sent = mailer.send(message); !sent) spdlog::error("mail to {} failed: {}", message.to, sent.error());
    });
}

}  // namespace trellis::api
