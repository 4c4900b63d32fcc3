// Reads guide files (docs/guides.md) with yaml-cpp, collecting every problem as "file:line: message".
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "trellis/guides/guide.hpp"

namespace trellis::guides {

std::string_view item_kind_key(ItemKind kind) {
    switch (kind) {
        case ItemKind::question: return "question";
        case ItemKind::checklist: return "checklist";
        case ItemKind::data: return "data";
        case ItemKind::reading: return "reading";
    }
    return "question";
}

const Section* Module::find_section(std::string_view section_id) const {
    for (const auto& s : sections)
        if (s.id == section_id) return &s;
    return nullptr;
}

const Module* Guide::find_module(std::string_view module_id) const {
    for (const auto& m : modules)
        if (m.id == module_id) return &m;
    return nullptr;
}

std::size_t Guide::section_count() const {
    std::size_t n = 0;
    for (const auto& m : modules) n += m.sections.size();
    return n;
}

std::string Problem::to_string() const { return file + ":" + std::to_string(line) + ": " + message; }

bool is_valid_id(std::string_view id) {
    if (id.empty() || id.size() > 64) return false;
    const auto ok = [](char c, bool first) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return true;
        return !first && (c == '-' || c == '_');
    };
    for (std::size_t i = 0; i < id.size(); ++i)
        if (!ok(id[i], i == 0)) return false;
    return true;
}

namespace {

// "section \"a\"" when the mapping has a readable id, else "section of module \"m\"".
std::string name_of(const YAML::Node& node, const std::string& kind, const std::string& parent) {
    if (node.IsMap()) {
        const auto id = node["id"];
        if (id && id.IsScalar() && is_valid_id(id.Scalar())) return kind + " \"" + id.Scalar() + "\"";
    }
    return kind + " of " + parent;
}

int line_of(const YAML::Node& node) {
    const auto mark = node.Mark();
    return mark.is_null() ? 1 : mark.line + 1;
}

struct Field {
    YAML::Node key;
    YAML::Node value;
    int line = 1;  // the key's line
};

class Parser {
public:
    explicit Parser(std::string file) : file_(std::move(file)) {}

    std::vector<Problem> problems;
    std::vector<Problem> warnings;

    void problem(int line, std::string message) { problems.push_back({file_, line, std::move(message)}); }
    void warning(int line, std::string message) { warnings.push_back({file_, line, std::move(message)}); }

