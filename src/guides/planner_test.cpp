#include "trellis/guides/planner.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

using namespace trellis::guides;
using trellis::domain::check_meeting;
using trellis::domain::max_objectives;

namespace {

using Strings = std::vector<std::string>;

const Guide& module0() {
    static const Guide guide = [] {
        const auto path = std::filesystem::path(TRELLIS_SOURCE_DIR) / "guides" / "world-languages-module-0.yaml";
        auto load = load_guide_file(path);
        if (!load.guide) throw std::runtime_error("cannot load " + path.string());
        return *load.guide;
    }();
    return guide;
}

const Strings kAllOfModule0 = {"a-team", "b-commonalities", "c-students", "d-teachers", "e-implementation"};

std::vector<Strings> groups_of(const std::vector<PlannedMeeting>& plan) {
    std::vector<Strings> out;
    for (const auto& m : plan) out.push_back(m.section_ids);
    return out;
}

std::vector<PlannedMeeting> plan_ok(const Guide& guide, const PlanRequest& request) {
    auto plan = plan_meetings(guide, request);
    if (!plan) {
        ADD_FAILURE() << plan.error().front().message;
        return {};
    }
    return *plan;
}

void expect_rules_kept(const std::vector<PlannedMeeting>& plan, double share, int most_minutes) {
    for (const auto& m : plan) {
        const auto violations =
            check_meeting(m.duration_minutes, static_cast<int>(m.objectives.size()), to_rules_agenda(m), share);
        EXPECT_TRUE(violations.empty()) << violations.front().message;
        int total = 0;
        for (const auto& item : m.agenda) {
            EXPECT_GT(item.minutes, 0);
            EXPECT_FALSE(item.title.en.empty());
            EXPECT_FALSE(item.title.es.empty());
            total += item.minutes;
        }
        EXPECT_EQ(total, m.duration_minutes);
        EXPECT_LE(m.duration_minutes, most_minutes);
        EXPECT_EQ(m.objectives.size(), m.section_ids.size());
        EXPECT_LE(static_cast<int>(m.objectives.size()), max_objectives(m.duration_minutes));
        EXPECT_FALSE(m.why.en.empty());
        EXPECT_FALSE(m.why.es.empty());
    }
}

}  // namespace

TEST(Planner, NewTeamInPersonHourGivesEachModule0SectionItsOwnMeeting) {
    const auto plan = plan_ok(module0(), {"module-0", kAllOfModule0, true, MeetingMode::in_person, 60});
    EXPECT_EQ(
        groups_of(plan),
        (std::vector<Strings>{{"a-team"}, {"b-commonalities"}, {"c-students"}, {"d-teachers"}, {"e-implementation"}}));
    expect_rules_kept(plan, 0.2, 60);
    // The first meeting forms the team: introductions, no review of action items yet.
    const auto& first = plan[0];
    EXPECT_EQ(first.agenda.front().title.en, "Welcome and introductions");
    EXPECT_EQ(first.agenda.front().minutes, 10);
    EXPECT_TRUE(std::none_of(first.agenda.begin(), first.agenda.end(),
                             [](const PlannedAgendaItem& i) { return i.kind == AgendaKind::review; }));
    EXPECT_TRUE(first.why.en.starts_with("A new team spends its first meeting on forming the team alone"));
    EXPECT_EQ(first.objectives[0].en, module0().modules[0].sections[0].objective.en);
    // Later meetings review open action items.
    EXPECT_EQ(plan[1].agenda[1].kind, AgendaKind::review);
    EXPECT_TRUE(plan[1].why.en.find("needs a full meeting") != std::string::npos);
    // C and D are related but do not fit one hour together.
    EXPECT_EQ(plan[2].why.en,
              "\u201cC. Describe the students and review the data\u201d is planned on its own: with \u201cD. Describe "
              "the World Languages teachers' experience and capacity\u201d the section work would take 50 minutes, "
              "more than the 33 a 60-minute meeting leaves for it.");
}

