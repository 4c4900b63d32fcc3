#include "trellis/http/problem.hpp"

#include <boost/json.hpp>

#include <array>

namespace trellis::http {

namespace {

using K = ProblemKind;

// The one table of problem kinds, in the enum's order (problem_test.cpp checks it). Names and English titles
// are part of the API: changing one changes what clients see.
constexpr std::array kTypes{
    ProblemType{K::bad_request, 400, "bad-request", "Bad request", "Solicitud no válida"},
    ProblemType{K::malformed_json, 400, "malformed-json", "Malformed JSON", "JSON mal formado"},
    ProblemType{K::invalid_invitation, 400, "invalid-token", "Invitation not valid", "La invitación no es válida"},
    ProblemType{K::invalid_link, 400, "invalid-token", "Link not valid", "El enlace no es válido"},
    ProblemType{K::unauthenticated, 401, "unauthenticated", "Sign-in required", "Debe iniciar sesión"},
    ProblemType{K::invalid_api_token, 401, "unauthenticated", "Invalid API token", "Token de API no válido"},
    ProblemType{K::invalid_credentials, 401, "invalid-credentials", "Sign-in failed", "No se pudo iniciar sesión"},
    ProblemType{K::csrf, 403, "csrf", "Missing or wrong CSRF token", "Falta el token CSRF o no es correcto"},
    ProblemType{K::forbidden, 403, "forbidden", "Forbidden", "No permitido"},
    ProblemType{K::cross_origin, 403, "cross-origin", "Cross-origin WebSocket refused",
                "WebSocket de otro sitio rechazado"},
    ProblemType{K::not_found, 404, "not-found", "Not found", "No encontrado"},
    ProblemType{K::method_not_allowed, 405, "method-not-allowed", "Method not allowed", "Método no permitido"},
    ProblemType{K::conflict, 409, "conflict", "Conflict", "Conflicto"},
    ProblemType{K::stale_edit, 409, "stale-edit", "Someone else saved first", "Otra persona guardó antes"},
    ProblemType{K::meeting_closed, 409, "meeting-closed", "The meeting is closed", "La reunión está cerrada"},
    ProblemType{K::meeting_cancelled, 409, "meeting-closed", "The meeting is cancelled", "La reunión está cancelada"},
    ProblemType{K::sign_in_link_invalid, 410, "sign-in-link-invalid", "Sign-in link not valid",
                "El enlace de inicio de sesión no es válido"},
    ProblemType{K::body_too_large, 413, "body-too-large", "Request body too large",
                "El cuerpo de la solicitud es demasiado grande"},
    ProblemType{K::unsupported_media_type, 415, "unsupported-media-type", "Unsupported media type",
                "Tipo de contenido no admitido"},
    ProblemType{K::validation, 422, "validation", "Invalid input", "Datos no válidos"},
    ProblemType{K::rule_violation, 422, "validation", "The meeting breaks the guide's rules",
                "La reunión no cumple las reglas de la guía"},
    ProblemType{K::import_rejected, 422, "import-rejected", "The file was not imported", "El archivo no se importó"},
    ProblemType{K::upgrade_required, 426, "upgrade-required", "Upgrade required", "Se requiere WebSocket"},
    ProblemType{K::too_many_uploads, 429, "too-many-uploads", "Too many uploads at once", "Demasiadas cargas a la vez"},
    ProblemType{K::rate_limited, 429, "rate-limited", "Too many sign-in attempts",
                "Demasiados intentos de inicio de sesión"},
    ProblemType{K::internal, 500, "internal", "Internal error", "Error interno"},
    ProblemType{K::server_error, 500, "internal", "Internal server error", "Error interno del servidor"},
    ProblemType{K::unavailable, 503, "unavailable", "Service unavailable", "Servicio no disponible"},
    ProblemType{K::upload_unavailable, 503, "unavailable", "Upload not possible", "No se puede cargar el archivo"},
    ProblemType{K::shutting_down, 503, "unavailable", "Shutting down", "El servidor se está apagando"},
    ProblemType{K::busy, 503, "busy", "Busy", "Ocupado"},
};

}  // namespace

const ProblemType& problem_type(ProblemKind kind) { return kTypes.at(static_cast<std::size_t>(kind)); }

std::span<const ProblemType> problem_types() { return kTypes; }

Response problem(ProblemKind kind, std::string_view detail, std::string_view extra_json) {
    namespace json = boost::json;
    const auto& type = problem_type(kind);
    std::string body;
    body.reserve(64 + type.name.size() + type.title.size() + detail.size() + extra_json.size());
    body += R"({"type":)";
    body += json::serialize(json::string_view(std::string("/problems/").append(type.name)));
    body += R"(,"title":)";
    body += json::serialize(json::string_view(type.title.data(), type.title.size()));
    body += R"(,"status":)";
    body += std::to_string(type.status);
    body += R"(,"detail":)";
    body += json::serialize(json::string_view(detail.data(), detail.size()));
    if (!extra_json.empty()) {
        body += ',';
        body += extra_json;
    }
    body += '}';

    Response response;
    response.status = type.status;
    response.set_header("content-type", "application/problem+json");
    response.body = std::move(body);
    return response;
}

}  // namespace trellis::http
