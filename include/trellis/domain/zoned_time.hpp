#pragma once
// A meeting's time written on its own wall clock (issue 17): an instant (Unix seconds, UTC) read in an IANA time
// zone, with the zone's short name, for the reader's language. The time zone rules come from the system's tz
// database (/usr/share/zoneinfo, Debian's tzdata) through the date library's tz.h; a zone it does not know reads
// as UTC, and says so.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "trellis/domain/server_text.hpp"

namespace trellis::domain {

// Whether `name` is a time zone of the system's database ("UTC" included).
bool known_time_zone(std::string_view name);

// "Thursday, December 3, 2026, 8:00 AM PST" / "jueves, 3 de diciembre de 2026, 8:00 a. m. PST".
// An unknown zone reads as UTC: "Thursday, December 3, 2026, 4:00 PM UTC".
std::string format_in_zone(Language language, std::int64_t unix_seconds, std::string_view zone);

// The time zone a team starts with, from its organization's identifiers: a California CDS code means
// America/Los_Angeles; an NCES id names its state (first two digits, the FIPS code), whose main zone it takes;
// otherwise UTC.
std::string organization_time_zone(const std::optional<std::string>& cds_code,
                                   const std::optional<std::string>& nces_id);

// The date on the zone's wall clock, YYYY-MM-DD (the coaching log's date of a meeting is its local date).
std::string local_date(std::int64_t unix_seconds, std::string_view zone);

}  // namespace trellis::domain
