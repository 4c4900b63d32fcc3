#include "trellis/domain/file_content.hpp"

#include <array>
#include <cctype>

namespace trellis::domain {

namespace {

struct Known {
    std::string_view extension;
    std::string_view content_type;
    std::string_view described;  // in "is not a ..."
};

constexpr std::array<Known, 9> kKnown = {{
    {"pdf", "application/pdf", "PDF"},
    {"png", "image/png", "PNG image"},
    {"jpg", "image/jpeg", "JPEG image"},
    {"jpeg", "image/jpeg", "JPEG image"},
    {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word document"},
    {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel workbook"},
    {"pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint presentation"},
    {"txt", "text/plain; charset=utf-8", "text file"},
    {"csv", "text/csv; charset=utf-8", "CSV text file"},
}};

std::string extension_of(std::string_view name) {
    const auto dot = name.rfind('.');
    if (dot == std::string_view::npos) return {};
    std::string extension;
    for (const char c : name.substr(dot + 1))
        extension += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return extension;
}

// UTF-8 text without NUL or other control characters than tab, line breaks and form feed.
bool is_text(std::string_view bytes) {
    std::size_t i = 0;
    while (i < bytes.size()) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x80) {
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') return false;
            if (b == 0x7f) return false;
            ++i;
            continue;
        }
        const int more = (b & 0xe0) == 0xc0 ? 1 : (b & 0xf0) == 0xe0 ? 2 : (b & 0xf8) == 0xf0 ? 3 : -1;
        if (more < 0 || b == 0xc0 || b == 0xc1 || b > 0xf4) return false;
        if (i + static_cast<std::size_t>(more) >= bytes.size()) return false;
        for (int k = 1; k <= more; ++k)
            if ((static_cast<unsigned char>(bytes[i + k]) & 0xc0) != 0x80) return false;
        i += static_cast<std::size_t>(more) + 1;
    }
    return true;
}

// An Office Open XML file is a zip whose entries name its part folder (word/, xl/, ppt/) in the clear.
bool is_office(std::string_view bytes, std::string_view folder) {
    return bytes.starts_with(std::string_view("PK\x03\x04", 4)) && bytes.find(folder) != std::string_view::npos;
}

bool matches(std::string_view extension, std::string_view bytes) {
    if (extension == "pdf") return bytes.starts_with("%PDF-");
    if (extension == "png") return bytes.starts_with("\x89PNG\r\n\x1a\n");
    if (extension == "jpg" || extension == "jpeg") return bytes.starts_with("\xff\xd8\xff");
    if (extension == "docx") return is_office(bytes, "word/");
    if (extension == "xlsx") return is_office(bytes, "xl/");
    if (extension == "pptx") return is_office(bytes, "ppt/");
    return is_text(bytes);  // txt, csv
}

}  // namespace

std::variant<FileType, std::string> check_file_content(std::string_view file_name, std::string_view bytes) {
    const std::string extension = extension_of(file_name);
    for (const auto& known : kKnown) {
        if (known.extension != extension) continue;
        if (bytes.empty()) return std::string("the file is empty");
        if (!matches(extension, bytes))
            return "the content of " + std::string(file_name) + " is not a " + std::string(known.described);
        return FileType{extension, std::string(known.content_type)};
    }
    return std::string("only PDF, PNG, JPEG, Word, Excel, PowerPoint, text and CSV files are accepted");
}

}  // namespace trellis::domain
