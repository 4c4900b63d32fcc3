#include "api/resource_shape.hpp"

#include <boost/json.hpp>

#include <algorithm>

#include "api/json_shapes.hpp"
#include "api/responses.hpp"
#include "trellis/auth/policy.hpp"
#include "trellis/domain/matching.hpp"
#include "trellis/domain/web_address.hpp"
#include "trellis/store/relationships.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

constexpr std::size_t kTitleLength = 200;
constexpr std::size_t kDescriptionLength = 2000;
constexpr std::size_t kUrlLength = 2000;
constexpr std::size_t kNoteLength = 20000;
constexpr std::int64_t kHighestGrade = 12;  // 0 is kindergarten

// The organization a new resource belongs to: the one named, or the caller's only one. Adding to its library is the
// policy's decision (ResourceKind::organization_library): its staff may, its viewers and representatives get a 403;
// an organization the caller is not in reads as one that does not exist.
std::optional<http::Response> read_owner(RequestContext& c, JsonBody& body, store::Resource& r) {
    const auto named = body.optional_integer("organization_id");
    const auto organization = named ? named : store::only_organization_of(c.db, c.principal.user_id);
    if (!organization) {
        body.add_error("organization_id", "is required: name the organization that owns the resource");
        return std::nullopt;
    }
    const auto relationship =
        store::load_relationship(c.db, c.principal.user_id, auth::ResourceKind::organization_library, *organization);
    switch (
        auth::decide(c.principal, auth::ResourceKind::organization_library, auth::Action::contribute, relationship)) {
        case auth::Decision::allow:
            r.organization_id = *organization;
            return std::nullopt;
        case auth::Decision::forbidden:
            return forbidden(
                "only the organization's staff (its admins, data leads and members) can add to its library");
        default:
            body.add_error("organization_id", "must be an organization you belong to");
            return std::nullopt;
    }
}

void read_kind(JsonBody& body, store::Resource& r) {
    if (auto kind = body.required_string("kind", 10)) {
        if (*kind != "link" && *kind != "file" && *kind != "note") body.add_error("kind", "must be link, file or note");
        else r.kind = *kind;
    }
}

void read_texts(JsonBody& body, store::Resource& r, bool creating) {
    const auto& o = body.object();
    if (creating || o.contains("title")) {
        if (auto title = body.required_string("title", kTitleLength)) r.title = *title;
    }
    if (o.contains("description")) r.description = body.optional_string("description", kDescriptionLength).value_or("");
    if (r.kind == "link" && (creating || o.contains("url"))) {
        if (auto url = body.required_string("url", kUrlLength)) {
            if (const auto problem = domain::check_web_address(*url)) body.add_error("url", *problem);
            else r.url = *url;
        }
    }
    if (r.kind == "note" && (creating || o.contains("body"))) {
        if (auto text = body.required_string("body", kNoteLength)) r.body = *text;
    }
    if (o.contains("language")) {
        const auto language = body.optional_string("language", 2).value_or("en");
        if (language != "en" && language != "es") body.add_error("language", "must be en or es");
        else r.language = language;
    }
}

