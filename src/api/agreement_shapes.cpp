#include "api/agreement_shapes.hpp"

#include <fmt/format.h>

#include <cmath>

#include "api/json_shapes.hpp"
#include "api/permissions_shape.hpp"
#include "trellis/domain/follow_through.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

json::object named_json(const store::NamedRef& n) { return {{"id", n.id}, {"name", n.name}}; }

json::value rate_json(const std::optional<std::int64_t>& cents) {
    if (!cents) return nullptr;
    return static_cast<double>(*cents) / 100.0;
}

std::optional<double> number_of(const json::value& v) {
    if (v.is_int64()) return static_cast<double>(v.as_int64());
    if (v.is_uint64()) return static_cast<double>(v.as_uint64());
    if (v.is_double()) return v.as_double();
    return std::nullopt;
}

std::optional<std::int64_t> integer_of(const json::value& v) {
    if (v.is_int64()) return v.as_int64();
    if (v.is_uint64() && v.as_uint64() <= static_cast<std::uint64_t>(INT64_MAX)) {
        return static_cast<std::int64_t>(v.as_uint64());
    }
    return std::nullopt;
}

std::optional<std::int64_t> read_id_in(JsonBody& body, const json::object& o, const std::string& field,
                                       std::string_view key) {
    const auto* v = o.if_contains(key);
    if (v)
        if (const auto id = integer_of(*v); id && *id > 0) return id;
    body.add_error(fmt::format("{}.{}", field, key), "must be an id (a positive integer)");
    return std::nullopt;
}

std::vector<domain::HoursPurchase> read_hours(JsonBody& body) {
    std::vector<domain::HoursPurchase> out;
    each_object(body, "hours", "{kind, purchased, hourly_rate}", [&](const json::object& o, const std::string& field) {
        domain::HoursPurchase h;
        if (const auto* kind = o.if_contains("kind"); kind && kind->is_string()) {
            h.kind = std::string(kind->as_string());
        } else {
            body.add_error(field + ".kind", "is required");
        }
        const auto* purchased = o.if_contains("purchased");
        const auto hours = purchased ? number_of(*purchased) : std::nullopt;
        const auto minutes = hours ? domain::hours_to_minutes(*hours) : std::nullopt;
        if (!minutes || *hours > 10000) {
            body.add_error(field + ".purchased", "must be a number of hours from 0 to 10000, two decimals at most");
        } else {
            h.purchased_minutes = *minutes;
        }
        if (const auto* rate = o.if_contains("hourly_rate"); rate && !rate->is_null()) {
            const auto value = number_of(*rate);
            const auto cents = value ? domain::hours_to_minutes(*value) : std::nullopt;  // same two-decimal check
            if (!cents || *value > 100000) {
                body.add_error(field + ".hourly_rate", "must be an amount from 0 to 100000, two decimals at most");
            } else {
                h.hourly_rate_cents = std::llround(*value * 100);
            }
        }
        out.push_back(std::move(h));
    });
    return out;
}

std::vector<store::AgreementLiaison> read_liaisons(JsonBody& body) {
    std::vector<store::AgreementLiaison> out;
    each_object(body, "liaisons", "{organization_id, user_id}", [&](const json::object& o, const std::string& field) {
        const auto org = read_id_in(body, o, field, "organization_id");
        const auto user = read_id_in(body, o, field, "user_id");
        if (org && user) out.push_back({*org, *user, ""});
    });
    return out;
}

bool present(JsonBody& body, std::string_view field, bool creating) {
    return creating || body.object().contains(field);
}

}  // namespace

const json::array* list_of(JsonBody& body, std::string_view field) {
    const auto& v = body.object().at(field);
    if (!v.is_array()) {
        body.add_error(field, "must be a list");
        return nullptr;
    }
    if (v.as_array().size() > 100) {
        body.add_error(field, "has more than 100 items");
        return nullptr;
    }
    return &v.as_array();
}

void each_object(JsonBody& body, std::string_view field, std::string_view shape,
                 const std::function<void(const json::object&, const std::string&)>& read) {
    const auto* list = list_of(body, field);
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto item = fmt::format("{}[{}]", field, i);
        if ((*list)[i].is_object()) {
            read((*list)[i].as_object(), item);
        } else {
            body.add_error(item, fmt::format("must be an object {}", shape));
        }
    }
}

std::vector<store::NamedRef> read_ids(JsonBody& body, std::string_view field) {
    std::vector<store::NamedRef> out;
    const auto* list = list_of(body, field);
    if (!list) return out;
    for (std::size_t i = 0; i < list->size(); ++i) {
        if (const auto id = integer_of((*list)[i]); id && *id > 0) {
            out.push_back({*id, ""});
        } else {
            body.add_error(fmt::format("{}[{}]", field, i), "must be an id (a positive integer)");
        }
    }
    return out;
}

double hours_json(std::int64_t minutes) { return domain::minutes_to_hours(minutes); }

