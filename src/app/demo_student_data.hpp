#pragma once
#include <cstdint>

#include "trellis/store/database.hpp"

namespace trellis::app {

struct DemoDataPeople {
    std::int64_t monterey = 0;  // organization ids
    std::int64_t lancaster = 0;
    std::int64_t world_languages_team = 0;
    std::int64_t data_lead_user = 0;
    std::int64_t lancaster_lead_user = 0;
};

// Section C and D of the guide at work in Monterey Peninsula Unified, through the product's own import paths:
// a synthetic student-level export (no real students; the program mix is made up to show the analysis),
// suspension and chronic absence counts over three years, staff profiles, language offers, two views shared
// with the network (suppressed), and a data view attached to the World Languages team's section C.
// Lancaster shares its chronic absence figures for homeless students.
void add_demo_student_data(store::Connection& db, const DemoDataPeople& people, std::int64_t now);

}  // namespace trellis::app
