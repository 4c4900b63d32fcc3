#include "trellis/http/static_files.hpp"

#include <sodium.h>

#include <array>
#include <fstream>
#include <iterator>
#include <string_view>
#include <system_error>

#include "trellis/http/problem.hpp"

namespace trellis::http {
namespace {

namespace fs = std::filesystem;

std::string_view content_type_for(const fs::path& file) {
    const std::string ext = file.extension().string();
    if (ext == ".html") return "text/html; charset=utf-8";
    if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
    if (ext == ".css") return "text/css; charset=utf-8";
    if (ext == ".svg") return "image/svg+xml";
    if (ext == ".png") return "image/png";
    if (ext == ".ico") return "image/x-icon";
    if (ext == ".json") return "application/json";
    if (ext == ".woff2") return "font/woff2";
    if (ext == ".txt") return "text/plain; charset=utf-8";
    if (ext == ".webmanifest") return "application/manifest+json";
    return "application/octet-stream";
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    }
    return true;
}

// Calls f(item) for each comma-separated, trimmed item of a header list.
template <class F>
void for_each_item(std::string_view list, F&& f) {
    while (!list.empty()) {
        const auto comma = list.find(',');
        f(trim(list.substr(0, comma)));
        if (comma == std::string_view::npos) break;
        list.remove_prefix(comma + 1);
    }
}

bool accepts_gzip(std::string_view accept_encoding) {
    bool gzip = false;
    for_each_item(accept_encoding, [&](std::string_view item) {
        const auto semi = item.find(';');
        const std::string_view coding = trim(item.substr(0, semi));
        if (!iequals(coding, "gzip") && !iequals(coding, "x-gzip")) return;
        bool zero = false;
        if (semi != std::string_view::npos) {
            std::string_view params = trim(item.substr(semi + 1));
            if (params.size() >= 2 && (params[0] == 'q' || params[0] == 'Q')) {
                std::string_view q = trim(
                    params.substr(params.find('=') == std::string_view::npos ? params.size() : params.find('=') + 1));
                zero = !q.empty() && q.find_first_not_of("0.") == std::string_view::npos;
            }
        }
        gzip = !zero;
    });
    return gzip;
}

bool etag_matches(std::string_view if_none_match, std::string_view etag) {
    bool match = false;
    for_each_item(if_none_match, [&](std::string_view tag) {
        if (tag == "*") match = true;
        if (tag.starts_with("W/")) tag.remove_prefix(2);  // weak comparison, as RFC 9110 wants for If-None-Match
        if (tag == etag) match = true;
    });
    return match;
}

std::optional<std::string> read_file(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) return std::nullopt;
    return content;
}

std::string etag_of(std::string_view content) {
    std::array<unsigned char, 16> hash{};
    crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(content.data()), content.size(),
                       nullptr, 0);
    std::array<char, 33> hex{};
    sodium_bin2hex(hex.data(), hex.size(), hash.data(), hash.size());
    return std::string("\"") + hex.data() + "\"";
}

bool is_file(const fs::path& p) {
    std::error_code ec;
    return fs::is_regular_file(p, ec);
}

// Is `p` (canonical) inside `root` (canonical)?
bool inside(const fs::path& root, const fs::path& p) {
    auto r = root.begin();
    auto q = p.begin();
    for (; r != root.end(); ++r, ++q) {
        if (q == p.end() || *r != *q) return false;
    }
    return true;
}

}  // namespace

std::optional<Response> serve_static(const fs::path& root, const Request& request) {
    const bool head = request.method == "HEAD";
    if (request.method != "GET" && !head) return std::nullopt;
    const std::string_view path = request.path;
    if (path == "/api" || path.starts_with("/api/")) return std::nullopt;

    std::error_code ec;
    const fs::path canonical_root = fs::canonical(root, ec);
    if (ec) return std::nullopt;
    const fs::path index = canonical_root / "index.html";
    if (!is_file(index)) return std::nullopt;

    // Map the decoded URL path onto root, segment by segment; ".." is refused, dot files are never served.
    fs::path relative;
    bool traversal = false;
    bool hidden = false;
    std::string_view rest = path;
    while (!rest.empty()) {
        const auto slash = rest.find('/');
        const std::string_view segment = rest.substr(0, slash);
        rest = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash + 1);
        if (segment.empty() || segment == ".") continue;
        if (segment == ".." || segment.find('\\') != std::string_view::npos ||
            segment.find('\0') != std::string_view::npos) {
            traversal = true;
            break;
        }
        if (segment.front() == '.') hidden = true;
        relative /= fs::path(std::string(segment));
    }
    if (traversal) return problem(ProblemKind::not_found, "No such file.");

    fs::path file = index;
    if (!hidden && !relative.empty()) {
        const fs::path candidate = fs::weakly_canonical(canonical_root / relative, ec);
        // Symbolic links must not lead out of root.
        if (!ec && is_file(candidate) && inside(canonical_root, candidate)) file = candidate;
    }
    // The app has no pages under /assets/: a build file that is not there (an old page asking for the code of a
    // version since replaced) gets a 404, so the app can notice and reload, rather than HTML parsed as a script.
    if (file == index && path.starts_with("/assets/")) return problem(ProblemKind::not_found, "No such file.");
    const bool immutable = path.starts_with("/assets/");  // hashed names: a new build has new names

    Response response;
    response.set_header("content-type", std::string(content_type_for(file)));
    response.set_header("vary", "Accept-Encoding");
    response.set_header("x-content-type-options", "nosniff");
    response.set_header("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache");

    std::optional<std::string> content;
    if (accepts_gzip(request.header("accept-encoding"))) {
        fs::path gz = file;
        gz += ".gz";
        if (is_file(gz) && (content = read_file(gz))) response.set_header("content-encoding", "gzip");
    }
    if (!content) content = read_file(file);
    if (!content) return problem(ProblemKind::not_found, "No such file.");

    if (!immutable) {
        const std::string etag = etag_of(*content);
        response.set_header("etag", etag);
        if (const auto inm = request.header("if-none-match"); !inm.empty() && etag_matches(inm, etag)) {
            response.status = 304;
            response.body.clear();
            return response;
        }
    }
    if (head) {
        response.set_header("content-length", std::to_string(content->size()));
    } else {
        response.body = std::move(*content);
    }
    return response;
}

}  // namespace trellis::http