    // The keys of a mapping; unknown and repeated keys are problems. `what` names the object in messages.
    std::optional<std::map<std::string, Field>> fields(const YAML::Node& node, const std::string& what,
                                                       std::initializer_list<std::string_view> allowed) {
        if (!node.IsMap()) {
            problem(line_of(node), what + " must be a mapping of keys to values");
            return std::nullopt;
        }
        std::map<std::string, Field> out;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const int line = line_of(it->first);
            if (!it->first.IsScalar()) {
                problem(line, what + " has a key that is not a plain name");
                continue;
            }
            const auto key = it->first.Scalar();
            if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
                std::string known;
                for (auto a : allowed) known += (known.empty() ? "" : ", ") + std::string(a);
                problem(line, "unknown key \"" + key + "\" in " + what + " (known keys: " + known + ")");
                continue;
            }
            if (out.contains(key)) {
                problem(line, "key \"" + key + "\" appears twice in " + what + " (first at line " +
                                  std::to_string(out[key].line) + ")");
                continue;
            }
            out[key] = Field{it->first, it->second, line};
        }
        return out;
    }

    const Field* require(const std::map<std::string, Field>& f, const YAML::Node& node, const std::string& what,
                         const std::string& key) {
        const auto it = f.find(key);
        if (it == f.end()) {
            problem(line_of(node), what + " is missing \"" + key + "\"");
            return nullptr;
        }
        return &it->second;
    }

    std::optional<std::string> scalar(const Field& f, const std::string& key) {
        if (!f.value.IsScalar() || f.value.Scalar().empty()) {
            problem(f.line, "\"" + key + "\" must be a non-empty text");
            return std::nullopt;
        }
        return f.value.Scalar();
    }

    std::optional<std::string> id(const Field& f, const std::string& what) {
        auto value = scalar(f, "id");
        if (!value) return std::nullopt;
        if (!is_valid_id(*value)) {
            problem(f.line, what + " id \"" + *value +
                                "\" must be lowercase letters, digits, '-' or '_', start with a letter or digit, "
                                "at most 64 characters");
            return std::nullopt;
        }
        return value;
    }

    std::optional<int> integer(const Field& f, const std::string& key, int low, int high) {
        int n = 0;
        try {
            if (!f.value.IsScalar()) throw YAML::BadConversion(f.value.Mark());
            n = f.value.as<int>();
        } catch (const YAML::Exception&) {
            problem(f.line, "\"" + key + "\" must be a whole number");
            return std::nullopt;
        }
        if (n < low || n > high) {
            problem(f.line, "\"" + key + "\" is " + std::to_string(n) + "; it must be between " + std::to_string(low) +
                                " and " + std::to_string(high));
            return std::nullopt;
        }
        return n;
    }

    std::optional<bool> boolean(const Field& f, const std::string& key) {
        try {
            if (!f.value.IsScalar()) throw YAML::BadConversion(f.value.Mark());
            return f.value.as<bool>();
        } catch (const YAML::Exception&) {
            problem(f.line, "\"" + key + "\" must be true or false");
            return std::nullopt;
        }
    }

    // {en: ..., es: ...}: English required; Spanish missing is a warning (readers fall back to English).
    std::optional<Text> text(const Field& f, const std::string& key) {
        if (!f.value.IsMap()) {
            problem(f.line, "\"" + key + "\" must be a text in both languages: {en: ..., es: ...}");
            return std::nullopt;
        }
        auto parts = fields(f.value, "\"" + key + "\"", {"en", "es"});
        if (!parts) return std::nullopt;
        Text out;
        bool ok = true;
        if (const auto* en = require(*parts, f.value, "\"" + key + "\"", "en")) {
            if (auto v = scalar(*en, key + ".en")) out.en = *v; else ok = false;
        } else {
            ok = false;
        }
        if (const auto it = parts->find("es"); it != parts->end()) {
            if (auto v = scalar(it->second, key + ".es")) out.es = *v; else ok = false;
        } else {
            warning(f.line, "\"" + key + "\" has no Spanish text (es); English is shown instead");
        }
        if (!ok) return std::nullopt;
        return out;
    }

    const YAML::Node* sequence(const Field& f, const std::string& key, bool non_empty) {
        if (!f.value.IsSequence() || (non_empty && f.value.size() == 0)) {
            problem(f.line, "\"" + key + "\" must be a list" + (non_empty ? " with at least one entry" : ""));
            return nullptr;
        }
        return &f.value;
    }

    // Duplicate ids among siblings.
    void unique(std::map<std::string, int>& seen, const std::string& id, int line, const std::string& what,
                const std::string& parent) {
        if (const auto it = seen.find(id); it != seen.end()) {
            problem(line, "duplicate " + what + " id \"" + id + "\" in " + parent + " (first at line " +
                              std::to_string(it->second) + ")");
        } else {
            seen[id] = line;
        }
    }

    std::optional<Entry> entry(const YAML::Node& node, const std::string& parent, bool representation) {
        const std::string what = name_of(node, "entry", parent);
        auto f = fields(node, what, {"id", "label"});
        if (!f) return std::nullopt;
        Entry e;
        e.line = line_of(node);
        bool ok = true;
        if (const auto* id_field = require(*f, node, what, "id")) {
            if (auto v = id(*id_field, "entry")) {
                e.id = *v;
                if (representation &&
                    std::find_if(std::begin(kRepresentationKeys), std::end(kRepresentationKeys),
                                 [&](const char* k) { return e.id == k; }) == std::end(kRepresentationKeys)) {
                    problem(id_field->line, "entry \"" + e.id +
                                                "\" of a representation checklist must be a perspective key: families, "
                                                "students, community_partners, administration, counseling_wellness, "
                                                "special_education, content_areas or grade_spans");
                    ok = false;
                }
            } else {
                ok = false;
            }
        } else {
            ok = false;
        }
        if (const auto* l = require(*f, node, what, "label")) {
            if (auto v = text(*l, "label")) e.label = *v; else ok = false;
        } else {
            ok = false;
        }
        if (!ok) return std::nullopt;
        return e;
    }

    std::optional<Item> item(const YAML::Node& node, const std::string& parent) {
        const std::string what = name_of(node, "item", parent);
        auto f = fields(node, what, {"id", "kind", "text", "source", "url", "entries"});
        if (!f) return std::nullopt;
        Item out;
        out.line = line_of(node);
        bool ok = true;
        const auto* id_field = require(*f, node, what, "id");
        if (id_field) {
            if (auto v = id(*id_field, "item")) out.id = *v; else ok = false;
        } else {
            ok = false;
        }
        const std::string& self = what;
        bool kind_known = false;
        if (const auto* k = require(*f, node, self, "kind")) {
            const auto v = k->value.IsScalar() ? k->value.Scalar() : std::string();
            if (v == "question") out.kind = ItemKind::question, kind_known = true;
            else if (v == "checklist") out.kind = ItemKind::checklist, kind_known = true;
            else if (v == "data") out.kind = ItemKind::data, kind_known = true;
            else if (v == "reading") out.kind = ItemKind::reading, kind_known = true;
            else {
                problem(k->line, "\"kind\" is \"" + v + "\"; it must be question, checklist, data or reading");
                ok = false;
            }
        } else {
            ok = false;
        }
        if (const auto* t = require(*f, node, self, "text")) {
            if (auto v = text(*t, "text")) out.text = *v; else ok = false;
        } else {
            ok = false;
        }
        const bool listed = out.kind == ItemKind::checklist || out.kind == ItemKind::data;
        if (const auto it = f->find("source"); it != f->end()) {
            auto v = scalar(it->second, "source");
            if (!v) {
                ok = false;
            } else if (kind_known && out.kind != ItemKind::checklist) {
                problem(it->second.line, "\"source\" is allowed on a checklist only");
                ok = false;
            } else if (*v != "representation") {
                problem(it->second.line, "\"source\" is \"" + *v + "\"; the only source is representation");
                ok = false;
            } else {
                out.source = *v;
            }
        }
        if (const auto it = f->find("url"); it != f->end()) {
            auto v = scalar(it->second, "url");
            if (!v) {
                ok = false;
            } else if (kind_known && out.kind != ItemKind::reading) {
                problem(it->second.line, "\"url\" is allowed on a reading only");
                ok = false;
            } else {
                out.url = *v;
            }
        }
        const auto entries = f->find("entries");
        if (kind_known && listed && entries == f->end()) {
            problem(out.line, self + " is a " + std::string(item_kind_key(out.kind)) + " and needs \"entries\"");
            ok = false;
        } else if (kind_known && !listed && entries != f->end()) {
            problem(entries->second.line,
                    "\"entries\" belong to checklist and data items, not to a " + std::string(item_kind_key(out.kind)));
            ok = false;
        } else if (entries != f->end()) {
            if (const auto* list = sequence(entries->second, "entries", true)) {
                std::map<std::string, int> seen;
                for (const auto& child : *list) {
                    auto e = entry(child, self, out.source == "representation");
                    if (!e) {
                        ok = false;
                        continue;
                    }
                    unique(seen, e->id, e->line, "entry", self);
                    out.entries.push_back(std::move(*e));
                }
            } else {
                ok = false;
            }
        }
        if (!ok) return std::nullopt;
        return out;
    }

    std::optional<Section> section(const YAML::Node& node, const std::string& parent) {
        const std::string what = name_of(node, "section", parent);
        auto f = fields(node, what,
                        {"id", "title", "objective", "estimated_minutes", "needs_full_meeting", "forms_team", "group",
                         "items"});
        if (!f) return std::nullopt;
        Section out;
        out.line = line_of(node);
        bool ok = true;
        if (const auto* i = require(*f, node, what, "id")) {
            if (auto v = id(*i, "section")) out.id = *v; else ok = false;
        } else {
            ok = false;
        }
        const std::string& self = what;
        for (const char* key : {"title", "objective"}) {
            if (const auto* t = require(*f, node, self, key)) {
                auto v = text(*t, key);
                if (!v) ok = false;
                else (std::string_view(key) == "title" ? out.title : out.objective) = *v;
            } else {
                ok = false;
            }
        }
        if (const auto* m = require(*f, node, self, "estimated_minutes")) {
            if (auto v = integer(*m, "estimated_minutes", 5, 480)) out.estimated_minutes = *v; else ok = false;
        } else {
            ok = false;
        }
        if (const auto it = f->find("needs_full_meeting"); it != f->end()) {
            if (auto v = boolean(it->second, "needs_full_meeting")) out.needs_full_meeting = *v; else ok = false;
        }
        if (const auto it = f->find("forms_team"); it != f->end()) {
            if (auto v = boolean(it->second, "forms_team")) out.forms_team = *v; else ok = false;
        }
        if (const auto it = f->find("group"); it != f->end()) {
            auto v = scalar(it->second, "group");
            if (v && !is_valid_id(*v)) {
                problem(it->second.line, "group \"" + *v + "\" must have the shape of an id");
                v.reset();
            }
            if (v) out.group = *v; else ok = false;
        }
        if (const auto* list_field = require(*f, node, self, "items")) {
            if (const auto* list = sequence(*list_field, "items", true)) {
                std::map<std::string, int> seen;
                for (const auto& child : *list) {
                    auto it = item(child, self);
                    if (!it) {
                        ok = false;
                        continue;
                    }
                    unique(seen, it->id, it->line, "item", self);
                    out.items.push_back(std::move(*it));
                }
            } else {
                ok = false;
            }
        } else {
            ok = false;
        }
        if (!ok) return std::nullopt;
        return out;
    }

    std::optional<Module> module(const YAML::Node& node) {
        const std::string what = name_of(node, "module", "the guide");
        auto f = fields(node, what, {"id", "title", "description", "sections"});
        if (!f) return std::nullopt;
        Module out;
        out.line = line_of(node);
        bool ok = true;
        if (const auto* i = require(*f, node, what, "id")) {
            if (auto v = id(*i, "module")) out.id = *v; else ok = false;
        } else {
            ok = false;
        }
        const std::string& self = what;
        if (const auto* t = require(*f, node, self, "title")) {
            if (auto v = text(*t, "title")) out.title = *v; else ok = false;
        } else {
            ok = false;
        }
        if (const auto it = f->find("description"); it != f->end()) {
            if (auto v = text(it->second, "description")) out.description = *v; else ok = false;
        }
        if (const auto* list_field = require(*f, node, self, "sections")) {
            if (const auto* list = sequence(*list_field, "sections", true)) {
                std::map<std::string, int> seen;
                for (const auto& child : *list) {
                    auto s = section(child, self);
                    if (!s) {
                        ok = false;
                        continue;
                    }
                    unique(seen, s->id, s->line, "section", self);
                    if (s->forms_team && !out.sections.empty()) {
                        problem(s->line, "section \"" + s->id +
                                             "\" forms the team and must be the first section of " + self);
                        ok = false;
                    }
                    out.sections.push_back(std::move(*s));
                }
            } else {
                ok = false;
            }
        } else {
            ok = false;
        }
        if (!ok) return std::nullopt;
        return out;
    }

    std::optional<Guide> guide(const YAML::Node& root) {
        const std::string what = "the guide";
        auto f = fields(root, what, {"id", "version", "title", "description", "modules"});
        if (!f) return std::nullopt;
        Guide out;
        out.file = file_;
        bool ok = true;
        if (const auto* i = require(*f, root, what, "id")) {
            if (auto v = id(*i, "guide")) out.id = *v; else ok = false;
        } else {
            ok = false;
        }
        if (const auto* v = require(*f, root, what, "version")) {
            if (auto n = integer(*v, "version", 1, 1000000)) out.version = *n; else ok = false;
        } else {
            ok = false;
        }
        for (const char* key : {"title", "description"}) {
            if (const auto* t = require(*f, root, what, key)) {
                auto v = text(*t, key);
                if (!v) ok = false;
                else (std::string_view(key) == "title" ? out.title : out.description) = *v;
            } else {
                ok = false;
            }
        }
        if (const auto* list_field = require(*f, root, what, "modules")) {
            if (const auto* list = sequence(*list_field, "modules", true)) {
                std::map<std::string, int> seen;
                for (const auto& child : *list) {
                    auto m = module(child);
                    if (!m) {
                        ok = false;
                        continue;
                    }
                    unique(seen, m->id, m->line, "module", what);
                    out.modules.push_back(std::move(*m));
                }
            } else {
                ok = false;
            }
        } else {
            ok = false;
        }
        if (!ok || !problems.empty()) return std::nullopt;
        return out;
    }

