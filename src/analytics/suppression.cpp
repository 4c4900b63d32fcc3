#include "trellis/analytics/suppression.hpp"

#include <array>
#include <cstddef>

namespace trellis::analytics {

namespace {

constexpr std::size_t npos = static_cast<std::size_t>(-1);

struct Hidden {
    bool den = false;
    bool num = false;
};

// The sets whose members partition ALL (treated as if they did, even when some members are unreported).
constexpr std::array kExclusiveSets = {GroupSet::race_ethnicity, GroupSet::gender, GroupSet::home_language};

GroupSet set_of(const std::string& code) {
    const auto info = classify_group(code);
    return info ? info->set : GroupSet::other;
}

bool is_hidden(const Hidden& h, bool denominators) { return denominators ? h.den : h.num; }

// The shown member with the smallest count among non-zero counts (or among zero counts), ties by table order.
std::size_t smallest_shown(const std::vector<std::size_t>& members, const std::vector<Hidden>& hidden,
                           const std::vector<std::int64_t>& counts, bool denominators, bool nonzero) {
    std::size_t best = npos;
    for (std::size_t i : members) {
        if (is_hidden(hidden[i], denominators) || (counts[i] != 0) != nonzero) continue;
        if (best == npos || counts[i] < counts[best]) best = i;
    }
    return best;
}

// The next cell to hide so that the set's hidden cells cannot be recovered from ALL and the shown members:
// nothing when no cell is hidden or at least two hidden cells are non-zero (so none of them is the whole
// hidden total); else the smallest shown non-zero cell; failing that, with a single hidden cell, a shown zero.
std::size_t complementary_choice(const std::vector<std::size_t>& members, const std::vector<Hidden>& hidden,
                                 const std::vector<std::int64_t>& counts, bool denominators) {
    std::size_t hidden_cells = 0, hidden_nonzero = 0;
    for (std::size_t i : members) {
        if (!is_hidden(hidden[i], denominators)) continue;
        ++hidden_cells;
        hidden_nonzero += counts[i] != 0;
    }
    if (hidden_cells == 0 || hidden_nonzero >= 2) return npos;
    if (const auto pick = smallest_shown(members, hidden, counts, denominators, true); pick != npos) return pick;
    return hidden_cells == 1 ? smallest_shown(members, hidden, counts, denominators, false) : npos;
}

// The counts primary suppression hides: 1 to suppress_at_most students.
bool is_small(std::int64_t v, const AnalysisSettings& settings) { return v >= 1 && v <= settings.suppress_at_most; }

// One table's counts and what of them is hidden; `all` is the row of group ALL (npos when there is none).
struct Table {
    std::vector<std::int64_t> den, num;
    std::vector<Hidden> hidden;
    std::size_t all = npos;
};

// Primary suppression: small counts are hidden (a count already missing from the input stays hidden).
Table primary_suppression(const IndicatorAnalysis& full, const AnalysisSettings& settings) {
    const std::size_t n = full.groups.size();
    const auto small = [&](std::int64_t v) { return is_small(v, settings); };
    Table t{std::vector<std::int64_t>(n), std::vector<std::int64_t>(n), std::vector<Hidden>(n), npos};
    for (std::size_t i = 0; i < n; ++i) {
        const auto& g = full.groups[i];
        if (t.all == npos && g.group == "ALL") t.all = i;
        t.den[i] = g.denominator.value_or(0);
        t.num[i] = g.numerator.value_or(0);
        t.hidden[i].den = !g.denominator || small(t.den[i]);
        t.hidden[i].num = !g.numerator || small(t.num[i]) || t.hidden[i].den;
    }
    return t;
}

// Complement: a group whose complement (ALL minus the group) is small would reveal the complement.
void suppress_small_complements(Table& t, const AnalysisSettings& settings) {
    const auto small = [&](std::int64_t v) { return is_small(v, settings); };
    for (std::size_t i = 0; i < t.hidden.size(); ++i) {
        if (i == t.all) continue;
        if (!t.hidden[i].den && small(t.den[t.all] - t.den[i])) t.hidden[i] = Hidden{true, true};
        if (!t.hidden[t.all].num && !t.hidden[i].num && small(t.num[t.all] - t.num[i])) t.hidden[i].num = true;
    }
}

// Complementary suppression inside each mutually exclusive set, while ALL is shown: a set's hidden cells must
// not be recoverable as ALL minus its shown members, so never exactly one hidden cell, and when possible at
// least two non-zero ones.
void suppress_within_sets(const IndicatorAnalysis& full, Table& t) {
    std::vector<std::vector<std::size_t>> sets(kExclusiveSets.size());
    for (std::size_t i = 0; i < full.groups.size(); ++i) {
        if (i == t.all) continue;
        const GroupSet set = set_of(full.groups[i].group);
        for (std::size_t s = 0; s < kExclusiveSets.size(); ++s) {
            if (kExclusiveSets[s] == set) sets[s].push_back(i);
        }
    }
    for (bool changed = true; changed;) {
        changed = false;
        for (const auto& members : sets) {
            if (members.size() < 2) continue;  // one reported member: no subtraction within the set
            for (const bool denominators : {true, false}) {
                if (!denominators && t.hidden[t.all].num) continue;
                const std::size_t pick =
                    complementary_choice(members, t.hidden, denominators ? t.den : t.num, denominators);
                if (pick == npos) continue;
                if (denominators) {
                    t.hidden[pick] = Hidden{true, true};  // a hidden denominator hides the whole group
                } else {
                    t.hidden[pick].num = true;
                }
                changed = true;
            }
        }
    }
}

// Group i of the table with its hidden counts removed, and every figure derived from them.
GroupAnalysis shown_group(const IndicatorAnalysis& full, const Table& t, std::size_t i,
                          const AnalysisSettings& settings) {
    GroupAnalysis g = full.groups[i];
    const Hidden h = t.hidden[i];
    const bool has_all = t.all != npos;
    const bool all_den_hidden = has_all && t.hidden[t.all].den;
    const bool all_num_hidden = has_all && t.hidden[t.all].num;
    const bool is_all = i == t.all;
    const bool rate_hidden = h.den || h.num;
    const bool population_share_hidden = has_all && (h.den || all_den_hidden);
    const bool numerator_share_hidden = has_all && (h.num || all_num_hidden);
    // others_rate and rate_ratio use the group's and ALL's four counts; ALL has neither.
    const bool comparison_hidden = has_all && !is_all && (h.den || h.num || all_den_hidden || all_num_hidden);

    if (h.den) g.denominator.reset();
    if (h.num) g.numerator.reset();
    if (rate_hidden) g.rate.reset();
    if (population_share_hidden) g.population_share.reset();
    if (numerator_share_hidden) g.numerator_share.reset();
    if (comparison_hidden) {
        g.others_rate.reset();
        g.rate_ratio.reset();
    }
    // The flag reads the denominator, and when that is at least the minimum, the ratio.
    if (h.den || (comparison_hidden && t.den[i] >= settings.min_denominator)) g.flag = Flag::suppressed;
    g.suppressed =
        h.den || h.num || rate_hidden || population_share_hidden || numerator_share_hidden || comparison_hidden;
    return g;
}

}  // namespace

IndicatorAnalysis suppress_for_sharing(const IndicatorAnalysis& full, const AnalysisSettings& settings) {
    Table t = primary_suppression(full, settings);
    if (t.all != npos && t.hidden[t.all].den) {
        // ALL itself is a handful of students: every figure of the table describes at most that many.
        for (auto& h : t.hidden) h = Hidden{true, true};
    } else if (t.all != npos) {
        suppress_small_complements(t, settings);
        suppress_within_sets(full, t);
    }
    IndicatorAnalysis out;
    out.indicator = full.indicator;
    out.direction = full.direction;
    out.groups.reserve(full.groups.size());
    for (std::size_t i = 0; i < full.groups.size(); ++i) out.groups.push_back(shown_group(full, t, i, settings));
    return out;
}

}  // namespace trellis::analytics
