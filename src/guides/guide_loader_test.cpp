#include <gtest/gtest.h>

#include <fstream>

#include "trellis/guides/guide.hpp"

using namespace trellis::guides;

namespace {

// A valid guide; tests break one line of it at a time. Line numbers are 1-based.
const std::string kValid = R"(id: sample
version: 2
title: {en: Sample guide, es: Guía de ejemplo}
description: {en: A guide for tests., es: Una guía para pruebas.}
modules:
  - id: module-0
    title: {en: Getting started, es: Para empezar}
    sections:
      - id: a
        title: {en: Form the team, es: Formar el equipo}
        objective: {en: Agree who is on the team, es: Acordar quién forma el equipo}
        estimated_minutes: 45
        forms_team: true
        items:
          - id: perspectives
            kind: checklist
            source: representation
            text: {en: 'Who does the team include?', es: '¿A quién incluye el equipo?'}
            entries:
              - id: families
                label: {en: Families, es: Familias}
              - id: students
                label: {en: Students, es: Estudiantes}
          - id: missing
            kind: question
            text: {en: 'Who is missing?', es: '¿Quién falta?'}
      - id: b_data
        title: {en: Data, es: Datos}
        objective: {en: Choose the data, es: Elegir los datos}
        estimated_minutes: 30
        group: local-data
        items:
          - id: gather
            kind: data
            text: {en: Gather these, es: Reunir estos}
            entries:
              - id: enrollment
                label: {en: Enrollment, es: Matrícula}
          - id: read
            kind: reading
            url: https://example.org/standards
            text: {en: Read the standards, es: Leer los estándares}
)";

std::string replace_line(std::string text, int line, const std::string& replacement) {
    std::size_t start = 0;
    for (int i = 1; i < line; ++i) start = text.find('\n', start) + 1;
    const auto end = text.find('\n', start);
    return text.replace(start, end - start, replacement);
}

std::vector<std::string> messages(const GuideLoad& load) {
    std::vector<std::string> out;
    for (const auto& p : load.problems) out.push_back(p.to_string());
    return out;
}

}  // namespace

TEST(GuideLoader, LoadsAValidGuide) {
    const auto load = parse_guide(kValid, "sample.yaml");
    ASSERT_TRUE(load.ok()) << ::testing::PrintToString(messages(load));
    EXPECT_TRUE(load.warnings.empty());
    const auto& g = *load.guide;
    EXPECT_EQ(g.id, "sample");
    EXPECT_EQ(g.version, 2);
    EXPECT_EQ(g.title.in("es"), "Guía de ejemplo");
    ASSERT_EQ(g.modules.size(), 1u);
    ASSERT_EQ(g.section_count(), 2u);
    const auto* a = g.modules[0].find_section("a");
    ASSERT_NE(a, nullptr);
    EXPECT_TRUE(a->forms_team);
    EXPECT_FALSE(a->needs_full_meeting);
    EXPECT_EQ(a->estimated_minutes, 45);
    ASSERT_EQ(a->items.size(), 2u);
    EXPECT_EQ(a->items[0].kind, ItemKind::checklist);
    EXPECT_EQ(a->items[0].source, "representation");
    EXPECT_EQ(a->items[0].entries[1].id, "students");
    EXPECT_EQ(a->items[0].entries[1].line, 22);
    const auto* b = g.find_module("module-0")->find_section("b_data");
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->group, "local-data");
    EXPECT_EQ(b->items[1].url, "https://example.org/standards");
    EXPECT_EQ(g.find_module("nope"), nullptr);
}

TEST(GuideLoader, IdShape) {
    EXPECT_TRUE(is_valid_id("module-0"));
    EXPECT_TRUE(is_valid_id("a_b-1"));
    EXPECT_TRUE(is_valid_id("0"));
    EXPECT_FALSE(is_valid_id(""));
    EXPECT_FALSE(is_valid_id("-a"));
    EXPECT_FALSE(is_valid_id("Section"));
    EXPECT_FALSE(is_valid_id("a b"));
    EXPECT_FALSE(is_valid_id("é"));
    EXPECT_FALSE(is_valid_id(std::string(65, 'a')));
}

