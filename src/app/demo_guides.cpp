#include "app/demo_guides.hpp"

#include "trellis/store/guide_progress.hpp"

namespace trellis::app {

void add_demo_guide_progress(store::Connection& db, std::int64_t team, std::int64_t lead, std::int64_t now) {
    const std::string guide = "world-languages-module-0";
    const std::string lead_name = "Elena Martínez";
    const auto day = std::int64_t{24 * 60 * 60};
    store::adopt_guide(db, team, guide, lead, lead_name, now - 21 * day);
    store::set_guide_section_status(db, team, guide, {"module-0", "a-team", "complete", lead_name, now - 14 * day}, lead);
    store::set_guide_section_status(db, team, guide, {"module-0", "b-commonalities", "in_progress", lead_name, now - 7 * day},
                                    lead);
    store::GuideAnswer answer{0, "module-0", "a-team", "who-is-missing",
                              "Families and students are missing, and nobody teaches in the **elementary** grades.\n\n"
                              "- Ask the DELAC chair to join (Priya)\n- Invite two students from the Spanish for "
                              "Heritage Speakers class (Sofía)",
                              0, lead_name, 0};
    store::write_guide_answer(db, team, guide, answer, 0, lead, now - 14 * day);
}

}  // namespace trellis::app
