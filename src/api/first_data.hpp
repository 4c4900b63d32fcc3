#pragma once
// A page's first data: the API GETs a page of the web app asks for as it opens (web/src/firstData.json, which the
// build checks against App.tsx and writes to dist/.vite/first-data.json), answered by the server inside the page
// it sends for that address, in <script type="application/json" id="trellis-first-data">{"/teams/4": ...}</script>.
// web/src/firstData.ts hands each answer to the app's first GET of that path, once: the page renders with its data
// instead of asking after its first render and waiting (docs/performance.md, page load).
//
// Each answer is the API's own, for the same caller: the GET goes through the API's routing, authentication and
// permission policy like any other (api/app.cpp). Only 200 answers are included; anything else is left for the
// page to ask and to show as it always does.
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "api/page_address.hpp"

namespace trellis::api {

struct FirstDataPage {
    PagePattern pattern;
    std::vector<std::string> gets;  // "/teams/:id/meetings" (":id" from the address), "/teams/{team.id}"
};

struct FirstDataTable {
    std::vector<std::string> every;  // asked for by every page (the layout's)
    std::vector<FirstDataPage> pages;
};

// dist/.vite/first-data.json under the web root; an empty table when the build has none (or it is broken: logged).
FirstDataTable read_first_data(const std::filesystem::path& web_root);

// GET /api/v1`path` for the caller of the page: the answer's JSON text when it is 200, else nullopt.
using ApiGet = std::function<std::optional<std::string>(const std::string& path)>;

// The JSON object {path: answer} of the page at `address` (the table's `every` GETs for a page it does not name).
// ":name" parts are filled from the address only with a number (every id is one); "{a.b}" is the value at a.b
// (object keys and array indexes) in the answer of the page's first GET (a meeting's team, the first indicator of
// an organization's data), a number or a plain word only, and the GET is left out when there is none.
std::string first_data_answers(const FirstDataTable& table, std::string_view address, const ApiGet& get);

}  // namespace trellis::api
