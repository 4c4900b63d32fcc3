#include "app/directory_command.hpp"

#include <fmt/format.h>
#include <boost/json.hpp>

#include <chrono>

#include "trellis/actions/directory_load.hpp"

namespace trellis::app {

namespace {

boost::json::object counts_json(const std::map<std::string, std::int64_t>& counts) {
    boost::json::object out;
    for (const auto& [key, n] : counts) out[key] = n;
    return out;
}

void print_problem(const actions::DirectoryLoadProblem& p, std::ostream& err) {
    err << p.file << ":";
    if (p.line > 0) err << p.line << ":" << (p.column > 0 ? std::to_string(p.column) + ":" : "");
    err << " " << p.message << "\ntrellis: nothing was loaded\n";
}

}  // namespace

int run_directory_load(const CommonOptions& common, const std::string& folder, std::ostream& out, std::ostream& err) {
    const auto files = actions::locate_directory_files(folder);
    if (!files) {
        print_problem(files.error(), err);
        return 1;
    }
    auto database = store::Database::open(common.database_url, 1);
    database->migrate();
    auto lease = database->acquire();
    store::Transaction transaction(*lease);  // one per run: a problem half-way leaves the database as it was
    const auto now =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    const auto summary = actions::load_directory(*lease, *files, now);
    if (!summary) {
        print_problem(summary.error(), err);
        return 1;
    }
    transaction.commit();
    out << boost::json::serialize(boost::json::object{{"created", summary->created},
                                                      {"updated", summary->updated},
                                                      {"unchanged", summary->unchanged},
                                                      {"skipped", summary->skipped},
                                                      {"skipped_reasons", counts_json(summary->skipped_reasons)},
                                                      {"created_by_kind", counts_json(summary->created_by_kind)}})
        << "\n";
    return 0;
}

}  // namespace trellis::app