TEST(GuideLoader, SpanishFallsBackToEnglishWithAWarning) {
    const auto load = parse_guide(replace_line(kValid, 26, "            text: {en: 'Who is missing?'}"), "g.yaml");
    ASSERT_TRUE(load.ok());
    ASSERT_EQ(load.warnings.size(), 1u);
    EXPECT_EQ(load.warnings[0].to_string(), "g.yaml:26: \"text\" has no Spanish text (es); English is shown instead");
    const auto& text = load.guide->modules[0].sections[0].items[1].text;
    EXPECT_EQ(text.in("es"), "Who is missing?");
    EXPECT_EQ(text.in("en"), "Who is missing?");
}

TEST(GuideLoader, YamlSyntaxErrorReportsItsLine) {
    const auto load = parse_guide(replace_line(kValid, 12, "        estimated_minutes: [45"), "g.yaml");
    ASSERT_EQ(load.problems.size(), 1u);
    EXPECT_EQ(load.problems[0].line, 13);  // yaml-cpp notices the unclosed list on the next line
    EXPECT_TRUE(load.problems[0].message.starts_with("YAML syntax error: ")) << load.problems[0].message;
    EXPECT_FALSE(load.ok());
}

TEST(GuideLoader, BadIndentationIsASyntaxErrorOnItsLine) {
    const auto load = parse_guide(replace_line(kValid, 3, " title: x\n  - bad"), "g.yaml");
    ASSERT_FALSE(load.problems.empty());
    EXPECT_TRUE(load.problems[0].message.starts_with("YAML syntax error")) << load.problems[0].message;
    EXPECT_GE(load.problems[0].line, 3);
    EXPECT_LE(load.problems[0].line, 4);
}

TEST(GuideLoader, EmptyFileIsAProblemAtLineOne) {
    const auto load = parse_guide("", "empty.yaml");
    ASSERT_EQ(load.problems.size(), 1u);
    EXPECT_EQ(load.problems[0].line, 1);
}

TEST(GuideLoader, UnknownKeyIsReportedAtItsLine) {
    const auto load = parse_guide(replace_line(kValid, 13, "        forms_teem: true"), "g.yaml");
    ASSERT_EQ(load.problems.size(), 1u) << ::testing::PrintToString(messages(load));
    EXPECT_TRUE(load.problems[0].to_string().starts_with("g.yaml:13: unknown key \"forms_teem\" in section \"a\""))
        << load.problems[0].to_string();
}

TEST(GuideLoader, MissingFieldIsReportedAtTheObjectsLine) {
    const auto load = parse_guide(replace_line(kValid, 11, ""), "g.yaml");
    ASSERT_EQ(load.problems.size(), 1u) << ::testing::PrintToString(messages(load));
    EXPECT_EQ(load.problems[0].to_string(), "g.yaml:9: section \"a\" is missing \"objective\"");
}

TEST(GuideLoader, WrongTypesAreReported) {
    auto text = replace_line(kValid, 12, "        estimated_minutes: forty");
    text = replace_line(text, 13, "        forms_team: maybe");
    text = replace_line(text, 10, "        title: Form the team");
    const auto load = parse_guide(text, "g.yaml");
    EXPECT_EQ(messages(load), (std::vector<std::string>{
                                  "g.yaml:10: \"title\" must be a text in both languages: {en: ..., es: ...}",
                                  "g.yaml:12: \"estimated_minutes\" must be a whole number",
                                  "g.yaml:13: \"forms_team\" must be true or false",
                              }));
}

TEST(GuideLoader, EstimatedMinutesMustBeFiveTo480) {
    auto load = parse_guide(replace_line(kValid, 30, "        estimated_minutes: 4"), "g.yaml");
    EXPECT_EQ(messages(load),
              (std::vector<std::string>{"g.yaml:30: \"estimated_minutes\" is 4; it must be between 5 and 480"}));
    load = parse_guide(replace_line(kValid, 30, "        estimated_minutes: 481"), "g.yaml");
    EXPECT_EQ(messages(load),
              (std::vector<std::string>{"g.yaml:30: \"estimated_minutes\" is 481; it must be between 5 and 480"}));
    EXPECT_TRUE(parse_guide(replace_line(kValid, 30, "        estimated_minutes: 480"), "g.yaml").ok());
    EXPECT_TRUE(parse_guide(replace_line(kValid, 30, "        estimated_minutes: 5"), "g.yaml").ok());
}

