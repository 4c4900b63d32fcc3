#include "api/routes.hpp"

#include "trellis/api/app.hpp"

namespace trellis::api {

const RouteTable& all_routes() {
    static const RouteTable table = [] {
        RouteTable routes;
        add_meta_routes(routes);
        add_session_routes(routes);
        add_account_routes(routes);
        add_organization_routes(routes);
        add_network_routes(routes);
        add_team_routes(routes);
        add_member_routes(routes);
        add_invitation_routes(routes);
        add_meeting_routes(routes);
        add_meeting_record_routes(routes);
        add_follow_through_routes(routes);
        add_guide_routes(routes);
        add_data_routes(routes);
        add_teacher_routes(routes);
        add_guide_data_view_routes(routes);
        return routes;
    }();
    return table;
}

std::vector<std::string> route_signatures() {
    std::vector<std::string> out{"GET /healthz"};
    for (const auto& route : all_routes()) out.push_back(route.method + " " + route.pattern);
    return out;
}

}  // namespace trellis::api
