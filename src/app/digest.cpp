#include "app/digest.hpp"

#include <spdlog/spdlog.h>

#include "trellis/domain/follow_through.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/notify/meeting_mail.hpp"
#include "trellis/store/meetings.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::app {

int send_digests(store::Connection& db, notify::Mailer& mailer, std::int64_t now, const std::string& public_url) {
    const auto today = domain::utc_date(now);
    std::vector<domain::DigestItem> open;
    for (const auto& a : store::all_open_action_items(db)) {
        open.push_back({domain::lowercase_ascii(a.owner_email), a.owner_name, a.id, a.title, a.team_name, a.due_on});
    }
    for (const auto& o : store::all_open_dated_outreach_items(db)) {  // an owned outreach item is due work too
        open.push_back({domain::lowercase_ascii(*o.owner_email), o.owner_name.value_or(""), o.id, o.title, o.team_name,
                        *o.due_on, true});
    }
    const auto digests = domain::select_digests(open, today, store::digests_sent_on(db, today));
    int sent = 0;
    for (const auto& digest : digests) {
        {
            store::Transaction transaction(db);
            if (!store::claim_digest(db, digest.email, today, now)) continue;
            transaction.commit();
        }
        const auto mail = notify::digest_mail(digest, today, public_url + "/my-work");
        if (auto result = mailer.send(mail); !result) {
            spdlog::error("digest to {} failed: {}", digest.email, result.error());
            store::Transaction transaction(db);
            store::release_digest(db, digest.email, today);
            transaction.commit();
            continue;
        }
        ++sent;
    }
    if (sent > 0) spdlog::info("sent {} follow-through digest{} for {}", sent, sent == 1 ? "" : "s", today);
    return sent;
}

}  // namespace trellis::app