private:
    std::string file_;
};

}  // namespace

GuideLoad parse_guide(std::string_view yaml, const std::string& file) {
    GuideLoad out;
    Parser parser(file);
    YAML::Node root;
    try {
        root = YAML::Load(std::string(yaml));
    } catch (const YAML::ParserException& e) {
        out.problems.push_back({file, e.mark.is_null() ? 1 : e.mark.line + 1, "YAML syntax error: " + e.msg});
        return out;
    } catch (const YAML::Exception& e) {
        out.problems.push_back({file, e.mark.is_null() ? 1 : e.mark.line + 1, std::string("YAML error: ") + e.what()});
        return out;
    }
    if (!root || root.IsNull()) {
        out.problems.push_back({file, 1, "the file is empty; a guide needs id, version, title, description and modules"});
        return out;
    }
    auto guide = parser.guide(root);
    out.problems = std::move(parser.problems);
    out.warnings = std::move(parser.warnings);
    const auto by_line = [](const Problem& a, const Problem& b) { return a.line < b.line; };
    std::stable_sort(out.problems.begin(), out.problems.end(), by_line);
    std::stable_sort(out.warnings.begin(), out.warnings.end(), by_line);
    if (out.problems.empty()) out.guide = std::move(guide);
    return out;
}

GuideLoad load_guide_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        GuideLoad out;
        out.problems.push_back({path.string(), 1, "cannot read the file"});
        return out;
    }
    std::ostringstream text;
    text << in.rdbuf();
    return parse_guide(text.str(), path.string());
}

FolderLoad load_guides_folder(const std::filesystem::path& dir) {
    FolderLoad out;
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) {
        out.problems.push_back({dir.string(), 1, "not a folder of guides"});
        return out;
    }
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec))
        if (e.is_regular_file() && e.path().extension() == ".yaml") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::map<std::string, std::string> ids;
    for (const auto& file : files) {
        auto load = load_guide_file(file);
        for (auto& p : load.problems) out.problems.push_back(std::move(p));
        for (auto& w : load.warnings) out.warnings.push_back(std::move(w));
        if (!load.guide) continue;
        if (const auto it = ids.find(load.guide->id); it != ids.end()) {
            out.problems.push_back({file.string(), 1, "guide id \"" + load.guide->id + "\" is also used by " + it->second});
            continue;
        }
        ids[load.guide->id] = file.string();
        out.guides.push_back(std::move(*load.guide));
    }
    return out;
}

}  // namespace trellis::guides