TEST(Planner, AgendaOfAnHourMeeting) {
    const auto plan = plan_ok(module0(), {"module-0", {"c-students"}, false, MeetingMode::in_person, 60});
    ASSERT_EQ(plan.size(), 1u);
    const auto& agenda = plan[0].agenda;
    ASSERT_EQ(agenda.size(), 5u);
    EXPECT_EQ(agenda[0].kind, AgendaKind::welcome);
    EXPECT_EQ(agenda[0].minutes, 5);
    EXPECT_EQ(agenda[1].kind, AgendaKind::review);
    EXPECT_EQ(agenda[1].minutes, 5);
    EXPECT_EQ(agenda[2].kind, AgendaKind::section_work);
    EXPECT_EQ(agenda[2].minutes, 30);
    EXPECT_EQ(agenda[2].section_id, "c-students");
    EXPECT_EQ(agenda[3].kind, AgendaKind::discussion);
    EXPECT_EQ(agenda[3].minutes, 15);
    EXPECT_EQ(agenda[3].title.es, "Diálogo y preguntas: C. Describir a los estudiantes y revisar los datos");
    EXPECT_EQ(agenda[4].kind, AgendaKind::action_items);
    EXPECT_EQ(agenda[4].minutes, 5);
    EXPECT_EQ(plan[0].why.es,
              "\u00abC. Describir a los estudiantes y revisar los datos\u00bb se planifica sola: no le "
              "sigue ninguna otra sección solicitada.");
}

TEST(Planner, RelatedShortSectionsShareALongerMeeting) {
    const auto plan = plan_ok(module0(), {"module-0", kAllOfModule0, false, MeetingMode::in_person, 90});
    EXPECT_EQ(
        groups_of(plan),
        (std::vector<Strings>{{"a-team"}, {"b-commonalities"}, {"c-students", "d-teachers"}, {"e-implementation"}}));
    expect_rules_kept(plan, 0.2, 90);
    EXPECT_TRUE(plan[2].why.en.find("are related and together fit") != std::string::npos) << plan[2].why.en;
    EXPECT_EQ(plan[2].objectives.size(), 2u);
    // An established team's section A may share... but B needs a full meeting, so A stays alone.
    EXPECT_TRUE(plan[0].why.en.find("needs a meeting of its own") != std::string::npos) << plan[0].why.en;
}

TEST(Planner, VirtualTeamsGetMoreShorterMeetings) {
    const PlanRequest in_person{"module-0", kAllOfModule0, false, MeetingMode::in_person, 120};
    PlanRequest virtual_team = in_person;
    virtual_team.mode = MeetingMode::virtual_meeting;
    const auto a = plan_ok(module0(), in_person);
    const auto b = plan_ok(module0(), virtual_team);
    EXPECT_EQ(a.size(), 4u);
    EXPECT_EQ(b.size(), 5u);
    for (const auto& m : a) EXPECT_EQ(m.duration_minutes, 120);
    for (const auto& m : b) EXPECT_EQ(m.duration_minutes, 60);
    EXPECT_TRUE(
        b[0].why.en.ends_with("Virtual meetings are kept to 60 minutes (the usual length is 120), so a virtual "
                              "team meets more often, for shorter sessions."));
    // A virtual team that already meets for 45 minutes keeps its length.
    virtual_team.meeting_minutes = 45;
    for (const auto& m : plan_ok(module0(), virtual_team)) EXPECT_EQ(m.duration_minutes, 45);
}

TEST(Planner, LongSectionIsTimeBoxedAndSaysSo) {
    const auto plan = plan_ok(module0(), {"module-0", {"e-implementation"}, false, MeetingMode::in_person, 30});
    ASSERT_EQ(plan.size(), 1u);
    expect_rules_kept(plan, 0.2, 30);
    EXPECT_TRUE(plan[0].why.en.find("Its estimate (60 minutes) is more than the") != std::string::npos);
}

TEST(Planner, SectionsFollowGuideOrderWhateverTheRequestOrder) {
    const auto plan = plan_ok(
        module0(), {"module-0", {"e-implementation", "a-team", "c-students"}, false, MeetingMode::in_person, 60});
    EXPECT_EQ(groups_of(plan), (std::vector<Strings>{{"a-team"}, {"c-students"}, {"e-implementation"}}));
}

TEST(Planner, EstablishedTeamDoesNotGetAFormingMeeting) {
    const auto plan = plan_ok(module0(), {"module-0", {"a-team"}, false, MeetingMode::in_person, 60});
    ASSERT_EQ(plan.size(), 1u);
    EXPECT_EQ(plan[0].agenda.front().title.en, "Welcome");
    EXPECT_EQ(plan[0].agenda[1].kind, AgendaKind::review);
}

