#pragma once
// Text the server writes for a network meeting (issue 11), in English or Spanish: the name of the network's
// community-of-practice team and the coaching-log notes that sum up a meeting's minutes.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "trellis/domain/server_text.hpp"

namespace trellis::domain {

// "Central Valley Network — network meetings"
std::string community_of_practice_name(Language language, std::string_view network_name);

// "Network meeting. Decisions (2): A; B. Action items: 3." The decisions are cut short past `max_chars` in all
// (the log's notes have a limit of their own), ending with "…".
std::string network_meeting_summary(Language language, const std::vector<std::string>& decisions,
                                    std::size_t action_items, std::size_t max_chars = 2000);

}  // namespace trellis::domain
