#include "app/data_command.hpp"

#include <boost/json.hpp>
#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <sstream>

#include "api/data_analysis.hpp"
#include "api/data_imports.hpp"
#include "trellis/store/organizations.hpp"
#include "trellis/store/student_data.hpp"

namespace trellis::app {

namespace {

std::int64_t unix_now() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
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

}  // namespace

int run_data_import(const CommonOptions& common, const DataImportOptions& options, std::ostream& out, std::ostream& err) {
    std::ifstream file(options.file, std::ios::binary);
    if (!file) {
        err << fmt::format("trellis: cannot open {}\n", options.file);
        return 1;
    }
    api::ImportRequest request;
    if (!options.kind.empty()) {
        const auto kind = api::parse_import_kind(options.kind);
        if (!kind) {
            err << "trellis: --kind must be students, aggregate, profiles or teachers\n";
            return 2;
        }
        request.kind = *kind;
    } else if (options.students) {
        request.kind = api::ImportKind::students;
    } else if (const auto detected = api::detect_import_kind(first_line(options.file))) {
        request.kind = *detected;
    } else {
        err << fmt::format("trellis: {}: the header is not an aggregate, profile or staff file; a student-level file "
                           "needs --students --year YEAR\n", options.file);
        return 2;
    }
    if (request.kind == api::ImportKind::students && !options.year) {
        err << "trellis: a student-level import needs --year (2024 for 2024-25)\n";
        return 2;
    }
    request.year = options.year;
    if (!options.mapping_file.empty()) {
        const auto text = read_whole(options.mapping_file);
        if (!text) {
            err << fmt::format("trellis: cannot open {}\n", options.mapping_file);
            return 1;
        }
        auto mapping = analytics::parse_column_mapping(*text);
        if (!mapping) {
            for (const auto& p : mapping.error()) err << fmt::format("{}: {}: {}\n", options.mapping_file, p.path, p.message);
            return 1;
        }
        request.mapping = *mapping;
    }
    request.filename = options.file;
    request.by_name = "trellis data import";
    request.now = unix_now();

    auto database = store::Database::open(common.database_url, 1);
    database->migrate();
    auto lease = database->acquire();
    if (request.kind == api::ImportKind::teachers) {
        const auto organization = store::find_organization_by_cds(*lease, options.organization_cds);
        if (!organization) {
            err << fmt::format("trellis: a staff file needs --org CDS of an existing organization (got \"{}\")\n",
                               options.organization_cds);
            return 2;
        }
        request.organization_id = organization->id;
    } else if (request.kind != api::ImportKind::profiles) {
        // Imports from the command line are recorded against the district when it exists.
        request.organization_id = std::nullopt;
    }
    store::Transaction transaction(*lease);
    const auto source = [&file](char* buffer, std::size_t capacity) {
        file.read(buffer, static_cast<std::streamsize>(capacity));
        if (file.bad()) throw std::runtime_error("read error");
        return static_cast<std::size_t>(file.gcount());
    };
    auto outcome = api::import_data(*lease, request, source,
                                    request.kind == api::ImportKind::students ? std::optional(options.file) : std::nullopt);
    if (!outcome) {
        for (const auto& p : outcome.error().problems) {
            if (p.line > 0) err << options.file << ":" << p.line << ":" << (p.column > 0 ? std::to_string(p.column) + ":" : "") << " ";
            else err << options.file << ": ";
            err << p.message << "\n";
        }
        if (outcome.error().problems.empty()) err << options.file << ": " << outcome.error().detail << "\n";
        err << "trellis: nothing was imported\n";
        return 1;
    }
    transaction.commit();
    outcome->summary["import_id"] = outcome->import_id;
    out << boost::json::serialize(outcome->summary) << "\n";
    return 0;
}

int run_data_analyze(const CommonOptions& common, const DataAnalyzeOptions& options, std::ostream& out, std::ostream& err) {
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
    api::AnalysisQuery query;
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
    const auto reports = api::analyze_organization(*lease, query);
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
