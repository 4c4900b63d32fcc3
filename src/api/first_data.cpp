#include "api/first_data.hpp"

#include <spdlog/spdlog.h>
#include <boost/json.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>

namespace trellis::api {

namespace {

namespace json = boost::json;

// One answer larger than this is left for the page to ask for: the page the browser waits for stays small.
constexpr std::size_t kLargestAnswer = 256 * 1024;
constexpr std::size_t kLargestTotal = 1024 * 1024;

bool is_number(std::string_view text) {
    return !text.empty() && text.size() <= 18 && std::ranges::all_of(text, [](char c) { return c >= '0' && c <= '9'; });
}

std::vector<std::string> strings(const json::value& value) {
    std::vector<std::string> out;
    for (const auto& item : value.as_array()) out.emplace_back(item.as_string());
    return out;
}

// "/teams/:id/meetings" with {id: "4"} → "/teams/4/meetings"; nullopt when a part is not a number.
std::optional<std::string> fill_params(std::string_view get, const std::map<std::string, std::string>& params) {
    std::string out;
    while (!get.empty()) {
        const auto colon = get.find(':');
        out.append(get.substr(0, colon));
        if (colon == std::string_view::npos) break;
        get.remove_prefix(colon + 1);
        const auto end = std::min(get.find_first_of("/?"), get.size());
        const auto found = params.find(std::string(get.substr(0, end)));
        if (found == params.end() || !is_number(found->second)) return std::nullopt;
        out += found->second;
        get.remove_prefix(end);
    }
    return out;
}

// A value of an answer that may stand in a path or a query: a whole number, or a word of letters, digits, '_' and
// '-' (an indicator's key): nothing that could change what the path means.
std::optional<std::string> path_value(const json::value& value) {
    if (value.is_int64() && value.as_int64() >= 0) return std::to_string(value.as_int64());
    if (value.is_uint64()) return std::to_string(value.as_uint64());
    if (!value.is_string()) return std::nullopt;
    const std::string_view text = value.as_string();
    const bool word = !text.empty() && text.size() <= 64 && std::ranges::all_of(text, [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    });
    return word ? std::optional<std::string>(text) : std::nullopt;
}

// The value at "team.id" or "indicators.0.years.0" in `answer`.
const json::value* value_at(const json::value& answer, std::string_view field) {
    const json::value* at = &answer;
    while (at) {
        const auto dot = field.find('.');
        const auto part = field.substr(0, dot);
        if (const auto* object = at->if_object()) {
            at = object->if_contains(part);
        } else if (const auto* array = at->if_array(); array && is_number(part)) {
            const auto index = std::stoull(std::string(part));
            at = index < array->size() ? &(*array)[index] : nullptr;
        } else {
            at = nullptr;
        }
        if (dot == std::string_view::npos) break;
        field.remove_prefix(dot + 1);
    }
    return at;
}

// Each "{team.id}" → that value of `first` (the page's first answer); nullopt when there is none.
std::optional<std::string> fill_fields(std::string_view get, const json::value* first) {
    std::string out;
    while (!get.empty()) {
        const auto open = get.find('{');
        out.append(get.substr(0, open));
        if (open == std::string_view::npos) break;
        const auto close = get.find('}', open);
        if (close == std::string_view::npos || !first) return std::nullopt;
        const auto* value = value_at(*first, get.substr(open + 1, close - open - 1));
        const auto text = value ? path_value(*value) : std::nullopt;
        if (!text) return std::nullopt;
        out += *text;
        get.remove_prefix(close + 1);
    }
    return out;
}

}  // namespace

FirstDataTable read_first_data(const std::filesystem::path& web_root) {
    const auto file = web_root / ".vite" / "first-data.json";
    std::ifstream in(file, std::ios::binary);
    if (!in) return {};
    try {
        const auto table = json::parse(std::string(std::istreambuf_iterator<char>(in), {})).as_object();
        FirstDataTable out{strings(table.at("every")), {}};
        for (const auto& page : table.at("pages").as_array())
            out.pages.push_back({parse_page_pattern(page.at("path").as_string()), strings(page.at("get"))});
        return out;
    } catch (const std::exception& e) {
        spdlog::warn("{}: {}; pages are sent without their first data", file.string(), e.what());
        return {};
    }
}

std::string first_data_answers(const FirstDataTable& table, std::string_view address, const ApiGet& get) {
    const auto* page = best_page_match(table.pages, address);
    std::map<std::string, std::string> params;
    if (page) params = match_page(page->pattern, address).value_or(params);
    std::string out = "{";
    std::size_t total = 0;
    std::optional<json::value> first;
    bool first_asked = false;
    auto gets = page ? page->gets : std::vector<std::string>{};
    gets.insert(gets.end(), table.every.begin(), table.every.end());
    for (const auto& pattern : gets) {
        auto path = fill_params(pattern, params);
        if (path) path = fill_fields(*path, first ? &*first : nullptr);
        if (!path) continue;
        auto answer = get(*path);
        if (!first_asked) {
            first_asked = true;
            if (answer) {
                boost::system::error_code ec;
                if (auto parsed = json::parse(*answer, ec); !ec) first = std::move(parsed);
            }
        }
        if (!answer || answer->size() > kLargestAnswer || total + answer->size() > kLargestTotal) continue;
        total += answer->size();
        if (out.size() > 1) out += ',';
        out += json::serialize(json::string(*path));
        out += ':';
        out += *answer;
    }
    return out + "}";
}

}  // namespace trellis::api