void read_tags(RequestContext& c, JsonBody& body, store::Resource& r) {
    const auto& o = body.object();
    if (o.contains("topics")) {
        auto topics =
            body.string_list("topics", domain::kExpertiseTopics.size(), 40).value_or(std::vector<std::string>{});
        for (const auto& topic : topics)
            if (!domain::is_expertise_topic(topic)) body.add_error("topics", "has an unknown topic: " + topic);
        std::sort(topics.begin(), topics.end());
        r.topics = std::move(topics);
    }
    if (o.contains("guide_id") || o.contains("section_id")) {
        r.guide_id = body.optional_string("guide_id", 64).value_or("");
        r.section_id = body.optional_string("section_id", 64).value_or("");
        bool known = r.guide_id.empty() && r.section_id.empty();
        if (c.services.guides && !r.guide_id.empty() && !r.section_id.empty()) {
            for (const auto& guide : *c.services.guides) {
                if (guide.id != r.guide_id) continue;
                for (const auto& module : guide.modules)
                    if (module.find_section(r.section_id)) known = true;
            }
        }
        if (!known) body.add_error("section_id", "must be a section of one of the guides");
    }
    if (o.contains("grade_from") || o.contains("grade_to")) {
        r.grade_from = body.optional_integer("grade_from");
        r.grade_to = body.optional_integer("grade_to");
        const auto in_range = [](const std::optional<std::int64_t>& g) {
            return !g || (*g >= 0 && *g <= kHighestGrade);
        };
        if (!in_range(r.grade_from)) body.add_error("grade_from", "must be a grade from 0 (kindergarten) to 12");
        if (!in_range(r.grade_to)) body.add_error("grade_to", "must be a grade from 0 (kindergarten) to 12");
        if (r.grade_from.has_value() != r.grade_to.has_value())
            body.add_error("grade_to", "give both ends of the grade span, or neither");
        else if (r.grade_from && *r.grade_from > *r.grade_to)
            body.add_error("grade_to", "must not be below grade_from");
    }
}

void read_sharing(RequestContext& c, JsonBody& body, store::Resource& r, bool creating) {
    const auto& o = body.object();
    if (!creating && !o.contains("share_scope") && !o.contains("share_id")) return;
    const auto scope = body.required_string("share_scope", 20);
    const auto id = body.required_integer("share_id");
    if (!scope || !id) return;
    if (*scope != "team" && *scope != "organization" && *scope != "network") {
        body.add_error("share_scope", "must be team, organization or network");
        return;
    }
    if (r.organization_id == 0) return;  // the owner's problem is already reported
    if (!store::is_share_target(c.db, r.organization_id, *scope, *id)) {
        body.add_error("share_id",
                       "must be one of the organization's teams, the organization itself, or a network "
                       "it is an active member of");
        return;
    }
    r.share_scope = *scope;
    r.share_id = *id;
}

}  // namespace

json::object resource_json(const store::Resource& r, bool may_edit) {
    json::object out{{"id", r.id},
                     {"organization", json::object{{"id", r.organization_id}, {"name", r.organization_name}}},
                     {"author", r.author_name.empty() ? json::value(nullptr) : json::value(r.author_name)},
                     {"kind", r.kind},
                     {"title", r.title},
                     {"description", r.description},
                     {"url", r.kind == "link" ? json::value(r.url) : json::value(nullptr)},
                     {"body", r.kind == "note" ? json::value(r.body) : json::value(nullptr)},
                     {"language", r.language},
                     {"topics", string_array(r.topics)},
                     {"guide_id", r.guide_id.empty() ? json::value(nullptr) : json::value(r.guide_id)},
                     {"section_id", r.section_id.empty() ? json::value(nullptr) : json::value(r.section_id)},
                     {"grade_from", or_null(r.grade_from)},
                     {"grade_to", or_null(r.grade_to)},
                     {"share", json::object{{"scope", r.share_scope}, {"id", r.share_id}, {"name", r.share_name}}},
                     {"file", nullptr},
                     {"created_at", rfc3339(r.created_at)},
                     {"updated_at", rfc3339(r.updated_at)},
                     {"version", r.version},
                     {"may_edit", may_edit}};
    if (r.kind == "file" && !r.file_name.empty()) {
        out["file"] = json::object{{"name", r.file_name},
                                   {"content_type", r.file_type},
                                   {"size", r.file_size},
                                   {"href", "/api/v1/resources/" + std::to_string(r.id) + "/file"}};
    }
    return out;
}

std::optional<http::Response> read_resource(RequestContext& c, JsonBody& body, store::Resource& r, bool creating) {
    if (creating) {
        if (auto refusal = read_owner(c, body, r)) return refusal;
        read_kind(body, r);
    }
    read_texts(body, r, creating);
    read_tags(c, body, r);
    read_sharing(c, body, r, creating);
    return std::nullopt;
}

}  // namespace trellis::api
