#pragma once
// Data views a team attaches to a guide section (section C: "describe the students"): a pointer to one
// indicator and year of the team's district, shown with the section's answers. The counts stay where they
// are; who may see them full or suppressed is decided when the view is opened.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "trellis/store/database.hpp"

namespace trellis::store {

struct GuideDataView {
    std::int64_t id = 0;
    std::int64_t team_id = 0;
    std::string guide_id;
    std::string module_id;
    std::string section_id;
    std::int64_t organization_id = 0;
    std::string org_code;  // the district or one of its schools
    std::string indicator;
    int year = 0;
    std::string note;
    std::string attached_by_name;
    std::int64_t attached_at = 0;
};

std::vector<GuideDataView> guide_data_views(Connection& db, std::int64_t team_id, const std::string& guide_id);
// The team's view of that id, whatever guide it is attached to.
std::optional<GuideDataView> find_data_view(Connection& db, std::int64_t team_id, std::int64_t view_id);
std::int64_t attach_data_view(Connection& db, const GuideDataView& view, std::int64_t by);
bool detach_data_view(Connection& db, std::int64_t team_id, std::int64_t view_id);

}  // namespace trellis::store