TEST(Planner, InvalidRequestsAreErrorValues) {
    const auto errors = [](const PlanRequest& r) {
        auto plan = plan_meetings(module0(), r);
        EXPECT_FALSE(plan.has_value());
        return plan ? std::vector<PlanError>{} : plan.error();
    };
    EXPECT_EQ(errors({"module-9", {"a-team"}, false, MeetingMode::in_person, 60}),
              (std::vector<PlanError>{{"module", "guide \"world-languages-module-0\" has no module \"module-9\""}}));
    EXPECT_EQ(errors({"module-0", {"a-team", "z"}, false, MeetingMode::in_person, 60}),
              (std::vector<PlanError>{{"sections", "module \"module-0\" has no section \"z\""}}));
    EXPECT_EQ(errors({"module-0", {"a-team", "a-team"}, false, MeetingMode::in_person, 60}),
              (std::vector<PlanError>{{"sections", "section \"a-team\" is requested more than once"}}));
    EXPECT_EQ(errors({"module-0", {}, false, MeetingMode::in_person, 60}),
              (std::vector<PlanError>{{"sections", "choose at least one section to cover"}}));
    EXPECT_EQ(errors({"module-0", {"a-team"}, false, MeetingMode::in_person, 14}),
              (std::vector<PlanError>{{"meeting_minutes", "meeting_minutes is 14; it must be between 15 and 480"}}));
    EXPECT_EQ(errors({"module-0", {"a-team"}, false, MeetingMode::in_person, 481}).size(), 1u);
    EXPECT_EQ(errors({"module-0", {"a-team"}, false, MeetingMode::in_person, 60, 0.6}).front().field,
              "discussion_share");
    EXPECT_EQ(errors({"nope", {}, false, MeetingMode::in_person, 5}).size(), 3u);
}

TEST(Planner, ModeKeys) {
    EXPECT_EQ(parse_meeting_mode("virtual"), MeetingMode::virtual_meeting);
    EXPECT_EQ(parse_meeting_mode("in_person"), MeetingMode::in_person);
    EXPECT_FALSE(parse_meeting_mode("hybrid").has_value());
    EXPECT_EQ(meeting_mode_key(MeetingMode::virtual_meeting), "virtual");
    EXPECT_EQ(agenda_kind_key(AgendaKind::discussion), "discussion");
    EXPECT_EQ(planned_meeting_minutes(MeetingMode::virtual_meeting, 90), 60);
    EXPECT_EQ(planned_meeting_minutes(MeetingMode::virtual_meeting, 40), 40);
    EXPECT_EQ(planned_meeting_minutes(MeetingMode::in_person, 90), 90);
}

// ---- Property tests: random guides and requests, fixed seeds. ----

