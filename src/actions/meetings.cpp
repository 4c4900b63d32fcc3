#include "trellis/actions/meetings.hpp"

#include "trellis/domain/zoned_time.hpp"

#include <fmt/chrono.h>
#include <fmt/format.h>

#include "trellis/domain/meeting_rules.hpp"
#include "trellis/domain/problem_code.hpp"
#include "trellis/store/network_meetings.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::actions {

namespace {

constexpr int kCarriedItemMinutes = 1;  // a carried-over item is a quick status check

std::string rfc3339(std::int64_t unix_seconds) {
    return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", fmt::gmtime(static_cast<std::time_t>(unix_seconds)));
}

std::string rule_field(const std::string& rule) {
    if (rule == domain::kRuleDuration) return "duration_minutes";
    if (rule == domain::kRuleObjectives) return "objectives";
    return "agenda";
}

struct RuleCode {
    std::string field;  // empty: rule_field's
    std::string code;
    domain::ProblemParams params;
};

// The code and numbers of a broken guide rule, for a sentence in the reader's language.
// `next_item`: where to look for the next agenda item with too few minutes (one violation each, in order).
RuleCode rule_code(const std::string& rule, int duration, double share, const std::vector<domain::AgendaItem>& agenda,
                   std::size_t& next_item) {
    namespace code = domain::code;
    if (rule == domain::kRuleObjectives)
        return {{},
                code::kTooManyObjectives,
                {{"max", std::int64_t{domain::max_objectives(duration)}}, {"minutes", std::int64_t{duration}}}};
    if (rule == domain::kRuleAgendaFits) return {{}, code::kAgendaOverTime, {{"max", std::int64_t{duration}}}};
    if (rule == domain::kRuleDiscussionShare)
        return {{},
                code::kTooLittleDiscussion,
                {{"min", std::int64_t{domain::min_discussion_minutes(duration, share)}},
                 {"minutes", std::int64_t{duration}}}};
    if (rule == domain::kRuleDuration) return {{}, code::kOutOfRange, {{"min", std::int64_t{1}}}};
    if (rule == domain::kRuleAgendaMinutes) {
        for (std::size_t i = next_item; i < agenda.size(); ++i) {
            next_item = i + 1;
            if (agenda[i].minutes < 1)
                return {fmt::format("agenda[{}].minutes", i), code::kOutOfRange, {{"min", std::int64_t{1}}}};
        }
        return {{}, code::kOutOfRange, {{"min", std::int64_t{1}}}};
    }
    return {{}, code::kInvalid, {}};
}

Outcome check_complete(const store::Meeting& m) {
    Failure failure{FailureKind::validation, {}, {}, {}};
    const auto require = [&failure](bool present, std::string field, std::string message) {
        if (present) return;
        failure.detail += (failure.detail.empty() ? "" : "; ") + field + ": " + message;
        failure.errors.push_back({std::move(field), std::move(message), {}});
    };
    require(!m.goal.empty(), "goal", "is required to schedule a meeting: a clearly defined goal");
    require(m.starts_at.has_value(), "starts_at", "is required to schedule a meeting");
    require(m.duration_minutes.has_value(), "duration_minutes", "is required to schedule a meeting");
    require(m.mode.has_value(), "mode", "is required to schedule a meeting");
    require(!m.agenda.empty(), "agenda", "is required to schedule a meeting");
    if (failure.errors.empty()) return {};
    return std::unexpected(std::move(failure));
}

// The new agenda opens with the team's open action items and open outreach items.
std::vector<store::AgendaEntry> carried_over_items(const Caller& caller, std::int64_t team_id) {
    std::vector<store::AgendaEntry> out;
    for (const auto& a : store::open_team_action_items(caller.db, team_id)) {
        out.push_back({0, domain::carried_over_action_item(caller.language, a.title, a.owner_name, a.due_on),
                       kCarriedItemMinutes, "review", a.id, std::nullopt});
    }
    for (const auto& o : store::outreach_items(caller.db, team_id)) {
        if (o.status != "open") continue;
        out.push_back({0, domain::carried_over_outreach_item(caller.language, o.title, o.due_on), kCarriedItemMinutes,
                       "review", std::nullopt, o.id});
    }
    return out;
}

}  // namespace

Outcome refuse_if_frozen(const store::Meeting& m) {
    if (m.status == "closed") {
        return fail(FailureKind::meeting_closed,
                    fmt::format("meeting {} was closed at {}: its record is frozen; correct the minutes with an "
                                "amendment (POST /api/v1/meetings/{}/minutes/amendments)",
                                m.id, rfc3339(m.closed_at.value_or(0)), m.id));
    }
    if (m.status == "cancelled") {
        return fail(FailureKind::meeting_cancelled,
                    fmt::format("meeting {} was cancelled: nothing more can be recorded in it", m.id));
    }
    return {};
}

