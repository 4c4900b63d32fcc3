#pragma once
// A guide as data: modules → sections → items → entries, every one with a stable id, every visible text in
// English and Spanish. Files live in guides/*.yaml; the format is described in docs/guides.md.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trellis::guides {

// A user-visible text. `es` may be empty: readers then fall back to English (and `trellis guide check` warns).
struct Text {
    std::string en;
    std::string es;
    // The text in `language` ("en" or "es"); Spanish falls back to English when missing.
    const std::string& in(std::string_view language) const { return language == "es" && !es.empty() ? es : en; }
    bool operator==(const Text&) const = default;
};

// ranked: the team puts the entries that matter in order of priority (most important first).
enum class ItemKind { question, checklist, data, reading, ranked };
std::string_view item_kind_key(ItemKind kind);  // "question", "checklist", "data", "reading", "ranked"

// Perspective keys a `source: representation` checklist may use (section A reads them from the team).
inline constexpr const char* kRepresentationKeys[] = {
    "families",          "students",      "community_partners", "administration", "counseling_wellness",
    "special_education", "content_areas", "grade_spans"};

struct Entry {
    std::string id;
    Text label;
    int line = 0;
};

struct Item {
    std::string id;
    ItemKind kind = ItemKind::question;
    Text text;                   // the question, the checklist's or data list's prompt, or what to read
    std::string source;          // checklist only: "representation" or empty
    std::string url;             // reading only, optional
    std::vector<Entry> entries;  // checklist, data and ranked: at least one; question and reading: none
    int line = 0;
};

struct Section {
    std::string id;
    Text title;
    Text objective;                   // the meeting objective this section gives the planner
    int estimated_minutes = 0;        // time the section's work takes in a meeting, 5..480
    bool needs_full_meeting = false;  // the planner gives it a meeting of its own
    bool forms_team = false;          // forming the team: a new team's first meeting, alone (first section only)
    std::string group;                // sections with the same group are related and may share a meeting
    std::vector<Item> items;
    int line = 0;
};

struct Module {
    std::string id;
    Text title;
    Text description;  // optional
    std::vector<Section> sections;
    int line = 0;
    const Section* find_section(std::string_view section_id) const;
};

struct Guide {
    std::string id;
    int version = 0;
    Text title;
    Text description;
    std::vector<Module> modules;
    std::string file;  // where it was loaded from
    const Module* find_module(std::string_view module_id) const;
    std::size_t section_count() const;
};

// One problem (or warning) in a guide file, at a 1-based line.
struct Problem {
    std::string file;
    int line = 0;
    std::string message;
    std::string to_string() const;  // "file:line: message"
};

struct GuideLoad {
    std::optional<Guide> guide;     // set only when `problems` is empty
    std::vector<Problem> problems;  // make the file invalid
    std::vector<Problem> warnings;  // e.g. a missing Spanish text (English is shown instead)
    bool ok() const { return guide.has_value(); }
};

// Parses `yaml` as a guide; `file` names it in problems. Collects every problem it can find, in file order.
GuideLoad parse_guide(std::string_view yaml, const std::string& file);
// Reads and parses a file; an unreadable file is one problem at line 1.
GuideLoad load_guide_file(const std::filesystem::path& path);

// Every *.yaml file in `dir` (not recursive), in file name order; guide ids must be unique across them.
struct FolderLoad {
    std::vector<Guide> guides;
    std::vector<Problem> problems;
    std::vector<Problem> warnings;
};
FolderLoad load_guides_folder(const std::filesystem::path& dir);

// The id shape for guides, modules, sections, items, entries and groups: [a-z0-9][a-z0-9_-]*, at most 64.
bool is_valid_id(std::string_view id);

}  // namespace trellis::guides
