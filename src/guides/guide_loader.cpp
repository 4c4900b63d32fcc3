// Reads guide files (docs/guides.md) with yaml-cpp, collecting every problem as "file:line: message".
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <type_traits>

#include "trellis/guides/guide.hpp"

namespace trellis::guides {

std::string_view item_kind_key(ItemKind kind) {
    switch (kind) {
        case ItemKind::question:
            return "question";
        case ItemKind::checklist:
            return "checklist";
        case ItemKind::data:
            return "data";
        case ItemKind::reading:
            return "reading";
        case ItemKind::ranked:
            return "ranked";
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

    std::optional<std::string> id(const Field& f, const std::string& key, const std::string& what) {
        auto value = scalar(f, key);
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
        Object o(*this, f.value, "\"" + key + "\"", {"en", "es"});
        if (!o.ok) return std::nullopt;
        Text out;
        if (const auto* en = o.require("en")) o.set(scalar(*en, key + ".en"), out.en);
        if (const auto* es = o.find("es")) {
            o.set(scalar(*es, key + ".es"), out.es);
        } else {
            warning(f.line, "\"" + key + "\" has no Spanish text (es); English is shown instead");
        }
        if (!o.ok) return std::nullopt;
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

    // The id of an entry of a representation checklist: one of kRepresentationKeys.
    std::optional<std::string> perspective(const Field& f, const std::string& key, const std::string& what) {
        auto value = id(f, key, what);
        if (value && std::find_if(std::begin(kRepresentationKeys), std::end(kRepresentationKeys),
                                  [&](const char* k) { return *value == k; }) == std::end(kRepresentationKeys)) {
            problem(f.line, "entry \"" + *value +
                                "\" of a representation checklist must be a perspective key: families, "
                                "students, community_partners, administration, counseling_wellness, "
                                "special_education, content_areas or grade_spans");
            return std::nullopt;
        }
        return value;
    }

    std::optional<Entry> entry(const YAML::Node& node, const std::string& parent, bool representation) {
        Object o(*this, node, name_of(node, "entry", parent), {"id", "label"});
        if (!o.ok) return std::nullopt;
        Entry e{.line = line_of(node)};
        o.required("id", representation ? &Parser::perspective : &Parser::id, e.id, "entry");
        o.required("label", &Parser::text, e.label);
        if (!o.ok) return std::nullopt;
        return e;
    }

    std::optional<ItemKind> item_kind(const Field& f, const std::string& /*key*/) {
        const auto v = f.value.IsScalar() ? f.value.Scalar() : std::string();
        for (const auto kind :
             {ItemKind::question, ItemKind::checklist, ItemKind::data, ItemKind::reading, ItemKind::ranked})
            if (v == item_kind_key(kind)) return kind;
        problem(f.line, "\"kind\" is \"" + v + "\"; it must be question, checklist, data, reading or ranked");
        return std::nullopt;
    }

    // A text only one kind of item may have; `kind` is the item's (only the text is checked if it is unknown).
    std::optional<std::string> only_on(const Field& f, const std::string& key, std::optional<ItemKind> kind,
                                       ItemKind allowed) {
        auto value = scalar(f, key);
        if (value && kind && *kind != allowed) {
            problem(f.line, "\"" + key + "\" is allowed on a " + std::string(item_kind_key(allowed)) + " only");
            return std::nullopt;
        }
        return value;
    }

    std::optional<std::string> source(const Field& f, const std::string& key, std::optional<ItemKind> kind) {
        auto value = only_on(f, key, kind, ItemKind::checklist);
        if (value && *value != "representation") {
            problem(f.line, "\"source\" is \"" + *value + "\"; the only source is representation");
            return std::nullopt;
        }
        return value;
    }

    std::optional<Item> item(const YAML::Node& node, const std::string& parent) {
        Object o(*this, node, name_of(node, "item", parent), {"id", "kind", "text", "source", "url", "entries"});
        if (!o.ok) return std::nullopt;
        Item out{.line = line_of(node)};
        o.required("id", &Parser::id, out.id, "item");
        std::optional<ItemKind> kind;  // unknown if "kind" is missing or wrong
        o.required("kind", &Parser::item_kind, kind);
        out.kind = kind.value_or(out.kind);
        o.required("text", &Parser::text, out.text);
        o.optional("source", &Parser::source, out.source, kind);
        o.optional("url", &Parser::only_on, out.url, kind, ItemKind::reading);
        const bool listed = kind == ItemKind::checklist || kind == ItemKind::data || kind == ItemKind::ranked;
        const auto* entries = o.find("entries");
        if (listed && !entries) {
            problem(out.line, o.what + " is a " + std::string(item_kind_key(out.kind)) + " and needs \"entries\"");
            o.ok = false;
        } else if (kind && !listed && entries) {
            problem(entries->line, "\"entries\" belong to checklist, data and ranked items, not to a " +
                                       std::string(item_kind_key(out.kind)));
            o.ok = false;
        } else if (entries) {
            o.children(*entries, "entry", out.entries,
                       [&](const YAML::Node& child) { return entry(child, o.what, out.source == "representation"); });
        }
        if (!o.ok) return std::nullopt;
        return out;
    }

    std::optional<std::string> group(const Field& f, const std::string& key) {
        auto value = scalar(f, key);
        if (value && !is_valid_id(*value)) {
            problem(f.line, "group \"" + *value + "\" must have the shape of an id");
            return std::nullopt;
        }
        return value;
    }

    std::optional<Section> section(const YAML::Node& node, const std::string& parent) {
        Object o(
            *this, node, name_of(node, "section", parent),
            {"id", "title", "objective", "estimated_minutes", "needs_full_meeting", "forms_team", "group", "items"});
        if (!o.ok) return std::nullopt;
        Section out{.line = line_of(node)};
        o.required("id", &Parser::id, out.id, "section");
        o.required("title", &Parser::text, out.title);
        o.required("objective", &Parser::text, out.objective);
        o.required("estimated_minutes", &Parser::integer, out.estimated_minutes, 5, 480);
        o.optional("needs_full_meeting", &Parser::boolean, out.needs_full_meeting);
        o.optional("forms_team", &Parser::boolean, out.forms_team);
        o.optional("group", &Parser::group, out.group);
        o.children("items", "item", out.items, [&](const YAML::Node& child) { return item(child, o.what); });
        if (!o.ok) return std::nullopt;
        return out;
    }

    std::optional<Module> module(const YAML::Node& node) {
        Object o(*this, node, name_of(node, "module", "the guide"), {"id", "title", "description", "sections"});
        if (!o.ok) return std::nullopt;
        Module out{.line = line_of(node)};
        o.required("id", &Parser::id, out.id, "module");
        o.required("title", &Parser::text, out.title);
        o.optional("description", &Parser::text, out.description);
        // Forming the team is a new team's first meeting, so only the first section may do it.
        o.children(
            "sections", "section", out.sections, [&](const YAML::Node& child) { return section(child, o.what); },
            [&](const Section& s) {
                if (!s.forms_team || out.sections.empty()) return true;
                problem(s.line, "section \"" + s.id + "\" forms the team and must be the first section of " + o.what);
                return false;
            });
        if (!o.ok) return std::nullopt;
        return out;
    }

    std::optional<Guide> guide(const YAML::Node& root) {
        Object o(*this, root, "the guide", {"id", "version", "title", "description", "modules"});
        if (!o.ok) return std::nullopt;
        Guide out;
        out.file = file_;
        o.required("id", &Parser::id, out.id, "guide");
        o.required("version", &Parser::integer, out.version, 1, 1000000);
        o.required("title", &Parser::text, out.title);
        o.required("description", &Parser::text, out.description);
        o.children("modules", "module", out.modules, [&](const YAML::Node& child) { return module(child); });
        if (!o.ok || !problems.empty()) return std::nullopt;
        return out;
    }

private:
    // One mapping being read into a struct. A read reports its own problems and, when it fails, clears `ok`: so
    // every problem of the mapping is reported, in the order its fields are read, before the struct is dropped.
    // `ok` is false from the start when the node is not a mapping (that problem is reported by the constructor).
    class Object {
    public:
        Object(Parser& parser, const YAML::Node& node, std::string name,
               std::initializer_list<std::string_view> allowed)
            : what(std::move(name)), parser_(parser), node_(node) {
            if (auto f = parser_.fields(node_, what, allowed)) fields_ = std::move(*f);
            else ok = false;
        }

        const std::string what;  // names the mapping in messages
        bool ok = true;

        // A missing field is a problem.
        const Field* require(const std::string& key) {
            const auto* f = parser_.require(fields_, node_, what, key);
            if (!f) ok = false;
            return f;
        }

        const Field* find(const std::string& key) const {
            const auto it = fields_.find(key);
            return it == fields_.end() ? nullptr : &it->second;
        }

        template <class V, class T>
        void set(std::optional<V> value, T& target) {
            if (value) target = std::move(*value);
            else ok = false;
        }

        // A field read by parse(field, key, args...), a Parser function that returns std::nullopt on a problem.
        template <class Parse, class T, class... Args>
        void required(const std::string& key, Parse parse, T& target, const Args&... args) {
            if (const auto* f = require(key)) set(std::invoke(parse, parser_, *f, key, args...), target);
        }

        template <class Parse, class T, class... Args>
        void optional(const std::string& key, Parse parse, T& target, const Args&... args) {
            if (const auto* f = find(key)) set(std::invoke(parse, parser_, *f, key, args...), target);
        }

        // A non-empty list of child objects, each read by parse(node) (std::nullopt on a problem), ids unique
        // among siblings. check(child), if given, may report more about a child before it joins `out` (false then).
        template <class T, class Parse>
        void children(const Field& list, const std::string& kind, std::vector<T>& out, Parse parse,
                      const std::function<bool(const std::type_identity_t<T>&)>& check = {}) {
            const auto* nodes = parser_.sequence(list, list.key.Scalar(), true);
            if (!nodes) {
                ok = false;
                return;
            }
            std::map<std::string, int> seen;
            for (const auto& node : *nodes) {
                auto child = parse(node);
                if (!child) {
                    ok = false;
                    continue;
                }
                parser_.unique(seen, child->id, child->line, kind, what);
                if (check && !check(*child)) ok = false;
                out.push_back(std::move(*child));
            }
        }

        template <class T, class Parse>
        void children(const std::string& key, const std::string& kind, std::vector<T>& out, Parse parse,
                      const std::function<bool(const std::type_identity_t<T>&)>& check = {}) {
            if (const auto* f = require(key)) children(*f, kind, out, parse, check);
        }

    private:
        Parser& parser_;
        YAML::Node node_;
        std::map<std::string, Field> fields_;
    };

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
        out.problems.push_back(
            {file, 1, "the file is empty; a guide needs id, version, title, description and modules"});
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
            out.problems.push_back(
                {file.string(), 1, "guide id \"" + load.guide->id + "\" is also used by " + it->second});
            continue;
        }
        ids[load.guide->id] = file.string();
        out.guides.push_back(std::move(*load.guide));
    }
    return out;
}

}  // namespace trellis::guides
