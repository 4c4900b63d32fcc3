// The organization's records, continued: the resources of its library (issue 12), their topics and the names of
// their files (the bytes stay downloadable from the library; the archive lists what there is).
#include "store/record_sections.hpp"

namespace trellis::store {

using enum ColumnKind;

std::vector<SectionQuery> library_sections() {
    return {
        {"resources",
         false,
         {{"id", integer},
          {"kind"},
          {"title"},
          {"description"},
          {"url"},
          {"body"},
          {"language"},
          {"guide_id"},
          {"section_id"},
          {"grade_from", integer},
          {"grade_to", integer},
          {"share_scope"},
          {"share_id", integer},
          {"file_name"},
          {"file_type"},
          {"file_size", integer},
          {"created_at", time},
          {"updated_at", time}},
         "SELECT id, kind, title, description, url, body, language, guide_id, section_id, grade_from, grade_to, "
         "share_scope, share_id, file_name, file_type, file_size, created_at, updated_at FROM resources "
         "WHERE organization_id = ? ORDER BY id"},
        {"resource_topics",
         false,
         {{"resource_id", integer}, {"topic"}},
         "SELECT resource_id, topic FROM resource_topics WHERE resource_id IN (SELECT id FROM resources WHERE "
         "organization_id = ?) ORDER BY resource_id, topic"},
    };
}

}  // namespace trellis::store
