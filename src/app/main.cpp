// The trellis command: serve, migrate, demo, user add, token create. See `trellis --help` and docs/operations.md.
#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include <iostream>

#include "app/commands.hpp"
#include "trellis/api/app.hpp"
#include "app/data_command.hpp"
#include "app/guide_command.hpp"

int main(int argc, char** argv) {
    using namespace trellis::app;
    CLI::App cli{"Trellis: district peer-to-peer learning, end to end"};
    cli.set_version_flag("--version", std::string("trellis ") + TRELLIS_VERSION);
    cli.require_subcommand(1);

    CommonOptions common;
    const auto add_database = [&](CLI::App* command) {
        command->add_option("--database", common.database_url,
                            "database URL: sqlite:///absolute/path.db or postgresql://user@host:port/name")
            ->envname("TRELLIS_DATABASE_URL");
    };

    ServeOptions serve;
    auto* serve_cmd = cli.add_subcommand("serve", "run the web app and API");
    add_database(serve_cmd);
    serve_cmd->add_option("--listen", serve.listen, "HOST:PORT to listen on")->envname("TRELLIS_LISTEN");
    serve_cmd->add_option("--smtp", serve.smtp_url, "SMTP server for mail, e.g. smtp://127.0.0.1:25")
        ->envname("TRELLIS_SMTP_URL");
    serve_cmd->add_option("--mail-from", serve.mail_from, "sender address of Trellis mail")->envname("TRELLIS_MAIL_FROM");
    serve_cmd->add_option("--public-url", serve.public_url, "URL people use to reach Trellis (for links in mail)")
        ->envname("TRELLIS_PUBLIC_URL");
    serve_cmd->add_option("--web-root", serve.web_root, "folder of the built web app (default: web/dist beside the build)")
        ->envname("TRELLIS_WEB_ROOT");
    serve_cmd->add_option("--threads", serve.threads, "I/O threads")->envname("TRELLIS_THREADS");
    serve_cmd->add_option("--max-upload-bytes", serve.max_upload_bytes, "largest data import file accepted")
        ->envname("TRELLIS_MAX_UPLOAD_BYTES");
    serve_cmd->add_option("--max-body-bytes", serve.max_body_bytes, "largest request body accepted")
        ->envname("TRELLIS_MAX_BODY_BYTES");
    serve_cmd->add_flag("--secure-cookies", serve.secure_cookies, "mark cookies Secure (set when behind TLS)")
        ->envname("TRELLIS_SECURE_COOKIES");
    serve_cmd->add_option("--trusted-proxy", serve.trusted_proxies,
                          "address of a reverse proxy whose X-Forwarded-For names the client (repeat, or a comma list)")
        ->delimiter(',')
        ->envname("TRELLIS_TRUSTED_PROXIES");
    serve_cmd->add_option("--guides", serve_guides_option(), "folder of guide files (default: guides beside the build)")
        ->envname("TRELLIS_GUIDES_DIR");

    auto* migrate_cmd = cli.add_subcommand("migrate", "create or upgrade the database schema");
    add_database(migrate_cmd);

    auto* demo_cmd = cli.add_subcommand("demo", "load the demo data (the source article's network) into a new database");
    add_database(demo_cmd);

    UserAddOptions user_add;
    auto* user_cmd = cli.add_subcommand("user", "manage accounts");
    user_cmd->require_subcommand(1);
    auto* user_add_cmd = user_cmd->add_subcommand("add", "create an account; the password is read from standard input");
    add_database(user_add_cmd);
    user_add_cmd->add_option("--email", user_add.email, "e-mail address")->required();
    user_add_cmd->add_option("--name", user_add.name, "full name")->required();
    user_add_cmd->add_flag("--password-stdin", user_add.password_stdin, "read the password from standard input")
        ->required();
    user_add_cmd->add_flag("--site-admin", user_add.site_admin, "make the account a site administrator");

    std::string token_email;
    auto* token_cmd = cli.add_subcommand("token", "personal API tokens");
    token_cmd->require_subcommand(1);
    auto* token_create_cmd = token_cmd->add_subcommand("create", "print a new personal API token for an account");
    add_database(token_create_cmd);
    token_create_cmd->add_option("--email", token_email, "the account's e-mail address")->required();

    DigestOptions digest;
    auto* digest_cmd = cli.add_subcommand("digest", "follow-through digests");
    digest_cmd->require_subcommand(1);
    auto* digest_send_cmd = digest_cmd->add_subcommand("send", "mail today's digests now (each person at most once a day)");
    add_database(digest_send_cmd);
    digest_send_cmd->add_option("--now", digest.now, "pretend it is this RFC 3339 time (tests)");
    digest_send_cmd->add_option("--smtp", digest.smtp_url, "SMTP server, e.g. smtp://127.0.0.1:25")->envname("TRELLIS_SMTP_URL");
    digest_send_cmd->add_option("--mail-from", digest.mail_from, "sender address")->envname("TRELLIS_MAIL_FROM");
    digest_send_cmd->add_option("--public-url", digest.public_url, "URL for links in the mail")->envname("TRELLIS_PUBLIC_URL");

    std::vector<std::string> guide_files;
    auto* guide_cmd = cli.add_subcommand("guide", "guide files");
    guide_cmd->require_subcommand(1);
    auto* guide_check_cmd = guide_cmd->add_subcommand("check", "validate guide files; problems as file:line: message");
    guide_check_cmd->add_option("files", guide_files, "guide files (YAML)")->required();

    DataImportOptions data_import;
    DataAnalyzeOptions data_analyze;
    int data_year = 0;
    auto* data_cmd = cli.add_subcommand("data", "student and teacher data");
    data_cmd->require_subcommand(1);
    auto* data_import_cmd = data_cmd->add_subcommand(
        "import", "import an aggregate, state profile, staff or (with --students) student-level file; all or nothing");
    add_database(data_import_cmd);
    data_import_cmd->add_flag("--students", data_import.students, "the file is student-level (reduced to counts as it is read)");
    data_import_cmd->add_option("--year", data_year, "school year of a student-level file: 2024 for 2024-25")->check(CLI::Range(1990, 2100));
    data_import_cmd->add_option("--map", data_import.mapping_file, "column and value mapping (JSON) for a student-level file");
    data_import_cmd->add_option("--kind", data_import.kind, "students, aggregate, profiles or teachers (default: from the header)");
    data_import_cmd->add_option("--org", data_import.organization_cds, "CDS code of the organization a staff file belongs to");
    data_import_cmd->add_option("file", data_import.file, "the CSV or TSV file")->required();
    auto* data_analyze_cmd = data_cmd->add_subcommand("analyze", "the equity analysis of an organization's stored counts");
    add_database(data_analyze_cmd);
    data_analyze_cmd->add_option("--org", data_analyze.org_code, "14-digit CDS code of the district or school")->required();
    data_analyze_cmd->add_option("--year", data_year, "school year (default: the latest)")->check(CLI::Range(1990, 2100));
    data_analyze_cmd->add_option("--indicator", data_analyze.indicator, "one indicator (default: all)");
    data_analyze_cmd->add_flag("--shared", data_analyze.shared, "the suppressed view that may leave the district");
    data_analyze_cmd->add_option("--format", data_analyze.format, "json or csv")->check(CLI::IsMember({"json", "csv"}));

    auto* routes_cmd = cli.add_subcommand(
        "routes", "print every API route with the outcome it declares for each kind of caller (JSON)");

    CLI11_PARSE(cli, argc, argv);
    if (data_year != 0) data_import.year = data_analyze.year = data_year;
    spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %^%l%$ %v");
    try {
        if (*serve_cmd) return run_serve(common, serve);
        if (*routes_cmd) {
            std::cout << trellis::api::authorization_matrix_json() << "\n";
            return 0;
        }
        if (*guide_check_cmd) return run_guide_check(guide_files, std::cout, std::cerr);
        if (*migrate_cmd) return run_migrate(common);
        if (*demo_cmd) return run_demo(common);
        if (*user_add_cmd) return run_user_add(common, user_add);
        if (*token_create_cmd) return run_token_create(common, token_email);
        if (*digest_send_cmd) return run_digest_send(common, digest);
        if (*data_import_cmd) return run_data_import(common, data_import, std::cout, std::cerr);
        if (*data_analyze_cmd) return run_data_analyze(common, data_analyze, std::cout, std::cerr);
    } catch (const std::exception& e) {
        std::cerr << "trellis: " << e.what() << "\n";
        return 1;
    }
    return 2;
}
