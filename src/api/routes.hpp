#pragma once
// Each resource file adds its routes; routes.cpp assembles the one table.
#include "api/route.hpp"

namespace trellis::api {

void add_session_routes(RouteTable& routes);
void add_account_routes(RouteTable& routes);  // password resets, tokens, /me
void add_sign_in_link_routes(RouteTable& routes);
void add_organization_routes(RouteTable& routes);
void add_network_routes(RouteTable& routes);
void add_team_routes(RouteTable& routes);
void add_member_routes(RouteTable& routes);
void add_invitation_routes(RouteTable& routes);
void add_meta_routes(RouteTable& routes);             // openapi, perspectives
void add_meeting_routes(RouteTable& routes);          // meetings, settings, minutes, invitations
void add_network_meeting_routes(RouteTable& routes);  // network meetings: planning, invitations, logging
void add_meeting_record_routes(RouteTable& routes);   // attendance, notes, decisions, action items
void add_follow_through_routes(RouteTable& routes);   // my work, follow-through, calendar feeds
void add_guide_routes(RouteTable& routes);            // guides, the meeting-series planner, a team's guide work
void add_data_routes(RouteTable& routes);             // student data: imports, analysis, settings, shares, mappings
void add_teacher_routes(RouteTable& routes);          // teacher profiles and capacity
void add_guide_data_view_routes(RouteTable& routes);  // data views attached to guide sections
void add_organization_records_routes(RouteTable& routes);    // audit trail, export, deleting student data
void add_assessment_routes(RouteTable& routes);              // a team's self-assessments and criteria
void add_measure_routes(RouteTable& routes);                 // a team's measures and their run charts
void add_export_routes(RouteTable& routes);                  // a team's spreadsheet export (XLSX, CSV)
void add_report_routes(RouteTable& routes);                  // reports for leadership and funders (issue 14)
void add_plan_routes(RouteTable& routes);                    // a team's plan (section E): vision, goals, objectives
void add_plan_item_routes(RouteTable& routes);               // the plan's activities, milestones and barriers
void add_plan_task_routes(RouteTable& routes);               // the plan's tasks, and promoting an action item
void add_agreement_routes(RouteTable& routes);               // a network's agreements (MOUs) and their history
void add_coaching_log_routes(RouteTable& routes);            // an agreement's coaching log
void add_team_coaching_routes(RouteTable& routes);           // the coaching a team received; its next steps
void add_network_dashboard_routes(RouteTable& routes);       // the network dashboard, a team's sharing with networks
void add_my_meetings_routes(RouteTable& routes);             // a person's next meetings and latest minutes
void add_waiting_routes(RouteTable& routes);                 // what waits on a person: sections, answers, teams
void add_coach_home_routes(RouteTable& routes);              // a mentor coach's peer teams and what changed
void add_shared_minutes_routes(RouteTable& routes);          // a team's minutes as its network sees them
void add_network_dashboard_file_routes(RouteTable& routes);  // the network dashboard as CSV and XLSX
void add_notification_settings_routes(RouteTable& routes);
void add_matching_routes(RouteTable& routes);             // peer matching: expertise, a team's need, its matches
void add_network_highlight_routes(RouteTable& routes);    // the facilitator's highlights for the network report
void add_evidence_routes(RouteTable& routes);             // a team's discovery evidence and its themes (issue 12)
void add_evidence_theme_routes(RouteTable& routes);       // the team's theme names
void add_evidence_insight_routes(RouteTable& routes);     // insights linked to the evidence behind them
void add_feedback_round_routes(RouteTable& routes);       // a team's feedback rounds (issue 12, item 4)
void add_feedback_round_page_routes(RouteTable& routes);  // one round: its page, comments, invitations, closing
void add_prototype_routes(RouteTable& routes);            // a team's prototypes and versions (issue 12, item 3)
void add_prototype_cycle_routes(RouteTable& routes);      // their PDSA cycles, and the marks on a measure's run chart
void add_driver_diagram_routes(RouteTable& routes);       // a team's problem of practice, aim and driver diagram
void add_resource_routes(RouteTable& routes);             // the resource library (issue 12): search, files, notes
void add_directory_routes(RouteTable& routes);  // the statewide directory: search, public profiles   // a person's
                                                // language and mail; unsubscribe links

const RouteTable& all_routes();

// The live channel's access declaration (live_api.cpp): it is a WebSocket, outside the route table.
const Access& live_channel_access();
inline constexpr std::string_view kLiveChannelSignature = "GET /api/v1/live?topic=meeting:{id}";

}  // namespace trellis::api
