#include "app/demo_student_data.hpp"

#include <fmt/format.h>

#include <random>
#include <stdexcept>

#include "trellis/actions/data_imports.hpp"
#include "trellis/store/audit.hpp"
#include "trellis/store/guide_data_views.hpp"
#include "trellis/store/organizations.hpp"
#include "trellis/store/student_data.hpp"

namespace trellis::app {

namespace {

constexpr const char* kMonterey = "27660920000000";
constexpr const char* kLancaster = "19646670000000";

void import_or_throw(store::Connection& db, actions::ImportKind kind, std::int64_t organization_id,
                     const std::string& district, const std::string& text, const char* filename,
                     std::optional<int> year, std::int64_t by, const char* by_name, std::int64_t now) {
    actions::ImportRequest request;
    request.kind = kind;
    request.organization_id = organization_id;
    request.district_code = district;
    request.year = year;
    request.filename = filename;
    request.by = by;
    request.by_name = by_name;
    request.now = now;
    auto outcome = actions::import_data(db, request, actions::text_source(text));
    if (!outcome) throw std::runtime_error(fmt::format("demo import {} failed: {}", filename, outcome.error().detail));
}

// Four of Monterey Peninsula Unified's schools as the state's directory lists them (../shared/data/ca/pubschls,
// school code = the last seven digits of the CDS code). They are organizations of kind "school", so every page that
// counts by school names them (api/data_support.cpp, place_name) rather than showing a bare code.
struct DemoSchool {
    const char* code;
    const char* name;
    const char* span;  // the grade span the directory's grades fall in
    int low, high;     // grades the demo draws, 0 = K
    int students;
};
constexpr DemoSchool kSchools[] = {
    {"0129239", "Dual Language Academy of the Monterey Peninsula", "elementary", 0, 5, 700},
    {"6026199", "Foothill Elementary", "elementary", 0, 5, 500},
    {"6058747", "Walter Colton", "middle", 6, 8, 500},
    {"2732808", "Monterey High", "high", 9, 12, 1000},
};

void add_schools(store::Connection& db, std::int64_t now) {
    for (const auto& school : kSchools) {
        store::Organization organization;
        organization.name = school.name;
        organization.kind = "school";
        organization.cds_code = std::string(kMonterey).substr(0, 7) + school.code;
        organization.grade_spans = {school.span};
        store::insert_organization(db, organization, now);
    }
}

// About 2,700 made-up students in four schools. Spanish dual immersion (K-5 at one school) enrolls Hispanic
// students well, but few English learners; AP Spanish (10-12) reaches few African American students; Mandarin
// runs in the middle school. Deterministic, so the demo tells the same story every time. Each drawn student is
// written twice, once as a girl and once as a boy: with a few hundred students per program, a coin toss per student
// showed gender gaps (a ratio under 0.8) that the story never meant to tell.
std::string synthetic_students() {
    std::mt19937 random(20261201);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::string csv =
        "student_id,student_name,district_code,school_code,grade,ethnicity,gender,el,ltel,sed,swd,"
        "foster,homeless,home_language,programs\n";
    int id = 0;
    for (const auto& school : kSchools) {
        for (int i = 0; i < school.students; i += 2) {
            const int grade = school.low + static_cast<int>(u(random) * (school.high - school.low + 1));
            const double e = u(random);
            const char* ethnicity = e < 0.52   ? "HI"
                                    : e < 0.77 ? "WH"
                                    : e < 0.84 ? "AS"
                                    : e < 0.89 ? "AA"
                                    : e < 0.94 ? "FI"
                                    : e < 0.96 ? "PI"
                                               : "MR";
            const bool hispanic = ethnicity[0] == 'H';
            const bool el = u(random) < (hispanic ? 0.45 : 0.08);
            const bool ltel = el && grade >= 6 && u(random) < 0.4;
            const bool sed = u(random) < (hispanic ? 0.8 : 0.45);
            const bool swd = u(random) < 0.12;
            const bool foster = u(random) < 0.004;
            const bool homeless = u(random) < (sed ? 0.12 : 0.02);
            std::string programs;
            if (&school == &kSchools[0] && u(random) < (el ? 0.12 : hispanic ? 0.45 : 0.3))
                programs = "Spanish Dual Immersion";
            if (grade >= 6 && grade <= 8 && u(random) < (ethnicity[0] == 'A' && ethnicity[1] == 'S' ? 0.35 : 0.12))
                programs = "Mandarin";
            if (grade >= 10 && u(random) < (ethnicity[0] == 'A' && ethnicity[1] == 'A' ? 0.04
                                            : hispanic                                 ? 0.22
                                                                                       : 0.15)) {
                programs += programs.empty() ? "AP Spanish" : ";AP Spanish";
            }
            const char* language = hispanic ? (u(random) < 0.7 ? "Spanish" : "English")
                                            : (ethnicity[1] == 'S' && u(random) < 0.3 ? "Mandarin" : "English");
            const auto flag = [](bool b) { return b ? "Y" : "N"; };
            for (const char* gender : {"F", "M"}) {
                ++id;
                csv += fmt::format("MPS{:06d},\"Student {}\",2766092,{},{},{},{},{},{},{},{},{},{},{},{}\n", id, id,
                                   school.code, grade == 0 ? std::string("K") : std::to_string(grade), ethnicity,
                                   gender, flag(el), flag(ltel), flag(sed), flag(swd), flag(foster), flag(homeless),
                                   language, programs);
            }
        }
    }
    return csv;
}

// Suspensions over three years (African American, foster and homeless students over-represented, slowly
// improving) and chronic absence in 2025.
std::string monterey_outcomes() {
    std::string csv = "org_code,year,indicator,direction,group,denominator,numerator\n";
    struct Row {
        const char* group;
        int denominator;
        int numerators[3];  // 2023, 2024, 2025
    };
    const Row suspension[] = {
        {"ALL", 9499, {390, 352, 318}}, {"HI", 4940, {180, 160, 142}}, {"WH", 2375, {62, 58, 52}},
        {"AS", 665, {9, 8, 7}},         {"AA", 475, {61, 55, 49}},     {"FI", 475, {14, 12, 11}},
        {"PI", 190, {8, 7, 6}},         {"MR", 379, {56, 52, 51}},     {"EL", 2577, {118, 104, 95}},
        {"SED", 6232, {301, 270, 245}}, {"SWD", 1140, {92, 85, 77}},   {"FOS", 20, {6, 5, 4}},
        {"HOM", 880, {71, 66, 60}}};
    for (int y = 0; y < 3; ++y) {
        for (const auto& r : suspension) {
            csv += fmt::format("{},{},suspension,lower_is_better,{},{},{}\n", kMonterey, 2023 + y, r.group,
                               r.denominator, r.numerators[y]);
        }
    }
    const Row absence[] = {{"ALL", 9499, {0, 0, 1805}}, {"HI", 4940, {0, 0, 1040}}, {"WH", 2375, {0, 0, 330}},
                           {"AS", 665, {0, 0, 60}},     {"AA", 475, {0, 0, 120}},   {"FI", 475, {0, 0, 55}},
                           {"PI", 190, {0, 0, 60}},     {"MR", 379, {0, 0, 140}},   {"HOM", 880, {0, 0, 352}},
                           {"FOS", 20, {0, 0, 9}}};
    for (const auto& r : absence) {
        csv += fmt::format("{},2025,chronic_absence,lower_is_better,{},{},{}\n", kMonterey, r.group, r.denominator,
                           r.numerators[2]);
    }
    return csv;
}

std::string lancaster_outcomes() {
    return fmt::format(
        "org_code,year,indicator,direction,group,denominator,numerator\n"
        "{0},2025,chronic_absence,lower_is_better,ALL,14089,3240\n"
        "{0},2025,chronic_absence,lower_is_better,HOM,810,372\n"
        "{0},2025,chronic_absence,lower_is_better,FOS,404,141\n"
        "{0},2025,chronic_absence,lower_is_better,SED,12541,3010\n"
        "{0},2025,chronic_absence,lower_is_better,EL,2294,505\n",
        kLancaster);
}

constexpr const char* kStaff =
    "name,credentials,years_experience,languages,grade_spans,program_types,learning_needs,professional_organizations\n"
    "Sofía Herrera,Single Subject: Spanish;Single Subject: French,14,Spanish;French,middle;high,world_language;ap,"
    "Proficiency-based assessment;Heritage speakers;Technology for language learning,CLTA;ACTFL\n"
    "Carmen Ruiz,Multiple Subject;Bilingual Authorization: Spanish,9,Spanish,elementary,dual_immersion,"
    "Biliteracy;Heritage speakers;Proficiency-based assessment,CABE\n"
    "Jorge Salinas,Multiple Subject,2,Spanish,elementary,dual_immersion,Biliteracy;Classroom management;Heritage "
    "speakers,\n"
    "Mei Chen,Single Subject: Mandarin,5,Mandarin,middle,world_language,"
    "Technology for language learning;Proficiency-based assessment,CLTA\n"
    "Ana Beltrán,Single Subject: Spanish,22,Spanish,high,world_language;ap,Proficiency-based assessment;Heritage "
    "speakers,ACTFL\n"
    "Luc Moreau,Single Subject: French,7,French,high,world_language,Technology for language learning;Biliteracy,\n"
    "Rosa Vidal,Multiple Subject;Bilingual Authorization: Spanish,4,Spanish,elementary,dual_immersion,"
    "Biliteracy;Proficiency-based assessment,CABE\n";

// The demo's people do their data work outside any request, so their audit trail is written here with the
// actions and details the API records (api/audit_trail.cpp); the address is from the documentation range.
void record_demo_audit(store::Connection& db, std::int64_t organization_id, std::int64_t user_id,
                       const std::string& user_name, store::AuditAction action, const std::string& detail,
                       std::int64_t at) {
    store::AuditEvent event;
    event.organization_id = organization_id;
    event.user_id = user_id;
    event.user_name = user_name;
    event.action = std::string(store::audit_action_name(action));
    event.detail = detail;
    event.client_address = "192.0.2.10";
    event.created_at = at;
    store::record_audit_event(db, event);
}

}  // namespace

void add_demo_student_data(store::Connection& db, const DemoDataPeople& people, std::int64_t now) {
    using actions::ImportKind;
    const auto by = people.data_lead_user;
    add_schools(db, now);
    import_or_throw(db, ImportKind::students, people.monterey, kMonterey, synthetic_students(),
                    "mpusd-sis-export-2025.csv", 2025, by, "Luis Romero", now);
    import_or_throw(db, ImportKind::aggregate, people.monterey, kMonterey, monterey_outcomes(), "mpusd-outcomes.csv",
                    std::nullopt, by, "Luis Romero", now);
    import_or_throw(db, ImportKind::teachers, people.monterey, kMonterey, kStaff, "mpusd-world-language-staff.csv",
                    std::nullopt, by, "Luis Romero", now);
    import_or_throw(db, ImportKind::aggregate, people.lancaster, kLancaster, lancaster_outcomes(),
                    "lancaster-absence.csv", std::nullopt, people.lancaster_lead_user, "James Carter", now);

    store::DataSettings settings;
    settings.offered_languages = {{"Spanish", {"dual_immersion", "world_language", "ap"}},
                                  {"Mandarin", {"world_language"}},
                                  {"French", {"world_language"}}};
    store::save_data_settings(db, people.monterey, settings, 0);

    // What Monterey shows its peers: suppressed views only.
    store::share_view(db, people.monterey, "suspension", 2025, by, "Luis Romero", now);
    store::share_view(db, people.monterey, "program:spanish_dual_immersion", 2025, by, "Luis Romero", now);
    store::share_view(db, people.lancaster, "chronic_absence", 2025, people.lancaster_lead_user, "James Carter", now);

    // Monterey's data access log: the data lead's imports and shares, then a look at the full suspension counts.
    using store::AuditAction;
    const auto audit = [&](AuditAction action, const std::string& detail, std::int64_t minutes_before) {
        record_demo_audit(db, people.monterey, by, "Luis Romero", action, detail, now - minutes_before * 60);
    };
    audit(AuditAction::data_import, R"({"kind":"students","filename":"mpusd-sis-export-2025.csv","year":2025})", 50);
    audit(AuditAction::data_import, R"({"kind":"aggregate","filename":"mpusd-outcomes.csv"})", 45);
    audit(AuditAction::data_import, R"({"kind":"teachers","filename":"mpusd-world-language-staff.csv"})", 40);
    audit(AuditAction::data_read,
          R"({"indicator":"suspension","year":2025,"org_code":"27660920000000","view":"full","format":"json"})", 30);
    audit(AuditAction::data_share, R"({"indicator":"suspension","year":2025})", 20);
    audit(AuditAction::data_share, R"({"indicator":"program:spanish_dual_immersion","year":2025})", 19);
    audit(AuditAction::data_export,
          R"({"indicator":"suspension","year":2025,"org_code":"27660920000000","view":"full","format":"csv"})", 10);

    store::GuideDataView view;
    view.team_id = people.world_languages_team;
    view.guide_id = "world-languages-module-0";
    view.module_id = "module-0";
    view.section_id = "c-students";
    view.organization_id = people.monterey;
    view.org_code = kMonterey;
    view.indicator = "program:spanish_dual_immersion";
    view.year = 2025;
    view.note =
        "English learners are a third of the students in the grades we offer dual immersion, and far fewer "
        "of the students enrolled in it. Why?";
    view.attached_by_name = "Luis Romero";
    view.attached_at = now;
    store::attach_data_view(db, view, by);
}

}  // namespace trellis::app
