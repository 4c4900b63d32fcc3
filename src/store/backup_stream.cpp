// Names of value kinds as the backup file writes them.
#include "trellis/store/backup_stream.hpp"

#include <array>
#include <utility>

namespace trellis::store {

namespace {

constexpr std::array<std::pair<ValueKind, const char*>, 6> kNames{{{ValueKind::null, "null"},
                                                                   {ValueKind::integer, "integer"},
                                                                   {ValueKind::real, "real"},
                                                                   {ValueKind::text, "text"},
                                                                   {ValueKind::boolean, "boolean"},
                                                                   {ValueKind::blob, "blob"}}};

}  // namespace

const char* value_kind_name(ValueKind kind) {
    for (const auto& [known, name] : kNames) {
        if (known == kind) return name;
    }
    return "text";
}

std::optional<ValueKind> value_kind_from_name(const std::string& name) {
    for (const auto& [kind, known] : kNames) {
        if (name == known) return kind;
    }
    return std::nullopt;
}

}  // namespace trellis::store
