#pragma once
// What an uploaded file is, told from its bytes and not only from its name (issue 12, item 5): a file is kept only
// when its content is of the type its name says, so a library never serves an executable named "menu.pdf".
#include <string>
#include <string_view>
#include <variant>

namespace trellis::domain {

struct FileType {
    std::string extension;     // "pdf", "docx", ... lower case
    std::string content_type;  // what the file is served as (always as an attachment)
};

// The type, or a message saying why the file is refused: an extension the library does not take, or content that
// is not what the extension says ("the content of menu.pdf is not a PDF").
std::variant<FileType, std::string> check_file_content(std::string_view file_name, std::string_view bytes);

}  // namespace trellis::domain
