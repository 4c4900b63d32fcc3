#include "trellis/store/matching.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>

#include <fmt/format.h>

#include "store/string_list.hpp"

namespace trellis::store {

std::vector<DeclaredExpertise> organization_expertise(Connection& db, std::int64_t organization_id) {
    std::vector<DeclaredExpertise> out;
    for (const auto& row :
         db.query("SELECT topic, note FROM organization_expertise WHERE organization_id = ? ORDER BY topic",
                  {organization_id}))
        out.push_back({row.text(0), row.text(1)});
    return out;
}

void replace_organization_expertise(Connection& db, std::int64_t organization_id,
                                    const std::vector<DeclaredExpertise>& expertise) {
    db.execute("DELETE FROM organization_expertise WHERE organization_id = ?", {organization_id});
    for (const auto& e : expertise)
        db.execute("INSERT INTO organization_expertise (organization_id, topic, note) VALUES (?, ?, ?)",
                   {organization_id, e.topic, e.note});
    db.execute("UPDATE organizations SET version = version + 1 WHERE id = ?", {organization_id});
}

TeamNeed team_need(Connection& db, std::int64_t team_id) {
    const auto row =
        db.query_one("SELECT topics, description, updated_at FROM team_needs WHERE team_id = ?", {team_id});
    if (!row) return {};
    return {decode_string_list(row->text(0)), row->text(1), row->integer(2)};
}

void save_team_need(Connection& db, std::int64_t team_id, const TeamNeed& need, std::int64_t now) {
    db.execute("DELETE FROM team_needs WHERE team_id = ?", {team_id});
    db.execute("INSERT INTO team_needs (team_id, topics, description, updated_at) VALUES (?, ?, ?, ?)",
               {team_id, encode_string_list(need.topics), need.description, now});
}

namespace {

void sort_unique(std::vector<std::string>& values) {
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
}

std::optional<std::size_t> outcome_index(const std::string& indicator, const std::string& group) {
    for (std::size_t i = 0; i < domain::kOutcomes.size(); ++i)
        if (domain::kOutcomes[i].indicator == indicator && domain::kOutcomes[i].group == group) return i;
    return std::nullopt;
}

struct LatestCount {
    std::int64_t year = 0;
    std::optional<std::pair<std::int64_t, std::int64_t>> counts;  // numerator, denominator; nullopt: unknown
};

// The latest year's counts per organization and outcome; a suppressed latest year makes the rate unknown (an
// older published year does not stand in for it).
void read_outcomes(Connection& db, MatchingFeatures& features,
                   const std::unordered_map<std::string, std::size_t>& by_cds) {
    std::map<std::pair<std::size_t, std::size_t>, LatestCount> latest;
    const auto take = [&](const Row& row, bool known) {
        const auto candidate = by_cds.find(row.text(0));
        const auto outcome = outcome_index(row.text(1), row.text(2));
        if (candidate == by_cds.end() || !outcome) return;
        auto& slot = latest[{candidate->second, *outcome}];
        const auto year = row.integer(3);
        if (year < slot.year) return;
        slot.year = year;
        if (known && row.integer(5) > 0) slot.counts = std::pair{row.integer(4), row.integer(5)};
        else slot.counts.reset();
    };
    const std::string columns = "SELECT org_code, indicator, group_code, year, numerator, denominator FROM ";
    const std::string where =
        " WHERE indicator IN ('suspension', 'chronic_absence') AND group_code IN ('ALL', 'FOS', 'HOM')";
    for (const auto& row : db.query(columns + "indicator_counts" + where)) take(row, true);
    for (const auto& row : db.query(columns + "indicator_unknown_counts" + where)) take(row, false);
    std::array<std::pair<double, double>, domain::kOutcomes.size()> district_sums{};
    for (const auto& [key, value] : latest) {
        if (!value.counts) continue;
        auto& candidate = features.candidates[key.first];
        const auto [numerator, denominator] = *value.counts;
        candidate.outcome_rates[key.second] = static_cast<double>(numerator) / static_cast<double>(denominator);
        if (candidate.kind == "district") {
            district_sums[key.second].first += static_cast<double>(numerator);
            district_sums[key.second].second += static_cast<double>(denominator);
        }
    }
    for (std::size_t i = 0; i < district_sums.size(); ++i)
        if (district_sums[i].second > 0) features.reference_rates[i] = district_sums[i].first / district_sums[i].second;
}

}  // namespace

MatchingFeatures load_matching_features(Connection& db) {
    MatchingFeatures features;
    std::unordered_map<std::int64_t, std::size_t> by_id;
    std::unordered_map<std::string, std::size_t> by_cds;
    // The directory's organizations (public facts), and those outside it whose admins declared expertise: that
    // declaration is their consent to being found.
    for (const auto& row : db.query(
             "SELECT id, name, kind, cds_code, county, parent_cds, status, enrollment, low_income, english_learners, "
             "foster, homeless, locale, grade_spans, latitude, longitude FROM organizations WHERE directory_source IS "
             "NOT NULL OR id IN "
             "(SELECT organization_id FROM organization_expertise)")) {
        domain::MatchCandidate c;
        c.id = row.integer(0);
        c.name = row.text(1);
        c.kind = row.text(2);
        c.cds_code = row.text(3);
        c.county = row.text(4);
        c.parent_cds = row.text(5);
        c.open = row.text(6) != "closed";
        c.enrollment = row.optional_integer(7);
        c.low_income = row.optional_integer(8);
        c.english_learners = row.optional_integer(9);
        c.foster = row.optional_integer(10);
        c.homeless = row.optional_integer(11);
        c.locale = row.optional_text(12);
        c.grade_spans = decode_string_list(row.text(13));
        if (!row.is_null(14) && !row.is_null(15)) {
            c.latitude = row.real(14);
            c.longitude = row.real(15);
        }
        by_id.emplace(c.id, features.candidates.size());
        if (!c.cds_code.empty()) by_cds.emplace(c.cds_code, features.candidates.size());
        features.candidates.push_back(std::move(c));
    }
    const auto candidate = [&](std::int64_t id) -> domain::MatchCandidate* {
        const auto it = by_id.find(id);
        return it == by_id.end() ? nullptr : &features.candidates[it->second];
    };
    for (const auto& row : db.query("SELECT organization_id, topic, note FROM organization_expertise")) {
        if (auto* c = candidate(row.integer(0))) {
            c->declared_topics.push_back(row.text(1));
            if (!row.text(2).empty()) c->expertise_notes += fmt::format("{} ", row.text(2));
        }
    }
    for (const auto& row : db.query("SELECT m.organization_id, n.name, n.focus FROM network_members m JOIN networks n "
                                    "ON n.id = m.network_id WHERE m.role = 'mentor' AND m.status = 'active'")) {
        if (auto* c = candidate(row.integer(0))) {
            ++c->mentor_networks;
            for (auto& t : domain::topics_mentioned(row.text(1) + " " + row.text(2)))
                c->mentor_topics.push_back(std::move(t));
        }
    }
    for (const auto& row : db.query("SELECT mentor_organization_id, COUNT(*) FROM agreements WHERE status <> 'draft' "
                                    "GROUP BY mentor_organization_id")) {
        if (auto* c = candidate(row.integer(0))) c->provider_agreements = static_cast<int>(row.integer(1));
    }
    for (const auto& row : db.query("SELECT a.mentor_organization_id, e.focus FROM coaching_entries e JOIN agreements "
                                    "a ON a.id = e.agreement_id")) {
        if (auto* c = candidate(row.integer(0)))
            for (auto& t : domain::topics_mentioned(row.text(1))) c->coaching_topics.push_back(std::move(t));
    }
    for (auto& c : features.candidates) {
        std::transform(c.expertise_notes.begin(), c.expertise_notes.end(), c.expertise_notes.begin(),
                       [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
        sort_unique(c.declared_topics);
        sort_unique(c.mentor_topics);
    }
    read_outcomes(db, features, by_cds);
    return features;
}

std::string matching_features_stamp(Connection& db) {
    const auto row = db.query_one(
        "SELECT (SELECT COUNT(*) FROM organizations), (SELECT COALESCE(SUM(version), 0) FROM organizations), "
        "(SELECT COUNT(*) FROM organization_expertise), "
        "(SELECT COUNT(*) FROM network_members WHERE status = 'active'), "
        "(SELECT COALESCE(SUM(version), 0) FROM networks), (SELECT COALESCE(SUM(version), 0) FROM agreements), "
        "(SELECT COUNT(*) FROM coaching_entries), (SELECT COALESCE(MAX(id), 0) FROM coaching_entries), "
        "(SELECT COALESCE(MAX(id), 0) FROM data_imports), (SELECT COUNT(*) FROM data_imports)");
    std::string stamp;
    for (std::size_t i = 0; i < 10; ++i) stamp += fmt::format("{}/", row->integer(i));
    return stamp;
}

}  // namespace trellis::store
