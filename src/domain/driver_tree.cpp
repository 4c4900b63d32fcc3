#include "trellis/domain/driver_tree.hpp"

namespace trellis::domain {

bool is_driver_kind(std::string_view kind) {
    return kind == kPrimaryDriver || kind == kSecondaryDriver || kind == kChangeIdea;
}

std::optional<std::string> check_driver_parent(std::string_view kind, const std::optional<std::string>& parent_kind) {
    if (kind == kPrimaryDriver) {
        if (parent_kind) return "a primary driver sits directly under the aim";
        return std::nullopt;
    }
    if (kind == kSecondaryDriver) {
        if (parent_kind != kPrimaryDriver) return "a secondary driver sits under a primary driver";
        return std::nullopt;
    }
    if (kind == kChangeIdea) {
        if (parent_kind != kPrimaryDriver && parent_kind != kSecondaryDriver)
            return "a change idea sits under a primary or a secondary driver";
        return std::nullopt;
    }
    return "must be primary, secondary or change_idea";
}

}  // namespace trellis::domain
