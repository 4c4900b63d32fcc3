#pragma once
// The words of an agreement's coaching-log export (issue 11): the sheet's name, its headers and the coaching kinds
// and next-step statuses, in English and Spanish.
#include <string>
#include <string_view>

#include "trellis/domain/server_text.hpp"

namespace trellis::domain {

struct CoachingSheetText {
    std::string_view sheet;
    std::string_view date, kind, hours, over, coaches, teams, focus, guide_section, notes, next_steps, follow_up_on;
};

const CoachingSheetText& coaching_sheet_text(Language language);
// "Site visit" for "site_visit"; an unknown key as stored.
std::string coaching_kind_words(Language language, std::string_view kind);
// "accepted" in the reader's words; an unknown key as stored.
std::string next_step_status_words(Language language, std::string_view status);

}  // namespace trellis::domain
