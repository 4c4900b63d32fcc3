#include "app/data_command.hpp"

#include <fmt/format.h>
#include <boost/json.hpp>

#include <chrono>
#include <expected>
#include <fstream>
#include <sstream>

#include "trellis/actions/data_analysis.hpp"
#include "trellis/actions/data_imports.hpp"
#include "trellis/analytics/dashboard_import.hpp"
#include "trellis/api/data_reports.hpp"
#include "trellis/store/organizations.hpp"
#include "trellis/store/student_data.hpp"

namespace trellis::app {

namespace {

std::int64_t unix_now() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::optional<std::string> read_whole(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string first_line(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::string line;
    std::getline(in, line);
    return line;
}

// The kind of file: --kind, --students, or what its header says. nullopt (after saying why) when none fits.
std::optional<actions::ImportKind> import_kind(const DataImportOptions& options, std::ostream& err) {
    if (!options.kind.empty()) {
        const auto kind = actions::parse_import_kind(options.kind);
        if (!kind) err << "trellis: --kind must be students, aggregate, profiles, teachers or dashboard\n";
        return kind;
    }
    if (options.students) return actions::ImportKind::students;
    if (const auto detected = actions::detect_import_kind(first_line(options.file))) return detected;
    err << fmt::format(
        "trellis: {}: the header is not an aggregate, profile, staff or Dashboard indicator file (cds, rtype, "
        "studentgroup, ...); a student-level file needs --students --year YEAR\n",
        options.file);
    return std::nullopt;
}

// The column mapping of --map (the default mapping without it); an exit code when it cannot be read.
std::expected<analytics::ColumnMapping, int> mapping_option(const DataImportOptions& options, std::ostream& err) {
    if (options.mapping_file.empty()) return analytics::ColumnMapping{};
    const auto text = read_whole(options.mapping_file);
    if (!text) {
        err << fmt::format("trellis: cannot open {}\n", options.mapping_file);
        return std::unexpected(1);
    }
    auto mapping = analytics::parse_column_mapping(*text);
    if (!mapping) {
        for (const auto& p : mapping.error())
            err << fmt::format("{}: {}: {}\n", options.mapping_file, p.path, p.message);
        return std::unexpected(1);
    }
    return *mapping;
}

// "FILE:LINE:COLUMN: message" per problem, as compilers write them.
void print_rejection(const std::string& file, const actions::Failure& failure, std::ostream& err) {
    for (const auto& p : failure.file_problems) {
        if (p.line > 0)
            err << file << ":" << p.line << ":" << (p.column > 0 ? std::to_string(p.column) + ":" : "") << " ";
        else err << file << ": ";
        err << p.message << "\n";
    }
    if (failure.file_problems.empty()) err << file << ": " << failure.detail << "\n";
    err << "trellis: nothing was imported\n";
}

// Imports from the command line load any district; a staff file belongs to the organization named by --org, and a
// Dashboard file's rows are that organization's (its CDS code bounds what is taken).
std::expected<std::optional<std::int64_t>, int> import_organization(store::Connection& db,
                                                                    actions::ImportRequest& request,
                                                                    const DataImportOptions& options,
                                                                    std::ostream& err) {
    const bool dashboard = request.kind == actions::ImportKind::dashboard;
    if (request.kind != actions::ImportKind::teachers && !dashboard) return std::optional<std::int64_t>{};
    const auto organization = store::find_organization_by_cds(db, options.organization_cds);
    if (!organization) {
        err << fmt::format("trellis: a {} file needs --org CDS of an existing organization (got \"{}\"){}\n",
                           dashboard ? "Dashboard" : "staff", options.organization_cds,
                           options.organization_cds.empty() ? "" : ": no organization has this CDS code");
        return std::unexpected(2);
    }
    if (dashboard) request.district_code = organization->cds_code;
    return std::optional<std::int64_t>{organization->id};
}

// A Dashboard file's own options: --year, and --indicator unless the file name says which. False (after saying
// why) when one is missing.
bool dashboard_options(const DataImportOptions& options, actions::ImportRequest& request, std::ostream& err) {
    if (request.kind != actions::ImportKind::dashboard) {
        if (options.indicator.empty()) return true;
        err << "trellis: --indicator is for a California School Dashboard indicator file\n";
        return false;
    }
    if (!options.year) {
        err << fmt::format(
            "trellis: {}: a Dashboard file's import needs --year, the reporting school year (2024 for 2024-25; "
            "its prior columns become 2023)\n",
            options.file);
        return false;
    }
    if (!options.indicator.empty()) {
        request.indicator = options.indicator;
    } else if (!analytics::dashboard_indicator_from_filename(options.file)) {
        err << fmt::format(
            "trellis: {}: the file name does not say which indicator the Dashboard file holds: add --indicator "
            "suspension or --indicator chronic_absence\n",
            options.file);
        return false;
    }
    return true;
}

}  // namespace

int run_data_import(const CommonOptions& common, const DataImportOptions& options, std::ostream& out,
                    std::ostream& err) {
    std::ifstream file(options.file, std::ios::binary);
    if (!file) {
        err << fmt::format("trellis: cannot open {}\n", options.file);
        return 1;
    }
    actions::ImportRequest request;
    const auto kind = import_kind(options, err);
    if (!kind) return 2;
    request.kind = *kind;
    if (request.kind == actions::ImportKind::students && !options.year) {
        err << "trellis: a student-level import needs --year (2024 for 2024-25)\n";
        return 2;
    }
    request.year = options.year;
    if (!dashboard_options(options, request, err)) return 2;
    auto mapping = mapping_option(options, err);
    if (!mapping) return mapping.error();
    request.mapping = std::move(*mapping);
    request.filename = options.file;
    request.by_name = "trellis data import";
    request.now = unix_now();

    auto database = store::Database::open(common.database_url, 1);
    database->migrate();
    auto lease = database->acquire();
    auto organization = import_organization(*lease, request, options, err);
    if (!organization) return organization.error();
    request.organization_id = *organization;
    store::Transaction transaction(*lease);
    const auto source = [&file](char* buffer, std::size_t capacity) {
        file.read(buffer, static_cast<std::streamsize>(capacity));
        if (file.bad()) throw std::runtime_error("read error");
        return static_cast<std::size_t>(file.gcount());
    };
    auto outcome = actions::import_data(
        *lease, request, source,
        request.kind == actions::ImportKind::students ? std::optional(options.file) : std::nullopt);
    if (!outcome) {
        print_rejection(options.file, outcome.error(), err);
        return 1;
    }
    transaction.commit();
    auto summary = boost::json::parse(store::encode_import_summary(outcome->summary)).as_object();
    summary["import_id"] = outcome->import_id;
    out << boost::json::serialize(summary) << "\n";
    return 0;
}

int run_data_analyze(const CommonOptions& common, const DataAnalyzeOptions& options, std::ostream& out,
                     std::ostream& err) {
    if (options.org_code.size() != 14) {
        err << "trellis: --org must be a 14-digit CDS code\n";
        return 2;
    }
    if (options.format != "json" && options.format != "csv") {
        err << "trellis: --format must be json or csv\n";
        return 2;
    }
    auto database = store::Database::open(common.database_url, 1);
    database->migrate();
    auto lease = database->acquire();
    actions::AnalysisQuery query;
    query.org_code = options.org_code;
    query.year = options.year;
    if (!options.indicator.empty()) query.indicator = options.indicator;
    query.shared = options.shared;
    if (const auto district = store::find_organization_by_cds(*lease, store::district_of(options.org_code))) {
        query.settings = store::data_settings(*lease, district->id).analysis;
        for (const auto& s : store::data_shares(*lease, district->id)) query.shared_years.emplace(s.indicator, s.year);
    }
    // The operator is the district: its shared view previews the year asked for, with shared years around it.
    query.preview_unshared = true;
    const auto reports = actions::analyze_organization(*lease, query);
    if (reports.empty()) {
        err << fmt::format("trellis: no data for {}{}\n", options.org_code,
                           options.year ? fmt::format(" in {}", *options.year) : "");
        return 1;
    }
    if (options.format == "csv") {
        out << api::report_csv(query, reports);
    } else {
        out << boost::json::serialize(api::report_json(query, reports)) << "\n";
    }
    return 0;
}

}  // namespace trellis::app
