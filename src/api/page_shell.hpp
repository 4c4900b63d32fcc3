#pragma once
// The web app's page (index.html) as the server sends it for a page address: ready to show the page at once.
//  - <link rel="modulepreload"> (and the stylesheets) of the code of the page asked for, so that the browser
//    fetches it beside the main script instead of after it. Which page an address shows comes from the build:
//    web/vite.config.ts writes dist/.vite/routes.json (App.tsx's routes: address pattern → the page modules it
//    shows, the outer page first) and Vite
//    dist/.vite/manifest.json (page module → its file, the files it imports, its CSS).
//  - the session, as GET /api/v1/session answers it (or null when signed out), in
//    <script type="application/json" id="trellis-session">; web/src/session.tsx reads it instead of asking.
//  - for a signed-in browser, the answers of the API GETs the page asks for first (api/first_data.hpp), in
//    <script type="application/json" id="trellis-first-data">.
//    A data block is never run, so the Content-Security-Policy's script-src is unaffected; '<' is written \u003c.
// The answer is personal: Cache-Control no-store, Vary: Cookie.
#include <optional>

#include "api/first_data.hpp"
#include "trellis/api/services.hpp"
#include "trellis/http/message.hpp"

namespace trellis::api {

// The page for a GET or HEAD of an address that the static files answer with index.html; nullopt when there is no
// index.html under the web root.
// `api_get` answers the page's first GETs as the API answers the same caller.
std::optional<http::Response> page_shell(const http::Request& request, Services& services, const ApiGet& api_get);

}  // namespace trellis::api
