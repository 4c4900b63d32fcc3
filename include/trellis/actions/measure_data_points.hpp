#pragma once
// Points taken from a team's student data view (issue 13): the view names an indicator of the team's district
// (or one of its schools); its stored years give one rate per school year for a group, which become a measure's
// points, all of them or none.
#include <cstdint>
#include <string>

#include "trellis/actions/caller.hpp"
#include "trellis/actions/failure.hpp"
#include "trellis/actions/measures.hpp"

namespace trellis::actions {

// The date a school year's point takes: August 15 of its first calendar year (2024 for 2024-25: "2024-08-15"),
// when school years in California have begun and before any first-month figure.
std::string school_year_point_date(int year);

struct DataViewPoints {
    MeasureView measure;
    std::vector<int> added_years;     // school years (their first calendar year) that became points
    std::vector<int> withheld_years;  // years whose rate the district's suppression would hide: not copied
};

// One point per stored year of the view's indicator and org code: the group's rate in percent (numerator /
// denominator × 100), dated by school_year_point_date, its note naming the view. Only rates the district's
// suppressed view shows are copied (the measure is read by the whole team, participants included, so a count of 1 to
// the district's suppress_at_most never leaves through it). Refusals: not_found (no such measure, or no such
// view of the measure's team); forbidden (the caller may not read the district's full counts); validation (no
// year with a rate that may be shown, naming the group); conflict (the measure already has points on some of
// those dates: `detail` lists them, nothing added).
Result<DataViewPoints> add_points_from_data_view(const Caller& caller, std::int64_t measure_id, std::int64_t view_id,
                                                 const std::string& group);

}  // namespace trellis::actions