TEST(GuideLoader, DuplicateIdsNameBothLines) {
    const auto load = parse_guide(replace_line(kValid, 22, "              - id: families"), "g.yaml");
    EXPECT_EQ(messages(load),
              (std::vector<std::string>{
                  "g.yaml:22: duplicate entry id \"families\" in item \"perspectives\" (first at line 20)"}));
    const auto sections = parse_guide(replace_line(kValid, 27, "      - id: a"), "g.yaml");
    EXPECT_EQ(
        messages(sections),
        (std::vector<std::string>{"g.yaml:27: duplicate section id \"a\" in module \"module-0\" (first at line 9)"}));
}

TEST(GuideLoader, DuplicateKeyIsAProblem) {
    const auto load = parse_guide(replace_line(kValid, 2, "version: 2\nversion: 3"), "g.yaml");
    EXPECT_EQ(messages(load),
              (std::vector<std::string>{"g.yaml:3: key \"version\" appears twice in the guide (first at line 2)"}));
}

TEST(GuideLoader, ARankedItemKeepsItsEntriesInGuideOrder) {
    const auto load = parse_guide(replace_line(kValid, 34, "            kind: ranked"), "g.yaml");
    ASSERT_TRUE(load.ok()) << ::testing::PrintToString(messages(load));
    const auto& item = load.guide->modules[0].sections[1].items[0];
    EXPECT_EQ(item.kind, ItemKind::ranked);
    EXPECT_EQ(item_kind_key(item.kind), "ranked");
    ASSERT_EQ(item.entries.size(), 1u);
    EXPECT_EQ(item.entries[0].id, "enrollment");
}

TEST(GuideLoader, BadIdShapes) {
    auto load = parse_guide(replace_line(kValid, 6, "  - id: Module 0"), "g.yaml");
    ASSERT_EQ(load.problems.size(), 1u);
    EXPECT_TRUE(load.problems[0].to_string().starts_with("g.yaml:6: module id \"Module 0\" must be lowercase"))
        << load.problems[0].to_string();
    load = parse_guide(replace_line(kValid, 31, "        group: Local Data"), "g.yaml");
    ASSERT_EQ(load.problems.size(), 1u);
    EXPECT_EQ(load.problems[0].line, 31);
}

TEST(GuideLoader, KindRulesForEntriesSourceAndUrl) {
    auto load = parse_guide(replace_line(kValid, 16, "            kind: quiz"), "g.yaml");
    EXPECT_EQ(messages(load),
              (std::vector<std::string>{
                  "g.yaml:16: \"kind\" is \"quiz\"; it must be question, checklist, data, reading or ranked"}));
    // A question with entries and a source.
    load = parse_guide(replace_line(kValid, 16, "            kind: question"), "g.yaml");
    EXPECT_EQ(messages(load),
              (std::vector<std::string>{
                  "g.yaml:17: \"source\" is allowed on a checklist only",
                  "g.yaml:19: \"entries\" belong to checklist, data and ranked items, not to a question",
              }));
    // A data item without entries.
    load = parse_guide(replace_line(replace_line(replace_line(kValid, 38, ""), 37, ""), 36, "            nope: 1"),
                       "g.yaml");
    ASSERT_EQ(load.problems.size(), 2u) << ::testing::PrintToString(messages(load));
    EXPECT_EQ(load.problems[0].to_string(), "g.yaml:33: item \"gather\" is a data and needs \"entries\"");
    EXPECT_TRUE(load.problems[1].to_string().starts_with("g.yaml:36: unknown key \"nope\" in item \"gather\""));
    // A ranked list puts the guide's entries in order: it needs them, and it has no source.
    load = parse_guide(replace_line(kValid, 25, "            kind: ranked"), "g.yaml");
    EXPECT_EQ(messages(load),
              (std::vector<std::string>{"g.yaml:24: item \"missing\" is a ranked and needs \"entries\""}));
    // A url on a question.
    load = parse_guide(replace_line(kValid, 26, "            url: https://x.example"), "g.yaml");
    ASSERT_FALSE(load.problems.empty());
}

