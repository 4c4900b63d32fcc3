#pragma once
// The meeting-series planner: which meetings cover the chosen sections of a guide module, each with its
// objectives, a time-boxed agenda and the reason for its grouping. Pure: same input, same plan. The rules it
// follows are described in docs/guides.md ("How the planner groups sections").
#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "trellis/domain/meeting_rules.hpp"
#include "trellis/guides/guide.hpp"

namespace trellis::guides {

inline constexpr int kMinMeetingMinutes = 15;
inline constexpr int kMaxMeetingMinutes = 480;
inline constexpr int kVirtualMeetingMinutes = 60;  // virtual meetings are at most this long
inline constexpr double kMaxPlannerDiscussionShare = 0.5;

enum class MeetingMode { in_person, virtual_meeting };
std::optional<MeetingMode> parse_meeting_mode(std::string_view key);  // "in_person" | "virtual"
std::string_view meeting_mode_key(MeetingMode mode);

enum class AgendaKind { welcome, review, section_work, discussion, action_items };
// "welcome", "review", "section_work", "discussion", "action_items"; "discussion" is the kind the meeting
// rules count toward the discussion share.
std::string_view agenda_kind_key(AgendaKind kind);

struct PlannedAgendaItem {
    Text title;
    int minutes = 0;
    AgendaKind kind = AgendaKind::section_work;
    std::string section_id;  // for section work and its discussion; empty otherwise
};

struct PlannedMeeting {
    std::vector<std::string> section_ids;  // guide order
    std::vector<Text> objectives;          // one per section: the section's objective
    int duration_minutes = 0;
    std::vector<PlannedAgendaItem> agenda;  // minutes add up to duration_minutes exactly
    Text why;                               // why these sections were grouped (or not)
};

struct PlanRequest {
    std::string module_id;
    std::vector<std::string> section_ids;  // any order; the plan follows guide order
    bool new_team = false;
    MeetingMode mode = MeetingMode::in_person;
    int meeting_minutes = 60;                                   // the team's usual meeting length, 15..480
    double discussion_share = domain::kDefaultDiscussionShare;  // 0..0.5
};

struct PlanError {
    std::string field;  // "module", "sections", "meeting_minutes", "discussion_share"
    std::string message;
    bool operator==(const PlanError&) const = default;
};

// The length every meeting of the plan gets: the usual length in person; for virtual teams at most
// kVirtualMeetingMinutes (or the usual length when that is shorter).
int planned_meeting_minutes(MeetingMode mode, int usual_minutes);

// Proposes the meetings, or says what is wrong with the request. Every proposed meeting keeps the meeting
// rules (domain/meeting_rules.hpp) with the request's discussion share.
std::expected<std::vector<PlannedMeeting>, std::vector<PlanError>> plan_meetings(const Guide& guide,
                                                                                 const PlanRequest& request);

// The agenda in the meeting rules' terms (English titles, kind keys), for domain::check_meeting.
std::vector<domain::AgendaItem> to_rules_agenda(const PlannedMeeting& meeting);

}  // namespace trellis::guides
