// The trellis command: serve, migrate, demo, backup, restore, copy, user add, token create. See `trellis --help` and
// docs/operations.md.
#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>

#include <iostream>

#include "app/backup_command.hpp"
#include "app/commands.hpp"
#include "app/data_command.hpp"
#include "app/directory_command.hpp"
#include "app/guide_command.hpp"
#include "trellis/api/app.hpp"

namespace {

using namespace trellis::app;

// Every command's options, filled by CLI11, and the (sub)commands that were chosen.
struct Commands {
    CommonOptions common;
    ServeOptions serve;
    UserAddOptions user_add;
    std::string token_email;
    DigestOptions digest;
    std::vector<std::string> guide_files;
    DataImportOptions data_import;
    DataAnalyzeOptions data_analyze;
    int data_year = 0;  // one --year for both data commands
    CLI::App* serve_cmd = nullptr;
    CLI::App* migrate_cmd = nullptr;
    CLI::App* demo_cmd = nullptr;
    bool demo_accounts_only = false;
    CLI::App* user_add_cmd = nullptr;
    CLI::App* token_create_cmd = nullptr;
    CLI::App* digest_send_cmd = nullptr;
    CLI::App* guide_check_cmd = nullptr;
    CLI::App* data_import_cmd = nullptr;
    CLI::App* data_analyze_cmd = nullptr;
    CLI::App* routes_cmd = nullptr;
    CLI::App* directory_load_cmd = nullptr;
    std::string directory_folder;
    std::string backup_file;
    std::string copy_from;
    std::string copy_to;
    CLI::App* backup_cmd = nullptr;
    CLI::App* restore_cmd = nullptr;
    CLI::App* copy_cmd = nullptr;

