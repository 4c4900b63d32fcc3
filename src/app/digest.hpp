#pragma once
// The follow-through digest: for a person who chose "daily" (the default), one e-mail a day with open action
// items overdue or due within three days; for "weekly", one on Mondays (UTC) with items overdue or due within a
// week; never for "none"; none when nothing is due. Called every 10 minutes by `trellis serve` and by `trellis digest
// send` (with --now, so tests can move the clock).
#include <cstdint>
#include <string>

#include "trellis/notify/mailer.hpp"
#include "trellis/store/database.hpp"

namespace trellis::app {

// Returns how many digests were sent. A person's day is claimed in the database before the mail goes out (so
// concurrent senders never send twice) and released again if sending fails (so the next run retries).
int send_digests(store::Connection& db, notify::Mailer& mailer, std::int64_t now, const std::string& public_url);

}  // namespace trellis::app
