#pragma once
// Validation of public identifiers and of the small closed vocabularies of the foundation.
// Each validator returns an error message for the user ("must be 14 digits, got \"1234\""), or nullopt.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace trellis::domain {

inline constexpr std::string_view kOrganizationKinds[] = {"district", "school", "county_office", "intermediary",
                                                          "partner"};
inline constexpr std::string_view kOrganizationRoles[] = {"admin", "data_lead", "member", "viewer"};
inline constexpr std::string_view kTeamRoles[] = {"lead", "member", "participant", "viewer"};
inline constexpr std::string_view kNetworkRoles[] = {"mentor", "peer"};

// California County-District-School code: 14 digits; county 01-58, district 5 digits, school 7 digits
// (0000000 for a district office).
std::optional<std::string> check_cds_code(std::string_view code);
// NCES LEA id (7 digits) or school id (12 digits).
std::optional<std::string> check_nces_id(std::string_view id);
std::optional<std::string> check_email(std::string_view email);
// At least 10 characters, at most 200 (Argon2 input stays bounded).
std::optional<std::string> check_password(std::string_view password);
// YYYY-MM-DD and a real calendar date.
std::optional<std::string> check_date(std::string_view date);
// One of `allowed`, with the list in the message.
std::optional<std::string> check_one_of(std::string_view value, std::span<const std::string_view> allowed);

std::string lowercase_ascii(std::string_view text);

}  // namespace trellis::domain
