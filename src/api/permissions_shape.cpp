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

boost::json::object may_json(RequestContext& c, ResourceKind kind, std::int64_t id) {
    const auto& who = c.principal;
    switch (kind) {
        case ResourceKind::team:
        case ResourceKind::meeting:
        case ResourceKind::action_item:
        case ResourceKind::measure: {
            const auto r = store::load_relationship(c.db, who.user_id, kind, id);
            return {{"contribute", allowed(who, kind, Action::contribute, r)},
                    {"manage", allowed(who, kind, Action::manage, r)}};
        }
        case ResourceKind::organization:
        case ResourceKind::student_data:
        case ResourceKind::shared_data: {
            // The student-data relationship is the organization's plus the caller's strongest team role in it:
            // one load answers all five questions.
            const auto r = store::load_relationship(c.db, who.user_id, ResourceKind::student_data, id);
            return {{"manage", allowed(who, ResourceKind::organization, Action::manage, r)},
                    {"read_student_data", allowed(who, ResourceKind::student_data, Action::read, r)},
                    {"contribute_student_data", allowed(who, ResourceKind::student_data, Action::contribute, r)},
                    {"manage_student_data", allowed(who, ResourceKind::student_data, Action::manage, r)},
                    {"read_shared_data", allowed(who, ResourceKind::shared_data, Action::read, r)}};
        }
        case ResourceKind::network: {
            const auto r = store::load_relationship(c.db, who.user_id, kind, id);
            return {{"manage", allowed(who, kind, Action::manage, r)}};
        }
        case ResourceKind::agreement: {
            const auto r = store::load_relationship(c.db, who.user_id, kind, id);
            return {{"read", allowed(who, kind, Action::read, r)},
                    {"log", allowed(who, kind, Action::contribute, r)},
                    {"manage", allowed(who, kind, Action::manage, r)}};
        }
    }
    return {};
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
