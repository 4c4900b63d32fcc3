#pragma once
// The schema as numbered, forward-only migrations. `{{pk}}` in the SQL stands for the dialect's 64-bit
// auto-increment primary key ("INTEGER PRIMARY KEY AUTOINCREMENT" on SQLite, "BIGSERIAL PRIMARY KEY" on
// PostgreSQL); everything else is written in the subset both engines share.
#include <string_view>
#include <vector>

namespace trellis::store {

struct Migration {
    int version;  // 1, 2, 3, ... without gaps
    std::string_view name;
    std::string_view sql;  // one or more statements separated by ';'
};

const std::vector<Migration>& migrations();

}  // namespace trellis::store
