#include "app/digest.hpp"

#include <spdlog/spdlog.h>

#include "trellis/actions/notification_settings.hpp"
#include "trellis/domain/follow_through.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/domain/mail_preferences.hpp"
#include "trellis/notify/meeting_mail.hpp"
#include "trellis/store/feedback.hpp"
#include "trellis/store/meetings.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::app {

namespace {

// The digests due today: a daily digest for those who chose daily (and addresses without an account), a
// weekly one (a week ahead) on Mondays for those who chose weekly, none for those who chose none.
std::vector<domain::Digest> due_today(store::Connection& db, const std::string& today) {
    std::vector<domain::DigestItem> open;
    for (const auto& a : store::all_open_action_items(db)) {
        open.push_back({domain::lowercase_ascii(a.owner_email), a.owner_name, a.id, a.title, a.team_name, a.due_on});
    }
    for (const auto& o : store::all_open_dated_outreach_items(db)) {  // an owned outreach item is due work too
        open.push_back({domain::lowercase_ascii(*o.owner_email), o.owner_name.value_or(""), o.id, o.title, o.team_name,
                        *o.due_on, true});
    }
    for (const auto& r : store::open_feedback_requests(db, std::nullopt)) {  // feedback asked of a reviewer
        open.push_back(
            {domain::lowercase_ascii(r.email), r.name, r.round_id, r.item_title, r.team_name, r.due_on, false, true});
    }
    const auto sent = store::digests_sent_on(db, today);
    std::vector<domain::Digest> out;
    for (const auto* frequency : {"daily", "weekly"}) {
        if (!domain::digest_due_on(frequency, today)) continue;
        for (auto& digest : domain::select_digests(open, today, sent, domain::digest_horizon_days(frequency))) {
            if (actions::digest_frequency(db, digest.email) == frequency) out.push_back(std::move(digest));
        }
    }
    return out;
}

}  // namespace

int send_digests(store::Connection& db, notify::Mailer& mailer, std::int64_t now, const std::string& public_url) {
    const auto today = domain::utc_date(now);
    int sent = 0;
    for (const auto& digest : due_today(db, today)) {
        std::optional<notify::MailMessage> mail;
        {
            store::Transaction transaction(db);
            if (!store::claim_digest(db, digest.email, today, now)) continue;
            mail = actions::personal_mail(db, digest.email, domain::MailKind::digest, public_url, now,
                                          [&](const std::string& lang) {
                                              return notify::digest_mail(digest, today, public_url + "/my-work", lang);
                                          });
            if (!mail) continue;  // rolled back: the day stays unclaimed
            transaction.commit();
        }
        if (auto result = mailer.send(*mail); !result) {
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
