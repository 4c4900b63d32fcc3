#include "api/json_shapes.hpp"

#include <fmt/chrono.h>
#include <boost/json.hpp>

#include <ctime>

namespace trellis::api {

namespace json = boost::json;

std::string rfc3339(std::int64_t unix_seconds) {
    return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", fmt::gmtime(static_cast<std::time_t>(unix_seconds)));
}

json::value string_array(const std::vector<std::string>& values) {
    json::array array;
    for (const auto& v : values) array.emplace_back(v);
    return array;
}

json::value text_json(const guides::Text& text) { return json::object{{"en", text.en}, {"es", text.in("es")}}; }

json::value to_json(const store::User& user) {
    return json::object{{"id", user.id}, {"name", user.name}, {"email", user.email}, {"site_admin", user.site_admin}};
}

json::value to_json(const store::Organization& o) {
    const auto& p = o.profile;
    return json::object{
        {"id", o.id},
        {"name", o.name},
        {"kind", o.kind},
        {"cds_code", or_null(o.cds_code)},
        {"nces_id", or_null(o.nces_id)},
        {"grade_spans", string_array(o.grade_spans)},
        {"profile", json::object{{"enrollment", or_null(p.enrollment)},
                                 {"low_income", or_null(p.low_income)},
                                 {"english_learners", or_null(p.english_learners)},
                                 {"foster", or_null(p.foster)},
                                 {"homeless", or_null(p.homeless)},
                                 {"locale", or_null(p.locale)},
                                 {"source", or_null(p.source)}}},
        {"version", o.version},
    };
}

json::value to_json(const store::Network& n, const std::function<bool(const store::NetworkMember&)>& name_visible) {
    json::array members;
    for (const auto& m : n.members) {
        json::object organization{{"id", m.organization_id}};
        if (m.status == "active") {
            organization["name"] = m.organization_name;
            organization["kind"] = m.organization_kind;
        } else {
            // Before it accepts, the network learns nothing of the organization but the name, and that only when
            // the name is public record or the reader may see the organization anyway (docs/security.md, "Networks").
            organization["name"] =
                name_visible && name_visible(m) ? json::value(m.organization_name) : json::value(nullptr);
        }
        members.push_back(
            json::object{{"organization", std::move(organization)}, {"role", m.role}, {"status", m.status}});
    }
    return json::object{{"id", n.id},
                        {"name", n.name},
                        {"focus", n.focus},
                        {"facilitator", json::object{{"id", n.facilitator_id}, {"name", n.facilitator_name}}},
                        {"starts_on", or_null(n.starts_on)},
                        {"ends_on", or_null(n.ends_on)},
                        {"members", std::move(members)},
                        {"version", n.version}};
}

json::value team_summary_json(const store::Team& t) {
    return json::object{{"id", t.id},
                        {"name", t.name},
                        {"focus", t.focus},
                        {"time_zone", t.time_zone},
                        {"organization", json::object{{"id", t.organization_id}, {"name", t.organization_name}}}};
}

json::value to_json(const store::Member& m) {
    return json::object{{"id", m.id},
                        {"team_id", m.team_id},
                        {"user_id", or_null(m.user_id)},
                        {"name", m.name},
                        {"email", m.email},
                        {"role", m.role},
                        {"perspectives", string_array(m.perspectives)},
                        {"content_areas", string_array(m.content_areas)},
                        {"grade_spans", string_array(m.grade_spans)},
                        {"skills", string_array(m.skills)},
                        {"version", m.version}};
}

json::value to_json(const store::OutreachItem& item) {
    const auto time_or_null = [](const std::optional<std::int64_t>& t) -> json::value {
        if (!t) return nullptr;
        return json::value(rfc3339(*t));
    };
    return json::object{{"id", item.id},
                        {"team_id", item.team_id},
                        {"gap_kind", item.gap_kind},
                        {"gap_key", item.gap_key},
                        {"title", item.title},
                        {"owner_member_id", or_null(item.owner_member_id)},
                        {"owner_name", or_null(item.owner_name)},
                        {"due_on", or_null(item.due_on)},
                        {"status", item.status},
                        {"done_by", or_null(item.done_by)},
                        {"done_by_name", or_null(item.done_by_name)},
                        {"done_at", time_or_null(item.done_at)},
                        {"closed_by", or_null(item.closed_by)},
                        {"closed_by_name", or_null(item.closed_by_name)},
                        {"closed_at", time_or_null(item.closed_at)},
                        {"closed_note", or_null(item.closed_note)},
                        {"closed_by_member_id", or_null(item.closed_member_id)},
                        {"closed_by_member_name", or_null(item.closed_member_name)},
                        {"created_at", rfc3339(item.created_at)},
                        {"version", item.version}};
}

json::value to_json(const store::Perspective& p) {
    return json::object{{"key", p.key}, {"label_en", p.label_en}, {"label_es", p.label_es}};
}

json::value to_json(const domain::Representation& r, const std::vector<store::Perspective>& catalogue) {
    json::array perspectives;
    for (std::size_t i = 0; i < r.perspectives.size() && i < catalogue.size(); ++i) {
        auto entry = to_json(catalogue[i]).as_object();
        entry["members"] = string_array(r.perspectives[i].member_names);
        perspectives.push_back(std::move(entry));
    }
    return json::object{
        {"covered", string_array(r.covered)},
        {"missing", string_array(r.missing)},
        {"not_expected", string_array(r.not_expected)},
        {"content_areas", string_array(r.content_areas)},
        {"grade_spans", json::object{{"covered", string_array(r.grade_spans_covered)},
                                     {"missing", string_array(r.grade_spans_missing)}}},
        {"perspectives", std::move(perspectives)},
    };
}

}  // namespace trellis::api
