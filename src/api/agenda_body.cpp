#include "api/agenda_body.hpp"

namespace trellis::api {

void read_agenda_title_and_minutes(JsonBody& body, const boost::json::object& item, const std::string& where,
                                   store::AgendaEntry& entry) {
    const auto* title = item.if_contains("title");
    if (!title || !title->is_string() || title->as_string().empty() || title->as_string().size() > 300) {
        body.add_error(where + ".title", "is required: 1 to 300 characters");
    } else {
        entry.title = std::string(title->as_string());
    }
    const auto* minutes = item.if_contains("minutes");
    if (!minutes || !minutes->is_int64() || minutes->as_int64() < 0 || minutes->as_int64() > 1440) {
        body.add_error(where + ".minutes", "is required: a whole number of minutes, 0 to 1440");
    } else {
        entry.minutes = static_cast<int>(minutes->as_int64());
    }
}

}  // namespace trellis::api
