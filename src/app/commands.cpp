#include "app/commands.hpp"

#include <spdlog/spdlog.h>

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "app/demo_data.hpp"
#include "app/digest.hpp"
#include "app/guide_command.hpp"
#include "app/serve_guides.hpp"
#include "trellis/api/app.hpp"
#include "trellis/api/live.hpp"
#include "trellis/api/metrics.hpp"
#include "trellis/auth/password_check.hpp"
#include "trellis/auth/secrets.hpp"
#include "trellis/domain/follow_through.hpp"
#include "trellis/domain/identifiers.hpp"
#include "trellis/http/server.hpp"
#include "trellis/notify/mail_sender.hpp"
#include "trellis/notify/mailer.hpp"
#include "trellis/store/accounts.hpp"
#include "trellis/store/organizations.hpp"
#include "trellis/store/pool_wait.hpp"

namespace trellis::app {

namespace {

std::int64_t unix_now() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::unique_ptr<store::Database> open_migrated(const CommonOptions& common, std::size_t pool_size = 4) {
    auto database = store::Database::open(common.database_url, pool_size);
    database->migrate();
    return database;
}

std::pair<std::string, unsigned short> split_listen(const std::string& listen) {
    const auto colon = listen.rfind(':');
    if (colon == std::string::npos) throw std::invalid_argument("--listen must be HOST:PORT, got \"" + listen + "\"");
    const auto port = std::stoul(listen.substr(colon + 1));
    if (port > 65535) throw std::invalid_argument("--listen port must be 0 to 65535");
    return {listen.substr(0, colon), static_cast<unsigned short>(port)};
}

// web/dist beside the build folder that holds the binary (build/trellis → web/dist).
std::filesystem::path default_web_root() {
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) return {};
    return exe.parent_path().parent_path() / "web" / "dist";
}

// The HTTP server's settings for `trellis serve`; every answered request is counted in `metrics`.
http::ServerOptions server_options_for(const ServeOptions& options, const std::string& host, unsigned short port,
                                       api::Services& services, api::Metrics& metrics) {
    http::ServerOptions server_options;
    server_options.host = host;
    server_options.port = port;
    server_options.threads = 2;  // sockets only; handlers run on the worker pool
    server_options.worker_threads = std::max(1u, options.threads);
    server_options.max_body_bytes = options.max_body_bytes;
    server_options.max_upload_bytes = options.max_upload_bytes;
    // Upload routes (a district's whole export) are checked on their header and streamed to a file; everything
    // else stays under the small limit. Tokens in paths (calendar feeds, invitations) never reach the log.
    server_options.before_body = api::make_body_check(services);
    server_options.secret_path_prefixes = api::secret_path_prefixes();
    server_options.on_answered = [&metrics](const http::AccessRecord& r) {
        metrics.observe_request(r.route, r.method, r.status, r.duration_seconds);
    };
    return server_options;
}

}  // namespace

std::string CommonOptions::default_database_path() { return (std::filesystem::current_path() / "trellis.db").string(); }

