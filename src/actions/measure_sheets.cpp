#include "actions/measure_sheets.hpp"

#include <map>
#include <string>

#include "trellis/actions/measures.hpp"
#include "trellis/domain/export_text.hpp"

namespace trellis::actions {

namespace {

using sheets::Cell;
using sheets::CellType;
using sheets::Sheet;

using sheets::count_cell;
using sheets::date_cell;
using sheets::text_cell;

// Where a signal's points lie: above or below the median (a shift), going up or down (a trend).
domain::Movement movement_of(const domain::Signal& signal, const std::map<std::string, double>& values, double median) {
    const double first = values.at(signal.dates.front());
    if (signal.rule == domain::SignalRule::shift) return first > median ? domain::Movement::up : domain::Movement::down;
    return values.at(signal.dates.back()) > first ? domain::Movement::up : domain::Movement::down;
}

std::string signal_sentence(domain::Language language, const MeasureView& view, const domain::Signal& signal,
                            const std::map<std::string, double>& values) {
    const auto median = view.chart.median.value_or(0);
    const auto& from = signal.dates.front();
    const auto& to = signal.dates.back();
    switch (signal.rule) {
        case domain::SignalRule::shift:
            return domain::shift_sentence(language, movement_of(signal, values, median), signal.dates.size(), from, to);
        case domain::SignalRule::trend:
            return domain::trend_sentence(language, movement_of(signal, values, median), signal.dates.size(), from, to);
        case domain::SignalRule::runs:
            return domain::runs_sentence(language, view.chart.runs);
    }
    return {};
}

std::string signals_in_words(domain::Language language, const MeasureView& view) {
    if (view.chart.signals.empty()) return std::string(domain::measure_sheet_text(language).no_signals);
    std::map<std::string, double> values;
    for (const auto& p : view.points) values[p.date] = p.value;
    std::string words;
    for (const auto& signal : view.chart.signals) {
        if (signal.dates.empty()) continue;
        if (!words.empty()) words += "; ";
        words += signal_sentence(language, view, signal, values);
    }
    return words;
}

Sheet measures_sheet(domain::Language language, const std::vector<MeasureView>& views) {
    const auto& t = domain::measure_sheet_text(language);
    Sheet sheet{std::string(t.measures_sheet),
                {{std::string(t.measure), CellType::text, 40},
                 {std::string(t.unit), CellType::text, 10},
                 {std::string(t.direction), CellType::text, 18},
                 {std::string(t.numerator), CellType::text, 40},
                 {std::string(t.denominator), CellType::text, 40},
                 {std::string(t.baseline_points), CellType::integer, 10},
                 {std::string(t.point_count), CellType::integer, 8},
                 {std::string(t.median), CellType::number, 10},
                 {std::string(t.latest_date), CellType::date, 12},
                 {std::string(t.latest_value), CellType::number, 12},
                 {std::string(t.signals), CellType::text, 80}},
                {}};
    for (const auto& view : views) {
        const auto& m = view.measure;
        const auto* latest = view.points.empty() ? nullptr : &view.points.back();
        sheet.rows.push_back({text_cell(m.name), text_cell(m.unit),
                              text_cell(domain::direction_words(language, m.direction)), text_cell(m.numerator),
                              text_cell(m.denominator), m.baseline_points ? Cell{*m.baseline_points} : Cell{},
                              count_cell(view.points.size()), view.chart.median ? Cell{*view.chart.median} : Cell{},
                              latest ? date_cell(latest->date) : Cell{}, latest ? Cell{latest->value} : Cell{},
                              text_cell(signals_in_words(language, view))});
    }
    return sheet;
}

Sheet points_sheet(domain::Language language, const std::vector<MeasureView>& views) {
    const auto& t = domain::measure_sheet_text(language);
    Sheet sheet{std::string(t.points_sheet),
                {{std::string(t.measure), CellType::text, 40},
                 {std::string(t.date), CellType::date, 12},
                 {std::string(t.value), CellType::number, 10},
                 {std::string(t.note), CellType::text, 50},
                 {std::string(t.astronomical), CellType::boolean, 13}},
                {}};
    for (const auto& view : views)
        for (const auto& p : view.points)
            sheet.rows.push_back(
                {text_cell(view.measure.name), date_cell(p.date), Cell{p.value}, text_cell(p.note), p.astronomical});
    return sheet;
}

Sheet signals_sheet(domain::Language language, const std::vector<MeasureView>& views) {
    const auto& t = domain::measure_sheet_text(language);
    Sheet sheet{std::string(t.signals_sheet),
                {{std::string(t.measure), CellType::text, 40},
                 {std::string(t.rule), CellType::text, 16},
                 {std::string(t.first_date), CellType::date, 12},
                 {std::string(t.last_date), CellType::date, 12},
                 {std::string(t.point_count), CellType::integer, 8}},
                {}};
    const std::string_view rule_words[] = {t.shift, t.trend, t.runs};
    for (const auto& view : views) {
        for (const auto& s : view.chart.signals) {
            if (s.dates.empty()) continue;
            sheet.rows.push_back({text_cell(view.measure.name),
                                  text_cell(std::string(rule_words[static_cast<int>(s.rule)])),
                                  date_cell(s.dates.front()), date_cell(s.dates.back()), count_cell(s.dates.size())});
        }
    }
    return sheet;
}

}  // namespace

std::vector<sheets::Sheet> measure_sheets(const Caller& caller, std::int64_t team_id) {
    std::vector<MeasureView> views;
    for (const auto& measure : store::team_measures(caller.db, team_id)) {
        auto view = measure_view(caller, measure.id);
        if (view) views.push_back(std::move(*view));
    }
    return {measures_sheet(caller.language, views), points_sheet(caller.language, views),
            signals_sheet(caller.language, views)};
}

}  // namespace trellis::actions
