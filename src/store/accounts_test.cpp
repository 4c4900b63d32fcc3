// Sign-in failures, known devices, what a password reset revokes, and what the outbox keeps of a sent message,
// on both engines.
#include "trellis/store/accounts.hpp"

#include "store/test_database.hpp"
#include "trellis/store/mail_outbox.hpp"

namespace trellis::store {
namespace {

constexpr std::int64_t kNow = 1'800'000'000;

class AccountStoreTest : public MigratedDatabaseTest {};

INSTANTIATE_TEST_SUITE_P(Engines, AccountStoreTest, ::testing::Values(Dialect::sqlite, Dialect::postgresql),
                         engine_name);

TEST_P(AccountStoreTest, FailuresCountPerEmailAndPerClientAddressAndOldOnesAreForgotten) {
    auto db = database_->acquire();
    record_sign_in_failure(*db, "a@x.org", "192.0.2.1", kNow - 5000, 0);
    record_sign_in_failure(*db, "a@x.org", "192.0.2.2", kNow - 10, 0);
    record_sign_in_failure(*db, "b@x.org", "192.0.2.2", kNow - 5, 0);
    EXPECT_EQ(sign_in_failures_for_email(*db, "a@x.org", kNow - 100).count, 1);
    EXPECT_EQ(sign_in_failures_for_email(*db, "a@x.org", kNow - 10000).count, 2);
    const auto from_two = sign_in_failures_from_address(*db, "192.0.2.2", kNow - 100);
    EXPECT_EQ(from_two.count, 2);
    EXPECT_EQ(from_two.latest, kNow - 5);
    // Clearing an account's failures leaves the address's count of other accounts.
    clear_sign_in_failures(*db, "a@x.org");
    EXPECT_EQ(sign_in_failures_from_address(*db, "192.0.2.2", kNow - 100).count, 1);
    // Recording forgets what no limit looks at any more.
    record_sign_in_failure(*db, "c@x.org", "192.0.2.3", kNow, kNow - 1);
    EXPECT_EQ(db->query_one("SELECT COUNT(*) FROM sign_in_failures")->integer(0), 1);
}

TEST_P(AccountStoreTest, KnownDevicesCountTheirFailuresAndOnlyTheRecentOnesAreKept) {
    auto db = database_->acquire();
    const auto user = insert_user(*db, "d@x.org", "D", "hash", false, kNow);
    insert_known_device(*db, "device-1", user, kNow - 100, 2);
    auto device = find_known_device(*db, "device-1", kNow - 1000);
    ASSERT_TRUE(device);
    EXPECT_EQ(device->user_id, user);
    known_device_failed(*db, device->id);
    known_device_failed(*db, device->id);
    EXPECT_EQ(find_known_device(*db, "device-1", kNow - 1000)->failures, 2);
    known_device_signed_in(*db, device->id, kNow);
    EXPECT_EQ(find_known_device(*db, "device-1", kNow - 1000)->failures, 0);
    EXPECT_FALSE(find_known_device(*db, "device-1", kNow)) << "a device unused since the cut-off is not known";
    insert_known_device(*db, "device-2", user, kNow + 1, 2);
    insert_known_device(*db, "device-3", user, kNow + 2, 2);
    EXPECT_FALSE(find_known_device(*db, "device-1", 0)) << "only the two most recently used are kept";
    EXPECT_TRUE(find_known_device(*db, "device-3", 0));
}

TEST_P(AccountStoreTest, AResetRevokesOtherLinksTokensAndSessionsOfThatUserOnly) {
    auto db = database_->acquire();
    const auto user = insert_user(*db, "e@x.org", "E", "hash", false, kNow);
    const auto other = insert_user(*db, "f@x.org", "F", "hash", false, kNow);
    for (const auto id : {user, other}) {
        const auto n = std::to_string(id);
        insert_password_reset(*db, "reset-a-" + n, id, kNow, kNow + 3600);
        insert_password_reset(*db, "reset-b-" + n, id, kNow, kNow + 3600);
        insert_api_token(*db, "token-" + n, id, "script", kNow);
        insert_session(*db, "session-" + n, id, "csrf", kNow, kNow + 3600);
    }
    const auto u = std::to_string(user), o = std::to_string(other);
    ASSERT_EQ(spend_password_reset(*db, "reset-b-" + u, kNow), user);
    revoke_credentials_after_reset(*db, user);
    EXPECT_FALSE(spend_password_reset(*db, "reset-a-" + u, kNow));
    EXPECT_FALSE(find_user_by_api_token(*db, "token-" + u, kNow));
    EXPECT_FALSE(find_session(*db, "session-" + u, kNow));
    EXPECT_TRUE(find_user_by_api_token(*db, "token-" + o, kNow));
    EXPECT_TRUE(find_session(*db, "session-" + o, kNow));
    EXPECT_EQ(spend_password_reset(*db, "reset-a-" + o, kNow), other);
}

TEST_P(AccountStoreTest, ASignInLinkIsSpentOnceBeforeItExpiresAndOnlyByItsBrowserWhenThatCarriesANonce) {
    auto db = database_->acquire();
    const auto user = insert_user(*db, "g@x.org", "G", "", false, kNow);
    EXPECT_EQ(find_user(*db, user)->password_hash, "") << "an account without a password";
    insert_sign_in_link(*db, "link-1", user, "nonce-a", kNow, kNow + 900);
    EXPECT_FALSE(spend_sign_in_link(*db, "link-1", "nonce-b", kNow + 1)) << "another browser's nonce";
    EXPECT_EQ(spend_sign_in_link(*db, "link-1", "", kNow + 1), user) << "no nonce: the phone's mail app";
    EXPECT_FALSE(spend_sign_in_link(*db, "link-1", "", kNow + 2)) << "spent";
    insert_sign_in_link(*db, "link-2", user, "nonce-a", kNow, kNow + 900);
    EXPECT_FALSE(spend_sign_in_link(*db, "link-2", "nonce-a", kNow + 900)) << "expired";
    insert_sign_in_link(*db, "link-3", user, "", kNow, kNow + 900);
    EXPECT_EQ(spend_sign_in_link(*db, "link-3", "nonce-c", kNow + 1), user) << "a link asked without a nonce";
    EXPECT_FALSE(spend_sign_in_link(*db, "unknown", "", kNow));
    record_sign_in_link_request(*db, "g@x.org", "192.0.2.9", kNow - 4000, 0);
    record_sign_in_link_request(*db, "g@x.org", "192.0.2.9", kNow, kNow - 3600);
    EXPECT_EQ(sign_in_link_requests_for_email(*db, "g@x.org", 0).count, 1) << "the old request is forgotten";
    EXPECT_EQ(sign_in_link_requests_from_address(*db, "192.0.2.9", kNow - 10).latest, kNow);
}

TEST_P(AccountStoreTest, TheOutboxKeepsOnlyTheRecordOfAMessageItIsDoneWith) {
    auto db = database_->acquire();
    const std::string body = R"({"to":"g@x.org","subject":"Reset","text":"https://t.example/reset?token=SECRET"})";
    const std::string record = R"({"to":"g@x.org","subject":"Reset","text":""})";
    enqueue_mail(*db, "g@x.org", body, kNow);
    enqueue_mail(*db, "g@x.org", body, kNow);
    enqueue_mail(*db, "g@x.org", body, kNow);
    const auto claimed = claim_due_mail(*db, kNow, 60, 10);
    ASSERT_EQ(claimed.size(), 3u);
    EXPECT_TRUE(finished_mail_with_bodies(*db, 10).empty()) << "queued mail keeps its body";
    mark_mail_sent(*db, claimed[0].id, kNow, record);
    retry_mail(*db, claimed[1].id, "refused", kNow + 30);
    give_up_mail(*db, claimed[2].id, "refused", record);
    const auto rows = db->query("SELECT status, recipient, message_json, sent_at FROM mail_outbox ORDER BY id");
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].text(0), "sent");
    EXPECT_EQ(rows[0].text(1), "g@x.org");
    EXPECT_EQ(rows[0].text(2), record);
    EXPECT_EQ(rows[0].optional_integer(3), kNow);
    EXPECT_EQ(rows[1].text(2), body) << "a message to be retried keeps its body";
    EXPECT_EQ(rows[2].text(0), "failed");
    EXPECT_EQ(rows[2].text(2), record);
    EXPECT_TRUE(finished_mail_with_bodies(*db, 10).empty());

    // A message sent before bodies were cleared is found, and cleared.
    db->execute("UPDATE mail_outbox SET message_json = ? WHERE id = ?", {body, claimed[0].id});
    const auto old = finished_mail_with_bodies(*db, 10);
    ASSERT_EQ(old.size(), 1u);
    EXPECT_EQ(old[0].id, claimed[0].id);
    keep_mail_record(*db, old[0].id, record);
    EXPECT_TRUE(finished_mail_with_bodies(*db, 10).empty());
}

}  // namespace
}  // namespace trellis::store
