#include "trellis/domain/server_text.hpp"

#include <gtest/gtest.h>

namespace trellis::domain {
namespace {

TEST(ServerTextTest, LanguageTags) {
    EXPECT_EQ(language_from_tag("es"), Language::es);
    EXPECT_EQ(language_from_tag("es-MX"), Language::es);
    EXPECT_EQ(language_from_tag("ES"), Language::es);
    EXPECT_EQ(language_from_tag("en-US"), Language::en);
    EXPECT_EQ(language_from_tag(""), Language::en);
    EXPECT_EQ(language_from_tag("est"), Language::en);
    // A whole Accept-Language header: its first tag decides.
    EXPECT_EQ(language_from_tag("es,en;q=0.9"), Language::es);
    EXPECT_EQ(language_from_tag("en-US,es;q=0.8"), Language::en);
}

TEST(ServerTextTest, EnglishIsWhatTheServerWroteBefore) {
    EXPECT_EQ(carried_over_action_item(Language::en, "Call the PTA", "Ana", "2025-03-01"),
              "Carried over: Call the PTA (Ana, due 2025-03-01)");
    EXPECT_EQ(carried_over_action_item(Language::en, "Call the PTA", "", "2025-03-01"),
              "Carried over: Call the PTA (no owner, due 2025-03-01)");
    EXPECT_EQ(carried_over_outreach_item(Language::en, "Invite two students", "2025-03-01"),
              "Carried over: Invite two students (due 2025-03-01)");
    EXPECT_EQ(carried_over_outreach_item(Language::en, "Invite two students", std::nullopt),
              "Carried over: Invite two students");
    EXPECT_EQ(grade_span_outreach_title(Language::en, "K-5"), "Invite someone who works with K-5 grades");
    EXPECT_EQ(perspective_outreach_title(Language::en, "Students"),
              "Invite someone who brings this perspective: Students");
}

TEST(ServerTextTest, Spanish) {
    EXPECT_EQ(carried_over_action_item(Language::es, "Llamar a la PTA", "", "2025-03-01"),
              "Trasladado: Llamar a la PTA (sin responsable, vence el 2025-03-01)");
    EXPECT_EQ(carried_over_outreach_item(Language::es, "Invitar a dos estudiantes", "2025-03-01"),
              "Trasladado: Invitar a dos estudiantes (vence el 2025-03-01)");
    EXPECT_EQ(grade_span_outreach_title(Language::es, "K-5"), "Invitar a alguien que trabaje con los grados K-5");
    EXPECT_EQ(grade_span_outreach_title(Language::es, "elementary"),
              "Invitar a alguien que trabaje con los grados de primaria");
    EXPECT_EQ(grade_span_outreach_title(Language::es, "high"),
              "Invitar a alguien que trabaje con los grados de preparatoria");
    EXPECT_EQ(perspective_outreach_title(Language::es, "Estudiantes"),
              "Invitar a alguien que aporte esta perspectiva: Estudiantes");
}

}  // namespace
}  // namespace trellis::domain