json::value share_json(const std::optional<double>& share) {
    if (!share) return nullptr;
    return std::round(*share * 10000) / 10000;
}

json::value warning_json(int level) {
    if (level == 0) return nullptr;
    return json::string(std::to_string(level));
}

json::object agreement_fields_json(const store::Agreement& a) {
    json::array peers;
    for (const auto& p : a.peer_organizations) peers.push_back(named_json(p));
    json::array liaisons;
    for (const auto& l : a.liaisons) {
        liaisons.push_back(
            json::object{{"organization_id", l.organization_id}, {"user_id", l.user_id}, {"name", l.name}});
    }
    json::array coaches;
    for (const auto& c : a.coaches) coaches.push_back(json::object{{"user_id", c.id}, {"name", c.name}});
    json::array hours;
    for (const auto kind : domain::kCoachingKinds) {
        for (const auto& h : a.hours) {
            if (h.kind != kind) continue;
            hours.push_back(json::object{{"kind", h.kind},
                                         {"purchased", hours_json(h.purchased_minutes)},
                                         {"hourly_rate", rate_json(h.hourly_rate_cents)}});
        }
    }
    return {{"id", a.id},
            {"network_id", a.network_id},
            {"title", a.title},
            {"scope", a.scope},
            {"goals", a.goals},
            {"data_sharing", a.data_sharing},
            {"starts_on", a.starts_on},
            {"ends_on", a.ends_on},
            {"status", a.status},
            {"facilitator_organization", named_json(a.facilitator_organization)},
            {"mentor_organization", named_json(a.mentor_organization)},
            {"peer_organizations", std::move(peers)},
            {"liaisons", std::move(liaisons)},
            {"coaches", std::move(coaches)},
            {"hours", std::move(hours)},
            {"version", a.version}};
}

json::object agreement_json(RequestContext& c, const store::Agreement& a) {
    auto out = agreement_fields_json(a);
    const auto today = domain::utc_date(c.services.now());
    const auto use = domain::summarize_hours(a.hours, store::agreement_coaching(c.db, a.id), a.starts_on, today);
    json::array hours;
    for (const auto& k : use.kinds) {
        hours.push_back(json::object{{"kind", k.kind},
                                     {"purchased", hours_json(k.purchased_minutes)},
                                     {"used", hours_json(k.used_minutes)},
                                     {"hourly_rate", rate_json(k.hourly_rate_cents)},
                                     {"over", k.over}});
    }
    json::array monthly;
    for (const auto& m : use.monthly) {
        monthly.push_back(json::object{{"month", m.month}, {"kind", m.kind}, {"used", hours_json(m.used_minutes)}});
    }
    out["hours"] = std::move(hours);
    out["purchased_total"] = hours_json(use.purchased_minutes);
    out["used_total"] = hours_json(use.used_minutes);
    out["used_share"] = share_json(use.used_share);
    out["warning"] = warning_json(use.warning);
    out["projected_exhaustion_on"] = or_null(use.projected_exhaustion_on);
    out["monthly"] = std::move(monthly);
    out["created_at"] = rfc3339(a.created_at);
    out["updated_at"] = rfc3339(a.updated_at);
    out["may"] = may_json(c, auth::ResourceKind::agreement, a.id);
    return out;
}

void read_agreement(JsonBody& body, store::Agreement& a, bool creating) {
    if (present(body, "title", creating))
        if (auto title = body.required_string("title", 200)) a.title = *title;
    for (auto [field, target] :
         {std::pair{"scope", &a.scope}, {"goals", &a.goals}, {"data_sharing", &a.data_sharing}}) {
        if (body.object().contains(field)) *target = body.optional_string(field, 4000).value_or("");
    }
    if (present(body, "starts_on", creating))
        if (auto date = body.required_string("starts_on", 10)) a.starts_on = *date;
    if (present(body, "ends_on", creating))
        if (auto date = body.required_string("ends_on", 10)) a.ends_on = *date;
    if (body.has("status"))
        if (auto status = body.optional_string("status", 20)) a.status = *status;
    if (present(body, "mentor_organization_id", creating))
        if (auto id = body.required_integer("mentor_organization_id")) a.mentor_organization = {*id, ""};
    if (present(body, "peer_organization_ids", creating)) {
        if (!body.has("peer_organization_ids")) {
            body.add_error("peer_organization_ids", "is required");
        } else {
            a.peer_organizations = read_ids(body, "peer_organization_ids");
        }
    }
    if (present(body, "hours", creating)) {
        if (!body.has("hours")) {
            body.add_error("hours", "is required (a list, which may be empty)");
        } else {
            a.hours = read_hours(body);
        }
    }
    if (body.has("coach_user_ids")) a.coaches = read_ids(body, "coach_user_ids");
    if (body.has("liaisons")) a.liaisons = read_liaisons(body);
}

}  // namespace trellis::api
