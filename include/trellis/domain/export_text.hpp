#pragma once
// The words of a team's spreadsheet export (issue 13): sheet names, column headers and the run chart's signals
// in a sentence, in English and Spanish (the Spanish in the web app's words: "desplazamiento", "corridas").
#include <string>
#include <string_view>

#include "trellis/domain/run_chart.hpp"
#include "trellis/domain/server_text.hpp"

namespace trellis::domain {

struct MeasureSheetText {
    // sheet names
    std::string_view measures_sheet, points_sheet, signals_sheet;
    // headers
    std::string_view measure, unit, direction, numerator, denominator, baseline_points, point_count, median,
        latest_date, latest_value, signals, date, value, note, astronomical, rule, first_date, last_date;
    // directions and rules
    std::string_view higher_is_better, lower_is_better, shift, trend, runs, no_signals;
};

const MeasureSheetText& measure_sheet_text(Language language);

// "higher is better" for "higher_is_better"; an unknown direction is returned as stored.
std::string direction_words(Language language, std::string_view direction);

enum class Movement { up, down };  // a shift above (up) or below the median; a trend going up or down

// "6 points in a row below the median from 2025-09-01 to 2026-02-01: a shift"
std::string shift_sentence(Language language, Movement side, std::size_t points, std::string_view from,
                           std::string_view to);
// "5 points in a row going up from 2025-09-01 to 2026-01-01: a trend"
std::string trend_sentence(Language language, Movement way, std::size_t points, std::string_view from,
                           std::string_view to);
// "2 runs where 4 to 10 are expected: too few runs" (or too many).
std::string runs_sentence(Language language, const RunsTest& runs);

// The note of a measure point copied from a team's data view: "From the data view: chronic_absence, 2024–25,
// group HOM, 27661590000000".
std::string data_view_point_note(Language language, std::string_view indicator, int year, std::string_view group,
                                 std::string_view org_code);

}  // namespace trellis::domain