namespace {

Guide random_guide(std::mt19937& rng) {
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    Guide g;
    g.id = "random";
    g.version = 1;
    g.title = {"Random", "Aleatoria"};
    const int modules = pick(1, 2);
    for (int mi = 0; mi < modules; ++mi) {
        Module m;
        m.id = "m" + std::to_string(mi);
        m.title = {"Module", "Módulo"};
        const int sections = pick(1, 9);
        for (int si = 0; si < sections; ++si) {
            Section s;
            s.id = "s" + std::to_string(si);
            s.title = {"Section " + s.id, "Sección " + s.id};
            s.objective = {"Objective " + s.id, "Objetivo " + s.id};
            // Mostly short sections, sometimes very long ones.
            s.estimated_minutes = pick(0, 4) == 0 ? pick(5, 480) : pick(5, 60);
            s.needs_full_meeting = pick(0, 4) == 0;
            s.forms_team = si == 0 && pick(0, 2) == 0;
            const int group = pick(0, 3);
            s.group = group == 0 ? "" : "g" + std::to_string(group % 2);
            m.sections.push_back(std::move(s));
        }
        g.modules.push_back(std::move(m));
    }
    return g;
}

PlanRequest random_request(std::mt19937& rng, const Guide& g) {
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    const auto& m = g.modules[static_cast<std::size_t>(pick(0, static_cast<int>(g.modules.size()) - 1))];
    PlanRequest r;
    r.module_id = m.id;
    for (const auto& s : m.sections)
        if (pick(0, 3) != 0) r.section_ids.push_back(s.id);
    if (r.section_ids.empty()) r.section_ids.push_back(m.sections.back().id);
    std::shuffle(r.section_ids.begin(), r.section_ids.end(), rng);
    r.new_team = pick(0, 1) == 1;
    r.mode = pick(0, 1) ? MeetingMode::virtual_meeting : MeetingMode::in_person;
    static const int lengths[] = {15, 20, 30, 45, 50, 60, 75, 90, 120, 180, 240, 480};
    r.meeting_minutes = pick(0, 2) == 0 ? pick(kMinMeetingMinutes, kMaxMeetingMinutes)
                                        : lengths[pick(0, static_cast<int>(std::size(lengths)) - 1)];
    static const double shares[] = {0.0, 0.1, 0.2, 0.2, 0.25, 1.0 / 3.0, 0.5};
    r.discussion_share = shares[pick(0, static_cast<int>(std::size(shares)) - 1)];
    return r;
}

Strings in_guide_order(const Module& m, const Strings& ids) {
    Strings out;
    for (const auto& s : m.sections)
        if (std::find(ids.begin(), ids.end(), s.id) != ids.end()) out.push_back(s.id);
    return out;
}

}  // namespace

TEST(PlannerProperties, EveryPlanKeepsEveryRuleAndCoversEachSectionOnceInGuideOrder) {
    for (unsigned seed = 1; seed <= 3000; ++seed) {
        std::mt19937 rng(seed);
        const auto guide = random_guide(rng);
        const auto request = random_request(rng, guide);
        SCOPED_TRACE("seed " + std::to_string(seed));
        const auto plan = plan_meetings(guide, request);
        ASSERT_TRUE(plan.has_value()) << plan.error().front().message;
        expect_rules_kept(*plan, request.discussion_share,
                          planned_meeting_minutes(request.mode, request.meeting_minutes));
        Strings covered;
        for (const auto& m : *plan) covered.insert(covered.end(), m.section_ids.begin(), m.section_ids.end());
        const auto& module = *guide.find_module(request.module_id);
        EXPECT_EQ(covered, in_guide_order(module, request.section_ids));
        for (const auto& m : *plan) {
            for (const auto& id : m.section_ids) {
                const auto* s = module.find_section(id);
                if (s->needs_full_meeting || (request.new_team && s->forms_team)) {
                    EXPECT_EQ(m.section_ids.size(), 1u);
                }
            }
        }
        const auto* first = module.find_section(covered.front());
        if (request.new_team && first->forms_team) {
            EXPECT_EQ((*plan)[0].section_ids, Strings{first->id});
        }
        // Pure: the same request gives the same plan.
        const auto again = plan_meetings(guide, request);
        ASSERT_TRUE(again.has_value());
        ASSERT_EQ(again->size(), plan->size());
        for (std::size_t i = 0; i < plan->size(); ++i) EXPECT_EQ((*again)[i].why, (*plan)[i].why);
    }
}

TEST(PlannerProperties, VirtualPlansHaveAtLeastAsManyMeetingsEachNoLonger) {
    for (unsigned seed = 1; seed <= 3000; ++seed) {
        std::mt19937 rng(seed);
        const auto guide = random_guide(rng);
        auto request = random_request(rng, guide);
        SCOPED_TRACE("seed " + std::to_string(seed));
        request.mode = MeetingMode::in_person;
        const auto in_person = plan_meetings(guide, request);
        request.mode = MeetingMode::virtual_meeting;
        const auto online = plan_meetings(guide, request);
        ASSERT_TRUE(in_person.has_value());
        ASSERT_TRUE(online.has_value());
        EXPECT_GE(online->size(), in_person->size());
        int shortest_in_person = kMaxMeetingMinutes;
        for (const auto& m : *in_person) shortest_in_person = std::min(shortest_in_person, m.duration_minutes);
        for (const auto& m : *online) {
            EXPECT_LE(m.duration_minutes, shortest_in_person);
            EXPECT_LE(m.duration_minutes, kVirtualMeetingMinutes);
        }
    }
}
