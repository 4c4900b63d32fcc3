#include "trellis/domain/export_text.hpp"

#include <gtest/gtest.h>

using namespace trellis::domain;

TEST(ExportText, SaysSignalsInASentenceInEitherLanguage) {
    EXPECT_EQ(shift_sentence(Language::en, Movement::down, 6, "2025-09-01", "2026-02-01"),
              "6 points in a row below the median from 2025-09-01 to 2026-02-01: a shift");
    EXPECT_EQ(trend_sentence(Language::es, Movement::up, 5, "2025-09-01", "2026-01-01"),
              "5 puntos seguidos en aumento de 2025-09-01 a 2026-01-01: una tendencia");
    RunsTest runs{RunsVerdict::too_few, 2, 6, 6, RunsLimits{4, 10}};
    EXPECT_EQ(runs_sentence(Language::en, runs), "2 runs where 4 to 10 are expected: too few runs");
    runs.verdict = RunsVerdict::too_many;
    runs.observed = 11;
    EXPECT_EQ(runs_sentence(Language::es, runs), "11 corridas cuando se esperan de 4 a 10: demasiadas corridas");
    EXPECT_EQ(direction_words(Language::es, "lower_is_better"), "más bajo es mejor");
    EXPECT_EQ(measure_sheet_text(Language::es).signals_sheet, "Señales");
}

TEST(ExportText, NamesTheDataViewAPointCameFrom) {
    EXPECT_EQ(data_view_point_note(Language::en, "chronic_absence", 2024, "HOM", "27661590000000"),
              "From the data view: chronic_absence, 2024–25, group HOM, 27661590000000");
    EXPECT_EQ(data_view_point_note(Language::es, "suspension", 1999, "ALL", "1"),
              "De la vista de datos: suspension, 1999–00, grupo ALL, 1");
}