TEST(GuideLoader, RepresentationEntriesMustBePerspectiveKeys) {
    const auto load = parse_guide(replace_line(kValid, 20, "              - id: parents"), "g.yaml");
    ASSERT_EQ(load.problems.size(), 1u);
    EXPECT_TRUE(load.problems[0].to_string().starts_with("g.yaml:20: entry \"parents\" of a representation checklist"));
}

TEST(GuideLoader, FormingTheTeamMustComeFirst) {
    const auto load = parse_guide(replace_line(kValid, 31, "        forms_team: true"), "g.yaml");
    EXPECT_EQ(messages(load),
              (std::vector<std::string>{
                  "g.yaml:27: section \"b_data\" forms the team and must be the first section of module "
                  "\"module-0\""}));
}

TEST(GuideLoader, SeveralProblemsAreAllReportedInLineOrder) {
    auto text = replace_line(kValid, 35, "            text: {es: Reunir estos}");
    text = replace_line(text, 1, "id: sample!");
    text = replace_line(text, 7, "    title: {en: '', es: Para empezar}");
    const auto load = parse_guide(text, "g.yaml");
    EXPECT_EQ(messages(load), (std::vector<std::string>{
                                  "g.yaml:1: guide id \"sample!\" must be lowercase letters, digits, '-' or '_', start "
                                  "with a letter or digit, at most 64 characters",
                                  "g.yaml:7: \"title.en\" must be a non-empty text",
                                  "g.yaml:35: \"text\" is missing \"en\"",
                              }));
}

TEST(GuideLoader, NonMappingRootIsAProblem) {
    const auto load = parse_guide("- just\n- a list\n", "g.yaml");
    EXPECT_EQ(messages(load), (std::vector<std::string>{"g.yaml:1: the guide must be a mapping of keys to values"}));
}

TEST(GuideLoader, UnreadableFileAndFolders) {
    const auto load = load_guide_file("/nonexistent/guide.yaml");
    EXPECT_EQ(messages(load), (std::vector<std::string>{"/nonexistent/guide.yaml:1: cannot read the file"}));

    const auto dir = std::filesystem::temp_directory_path() / ("trellis-guides-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "a.yaml") << kValid;
    std::ofstream(dir / "b.yaml") << kValid;  // same id
    std::ofstream(dir / "notes.txt") << "ignored";
    const auto folder = load_guides_folder(dir);
    EXPECT_EQ(folder.guides.size(), 1u);
    ASSERT_EQ(folder.problems.size(), 1u);
    EXPECT_EQ(folder.problems[0].to_string(),
              (dir / "b.yaml").string() + ":1: guide id \"sample\" is also used by " + (dir / "a.yaml").string());
    std::filesystem::remove_all(dir);
    EXPECT_FALSE(load_guides_folder(dir).problems.empty());
}

TEST(GuideLoader, ShippedGuidesAreValidAndFullyTranslated) {
    const auto folder = load_guides_folder(std::filesystem::path(TRELLIS_SOURCE_DIR) / "guides");
    std::vector<std::string> all;
    for (const auto& p : folder.problems) all.push_back(p.to_string());
    for (const auto& w : folder.warnings) all.push_back(w.to_string());
    EXPECT_TRUE(all.empty()) << ::testing::PrintToString(all);
    ASSERT_EQ(folder.guides.size(), 2u);
    EXPECT_EQ(folder.guides[0].id, "discovery-to-scale");
    EXPECT_EQ(folder.guides[0].section_count(), 10u);
    const auto& wl = folder.guides[1];
    EXPECT_EQ(wl.id, "world-languages-module-0");
    const auto* module = wl.find_module("module-0");
    ASSERT_NE(module, nullptr);
    ASSERT_EQ(module->sections.size(), 5u);
    EXPECT_TRUE(module->sections[0].forms_team);
    EXPECT_TRUE(module->sections[1].needs_full_meeting);
    EXPECT_EQ(module->sections[0].items[1].source, "representation");
}
