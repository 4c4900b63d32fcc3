#include "app/demo_guides.hpp"

#include "trellis/guides/ranking.hpp"
#include "trellis/store/guide_data_views.hpp"
#include "trellis/store/guide_progress.hpp"

namespace trellis::app {

void add_demo_guide_progress(store::Connection& db, std::int64_t team, std::int64_t lead, std::int64_t now) {
    const std::string guide = "world-languages-module-0";
    const std::string lead_name = "Elena Martínez";
    const auto day = std::int64_t{24 * 60 * 60};
    store::adopt_guide(db, team, guide, lead, lead_name, now - 21 * day);
    store::set_guide_section_status(db, team, guide, {"module-0", "a-team", "complete", lead_name, now - 14 * day},
                                    lead);
    store::set_guide_section_status(db, team, guide,
                                    {"module-0", "b-commonalities", "in_progress", lead_name, now - 7 * day}, lead);
    store::GuideAnswer answer{0,
                              "module-0",
                              "a-team",
                              "who-is-missing",
                              "Families and students are missing, and nobody teaches in the **elementary** grades.\n\n"
                              "- Ask the DELAC chair to join (Priya)\n- Invite two students from the Spanish for "
                              "Heritage Speakers class (Sofía)",
                              0,
                              lead_name,
                              0};
    store::write_guide_answer(db, team, guide, answer, 0, lead, now - 14 * day);

    // Section D: the learning needs the teachers named first, in the order the team agreed (a ranked item).
    store::GuideAnswer needs{0,
                             "module-0",
                             "d-teachers",
                             "learning-needs",
                             guides::encode_ranking({"methods", "assessment", "family-engagement", "lcap"}),
                             0,
                             lead_name,
                             0};
    store::write_guide_answer(db, team, guide, needs, 0, lead, now - 6 * day);
    // Section E: the vision's first draft, which the team writes together and revisits as it monitors progress.
    store::GuideAnswer vision{
        0,
        "module-0",
        "e-implementation",
        "vision",
        "Every student who starts a language in kindergarten can keep it through grade 12 and earn the State Seal "
        "of Biliteracy. Classes spend most of their time in the language, on real tasks, and families hear about "
        "progress in the language they use at home.",
        0,
        lead_name,
        0};
    store::write_guide_answer(db, team, guide, vision, 0, lead, now - 5 * day);
}

void add_demo_discovery_progress(store::Connection& db, const DiscoveryTeam& team, std::int64_t now) {
    const std::string guide = "discovery-to-scale";
    const std::string module = "improvement-cycle";
    const std::string lead_name = "Elena Martínez";
    const auto day = std::int64_t{24 * 60 * 60};
    const auto status = [&](const char* section, const char* value, std::int64_t days_ago) {
        store::set_guide_section_status(db, team.team, guide, {module, section, value, lead_name, now - days_ago * day},
                                        team.lead);
    };
    const auto answer = [&](const char* section, const char* item, const char* text, std::int64_t days_ago) {
        store::write_guide_answer(db, team.team, guide, {0, module, section, item, text, 0, lead_name, 0}, 0, team.lead,
                                  now - days_ago * day);
    };
    const auto entry = [&](const char* section, const char* item, const char* id, const char* note,
                           std::int64_t days_ago) {
        store::set_guide_entry_state(
            db, team.team, guide, {module, section, item, id, true, note, lead_name, now - days_ago * day}, team.lead);
    };
    store::adopt_guide(db, team.team, guide, team.lead, lead_name, now - 35 * day);

    // 1. How today's system treats the students it fails.
    answer("current-system", "focus-students",
           "Students in foster care and students experiencing homelessness. Marcus counts about 90 of them at the high "
           "school this year; most changed schools at least once since August.",
           30);
    answer("current-system", "where-it-breaks",
           "- **Enrollment:** records arrive weeks late, so schedules and supports start late.\n"
           "- **Attendance:** absences are flagged only after the tenth day, when the student is already behind.\n"
           "- Nobody owns the hand-off between the liaison and the school site.",
           28);
    status("current-system", "complete", 27);

    // 2. What the data shows, with the district's chronic absence view attached.
    entry("review-data", "indicators", "enrollment", "Mobility from the SIS export: school changes since August.", 21);
    entry("review-data", "indicators", "attendance",
          "Chronic absence 2025: homeless youth 40% against 17% for everyone else.", 21);
    entry("review-data", "indicators", "discipline", "Suspensions 2023-2025 from the state file.", 20);
    answer(
        "review-data", "what-data-shows",
        "Homeless youth are chronically absent at more than twice the rate of everyone else (rate ratio 2.4). Foster "
        "youth are too few to judge by the numbers alone, so we will listen to them instead.",
        19);
    status("review-data", "complete", 18);
    store::GuideDataView view;
    view.team_id = team.team;
    view.guide_id = guide;
    view.module_id = module;
    view.section_id = "review-data";
    view.organization_id = team.organization;
    view.org_code = team.org_code;
    view.indicator = "chronic_absence";
    view.year = 2025;
    view.note = "Who misses the most school? Homeless youth, by far.";
    view.attached_by_name = lead_name;
    view.attached_at = now - 19 * day;
    store::attach_data_view(db, view, team.lead);

    // 3. Empathy interviews under way: who the team will hear, and the plan the next meeting reviews.
    entry("empathy-interviews", "voices", "students", "Six students, chosen with the liaison; no names in our notes.",
          10);
    entry("empathy-interviews", "voices", "families", "Ana reaches families through the shelter's family night.", 10);
    answer("empathy-interviews", "interview-plan",
           "Marcus and Ana hold the student and family conversations before December 11, in Spanish or English as each "
           "family prefers. Open questions: *What happened the last time you changed schools? Who helped?*",
           9);
    status("empathy-interviews", "in_progress", 9);
}

}  // namespace trellis::app
