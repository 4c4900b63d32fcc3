#include "trellis/domain/dashboard_export_text.hpp"

namespace trellis::domain {

namespace {

constexpr DashboardSheetText kEnglish{.file = "dashboard",
                                      .teams_sheet = "Teams",
                                      .team = "Team",
                                      .district = "District",
                                      .guide = "Guide",
                                      .stage = "Stage",
                                      .section = "Current section",
                                      .sections_complete = "Sections complete",
                                      .held = "Meetings held",
                                      .last = "Last meeting",
                                      .next = "Next meeting",
                                      .cadence = "Days between meetings (median)",
                                      .on_time = "Done on time (%)",
                                      .late = "Median days late",
                                      .carried = "Items carried over",
                                      .overdue = "Open and overdue",
                                      .outreach = "Outreach gaps open",
                                      .hours_received = "Coaching hours received",
                                      .districts_sheet = "Districts",
                                      .role = "Role in the network",
                                      .teams_sharing = "Teams sharing",
                                      .teams_sharing_progress = "Teams sharing progress",
                                      .agreements_sheet = "Agreement hours",
                                      .agreement = "Agreement",
                                      .status = "Status",
                                      .kind = "Kind",
                                      .purchased = "Hours purchased",
                                      .used = "Hours used",
                                      .left = "Hours left",
                                      .used_share = "Used (%)",
                                      .warning = "Warning (%)",
                                      .all_kinds = "All kinds",
                                      .mentor = "Mentor",
                                      .peer = "Peer",
                                      .draft = "Draft",
                                      .active = "Active",
                                      .ended = "Ended"};

constexpr DashboardSheetText kSpanish{.file = "panel",
                                      .teams_sheet = "Equipos",
                                      .team = "Equipo",
                                      .district = "Distrito",
                                      .guide = "Guía",
                                      .stage = "Etapa",
                                      .section = "Sección actual",
                                      .sections_complete = "Secciones completas",
                                      .held = "Reuniones realizadas",
                                      .last = "Última reunión",
                                      .next = "Próxima reunión",
                                      .cadence = "Días entre reuniones (mediana)",
                                      .on_time = "Cumplido a tiempo (%)",
                                      .late = "Mediana de días de retraso",
                                      .carried = "Compromisos trasladados",
                                      .overdue = "Abiertos y vencidos",
                                      .outreach = "Acercamientos pendientes",
                                      .hours_received = "Horas de acompañamiento recibidas",
                                      .districts_sheet = "Distritos",
                                      .role = "Papel en la red",
                                      .teams_sharing = "Equipos que comparten",
                                      .teams_sharing_progress = "Equipos que comparten su avance",
                                      .agreements_sheet = "Horas de los acuerdos",
                                      .agreement = "Acuerdo",
                                      .status = "Estado",
                                      .kind = "Tipo",
                                      .purchased = "Horas contratadas",
                                      .used = "Horas usadas",
                                      .left = "Horas restantes",
                                      .used_share = "Usado (%)",
                                      .warning = "Aviso (%)",
                                      .all_kinds = "Todos los tipos",
                                      .mentor = "Mentor",
                                      .peer = "Par",
                                      .draft = "Borrador",
                                      .active = "Vigente",
                                      .ended = "Terminado"};

}  // namespace

const DashboardSheetText& dashboard_sheet_text(Language language) {
    return language == Language::es ? kSpanish : kEnglish;
}

}  // namespace trellis::domain
