#include "api/data_analysis.hpp"

#include <boost/json.hpp>
#include <fmt/format.h>

#include "trellis/analytics/suppression.hpp"
#include "trellis/store/student_data.hpp"

namespace trellis::api {

namespace json = boost::json;

namespace {

json::value number_or_null(const std::optional<double>& v) { return v ? json::value(*v) : json::value(nullptr); }
json::value count_or_null(const std::optional<std::int64_t>& v) { return v ? json::value(*v) : json::value(nullptr); }

std::string csv_number(const std::optional<double>& v) { return v ? fmt::format("{:.6g}", *v) : std::string(); }
std::string csv_count(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : std::string(); }

analytics::IndicatorAnalysis analyze_year(const std::string& indicator, const store::IndicatorYearCounts& counts,
                                          const AnalysisQuery& query) {
    auto full = analytics::analyze_indicator(indicator, counts.direction, counts.groups, query.settings);
    return query.shared ? analytics::suppress_for_sharing(full, query.settings) : full;
}

}  // namespace

std::vector<IndicatorReport> analyze_organization(store::Connection& db, const AnalysisQuery& query) {
    std::vector<std::string> indicators;
    if (query.indicator) {
        indicators.push_back(*query.indicator);
    } else {
        for (const auto& s : store::district_indicators(db, store::district_of(query.org_code))) indicators.push_back(s.indicator);
    }
    std::vector<IndicatorReport> out;
    for (const auto& indicator : indicators) {
        const auto years = store::indicator_counts(db, query.org_code, indicator);
        // The year reported: the one asked for, else the latest stored (the latest shared, in a shared view
        // that previews nothing). A trend ends there.
        const store::IndicatorYearCounts* chosen = nullptr;
        for (const auto& y : years) {
            if (query.year && y.year > *query.year) continue;
            if (query.shared && !query.preview_unshared && !query.shared_years.contains({indicator, y.year})) continue;
            chosen = &y;
        }
        if (chosen == nullptr || (query.year && chosen->year != *query.year)) continue;
        std::vector<analytics::YearAnalysis> history;
        for (const auto& y : years) {
            if (y.year > chosen->year) break;  // oldest first
            const bool in_view = !query.shared || &y == chosen || query.shared_years.contains({indicator, y.year});
            if (in_view) history.push_back({y.year, analyze_year(indicator, y, query)});
        }
        IndicatorReport report;
        report.year = chosen->year;
        report.analysis = history.back().analysis;
        report.trends = analytics::trends(history);
        out.push_back(std::move(report));
    }
    return out;
}

json::value group_json(const analytics::GroupAnalysis& g) {
    return json::object{{"group", g.group},
                        {"denominator", count_or_null(g.denominator)},
                        {"numerator", count_or_null(g.numerator)},
                        {"rate", number_or_null(g.rate)},
                        {"others_rate", number_or_null(g.others_rate)},
                        {"rate_ratio", number_or_null(g.rate_ratio)},
                        {"population_share", number_or_null(g.population_share)},
                        {"numerator_share", number_or_null(g.numerator_share)},
                        {"flag", analytics::to_string(g.flag)},
                        {"suppressed", g.suppressed}};
}

json::value report_json(const AnalysisQuery& query, const std::vector<IndicatorReport>& reports) {
    json::array indicators;
    for (const auto& r : reports) {
        json::array groups, trends;
        for (const auto& g : r.analysis.groups) groups.push_back(group_json(g));
        for (const auto& t : r.trends) {
            json::array points;
            for (const auto& p : t.points) {
                points.push_back(json::object{{"year", p.year}, {"rate", number_or_null(p.value.rate)},
                                              {"rate_ratio", number_or_null(p.value.rate_ratio)},
                                              {"flag", analytics::to_string(p.value.flag)},
                                              {"suppressed", p.value.suppressed}});
            }
            trends.push_back(json::object{{"group", t.group}, {"points", std::move(points)},
                                          {"rate_change", number_or_null(t.rate_change)}});
        }
        indicators.push_back(json::object{{"indicator", r.analysis.indicator},
                                          {"direction", analytics::to_string(r.analysis.direction)},
                                          {"year", r.year},
                                          {"groups", std::move(groups)},
                                          {"trends", std::move(trends)}});
    }
    return json::object{{"org_code", query.org_code},
                        {"year", query.year ? json::value(*query.year) : json::value(nullptr)},
                        {"shared", query.shared},
                        {"settings", json::object{{"min_denominator", query.settings.min_denominator},
                                                  {"under_ratio", query.settings.under_ratio},
                                                  {"over_ratio", query.settings.over_ratio},
                                                  {"suppress_at_most", query.settings.suppress_at_most}}},
                        {"indicators", std::move(indicators)}};
}

std::string report_csv(const AnalysisQuery& query, const std::vector<IndicatorReport>& reports) {
    std::string out =
        "org_code,year,indicator,direction,group,denominator,numerator,rate,others_rate,rate_ratio,"
        "population_share,numerator_share,flag,suppressed\r\n";
    for (const auto& r : reports) {
        for (const auto& g : r.analysis.groups) {
            // Codes and names are [A-Za-z0-9_:-]: nothing to quote.
            out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{}\r\n", query.org_code, r.year,
                               r.analysis.indicator, analytics::to_string(r.analysis.direction), g.group,
                               csv_count(g.denominator), csv_count(g.numerator), csv_number(g.rate),
                               csv_number(g.others_rate), csv_number(g.rate_ratio), csv_number(g.population_share),
                               csv_number(g.numerator_share), analytics::to_string(g.flag),
                               g.suppressed ? "true" : "false");
        }
    }
    return out;
}

}  // namespace trellis::api
