#include "trellis/store/feedback.hpp"

#include <set>

#include "trellis/store/networks.hpp"

namespace trellis::store {

namespace {

constexpr const char* kRoundColumns =
    "SELECT id, team_id, item_kind, item_key, item_title, snapshot, prototype_id, question, due_on, status, "
    "what_we_changed, next_version_id, created_by_user_id, created_by_name, created_at, closed_by_name, closed_at, "
    "version "
    "FROM feedback_rounds ";

std::vector<FeedbackRound> read_rounds(const Rows& rows) {
    std::vector<FeedbackRound> out;
    for (const auto& r : rows)
        out.push_back({.id = r.integer(0),
                       .team_id = r.integer(1),
                       .item_kind = r.text(2),
                       .item_key = r.text(3),
                       .item_title = r.text(4),
                       .snapshot_json = r.text(5),
                       .prototype_id = r.optional_integer(6),
                       .question = r.text(7),
                       .due_on = r.text(8),
                       .status = r.text(9),
                       .what_we_changed = r.text(10),
                       .next_version_id = r.optional_integer(11),
                       .created_by_user_id = r.optional_integer(12),
                       .created_by_name = r.text(13),
                       .created_at = r.integer(14),
                       .closed_by_name = r.text(15),
                       .closed_at = r.optional_integer(16),
                       .version = r.integer(17)});
    return out;
}

constexpr const char* kReviewerColumns =
    "SELECT r.round_id, r.user_id, u.name, u.email, u.language, r.chosen_as, r.organization_name, r.status, "
    "r.invited_at, r.answered_at FROM feedback_reviewers r JOIN users u ON u.id = r.user_id ";

std::vector<FeedbackReviewer> read_reviewers(const Rows& rows) {
    std::vector<FeedbackReviewer> out;
    for (const auto& r : rows)
        out.push_back({r.integer(0), r.integer(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6), r.text(7),
                       r.integer(8), r.optional_integer(9)});
    return out;
}

}  // namespace

std::int64_t insert_feedback_round(Connection& db, const FeedbackRound& round) {
    return db.insert_returning_id(
        "INSERT INTO feedback_rounds (team_id, item_kind, item_key, item_title, snapshot, prototype_id, question, "
        "due_on, created_by_user_id, created_by_name, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "RETURNING id",
        {round.team_id, round.item_kind, round.item_key, round.item_title, round.snapshot_json,
         param_or_null(round.prototype_id), round.question, round.due_on, param_or_null(round.created_by_user_id),
         round.created_by_name, round.created_at});
}

std::optional<FeedbackRound> find_feedback_round(Connection& db, std::int64_t id) {
    auto found = read_rounds(db.query(std::string(kRoundColumns) + "WHERE id = ?", {id}));
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::vector<FeedbackRound> team_feedback_rounds(Connection& db, std::int64_t team_id) {
    return read_rounds(db.query(std::string(kRoundColumns) + "WHERE team_id = ? ORDER BY id DESC", {team_id}));
}

bool close_feedback_round(Connection& db, const FeedbackRound& round) {
    return db.execute(
               "UPDATE feedback_rounds SET status = 'closed', what_we_changed = ?, next_version_id = ?, "
               "closed_by_name = ?, closed_at = ?, version = version + 1 WHERE id = ? AND version = ? AND "
               "status = 'open'",
               {round.what_we_changed, param_or_null(round.next_version_id), round.closed_by_name,
                param_or_null(round.closed_at), round.id, round.version}) == 1;
}

std::vector<FeedbackCandidate> feedback_candidates(Connection& db, std::int64_t team_id) {
    const auto rows = db.query(
        std::string("SELECT u.id, u.name, o.name, 'mentor_coach', 1 FROM teams t ") +
            "JOIN agreement_parties p ON p.organization_id = t.organization_id "
            "JOIN agreements a ON a.id = p.agreement_id JOIN agreement_coaches c ON c.agreement_id = a.id "
            "JOIN users u ON u.id = c.user_id JOIN organizations o ON o.id = a.mentor_organization_id WHERE t.id = ? "
            "UNION SELECT u.id, u.name, o.name, 'peer', 2 FROM teams t "
            "JOIN " +
            std::string(kActiveNetworkParticipants) +
            " mine ON mine.organization_id = t.organization_id "
            "JOIN " +
            std::string(kActiveNetworkParticipants) +
            " theirs ON theirs.network_id = mine.network_id "
            "AND theirs.organization_id <> t.organization_id "
            "JOIN teams pt ON pt.organization_id = theirs.organization_id "
            "JOIN team_members tm ON tm.team_id = pt.id AND tm.role IN ('lead', 'member') "
            "JOIN users u ON u.id = tm.user_id JOIN organizations o ON o.id = theirs.organization_id WHERE t.id = ? "
            "UNION SELECT u.id, u.name, o.name, 'member', 3 FROM teams t JOIN team_members tm ON tm.team_id = t.id "
            "JOIN users u ON u.id = tm.user_id JOIN organizations o ON o.id = t.organization_id WHERE t.id = ? "
            "ORDER BY 5, 2, 1",
        {team_id, team_id, team_id});
    std::vector<FeedbackCandidate> out;
    std::set<std::int64_t> seen;
    for (const auto& r : rows) {
        if (!seen.insert(r.integer(0)).second) continue;  // a person once, for the first reason
        out.push_back({r.integer(0), r.text(1), r.text(2), r.text(3)});
    }
    return out;
}

std::vector<FeedbackReviewer> feedback_reviewers(Connection& db, std::int64_t round_id) {
    return read_reviewers(
        db.query(std::string(kReviewerColumns) + "WHERE r.round_id = ? ORDER BY r.invited_at, u.name", {round_id}));
}

std::optional<FeedbackReviewer> find_feedback_reviewer(Connection& db, std::int64_t round_id, std::int64_t user_id) {
    auto found = read_reviewers(
        db.query(std::string(kReviewerColumns) + "WHERE r.round_id = ? AND r.user_id = ?", {round_id, user_id}));
    if (found.empty()) return std::nullopt;
    return found.front();
}

bool invite_feedback_reviewer(Connection& db, const FeedbackReviewer& reviewer) {
    if (find_feedback_reviewer(db, reviewer.round_id, reviewer.user_id)) return false;
    db.execute(
        "INSERT INTO feedback_reviewers (round_id, user_id, chosen_as, organization_name, invited_at) "
        "VALUES (?, ?, ?, ?, ?)",
        {reviewer.round_id, reviewer.user_id, reviewer.chosen_as, reviewer.organization_name, reviewer.invited_at});
    return true;
}

void answer_feedback_invitation(Connection& db, std::int64_t round_id, std::int64_t user_id, const std::string& status,
                                std::int64_t at) {
    db.execute("UPDATE feedback_reviewers SET status = ?, answered_at = ? WHERE round_id = ? AND user_id = ?",
               {status, at, round_id, user_id});
}

std::vector<FeedbackComment> feedback_comments(Connection& db, std::int64_t round_id) {
    std::vector<FeedbackComment> out;
    for (const auto& r : db.query(
             "SELECT id, round_id, parent_id, author_user_id, author_name, body, created_at FROM feedback_comments "
             "WHERE round_id = ? ORDER BY id",
             {round_id}))
        out.push_back({r.integer(0),
                       r.integer(1),
                       r.optional_integer(2),
                       r.optional_integer(3),
                       r.text(4),
                       r.text(5),
                       r.integer(6),
                       {}});
    // One query for every comment's mentions, not one per comment.
    for (const auto& r :
         db.query("SELECT m.comment_id, m.user_id, m.name FROM feedback_mentions m JOIN feedback_comments c "
                  "ON c.id = m.comment_id WHERE c.round_id = ? ORDER BY m.comment_id, m.name",
                  {round_id})) {
        for (auto& comment : out)
            if (comment.id == r.integer(0)) comment.mentions.push_back({r.integer(1), r.text(2)});
    }
    return out;
}

std::int64_t insert_feedback_comment(Connection& db, const FeedbackComment& comment) {
    const auto id = db.insert_returning_id(
        "INSERT INTO feedback_comments (round_id, parent_id, author_user_id, author_name, body, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
        {comment.round_id, param_or_null(comment.parent_id), param_or_null(comment.author_user_id), comment.author_name,
         comment.body, comment.created_at});
    for (const auto& m : comment.mentions)
        db.execute("INSERT INTO feedback_mentions (comment_id, user_id, name) VALUES (?, ?, ?)",
                   {id, m.user_id, m.name});
    return id;
}

std::int64_t count_feedback_comments(Connection& db, std::int64_t round_id) {
    return db.query_one("SELECT COUNT(*) FROM feedback_comments WHERE round_id = ?", {round_id})->integer(0);
}

std::vector<FeedbackRequest> open_feedback_requests(Connection& db, std::optional<std::int64_t> user_id) {
    // -1 matches no one: every reviewer when no person is named (the digest), else that person's.
    const std::int64_t person = user_id.value_or(-1);
    std::vector<FeedbackRequest> out;
    for (const auto& r : db.query(
             "SELECT f.id, t.name, o.name, f.item_title, f.question, f.due_on, r.status, "
             "(SELECT COUNT(*) FROM feedback_comments c WHERE c.round_id = f.id), u.email, u.name "
             "FROM feedback_reviewers r JOIN feedback_rounds f ON f.id = r.round_id JOIN teams t ON t.id = f.team_id "
             "JOIN organizations o ON o.id = t.organization_id JOIN users u ON u.id = r.user_id "
             "WHERE f.status = 'open' AND r.status <> 'declined' AND (? = -1 OR r.user_id = ?) "
             "ORDER BY f.due_on, f.id",
             {person, person}))
        out.push_back({r.integer(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5), r.text(6), r.integer(7),
                       r.text(8), r.text(9)});
    return out;
}

}  // namespace trellis::store
