#include "api/routes.hpp"

#include "trellis/api/app.hpp"

#include <boost/json.hpp>

namespace trellis::api {

const RouteTable& all_routes() {
    static const RouteTable table = [] {
        RouteTable routes;
        add_meta_routes(routes);
        add_session_routes(routes);
        add_account_routes(routes);
        add_sign_in_link_routes(routes);
        add_organization_routes(routes);
        add_network_routes(routes);
        add_team_routes(routes);
        add_member_routes(routes);
        add_invitation_routes(routes);
        add_meeting_routes(routes);
        add_meeting_record_routes(routes);
        add_network_meeting_routes(routes);
        add_follow_through_routes(routes);
        add_guide_routes(routes);
        add_data_routes(routes);
        add_teacher_routes(routes);
        add_guide_data_view_routes(routes);
        add_organization_records_routes(routes);
        add_measure_routes(routes);
        add_export_routes(routes);
        add_report_routes(routes);
        add_plan_routes(routes);
        add_agreement_routes(routes);
        add_coaching_log_routes(routes);
        add_team_coaching_routes(routes);
        add_network_dashboard_routes(routes);
        add_coach_home_routes(routes);
        add_my_meetings_routes(routes);
        add_waiting_routes(routes);
        add_shared_minutes_routes(routes);
        add_network_dashboard_file_routes(routes);
        add_assessment_routes(routes);
        add_notification_settings_routes(routes);
        add_directory_routes(routes);
        add_matching_routes(routes);
        add_network_highlight_routes(routes);
        add_evidence_routes(routes);
        add_evidence_theme_routes(routes);
        add_evidence_insight_routes(routes);
        add_prototype_routes(routes);
        add_feedback_round_routes(routes);
        add_driver_diagram_routes(routes);
        add_resource_routes(routes);
        return routes;
    }();
    return table;
}

std::vector<std::string> route_signatures() {
    std::vector<std::string> out{"GET /healthz"};
    for (const auto& route : all_routes()) out.push_back(route.method + " " + route.pattern);
    return out;
}

std::string authorization_matrix_json() {
    namespace json = boost::json;
    const auto outcomes = [](const Access& access) {
        json::object row;
        for (std::size_t i = 0; i < kCallerCount; ++i) {
            const auto caller = static_cast<Caller>(i);
            row[caller_name(caller)] = outcome_name(access.of(caller));
        }
        return row;
    };
    json::array routes;
    for (const auto& route : all_routes()) {
        routes.push_back(json::object{{"method", route.method},
                                      {"pattern", route.pattern},
                                      {"public", route.guard.kind == Guard::Kind::public_route},
                                      {"access", outcomes(route.access)}});
    }
    const std::string_view live = kLiveChannelSignature;
    routes.push_back(json::object{{"method", "GET"},
                                  {"pattern", live.substr(4)},
                                  {"websocket", true},
                                  {"public", false},
                                  {"access", outcomes(live_channel_access())}});
    return json::serialize(json::object{{"routes", std::move(routes)}});
}

}  // namespace trellis::api