Outcome check_schedulable(const Caller& caller, const store::Meeting& m) {
    if (auto complete = check_complete(m); !complete) return complete;
    std::vector<domain::AgendaItem> agenda;
    for (const auto& item : m.agenda) agenda.push_back({item.title, item.minutes, item.kind});
    const auto share = store::discussion_share_percent(caller.db, m.team_id) / 100.0;
    const auto violations =
        domain::check_meeting(*m.duration_minutes, static_cast<int>(m.objectives.size()), agenda, share);
    if (violations.empty()) return {};
    Failure failure{FailureKind::rule_violation, {}, {}, {}};
    std::size_t next_item = 0;
    for (const auto& v : violations) {
        auto [field, code, params] = rule_code(v.rule, *m.duration_minutes, share, agenda, next_item);
        failure.errors.push_back({field.empty() ? rule_field(v.rule) : field, v.message, v.rule, code, params});
        failure.detail += (failure.detail.empty() ? "" : "; ") + fmt::format("{} (rule {})", v.message, v.rule);
    }
    return std::unexpected(std::move(failure));
}

Result<store::Meeting> create_meeting(const Caller& caller, store::Meeting plan) {
    auto carried = carried_over_items(caller, plan.team_id);
    plan.agenda.insert(plan.agenda.begin(), carried.begin(), carried.end());
    if (plan.status == "scheduled") {
        if (auto schedulable = check_schedulable(caller, plan); !schedulable)
            return std::unexpected(schedulable.error());
    }
    const auto id = store::insert_meeting(caller.db, plan, caller.principal.user_id, caller.now);
    for (const auto& item : carried) store::insert_carryover(caller.db, id, item.action_item_id, item.outreach_item_id);
    return *store::find_meeting(caller.db, id);
}

Result<store::Meeting> update_meeting(const Caller& caller, const store::Meeting& current, store::Meeting plan) {
    if (auto open = refuse_if_frozen(current); !open) return std::unexpected(open.error());
    const bool was_scheduled = current.status == "scheduled";
    if (was_scheduled && plan.status == "draft")
        return invalid("status", "a scheduled meeting cannot go back to draft; cancel it instead");
    if (plan.status == "scheduled") {
        if (auto schedulable = check_schedulable(caller, plan); !schedulable)
            return std::unexpected(schedulable.error());
    }
    if (was_scheduled) plan.sequence = current.sequence + 1;
    if (!store::update_meeting(caller.db, plan, caller.now))
        return fail(FailureKind::stale_edit, fmt::format("meeting {}", current.id));
    return *store::find_meeting(caller.db, current.id);
}

std::string meeting_date(const store::Meeting& m) {
    return m.starts_at ? domain::local_date(*m.starts_at, m.time_zone) : std::string{};
}

Outcome check_due_in_meeting(const store::Meeting& m, const std::string& due_on, const std::string& field) {
    const auto date = meeting_date(m);
    const auto problem = domain::check_due_not_before_meeting(due_on, date);
    if (!problem) return {};
    FieldProblems refusal;
    refusal.add(field, *problem, domain::code::kBeforeMeetingDate, {{"date", date}});
    return refusal.outcome();
}

domain::Minutes assemble_minutes(const Caller& caller, const store::Meeting& m) {
    domain::MinutesInput in;
    in.header.team = m.team_name;
    in.header.title = m.title;
    in.header.goal = m.goal;
    in.header.starts_at = m.starts_at;
    in.header.time_zone = m.time_zone;
    in.header.duration_minutes = m.duration_minutes;
    in.header.mode = m.mode.value_or("");
    in.header.location = m.location;
    in.header.objectives = m.objectives;
    in.header.closed_at = caller.now;
    in.header.closed_by = caller.principal.name;
    for (const auto& member : store::meeting_participants(caller.db, m.id, m.team_id))
        in.members.push_back({member.id, member.name});
    for (const auto& a : store::meeting_attendance(caller.db, m.id)) in.attendance[a.member_id] = a.status;
    for (const auto& item : m.agenda) in.agenda.push_back({item.id, item.title, item.minutes, item.kind, {}});
    for (const auto& n : store::meeting_notes(caller.db, m.id))
        in.notes.push_back({n.agenda_item_id, n.author_name, n.text});
    for (const auto& d : store::meeting_decisions(caller.db, m.id)) in.decisions.push_back(d.text);
    for (const auto& a : store::meeting_action_items(caller.db, m.id)) {
        in.action_items.push_back({a.id, a.title, a.owner_member_id, a.owner_name, a.due_on, a.status});
    }
    return domain::assemble_minutes(in);
}

Result<ClosedMeeting> close_meeting(const Caller& caller, std::int64_t meeting_id) {
    const auto current = *store::find_meeting(caller.db, meeting_id);
    if (auto open = refuse_if_frozen(current); !open) return std::unexpected(open.error());
    auto minutes = assemble_minutes(caller, current);
    if (!store::close_meeting(caller.db, current.id, store::encode_minutes(minutes), caller.principal.user_id,
                              caller.now)) {
        // Closed (or cancelled) by someone else between the read and the write: the same 409 as a second close.
        if (auto open = refuse_if_frozen(*store::find_meeting(caller.db, meeting_id)); !open)
            return std::unexpected(open.error());
        return fail(FailureKind::stale_edit, fmt::format("meeting {}", meeting_id));
    }
    return ClosedMeeting{*store::find_meeting(caller.db, meeting_id), std::move(minutes)};
}

}  // namespace trellis::actions
