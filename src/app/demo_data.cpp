#include "app/demo_data.hpp"
#include "app/demo_agreements.hpp"
#include "app/demo_assessments.hpp"
#include "app/demo_drivers.hpp"
#include "app/demo_evidence.hpp"
#include "app/demo_feedback.hpp"
#include "app/demo_guides.hpp"
#include "app/demo_library.hpp"
#include "app/demo_measures.hpp"
#include "app/demo_meetings.hpp"
#include "app/demo_network_meetings.hpp"
#include "app/demo_outreach.hpp"
#include "app/demo_participants.hpp"
#include "app/demo_plan.hpp"
#include "app/demo_prototypes.hpp"
#include "app/demo_student_data.hpp"

#include <fmt/format.h>

#include <array>

#include "trellis/actions/network_dashboard.hpp"
#include "trellis/auth/secrets.hpp"
#include "trellis/domain/follow_through.hpp"
#include "trellis/store/accounts.hpp"
#include "trellis/store/directory.hpp"
#include "trellis/store/matching.hpp"
#include "trellis/store/network_highlights.hpp"
#include "trellis/store/networks.hpp"
#include "trellis/store/notification_settings.hpp"
#include "trellis/store/organizations.hpp"
#include "trellis/store/teams.hpp"

namespace trellis::app {

namespace {

// Profiles: CALPADS unduplicated pupil counts 2018-19 by LEA (shared/data/ca/cupc1819-k12_lea.csv: total
// enrollment, unduplicated FRPM-eligible count, English learners, foster, homeless) and NCES Common Core of
// Data locale (shared/data/nces/nces_ccd_search_ca_districts.csv). Copied here so the demo runs anywhere.
constexpr const char* kProfileSource = "CALPADS unduplicated pupil count 2018-19; NCES CCD locale";

struct DemoPerson {
    const char* email;
    const char* name;
};

std::int64_t add_user(store::Connection& db, const std::string& password_hash, const DemoPerson& person,
                      std::int64_t now, bool site_admin = false) {
    return store::insert_user(db, person.email, person.name, password_hash, site_admin, now);
}

// Languages and mail settings (issue 15): everyone starts with the defaults (English, minutes and reminders on,
// a daily digest); the world-language teacher reads Spanish, and Monterey's superintendent, who follows many
// teams from a distance, takes the weekly digest.
void set_demo_mail_settings(store::Connection& db, std::int64_t world_language_teacher, std::int64_t superintendent) {
    auto spanish = store::notification_settings(db, world_language_teacher).value_or(store::NotificationSettings{});
    spanish.language = "es";
    store::save_notification_settings(db, world_language_teacher, spanish);
    auto weekly = store::notification_settings(db, superintendent).value_or(store::NotificationSettings{});
    weekly.digest = "weekly";
    store::save_notification_settings(db, superintendent, weekly);
}

constexpr const char* kMontereyCds = "27660920000000";

std::int64_t add_district(store::Connection& db, const char* name, const char* cds, const char* nces,
                          std::vector<std::string> spans, store::OrganizationProfile profile, std::int64_t now) {
    store::Organization o;
    o.name = name;
    o.kind = "district";
    o.cds_code = cds;
    o.nces_id = nces;
    o.grade_spans = std::move(spans);
    o.profile = std::move(profile);
    o.profile.source = kProfileSource;
    return store::insert_organization(db, o, now);
}

struct DemoMember {
    const char* name;
    const char* email;
    const char* role;
    std::vector<std::string> perspectives;
    std::vector<std::string> content_areas;
    std::vector<std::string> grade_spans;
    std::vector<std::string> skills;
};

void add_members(store::Connection& db, std::int64_t team_id, const std::vector<DemoMember>& members,
                 std::int64_t now) {
    for (const auto& d : members) {
        store::Member m;
        m.team_id = team_id;
        m.name = d.name;
        m.email = d.email;
        m.role = d.role;
        m.perspectives = d.perspectives;
        m.content_areas = d.content_areas;
        m.grade_spans = d.grade_spans;
        m.skills = d.skills;
        if (const auto user = store::find_user_by_email(db, m.email)) m.user_id = user->id;
        store::insert_member(db, m, now);
    }
}

}  // namespace

void load_demo_data(store::Connection& db, std::int64_t now) {
    store::Transaction transaction(db);
    const auto hash = auth::hash_password(kDemoPassword);  // one Argon2 run for every demo account

    add_user(db, hash, {"admin@trellis.example", "Site Administrator"}, now, true);
    const auto facilitator = add_user(db, hash, {"facilitator@pivotlearning.example", "Rosa Delgado"}, now);
    const auto mentor = add_user(db, hash, {"mentor@sanger.example", "Daniel Ortiz"}, now);
    const auto second_coach = add_user(db, hash, {"l.kim@sanger.example", "Laura Kim"}, now);
    const auto mpusd_lead = add_user(db, hash, {"lead@mpusd.example", "Elena Martínez"}, now);
    const auto lancaster_lead = add_user(db, hash, {"lead@lancaster.example", "James Carter"}, now);
    const auto superintendent = add_user(db, hash, {"superintendent@mpusd.example", "Patricia Nguyen"}, now);
    const auto wl_teacher = add_user(db, hash, {"wl.teacher@mpusd.example", "Sofía Herrera"}, now);
    const auto data_lead = add_user(db, hash, {"data@mpusd.example", "Luis Romero"}, now);
    // The network's funder (issue 14): a viewer of Pivot Learning, so the network report shows them what the member
    // teams share with the network and nothing of a team that shares nothing.
    const auto funder = add_user(db, hash, {"funder@foundation.example", "Grace Whitfield"}, now);
    set_demo_mail_settings(db, wl_teacher, superintendent);

    store::Organization pivot;
    pivot.name = "Pivot Learning";
    pivot.kind = "intermediary";
    const auto pivot_id = store::insert_organization(db, pivot, now);
    const auto sanger =
        add_district(db, "Sanger Unified", "10624140000000", "0635250", {"elementary", "middle", "high"},
                     {10780, 7513, 1716, 97, 77, "Town: Fringe", {}}, now);
    const auto monterey =
        add_district(db, "Monterey Peninsula Unified", kMontereyCds, "0625530", {"elementary", "middle", "high"},
                     {9499, 6259, 2577, 20, 880, "Suburb: Midsize", {}}, now);
    const auto lancaster =
        add_district(db, "Lancaster Elementary", "19646670000000", "0620880", {"elementary", "middle"},
                     {14089, 12584, 2294, 404, 810, "Suburb: Large", {}}, now);

    // Where the state's directory places each district office (pubschls Latitude/Longitude), so matching's
    // distance band works in the demo before the directory is loaded: Sanger is about 209 km from Monterey.
    store::set_organization_location(db, sanger, 36.705838, -119.56406);
    store::set_organization_location(db, monterey, 36.595326, -121.89877);
    store::set_organization_location(db, lancaster, 34.694742, -118.13908);

    store::set_organization_role(db, pivot_id, facilitator, "admin");
    store::set_organization_role(db, pivot_id, funder, "viewer");
    store::set_organization_role(db, sanger, mentor, "admin");
    store::set_organization_role(db, sanger, second_coach, "member");
    store::set_organization_role(db, monterey, mpusd_lead, "admin");
    store::set_organization_role(db, monterey, superintendent, "viewer");
    store::set_organization_role(db, monterey, data_lead, "data_lead");
    store::set_organization_role(db, lancaster, lancaster_lead, "admin");

    store::Network network;
    network.name = "MTSS community of practice for foster and homeless youth";
    network.focus =
        "Build multi-tiered systems of support that catch foster and homeless youth before they fall "
        "through the cracks, learning from Sanger Unified's MTSS work.";
    network.facilitator_id = pivot_id;
    network.starts_on = "2026-08-01";
    network.ends_on = "2027-06-30";
    const auto network_id = store::insert_network(db, network, now);
    // Made the real way: the facilitator adds each district, and each district's admin accepts.
    struct Joining {
        std::int64_t district;
        const char* role;
        std::int64_t admin;
    };
    for (const auto& [district, role, admin] : std::array<Joining, 3>{
             {{sanger, "mentor", mentor}, {monterey, "peer", mpusd_lead}, {lancaster, "peer", lancaster_lead}}}) {
        store::add_network_member(db, network_id, district, role, false, facilitator, now);
        store::answer_network_invitation(db, network_id, district, "active", admin, now);
    }
    // The consent step on show: Sanger invites Monterey to a second network, and Monterey has not answered.
    store::Network circle;
    circle.name = "Dual-language programs circle";
    circle.focus = "Districts growing dual immersion programs compare enrollment, staffing and results.";
    circle.facilitator_id = sanger;
    const auto circle_id = store::insert_network(db, circle, now);
    store::add_network_member(db, circle_id, monterey, "peer", false, mentor, now);

    const auto sanger_team = store::insert_team(db, sanger, "MTSS mentor team",
                                                "Coach the peer districts from Sanger's MTSS practice.", now);
    add_members(db, sanger_team,
                {{"Daniel Ortiz",
                  "mentor@sanger.example",
                  "lead",
                  {"administration"},
                  {"MTSS"},
                  {"elementary", "middle", "high"},
                  {"coaching", "RtI"}},
                 {"Laura Kim",
                  "l.kim@sanger.example",
                  "member",
                  {"counseling_wellness"},
                  {"MTSS"},
                  {"middle", "high"},
                  {"behavior supports"}}},
                now);

    const auto monterey_mtss = store::insert_team(db, monterey, "MTSS for foster and homeless youth",
                                                  "Discover how our system treats foster and homeless youth, then "
                                                  "prototype supports with feedback from Sanger and Lancaster.",
                                                  now);
    // Peer matching (issue 14): the mentor declares what it is known for, and Monterey's MTSS team states the
    // need its page opens with; its matches then put Sanger near the top, with the reasons.
    store::replace_organization_expertise(
        db, sanger,
        {{"mtss", "A district-wide MTSS with tiered academic and behavior supports, coached for peer districts."},
         {"foster_youth", "Case management and school-site liaisons for foster youth."}});
    store::save_team_need(db, monterey_mtss,
                          {{"foster_youth", "homeless_youth", "mtss"},
                           "A multi-tiered system of supports that finds foster and homeless youth early.",
                           std::nullopt},
                          now);
    add_members(db, monterey_mtss,
                {{"Elena Martínez",
                  "lead@mpusd.example",
                  "lead",
                  {"administration"},
                  {},
                  {"elementary", "middle", "high"},
                  {"facilitation"}},
                 {"Marcus Bell",
                  "m.bell@mpusd.example",
                  "member",
                  {"counseling_wellness"},
                  {},
                  {"high"},
                  {"foster youth liaison"}},
                 {"Ana López",
                  "a.lopez@mpusd.example",
                  "member",
                  {"families", "community_partners"},
                  {},
                  {"elementary"},
                  {"family engagement"}}},
                now);

    const auto lancaster_mtss =
        store::insert_team(db, lancaster, "MTSS for foster and homeless youth",
                           "Prototype early supports for homeless students with the network.", now);
    add_members(db, lancaster_mtss,
                {{"James Carter",
                  "lead@lancaster.example",
                  "lead",
                  {"administration"},
                  {},
                  {"elementary", "middle"},
                  {"data analysis"}},
                 {"Grace Owens",
                  "g.owens@lancaster.example",
                  "member",
                  {"special_education"},
                  {},
                  {"elementary"},
                  {"IEP coordination"}}},
                now);

    // The guide's section A in practice: a World Languages team that has not yet reached families, students,
    // special education or anyone teaching in elementary grades.
    const auto world_languages =
        store::insert_team(db, monterey, "World Languages Standards",
                           "Implement the 2019 World Languages Standards across our programs.", now);
    add_members(db, world_languages,
                {{"Elena Martínez",
                  "lead@mpusd.example",
                  "lead",
                  {"administration"},
                  {"Spanish"},
                  {"high"},
                  {"facilitation", "program design"}},
                 {"Sofía Herrera",
                  "wl.teacher@mpusd.example",
                  "member",
                  {},
                  {"Spanish", "French"},
                  {"middle", "high"},
                  {"dual immersion", "assessment"}},
                 {"Tom Becker",
                  "t.becker@mpusd.example",
                  "member",
                  {"counseling_wellness"},
                  {"Counseling"},
                  {"high"},
                  {"scheduling"}},
                 {"Priya Shah",
                  "p.shah@mpusd.example",
                  "member",
                  {"community_partners"},
                  {"Mandarin"},
                  {"middle"},
                  {"heritage language programs"}}},
                now);
    add_demo_outreach(db, world_languages, mpusd_lead, now);
    add_demo_meetings(db, world_languages, {sanger_team, monterey_mtss, lancaster_mtss}, mpusd_lead, now);
    add_demo_participants(db, world_languages, monterey, mpusd_lead, now);
    add_demo_guide_progress(db, world_languages, mpusd_lead, now);
    add_demo_student_data(db, {monterey, lancaster, world_languages, data_lead, lancaster_lead}, now);
    add_demo_discovery_progress(db, {monterey_mtss, mpusd_lead, monterey, kMontereyCds}, now);
    add_demo_measures(db, monterey_mtss, mpusd_lead, now);
    add_demo_plan(db, world_languages, mpusd_lead, now);
    add_demo_assessments(db, world_languages, mpusd_lead, now);
    // What the peer teams share with the network, so that its dashboard has rows: Monterey's two teams share
    // their progress (World Languages its meetings and their minutes too), Lancaster's its progress and meetings;
    // the two MTSS teams, working on the same problem, show it to each other's district too (peers). Sanger's own
    // mentor team shares nothing and stays off the dashboard.
    const auto share = [&](std::int64_t team, std::int64_t lead, const char* name, std::vector<std::string> kinds) {
        const auth::Principal who{.user_id = lead, .name = name};
        if (!actions::set_team_sharing({db, who, now - 20 * 86400}, team, kinds))
            throw std::runtime_error("demo: sharing refused");
    };
    share(world_languages, mpusd_lead, "Elena Martínez", {"progress", "meetings", "minutes"});
    share(monterey_mtss, mpusd_lead, "Elena Martínez", {"progress", "peers"});
    share(lancaster_mtss, lancaster_lead, "James Carter", {"progress", "meetings", "peers"});
    add_demo_agreement(db,
                       {network_id, pivot_id, sanger, monterey, lancaster, facilitator, mentor, second_coach,
                        mpusd_lead, lancaster_lead, monterey_mtss, lancaster_mtss},
                       now);
    // The facilitator's highlights for the network report (issue 14), dated in the school year the report opens on.
    const auto highlight = [&](std::int64_t days_ago, const char* text) {
        store::insert_network_highlight(
            db, {.network_id = network_id, .happened_on = domain::utc_date(now - days_ago * 86400), .text = text},
            facilitator, now - days_ago * 86400);
    };
    highlight(40, "Sanger's MTSS team hosted both peer districts for a day of classroom visits and coaching.");
    highlight(12,
              "Monterey started a weekly early-warning review for foster and homeless youth at its two high "
              "schools; Lancaster is building the attendance report it needs first.");
    // Issue 12: Monterey's MTSS team's problem of practice, aim and driver diagram (after its measure), its
    // discovery evidence sorted into themes with an insight, and its prototype with PDSA cycles marked on the
    // measure's run chart and linked to the insight it answers.
    add_demo_drivers(db, monterey_mtss, mpusd_lead, now);
    add_demo_evidence(db, monterey_mtss, mpusd_lead, now);
    add_demo_prototypes(db, monterey_mtss, now);
    // Sanger's coach gave feedback on version 1, which led to version 2; version 2's round is open (issue 12).
    add_demo_feedback(db, monterey_mtss, {.lead = mpusd_lead, .mentor = mentor, .peer = lancaster_lead}, now);
    // Sanger's MTSS resources in the library, shared with the network (issue 12).
    add_demo_library(db, network_id, sanger, mentor, now);
    // Last: the network meeting is logged on the network's active agreement when an earlier step made one.
    add_demo_network_meeting(
        db, {network_id, facilitator, sanger, monterey, lancaster, mentor, mpusd_lead, lancaster_lead}, now);
    transaction.commit();
}

std::string demo_sign_in_help() {
    return fmt::format(
        "The demo: Pivot Learning's MTSS community of practice (mentor Sanger Unified; peers Monterey "
        "Peninsula Unified and Lancaster Elementary) and Monterey's World Languages Standards team.\n"
        "Sign in with any of these accounts, password {}:\n"
        "  lead@mpusd.example                 team lead, Monterey Peninsula Unified (World Languages Standards);\n"
        "                                     its admin, with Sanger's invitation to a network waiting for an answer\n"
        "  facilitator@pivotlearning.example  facilitator, Pivot Learning (the network dashboard, the MOU with\n"
        "                                     Sanger and its coaching hours past the 80% warning)\n"
        "  mentor@sanger.example              mentor coach, Sanger Unified (logs coaching under the MOU)\n"
        "  l.kim@sanger.example               the second mentor coach, Sanger Unified\n"
        "  wl.teacher@mpusd.example           World Languages teacher, Monterey (reads Spanish): open the team's\n"
        "                                     meeting as her in a second browser beside lead@mpusd.example to try\n"
        "                                     a live meeting with two people\n"
        "  lead@lancaster.example             team lead, Lancaster Elementary\n"
        "  superintendent@mpusd.example       viewer, Monterey Peninsula Unified\n"
        "  funder@foundation.example          funder, a viewer of Pivot Learning (the network report)\n"
        "  data@mpusd.example                 data lead, Monterey Peninsula Unified (student data, teachers)\n"
        "  carmen.delgado@familias.example    family participant, World Languages (reads Spanish; or a sign-in link)\n"
        "  student.rep@mpusd.example          student participant, World Languages\n"
        "  admin@trellis.example              site administrator\n",
        kDemoPassword);
}

}  // namespace trellis::app
