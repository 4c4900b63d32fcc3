#pragma once
#include "api/route.hpp"
#include "trellis/notify/mailer.hpp"

namespace trellis::api {

// Queues a message to be sent once the request's transaction has committed, so no mail ever announces
// something that was rolled back. A failed send is logged; the request has already succeeded.
void send_after_commit(RequestContext& context, notify::MailMessage message);

}  // namespace trellis::api
