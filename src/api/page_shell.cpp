#include "api/page_shell.hpp"

#include <spdlog/spdlog.h>
#include <boost/json.hpp>

#include <fstream>
#include <iterator>
#include <mutex>
#include <set>

#include "api/authenticate.hpp"
#include "api/first_data.hpp"
#include "api/page_address.hpp"
#include "api/session_answer.hpp"
#include "trellis/domain/server_text.hpp"

namespace trellis::api {

namespace {

namespace fs = std::filesystem;
namespace json = boost::json;

struct RoutePreload {
    PagePattern pattern;
    std::string links;  // <link> elements for <head>
};

// What the build wrote, read again when index.html changes (a new build).
struct Build {
    fs::path root;
    fs::file_time_type written{};
    std::string index;
    std::vector<RoutePreload> routes;
    std::string english_texts;  // <link> preloading the chunk of the English texts (web/src/i18n.ts); empty: none
    std::string spanish_texts;
    FirstDataTable first_data;
};

std::optional<std::string> read_text(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// Every manifest key that `key` imports statically, itself included, depth first.
void closure(const json::object& manifest, const std::string& key, std::vector<std::string>& out) {
    if (std::ranges::find(out, key) != out.end()) return;
    const auto* chunk = manifest.if_contains(key);
    if (!chunk || !chunk->is_object()) return;
    out.push_back(key);
    if (const auto* imports = chunk->as_object().if_contains("imports"); imports && imports->is_array()) {
        for (const auto& import : imports->as_array())
            if (import.is_string()) closure(manifest, std::string(import.as_string()), out);
    }
}

std::vector<RoutePreload> read_routes(const fs::path& root) {
    const auto manifest_text = read_text(root / ".vite" / "manifest.json");
    const auto routes_text = read_text(root / ".vite" / "routes.json");
    if (!manifest_text || !routes_text) return {};
    std::vector<RoutePreload> out;
    try {
        const auto manifest = json::parse(*manifest_text).as_object();
        // The main script and what it imports are in index.html already.
        std::vector<std::string> loaded;
        for (const auto& [key, chunk] : manifest)
            if (chunk.as_object().contains("isEntry")) closure(manifest, std::string(key), loaded);
        const auto table = json::parse(*routes_text);
        for (const auto& route : table.as_object().at("routes").as_array()) {
            RoutePreload preload;
            preload.pattern = parse_page_pattern(route.as_object().at("path").as_string());
            // A route inside another shows both pages (the team page and its tab): the code of every one.
            std::vector<std::string> keys;
            for (const auto& module : route.as_object().at("modules").as_array())
                closure(manifest, std::string(module.as_string()), keys);
            std::set<std::string> css;
            for (const auto& key : keys) {
                if (std::ranges::find(loaded, key) != loaded.end()) continue;
                const auto& chunk = manifest.at(key).as_object();
                preload.links += "<link rel=\"modulepreload\" crossorigin href=\"/" +
                                 std::string(chunk.at("file").as_string()) + "\">";
                if (const auto* sheets = chunk.if_contains("css"))
                    for (const auto& sheet : sheets->as_array()) css.insert(std::string(sheet.as_string()));
            }
            for (const auto& sheet : css)
                preload.links += "<link rel=\"stylesheet\" crossorigin href=\"/" + sheet + "\">";
            out.push_back(std::move(preload));
        }
    } catch (const std::exception& e) {
        spdlog::warn("web app build files under {}: {}; pages are sent without preloads", root.string(), e.what());
        return {};
    }
    return out;
}

// The chunks of the two languages' texts, which the web app fetches once it knows the reader's language: named
// here, the one the browser is likely to ask for (its Accept-Language) loads beside the main script.
std::pair<std::string, std::string> read_language_links(const fs::path& root) {
    const auto manifest_text = read_text(root / ".vite" / "manifest.json");
    if (!manifest_text) return {};
    const auto link = [](const json::object& manifest, const char* key) -> std::string {
        const auto* chunk = manifest.if_contains(key);
        if (!chunk || !chunk->is_object() || !chunk->as_object().contains("file")) return {};
        return "<link rel=\"modulepreload\" crossorigin href=\"/" +
               std::string(chunk->as_object().at("file").as_string()) + "\">";
    };
    try {
        const auto manifest = json::parse(*manifest_text).as_object();
        return {link(manifest, "src/locales/en.json?raw"), link(manifest, "src/locales/es.json?raw")};
    } catch (const std::exception&) {
        return {};  // read_routes has said what is wrong with the file
    }
}

std::shared_ptr<const Build> current_build(const fs::path& root) {
    static std::mutex mutex;
    static std::shared_ptr<const Build> cached;
    std::error_code ec;
    const auto index = root / "index.html";
    const auto written = fs::last_write_time(index, ec);
    if (ec) return nullptr;
    std::lock_guard lock(mutex);
    if (cached && cached->root == root && cached->written == written) return cached;
    auto text = read_text(index);
    if (!text) return nullptr;
    auto [english, spanish] = read_language_links(root);
    auto build = std::make_shared<Build>(Build{root, written, std::move(*text), read_routes(root), std::move(english),
                                               std::move(spanish), read_first_data(root)});
    cached = build;
    return build;
}

// JSON inside <script>: no "</script>" or "<!--" can appear once every '<' is \u003c.
std::string script_safe(std::string_view json_text) {
    std::string out;
    out.reserve(json_text.size());
    for (const char c : json_text) {
        if (c == '<') {
            out += "\\u003c";
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace

std::optional<http::Response> page_shell(const http::Request& request, Services& services, const ApiGet& api_get) {
    const auto build = current_build(services.web_root);
    if (!build) return std::nullopt;

    std::string session = "null";
    {
        auto lease = services.database.acquire();
        const auto authentication = authenticate(request, *lease, services.now());
        const auto& principal = authentication.principal;
        if (principal.authenticated() && principal.via_cookie) {
            if (auto answer = session_answer(*lease, principal)) session = json::serialize(*answer);
        }
    }
    std::string head;
    if (const auto* route = best_page_match(build->routes, request.path)) head += route->links;
    const bool spanish = domain::language_from_tag(request.header("accept-language")) == domain::Language::es;
    head += spanish ? build->spanish_texts : build->english_texts;
    head += "<script type=\"application/json\" id=\"trellis-session\">" + script_safe(session) + "</script>";
    // The lease above is back in the pool: each GET takes one of its own.
    if (session != "null" && request.method == "GET")
        head += "<script type=\"application/json\" id=\"trellis-first-data\">" +
                script_safe(first_data_answers(build->first_data, request.path, api_get)) + "</script>";

    http::Response response;
    response.body = build->index;
    if (const auto at = response.body.find("</head>"); at != std::string::npos) response.body.insert(at, head);
    response.set_header("content-type", "text/html; charset=utf-8");
    response.set_header("cache-control", "no-store");
    response.set_header("vary", "Cookie");
    response.set_header("x-content-type-options", "nosniff");
    if (request.method == "HEAD") {
        response.set_header("content-length", std::to_string(response.body.size()));
        response.body.clear();
    }
    return response;
}

}  // namespace trellis::api
