#include "api/evidence_shapes.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "api/json_shapes.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

json::array id_array(const std::vector<std::int64_t>& ids) {
    json::array out;
    for (const auto id : ids) out.push_back(id);
    return out;
}

json::value name_or_null(const std::string& name) { return name.empty() ? json::value(nullptr) : json::value(name); }

}  // namespace

json::object evidence_json(const store::EvidenceEntry& e) {
    return json::object{{"id", e.id},
                        {"kind", e.kind},
                        {"happened_on", e.happened_on},
                        {"participants", e.participants},
                        {"notes", e.notes},
                        {"quotes", string_array(e.quotes)},
                        {"data_view_id", or_null(e.data_view_id)},
                        {"theme_ids", id_array(e.theme_ids)},
                        {"written_by", name_or_null(e.written_by_name)},
                        {"written_at", rfc3339(e.written_at)},
                        {"version", e.version}};
}

json::object theme_json(const store::EvidenceTheme& t) {
    return json::object{{"id", t.id}, {"name", t.name}, {"version", t.version}};
}

json::object insight_json(const store::Insight& i) {
    return json::object{{"id", i.id},
                        {"statement", i.statement},
                        {"evidence_ids", id_array(i.evidence_ids)},
                        {"written_by", name_or_null(i.written_by_name)},
                        {"written_at", rfc3339(i.written_at)},
                        {"version", i.version}};
}

std::vector<std::int64_t> read_id_list(JsonBody& body, std::string_view field, std::size_t max_items) {
    std::vector<std::int64_t> ids;
    if (!body.has(field)) return ids;
    const auto& value = body.object().at(field);
    const auto refuse = [&] {
        body.add_error(field, fmt::format("must be a list of at most {} distinct ids", max_items));
    };
    if (!value.is_array() || value.as_array().size() > max_items) {
        refuse();
        return {};
    }
    for (const auto& item : value.as_array()) {
        if (!item.is_int64() || std::ranges::find(ids, item.as_int64()) != ids.end()) {
            refuse();
            return {};
        }
        ids.push_back(item.as_int64());
    }
    return ids;
}

void check_ids_known(JsonBody& body, std::string_view field, const std::vector<std::int64_t>& ids,
                     const std::vector<std::int64_t>& known, std::string_view what) {
    for (const auto id : ids) {
        if (std::ranges::find(known, id) == known.end()) {
            body.add_error(field, fmt::format("{} {} was not found in this team", what, id));
            return;
        }
    }
}

}  // namespace trellis::api
