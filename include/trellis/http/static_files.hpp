#pragma once
// Serves the built web app (Vite output, e.g. web/dist) with single-page-app fallback to index.html.
#include <filesystem>
#include <optional>

#include "trellis/http/message.hpp"

namespace trellis::http {

// GET and HEAD only (otherwise nullopt). /api/ paths and a root without index.html give nullopt.
// /assets/* gets a year of immutable caching; everything else "no-cache" with an ETag (304 on If-None-Match).
// A precompressed "<file>.gz" is served with Content-Encoding: gzip when the client accepts gzip.
// Any path that is not a file returns index.html; a path with ".." segments gets 404 problem+json.
// HEAD answers carry the Content-Length of the GET body and no body.
std::optional<Response> serve_static(const std::filesystem::path& root, const Request& request);

}  // namespace trellis::http
