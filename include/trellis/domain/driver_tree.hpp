#pragma once
// The rules of a driver diagram (issue 12, item 1): under a team's aim sit primary drivers; a secondary driver
// sits under a primary; a change idea under a secondary or directly under a primary. The tree is at most three
// deep and a node's kind never changes, so a move within these rules cannot make a cycle.
#include <optional>
#include <string>
#include <string_view>

namespace trellis::domain {

inline constexpr std::string_view kPrimaryDriver = "primary";
inline constexpr std::string_view kSecondaryDriver = "secondary";
inline constexpr std::string_view kChangeIdea = "change_idea";

[[nodiscard]] bool is_driver_kind(std::string_view kind);

// Why a node of `kind` cannot sit under a parent of `parent_kind` (nullopt: under the aim), or nullopt when it can.
[[nodiscard]] std::optional<std::string> check_driver_parent(std::string_view kind,
                                                             const std::optional<std::string>& parent_kind);

}  // namespace trellis::domain