int run_serve(const CommonOptions& common, const ServeOptions& options) {
    http::use_log_format(options.log_format == "json" ? http::LogFormat::json : http::LogFormat::text);
    const auto [host, port] = split_listen(options.listen);
    if (!check_serve_guides(serve_guides_option(), std::cerr)) return 1;  // an invalid shipped guide stops the start
    auto database = open_migrated(
        common, options.pool_size > 0 ? options.pool_size : std::max<std::size_t>(4, options.threads * 2));
    store::set_pool_wait_limit(std::chrono::milliseconds(options.pool_wait_ms));
    auto mailer = options.smtp_url.empty() ? notify::make_log_mailer()
                                           : notify::make_smtp_mailer(options.smtp_url, options.mail_from);
    std::filesystem::path web_root =
        options.web_root.empty() ? default_web_root() : std::filesystem::path(options.web_root);
    if (!std::filesystem::exists(web_root / "index.html")) {
        spdlog::warn("no web app at {} (run `make build`); serving the API only", web_root.string());
        web_root.clear();
    }
    api::Services services{*database, *mailer, options.public_url, web_root, options.secure_cookies, unix_now};
    const auto guides = load_serve_guides(serve_guides_option());  // checked above; shared by every request
    services.guides = &guides;
    services.trusted_proxies = options.trusted_proxies;
    api::Metrics metrics;
    services.metrics = &metrics;
    services.metrics_token = options.metrics_token;
    auth::prepare_password_checks();  // the stand-in hash for unknown accounts, made before the first sign-in
    notify::MailSender mail_sender(*database, *mailer, unix_now);  // delivers the outbox, with retries
    services.mail_queued = [&mail_sender] { mail_sender.wake(); };
    mail_sender.start();
    auto server_options = server_options_for(options, host, port, services, metrics);
    // The live channel: one hub per instance; on PostgreSQL, NOTIFY/LISTEN carries events between instances.
    live::Hub live_hub;
    std::unique_ptr<live::PostgresRelay> live_relay;
    if (database->dialect() == store::Dialect::postgresql) {
        live_relay = std::make_unique<live::PostgresRelay>(common.database_url, live_hub);
        live_relay->start();
    }
    services.live_hub = &live_hub;
    services.live_relay = live_relay.get();
    server_options.websocket_authorizer = api::make_live_authorizer(services);
    // The daily digest: checked every 10 minutes; the database records sends, so it mails once a day per person
    // however many instances run.
    std::mutex digest_mutex;
    std::condition_variable digest_wake;
    bool stopping = false;
    std::thread digest_thread;
    http::serve(server_options, api::make_app(services), [&](unsigned short bound) {
        if (services.public_url.empty()) services.public_url = "http://" + host + ":" + std::to_string(bound);
        spdlog::info("trellis {} listening on http://{}:{} (database {})", TRELLIS_VERSION, host, bound,
                     database->dialect() == store::Dialect::sqlite ? "SQLite" : "PostgreSQL");
        digest_thread = std::thread([&, public_url = services.public_url] {
            std::unique_lock lock(digest_mutex);
            while (!digest_wake.wait_for(lock, std::chrono::minutes(10), [&] { return stopping; })) {
                try {
                    auto db = database->acquire();
                    send_digests(*db, *mailer, unix_now(), public_url);
                } catch (const std::exception& e) {
                    spdlog::error("digest run failed: {}", e.what());
                }
            }
        });
    });
    {
        std::lock_guard lock(digest_mutex);
        stopping = true;
    }
    digest_wake.notify_all();
    if (digest_thread.joinable()) digest_thread.join();
    services.live_hub = nullptr;
    services.live_relay = nullptr;
    if (live_relay) live_relay->stop();
    mail_sender.stop();  // sends what the last requests queued
    spdlog::info("trellis stopped");
    return 0;
}

int run_migrate(const CommonOptions& common) {
    auto database = open_migrated(common, 1);
    std::cout << "database schema is at version " << database->schema_version() << "\n";
    return 0;
}

int run_demo(const CommonOptions& common, bool accounts_only) {
    if (accounts_only) {
        std::cout << demo_sign_in_help();
        return 0;
    }
    auto database = open_migrated(common, 1);
    auto db = database->acquire();
    if (store::any_organization(*db)) {
        std::cerr << "trellis demo: this database already holds organizations; use a new database for the demo\n";
        return 1;
    }
    load_demo_data(*db, unix_now());
    std::cout << demo_sign_in_help();
    return 0;
}

int run_user_add(const CommonOptions& common, const UserAddOptions& options) {
    std::string password;
    std::getline(std::cin, password);
    const auto email = domain::lowercase_ascii(options.email);
    if (auto problem = domain::check_email(email)) throw std::invalid_argument("--email " + *problem);
    if (auto problem = domain::check_password(password)) throw std::invalid_argument("password " + *problem);
    auto database = open_migrated(common, 1);
    auto db = database->acquire();
    if (store::find_user_by_email(*db, email))
        throw std::invalid_argument("an account for " + email + " already exists");
    const auto id =
        store::insert_user(*db, email, options.name, auth::hash_password(password), options.site_admin, unix_now());
    std::cout << "created account " << id << " for " << email << (options.site_admin ? " (site admin)" : "") << "\n";
    return 0;
}

int run_token_create(const CommonOptions& common, const std::string& email) {
    auto database = open_migrated(common, 1);
    auto db = database->acquire();
    const auto user = store::find_user_by_email(*db, domain::lowercase_ascii(email));
    if (!user) throw std::invalid_argument("no account for " + email);
    const auto token = auth::new_token();
    store::insert_api_token(*db, auth::token_hash(token), user->id, "created with trellis token create", unix_now());
    std::cout << token << "\n";
    return 0;
}

int run_digest_send(const CommonOptions& common, const DigestOptions& options) {
    auto now = unix_now();
    if (!options.now.empty()) {
        const auto parsed = domain::parse_rfc3339(options.now);
        if (!parsed) throw std::invalid_argument("--now must be an RFC 3339 time like 2026-11-22T08:00:00Z");
        now = *parsed;
    }
    if (options.smtp_url.empty()) throw std::invalid_argument("--smtp is required, e.g. smtp://127.0.0.1:25");
    auto database = open_migrated(common, 1);
    auto mailer = notify::make_smtp_mailer(options.smtp_url, options.mail_from);
    auto db = database->acquire();
    std::cout << "sent " << send_digests(*db, *mailer, now, options.public_url) << " digest(s)\n";
    return 0;
}

}  // namespace trellis::app
