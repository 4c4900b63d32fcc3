#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace trellis::app {

struct CommonOptions {
    std::string database_url = "sqlite://" + default_database_path();
    static std::string default_database_path();
};

struct ServeOptions {
    std::string listen = "127.0.0.1:8080";
    std::string smtp_url;
    std::string mail_from = "trellis@localhost";
    std::string public_url;  // default: http://<listen>
    std::string web_root;
    // Handler threads: they wait on the database (and 70 ms of Argon2 at sign-in), so a few more threads than
    // cores keep one slow request from stalling the others. Sockets have their own two I/O threads.
    unsigned threads = 4;
    // Database connections: at most `pool_size` (0: twice the handler threads, at least 4); a request that finds
    // none free within `pool_wait_ms` is answered 503 with Retry-After rather than queueing without end.
    std::size_t pool_size = 0;
    unsigned pool_wait_ms = 5000;
    std::size_t max_body_bytes = 1024 * 1024;
    std::size_t max_upload_bytes = 256 * 1024 * 1024;  // routes flagged Route::upload (data imports)
    bool secure_cookies = false;
    std::vector<std::string> trusted_proxies;  // addresses of our reverse proxies (X-Forwarded-For is theirs)
    std::string log_format = "text";           // text or json (one object per line)
    std::string metrics_token;                 // bearer token that may read /metrics from afar; empty: loopback only
};

struct UserAddOptions {
    std::string email;
    std::string name;
    bool password_stdin = false;
    bool site_admin = false;
};

// Each returns the process exit code; errors the user can fix are printed to stderr in plain words.
int run_serve(const CommonOptions& common, const ServeOptions& options);
int run_migrate(const CommonOptions& common);
// `accounts_only`: print the demo accounts (for `make demo` on an existing demo database) and touch nothing.
int run_demo(const CommonOptions& common, bool accounts_only);
int run_user_add(const CommonOptions& common, const UserAddOptions& options);
int run_token_create(const CommonOptions& common, const std::string& email);

struct DigestOptions {
    std::string now;  // RFC 3339; empty: the clock
    std::string smtp_url;
    std::string mail_from = "trellis@localhost";
    std::string public_url = "http://127.0.0.1:8080";
};
int run_digest_send(const CommonOptions& common, const DigestOptions& options);

}  // namespace trellis::app
