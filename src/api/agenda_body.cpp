#include "api/agenda_body.hpp"

#include <fmt/format.h>

namespace {
constexpr std::size_t kMaxAgendaTitle = 300;  // web/src/limits.ts mirrors these
constexpr int kMaxAgendaMinutes = 1440;
}  // namespace

namespace trellis::api {

void read_agenda_title_and_minutes(JsonBody& body, const boost::json::object& item, const std::string& where,
                                   store::AgendaEntry& entry) {
    namespace code = domain::code;
    const auto* title = item.if_contains("title");
    if (!title || !title->is_string() || title->as_string().empty()) {
        body.add_error(where + ".title", "is required: 1 to 300 characters", code::kRequired);
    } else if (title->as_string().size() > kMaxAgendaTitle) {
        body.add_error(where + ".title",
                       fmt::format("must be at most {} characters, got {}", kMaxAgendaTitle, title->as_string().size()),
                       code::kTooLong, {{"max", std::int64_t{kMaxAgendaTitle}}});
    } else {
        entry.title = std::string(title->as_string());
    }
    const auto* minutes = item.if_contains("minutes");
    if (!minutes || minutes->is_null()) {
        body.add_error(where + ".minutes", "is required: a whole number of minutes, 0 to 1440", code::kRequired);
    } else if (!minutes->is_int64()) {
        body.add_error(where + ".minutes", "must be a whole number of minutes, 0 to 1440", code::kNotANumber);
    } else if (minutes->as_int64() < 0 || minutes->as_int64() > kMaxAgendaMinutes) {
        body.add_error(where + ".minutes", "must be a whole number of minutes from 0 to 1440", code::kOutOfRange,
                       {{"min", std::int64_t{0}}, {"max", std::int64_t{kMaxAgendaMinutes}}});
    } else {
        entry.minutes = static_cast<int>(minutes->as_int64());
    }
}

}  // namespace trellis::api
