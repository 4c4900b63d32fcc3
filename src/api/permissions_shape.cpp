#include "api/permissions_shape.hpp"

#include "trellis/store/relationships.hpp"

namespace trellis::api {

namespace {

using auth::Action;
using auth::ResourceKind;

bool allowed(const auth::Principal& principal, ResourceKind kind, Action action, const auth::Relationship& r) {
    return auth::decide(principal, kind, action, r) == auth::Decision::allow;
}

}  // namespace

auth::Relationship caller_relationship(RequestContext& c, ResourceKind kind, std::int64_t id) {
    const bool reading = c.request.method == "GET" || c.request.method == "HEAD";
    // A write reads afresh each time (relationship_memo.hpp).
    if (!reading) return store::load_relationship(c.db, c.principal.user_id, kind, id);
    auto& memo = c.relationships.entries;
    for (const auto& e : memo) {
        if (e.kind == kind && e.id == id) return e.relationship;
    }
    memo.push_back({kind, id, store::load_relationship(c.db, c.principal.user_id, kind, id)});
    return memo.back().relationship;
}

boost::json::object may_json(RequestContext& c, ResourceKind kind, std::int64_t id) {
    const auto& who = c.principal;
    switch (kind) {
        case ResourceKind::meeting: {
            // take_part: the caller's own attendance and notes; update_own_items: the status of an item they own.
            const auto r = caller_relationship(c, kind, id);
            auto owner = r;
            owner.action_item_owner = true;
            return {{"take_part", allowed(who, kind, Action::take_part, r)},
                    {"contribute", allowed(who, kind, Action::contribute, r)},
                    {"manage", allowed(who, kind, Action::manage, r)},
                    {"update_own_items", allowed(who, ResourceKind::action_item, Action::take_part, owner)}};
        }
        case ResourceKind::team:
        case ResourceKind::action_item:
        case ResourceKind::measure: {
            const auto r = caller_relationship(c, kind, id);
            return {{"contribute", allowed(who, kind, Action::contribute, r)},
                    {"manage", allowed(who, kind, Action::manage, r)}};
        }
        case ResourceKind::organization:
        case ResourceKind::organization_library:
        case ResourceKind::student_data:
        case ResourceKind::shared_data: {
            // The student-data relationship is the organization's plus the caller's strongest team role in it:
            // one load answers all five questions.
            const auto r = caller_relationship(c, ResourceKind::student_data, id);
            return {{"manage", allowed(who, ResourceKind::organization, Action::manage, r)},
                    {"read_student_data", allowed(who, ResourceKind::student_data, Action::read, r)},
                    {"contribute_student_data", allowed(who, ResourceKind::student_data, Action::contribute, r)},
                    {"manage_student_data", allowed(who, ResourceKind::student_data, Action::manage, r)},
                    {"read_shared_data", allowed(who, ResourceKind::shared_data, Action::read, r)}};
        }
        case ResourceKind::network:
        case ResourceKind::network_progress: {
            const auto r = caller_relationship(c, ResourceKind::network_progress, id);
            return {{"manage", allowed(who, ResourceKind::network, Action::manage, r)},
                    {"read_progress", allowed(who, ResourceKind::network_progress, Action::read, r)}};
        }
        case ResourceKind::agreement: {
            const auto r = caller_relationship(c, kind, id);
            return {{"read", allowed(who, kind, Action::read, r)},
                    {"log", allowed(who, kind, Action::contribute, r)},
                    {"manage", allowed(who, kind, Action::manage, r)}};
        }
        case ResourceKind::library_resource: {
            const auto r = caller_relationship(c, kind, id);
            return {{"manage", allowed(who, kind, Action::manage, r)}};
        }
        case ResourceKind::feedback_round: {
            const auto r = caller_relationship(c, kind, id);
            const bool open_to_answer = r.feedback_reviewer.has_value() && *r.feedback_reviewer == "invited";
            return {{"comment", allowed(who, kind, Action::take_part, r)},
                    {"close", allowed(who, kind, Action::contribute, r)},
                    {"invite", allowed(who, kind, Action::contribute, r)},
                    {"respond", open_to_answer}};
        }
    }
    return {};
}

bool sees_contact_details(RequestContext& c, ResourceKind kind, std::int64_t id) {
    return auth::sees_contact_details(c.principal, caller_relationship(c, kind, id));
}

bool seat_takes_part(std::string_view team_role) {
    auth::Principal holder;
    holder.user_id = -1;
    auth::Relationship seat;
    seat.exists = true;
    seat.team_role = std::string(team_role);
    return allowed(holder, ResourceKind::meeting, Action::take_part, seat);
}

bool seat_contributes(std::string_view team_role) {
    auth::Principal holder;
    holder.user_id = -1;  // a signed-in person, no site administrator: the seat's role alone decides
    auth::Relationship seat;
    seat.exists = true;
    seat.team_role = std::string(team_role);
    return allowed(holder, ResourceKind::team, Action::contribute, seat);
}

}  // namespace trellis::api
