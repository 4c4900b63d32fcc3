#include "app/demo_library.hpp"

#include <fmt/format.h>

#include <string>
#include <vector>

#include "trellis/domain/file_content.hpp"
#include "trellis/store/resources.hpp"

namespace trellis::app {

namespace {

// A one-page PDF with a few lines of Helvetica: the cross-reference table's byte offsets are counted as it is built,
// so any reader opens it.
std::string one_page_pdf(const std::vector<std::string>& lines) {
    std::string text = "BT /F1 14 Tf 72 720 Td 18 TL";
    for (const auto& line : lines) text += " (" + line + ") '";
    text += " ET";
    const std::vector<std::string> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        fmt::format("<< /Length {} >>\nstream\n{}\nendstream", text.size(), text),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    std::string pdf = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += fmt::format("{} 0 obj\n{}\nendobj\n", i + 1, objects[i]);
    }
    const auto xref = pdf.size();
    pdf += fmt::format("xref\n0 {}\n0000000000 65535 f \n", objects.size() + 1);
    for (const auto offset : offsets) pdf += fmt::format("{:010} 00000 n \n", offset);
    pdf += fmt::format("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{}\n%%EOF\n", objects.size() + 1, xref);
    return pdf;
}

}  // namespace

void add_demo_library(store::Connection& db, std::int64_t network_id, std::int64_t sanger, std::int64_t mentor,
                      std::int64_t now) {
    const auto add = [&](store::Resource r, std::int64_t days_ago) {
        r.organization_id = sanger;
        r.author_id = mentor;
        r.share_scope = "network";
        r.share_id = network_id;
        r.topics = {"mtss"};
        return store::insert_resource(db, r, now - days_ago * 86400);
    };
    const auto flow = add({.kind = "file",
                           .title = "Tiered-support referral flow",
                           .description = "How a concern about a student moves from a teacher to the student "
                                          "support team: the data that starts a referral, who meets within a week, "
                                          "and when Tier 2 becomes Tier 3.",
                           .grade_from = 0,
                           .grade_to = 12},
                          30);
    const auto pdf = one_page_pdf({"Sanger Unified - Tiered-support referral flow",
                                   "1. A teacher notes the concern and the data behind it.",
                                   "2. The grade-level team tries Tier 1 supports for three weeks.",
                                   "3. The student support team meets within a week of a referral.",
                                   "4. Tier 2: a check-in adult, small-group help, a plan with the family.",
                                   "5. Review after six weeks: continue, step down, or refer for Tier 3."});
    const auto type = std::get<domain::FileType>(domain::check_file_content("referral-flow.pdf", pdf));
    store::store_resource_file(db, flow, "referral-flow.pdf", type.content_type, pdf, now - 30 * 86400);
    add({.kind = "note",
         .title = "Intervention menu",
         .description = "Sanger's menu of Tier 2 and Tier 3 interventions, with who leads each and how progress is "
                        "checked.",
         .body = "Tier 2: check-in/check-out with an adult the student chooses; small-group reading or math "
                 "intervention three times a week; attendance mentoring; a foster and homeless youth liaison call "
                 "within three days of enrollment.\nTier 3: an individual plan with the family and the counselor; "
                 "wraparound services with county partners; weekly progress checks.",
         .grade_from = 0,
         .grade_to = 12},
        25);
    add({.kind = "note",
         .title = "Guía para familias: apoyos escalonados",
         .description = "Cómo explicar a las familias los niveles de apoyo y qué pueden pedir a la escuela.",
         .body = "Nivel 1: apoyos para todos los estudiantes en el aula. Nivel 2: intervenciones en grupos "
                 "pequeños y un adulto de confianza que se reúne con el estudiante cada semana. Nivel 3: un plan "
                 "individual preparado con la familia. Las familias pueden pedir una reunión en su idioma.",
         .language = "es",
         .grade_from = 0,
         .grade_to = 12},
        20);
}

}  // namespace trellis::app
