#include "trellis/store/guide_data_views.hpp"

namespace trellis::store {

namespace {

constexpr const char* kColumns =
    "SELECT id, team_id, guide_id, module_id, section_id, organization_id, org_code, indicator, year, note, "
    "attached_by_name, attached_at FROM guide_data_views ";

template <typename Row>
GuideDataView view_of(const Row& row) {
    return {row.integer(0), row.integer(1), row.text(2),
            row.text(3),    row.text(4),    row.integer(5),
            row.text(6),    row.text(7),    static_cast<int>(row.integer(8)),
            row.text(9),    row.text(10),   row.integer(11)};
}

}  // namespace

std::vector<GuideDataView> guide_data_views(Connection& db, std::int64_t team_id, const std::string& guide_id) {
    std::vector<GuideDataView> out;
    for (const auto& row :
         db.query(std::string(kColumns) + "WHERE team_id = ? AND guide_id = ? ORDER BY module_id, section_id, id",
                  {team_id, guide_id})) {
        out.push_back(view_of(row));
    }
    return out;
}

std::optional<GuideDataView> find_data_view(Connection& db, std::int64_t team_id, std::int64_t view_id) {
    for (const auto& row : db.query(std::string(kColumns) + "WHERE team_id = ? AND id = ?", {team_id, view_id}))
        return view_of(row);
    return std::nullopt;
}

std::int64_t attach_data_view(Connection& db, const GuideDataView& v, std::int64_t by) {
    return db.insert_returning_id(
        "INSERT INTO guide_data_views (team_id, guide_id, module_id, section_id, organization_id, org_code, indicator, "
        "year, note, attached_by, attached_by_name, attached_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "
        "id",
        {v.team_id, v.guide_id, v.module_id, v.section_id, v.organization_id, v.org_code, v.indicator,
         static_cast<std::int64_t>(v.year), v.note, by, v.attached_by_name, v.attached_at});
}

bool detach_data_view(Connection& db, std::int64_t team_id, std::int64_t view_id) {
    return db.execute("DELETE FROM guide_data_views WHERE team_id = ? AND id = ?", {team_id, view_id}) == 1;
}

}  // namespace trellis::store
