#include "trellis/api/data_reports.hpp"

#include <fmt/format.h>
#include <boost/json.hpp>

namespace trellis::api {

namespace json = boost::json;

namespace {

json::value number_or_null(const std::optional<double>& v) { return v ? json::value(*v) : json::value(nullptr); }
json::value count_or_null(const std::optional<std::int64_t>& v) { return v ? json::value(*v) : json::value(nullptr); }

std::string csv_number(const std::optional<double>& v) { return v ? fmt::format("{:.6g}", *v) : std::string(); }
std::string csv_count(const std::optional<std::int64_t>& v) { return v ? std::to_string(*v) : std::string(); }

}  // namespace

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

json::value report_json(const actions::AnalysisQuery& query, const std::vector<actions::IndicatorReport>& reports) {
    json::array indicators;
    for (const auto& r : reports) {
        json::array groups, trends;
        for (const auto& g : r.analysis.groups) groups.push_back(group_json(g));
        for (const auto& t : r.trends) {
            json::array points;
            for (const auto& p : t.points) {
                points.push_back(json::object{{"year", p.year},
                                              {"rate", number_or_null(p.value.rate)},
                                              {"rate_ratio", number_or_null(p.value.rate_ratio)},
                                              {"flag", analytics::to_string(p.value.flag)},
                                              {"suppressed", p.value.suppressed}});
            }
            trends.push_back(json::object{
                {"group", t.group}, {"points", std::move(points)}, {"rate_change", number_or_null(t.rate_change)}});
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

std::string report_csv(const actions::AnalysisQuery& query, const std::vector<actions::IndicatorReport>& reports) {
    std::string out =
        "org_code,year,indicator,direction,group,denominator,numerator,rate,others_rate,rate_ratio,"
        "population_share,numerator_share,flag,suppressed\r\n";
    for (const auto& r : reports) {
        for (const auto& g : r.analysis.groups) {
            // Codes and names are [A-Za-z0-9_:-]: nothing to quote.
            out += fmt::format(
                "{},{},{},{},{},{},{},{},{},{},{},{},{},{}\r\n", query.org_code, r.year, r.analysis.indicator,
                analytics::to_string(r.analysis.direction), g.group, csv_count(g.denominator), csv_count(g.numerator),
                csv_number(g.rate), csv_number(g.others_rate), csv_number(g.rate_ratio), csv_number(g.population_share),
                csv_number(g.numerator_share), analytics::to_string(g.flag), g.suppressed ? "true" : "false");
        }
    }
    return out;
}

}  // namespace trellis::api
