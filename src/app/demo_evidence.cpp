#include "app/demo_evidence.hpp"

#include "trellis/domain/follow_through.hpp"
#include "trellis/store/evidence.hpp"

namespace trellis::app {

void add_demo_evidence(store::Connection& db, std::int64_t team, std::int64_t lead, std::int64_t now) {
    const auto nobody_knows =
        store::insert_theme(db, {.team_id = team, .name = "No adult knows they are in foster care"});
    const auto transport = store::insert_theme(db, {.team_id = team, .name = "Transport gaps after moves"});
    const auto record = [&](std::int64_t days_ago, store::EvidenceEntry entry) {
        entry.team_id = team;
        entry.happened_on = domain::utc_date(now - days_ago * 86400);
        return store::insert_evidence(db, entry, lead, now - days_ago * 86400);
    };
    const auto liaison = record(
        30, {.kind = "empathy_interview",
             .participants = "a foster youth liaison",
             .notes = "Placements change mid-year; the liaison learns of a new student in foster care weeks after "
                      "enrollment, when records arrive. Teachers are rarely told.",
             .quotes = {"By the time I hear about a student, they've already missed a month.",
                        "The bus route doesn't change when the placement does."},
             .theme_ids = {nobody_knows, transport}});
    const auto student =
        record(24, {.kind = "empathy_interview",
                    .participants = "a counselor, a student in foster care",
                    .notes = "The student changed placements twice this year and rode two city buses to keep the same "
                             "school; no adult at school knew about the moves.",
                    .quotes = {"Nobody here knew I moved.", "I leave at six to make first period."},
                    .theme_ids = {nobody_knows, transport}});
    const auto group = record(
        17, {.kind = "focus_group",
             .participants = "five students in foster care, a counselor",
             .notes = "Students described arriving at a new school with no one to check in with, and missing "
                      "after-school support because transport ends at the last bell.",
             .quotes = {"I didn't know who to ask for a bus pass.", "I only told my counselor because she asked."},
             .theme_ids = {transport}});
    store::insert_insight(db,
                          {.team_id = team,
                           .statement = "Students in foster care arrive at a new school unseen: no adult knows their "
                                        "situation, so transport and support gaps after a move go unnoticed.",
                           .evidence_ids = {liaison, student, group}},
                          lead, now - 10 * 86400);
}

}  // namespace trellis::app