    void add_database(CLI::App* command) {
        command
            ->add_option("--database", common.database_url,
                         "database URL: sqlite:///absolute/path.db or postgresql://user@host:port/name")
            ->envname("TRELLIS_DATABASE_URL");
    }
};

void add_serve(CLI::App& cli, Commands& c) {
    auto& serve = c.serve;
    auto* serve_cmd = c.serve_cmd = cli.add_subcommand("serve", "run the web app and API");
    c.add_database(serve_cmd);
    serve_cmd->add_option("--listen", serve.listen, "HOST:PORT to listen on")->envname("TRELLIS_LISTEN");
    serve_cmd->add_option("--smtp", serve.smtp_url, "SMTP server for mail, e.g. smtp://127.0.0.1:25")
        ->envname("TRELLIS_SMTP_URL");
    serve_cmd->add_option("--mail-from", serve.mail_from, "sender address of Trellis mail")
        ->envname("TRELLIS_MAIL_FROM");
    serve_cmd->add_option("--public-url", serve.public_url, "URL people use to reach Trellis (for links in mail)")
        ->envname("TRELLIS_PUBLIC_URL");
    serve_cmd
        ->add_option("--web-root", serve.web_root, "folder of the built web app (default: web/dist beside the build)")
        ->envname("TRELLIS_WEB_ROOT");
    serve_cmd->add_option("--threads", serve.threads, "I/O threads")->envname("TRELLIS_THREADS");
    serve_cmd
        ->add_option("--pool-size", serve.pool_size, "most database connections (default: 2 per thread, at least 4)")
        ->envname("TRELLIS_POOL_SIZE");
    serve_cmd
        ->add_option("--pool-wait-ms", serve.pool_wait_ms,
                     "how long a request waits for a free database connection before a 503 (0: no limit)")
        ->envname("TRELLIS_POOL_WAIT_MS");
    serve_cmd->add_option("--max-upload-bytes", serve.max_upload_bytes, "largest data import file accepted")
        ->envname("TRELLIS_MAX_UPLOAD_BYTES");
    serve_cmd->add_option("--max-body-bytes", serve.max_body_bytes, "largest request body accepted")
        ->envname("TRELLIS_MAX_BODY_BYTES");
    serve_cmd->add_flag("--secure-cookies", serve.secure_cookies, "mark cookies Secure (set when behind TLS)")
        ->envname("TRELLIS_SECURE_COOKIES");
    serve_cmd
        ->add_option("--trusted-proxy", serve.trusted_proxies,
                     "address of a reverse proxy whose X-Forwarded-For names the client (repeat, or a comma list)")
        ->delimiter(',')
        ->envname("TRELLIS_TRUSTED_PROXIES");
    serve_cmd->add_option("--log-format", serve.log_format, "text (default) or json: one JSON object per line")
        ->check(CLI::IsMember({"text", "json"}))
        ->envname("TRELLIS_LOG_FORMAT");
    serve_cmd
        ->add_option("--metrics-token", serve.metrics_token,
                     "bearer token that lets a non-loopback caller read /metrics (default: loopback only)")
        ->envname("TRELLIS_METRICS_TOKEN");
    serve_cmd->add_option("--guides", serve_guides_option(), "folder of guide files (default: guides beside the build)")
        ->envname("TRELLIS_GUIDES_DIR");
}

void add_database_commands(CLI::App& cli, Commands& c) {
    c.migrate_cmd = cli.add_subcommand("migrate", "create or upgrade the database schema");
    c.add_database(c.migrate_cmd);
    c.demo_cmd = cli.add_subcommand("demo", "load the demo data (the source article's network) into a new database");
    c.add_database(c.demo_cmd);
    c.demo_cmd->add_flag("--accounts", c.demo_accounts_only,
                         "print the demo accounts and what each shows, without touching a database");
}

void add_backup_commands(CLI::App& cli, Commands& c) {
    c.backup_cmd = cli.add_subcommand(
        "backup", "write a consistent snapshot of the database (safe while serving) to FILE, for any engine");
    c.add_database(c.backup_cmd);
    c.backup_cmd->add_option("file", c.backup_file, "the backup file to write (gzip'd JSON lines)")->required();
    c.restore_cmd = cli.add_subcommand("restore", "restore a backup FILE into a new, empty database, all or nothing");
    c.add_database(c.restore_cmd);
    c.restore_cmd->add_option("file", c.backup_file, "the backup file to read")->required();
    c.copy_cmd = cli.add_subcommand(
        "copy", "copy a database into a new, empty one (SQLite to PostgreSQL or back), streamed without a file");
    c.copy_cmd->add_option("--from", c.copy_from, "database URL to copy (may be serving)")->required();
    c.copy_cmd->add_option("--to", c.copy_to, "database URL to fill; must be new and empty")->required();
}

void add_account_commands(CLI::App& cli, Commands& c) {
    auto& user_add = c.user_add;
    auto* user_cmd = cli.add_subcommand("user", "manage accounts");
    user_cmd->require_subcommand(1);
    auto* user_add_cmd = c.user_add_cmd =
        user_cmd->add_subcommand("add", "create an account; the password is read from standard input");
    c.add_database(user_add_cmd);
    user_add_cmd->add_option("--email", user_add.email, "e-mail address")->required();
    user_add_cmd->add_option("--name", user_add.name, "full name")->required();
    user_add_cmd->add_flag("--password-stdin", user_add.password_stdin, "read the password from standard input")
        ->required();
    user_add_cmd->add_flag("--site-admin", user_add.site_admin, "make the account a site administrator");

    auto* token_cmd = cli.add_subcommand("token", "personal API tokens");
    token_cmd->require_subcommand(1);
    c.token_create_cmd = token_cmd->add_subcommand("create", "print a new personal API token for an account");
    c.add_database(c.token_create_cmd);
    c.token_create_cmd->add_option("--email", c.token_email, "the account's e-mail address")->required();
}

void add_digest_and_guide_commands(CLI::App& cli, Commands& c) {
    auto& digest = c.digest;
    auto* digest_cmd = cli.add_subcommand("digest", "follow-through digests");
    digest_cmd->require_subcommand(1);
    auto* digest_send_cmd = c.digest_send_cmd =
        digest_cmd->add_subcommand("send", "mail today's digests now (each person at most once a day)");
    c.add_database(digest_send_cmd);
    digest_send_cmd->add_option("--now", digest.now, "pretend it is this RFC 3339 time (tests)");
    digest_send_cmd->add_option("--smtp", digest.smtp_url, "SMTP server, e.g. smtp://127.0.0.1:25")
        ->envname("TRELLIS_SMTP_URL");
    digest_send_cmd->add_option("--mail-from", digest.mail_from, "sender address")->envname("TRELLIS_MAIL_FROM");
    digest_send_cmd->add_option("--public-url", digest.public_url, "URL for links in the mail")
        ->envname("TRELLIS_PUBLIC_URL");

    auto* guide_cmd = cli.add_subcommand("guide", "guide files");
    guide_cmd->require_subcommand(1);
    c.guide_check_cmd = guide_cmd->add_subcommand("check", "validate guide files; problems as file:line: message");
    c.guide_check_cmd->add_option("files", c.guide_files, "guide files (YAML)")->required();
}

void add_data_commands(CLI::App& cli, Commands& c) {
    auto& data_import = c.data_import;
    auto& data_analyze = c.data_analyze;
    auto& data_year = c.data_year;
    auto* data_cmd = cli.add_subcommand("data", "student and teacher data");
    data_cmd->require_subcommand(1);
    auto* data_import_cmd = c.data_import_cmd = data_cmd->add_subcommand(
        "import",
        "import an aggregate, state profile, staff, California School Dashboard indicator or (with --students) "
        "student-level file; all or nothing");
    c.add_database(data_import_cmd);
    data_import_cmd->add_flag("--students", data_import.students,
                              "the file is student-level (reduced to counts as it is read)");
    data_import_cmd
        ->add_option("--year", data_year,
                     "school year of a student-level or Dashboard file: 2024 for 2024-25 (a Dashboard "
                     "file's prior columns are the year before)")
        ->check(CLI::Range(1990, 2100));
    data_import_cmd->add_option("--map", data_import.mapping_file,
                                "column and value mapping (JSON) for a student-level file");
    data_import_cmd->add_option("--kind", data_import.kind,
                                "students, aggregate, profiles, teachers or dashboard (default: from the header)");
    data_import_cmd->add_option("--org", data_import.organization_cds,
                                "CDS code of the organization a staff or Dashboard file belongs to");
    data_import_cmd
        ->add_option("--indicator", data_import.indicator,
                     "a Dashboard file's indicator: suspension or chronic_absence (default: from the file name)")
        ->check(CLI::IsMember({"suspension", "chronic_absence"}));
    data_import_cmd->add_option("file", data_import.file, "the CSV or TSV file")->required();
    auto* data_analyze_cmd = c.data_analyze_cmd =
        data_cmd->add_subcommand("analyze", "the equity analysis of an organization's stored counts");
    c.add_database(data_analyze_cmd);
    data_analyze_cmd->add_option("--org", data_analyze.org_code, "14-digit CDS code of the district or school")
        ->required();
    data_analyze_cmd->add_option("--year", data_year, "school year (default: the latest)")
        ->check(CLI::Range(1990, 2100));
    data_analyze_cmd->add_option("--indicator", data_analyze.indicator, "one indicator (default: all)");
    data_analyze_cmd->add_flag("--shared", data_analyze.shared, "the suppressed view that may leave the district");
    data_analyze_cmd->add_option("--format", data_analyze.format, "json or csv")->check(CLI::IsMember({"json", "csv"}));
}

void add_directory_commands(CLI::App& cli, Commands& c) {
    auto* directory_cmd =
        cli.add_subcommand("directory", "the statewide directory of county offices, districts, schools");
    directory_cmd->require_subcommand(1);
    c.directory_load_cmd = directory_cmd->add_subcommand(
        "load", "create or update organizations from the state's public files in DIR (ca/ and nces/); all or nothing");
    c.add_database(c.directory_load_cmd);
    c.directory_load_cmd->add_option("dir", c.directory_folder, "the folder holding ca/ and nces/")->required();
}

// Runs the chosen command; 2 when none was (CLI11 refuses that before).
int run(Commands& c) {
    if (*c.serve_cmd) return run_serve(c.common, c.serve);
    if (*c.routes_cmd) {
        std::cout << trellis::api::authorization_matrix_json() << "\n";
        return 0;
    }
    if (*c.guide_check_cmd) return run_guide_check(c.guide_files, std::cout, std::cerr);
    if (*c.migrate_cmd) return run_migrate(c.common);
    if (*c.demo_cmd) return run_demo(c.common, c.demo_accounts_only);
    if (*c.backup_cmd) return run_backup(c.common, c.backup_file, std::cout);
    if (*c.restore_cmd) return run_restore(c.common, c.backup_file, std::cout);
    if (*c.copy_cmd) return run_copy(c.copy_from, c.copy_to, std::cout);
    if (*c.user_add_cmd) return run_user_add(c.common, c.user_add);
    if (*c.token_create_cmd) return run_token_create(c.common, c.token_email);
    if (*c.digest_send_cmd) return run_digest_send(c.common, c.digest);
    if (*c.data_import_cmd) return run_data_import(c.common, c.data_import, std::cout, std::cerr);
    if (*c.data_analyze_cmd) return run_data_analyze(c.common, c.data_analyze, std::cout, std::cerr);
    if (*c.directory_load_cmd) return run_directory_load(c.common, c.directory_folder, std::cout, std::cerr);
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App cli{"Trellis: district peer-to-peer learning, end to end"};
    cli.set_version_flag("--version", std::string("trellis ") + TRELLIS_VERSION);
    cli.require_subcommand(1);
    Commands commands;
    // Registered in the order `trellis --help` lists them.
    add_serve(cli, commands);
    add_database_commands(cli, commands);
    add_backup_commands(cli, commands);
    add_account_commands(cli, commands);
    add_digest_and_guide_commands(cli, commands);
    add_data_commands(cli, commands);
    add_directory_commands(cli, commands);
    commands.routes_cmd = cli.add_subcommand(
        "routes", "print every API route with the outcome it declares for each kind of caller (JSON)");
    CLI11_PARSE(cli, argc, argv);
    if (commands.data_year != 0) commands.data_import.year = commands.data_analyze.year = commands.data_year;
    spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %^%l%$ %v");
    try {
        return run(commands);
    } catch (const std::exception& e) {
        std::cerr << "trellis: " << e.what() << "\n";
        return 1;
    }
}
