#include "trellis/domain/file_content.hpp"

#include <gtest/gtest.h>

using namespace trellis::domain;

namespace {

std::string type_of(std::string_view name, std::string_view bytes) {
    const auto checked = check_file_content(name, bytes);
    if (const auto* type = std::get_if<FileType>(&checked)) return type->content_type;
    return "refused: " + std::get<std::string>(checked);
}

}  // namespace

TEST(FileContent, KnowsEachTypeByItsBytes) {
    EXPECT_EQ(type_of("flow.pdf", "%PDF-1.4\n..."), "application/pdf");
    EXPECT_EQ(type_of("Chart.PNG", std::string_view("\x89PNG\r\n\x1a\n\0\0", 10)), "image/png");
    EXPECT_EQ(type_of("photo.jpeg", "\xff\xd8\xff\xe0"), "image/jpeg");
    EXPECT_EQ(type_of("menu.docx", std::string_view("PK\x03\x04....word/document.xml", 28)),
              "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    EXPECT_EQ(type_of("menu.xlsx", std::string_view("PK\x03\x04....xl/workbook.xml", 25)),
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    EXPECT_EQ(type_of("notes.txt", "Tier 2: check in, check out\r\n"), "text/plain; charset=utf-8");
    EXPECT_EQ(type_of("menu.csv", "tier,intervención\n2,mentoría\n"), "text/csv; charset=utf-8");
}

TEST(FileContent, RefusesContentThatIsNotWhatTheNameSays) {
    EXPECT_EQ(type_of("flow.pdf", "MZ\x90\x00 this is a program"), "refused: the content of flow.pdf is not a PDF");
    EXPECT_EQ(type_of("menu.docx", "%PDF-1.4"), "refused: the content of menu.docx is not a Word document");
    // A zip that is a workbook is not a Word document.
    EXPECT_EQ(type_of("menu.docx", std::string_view("PK\x03\x04....xl/workbook.xml", 25)),
              "refused: the content of menu.docx is not a Word document");
    EXPECT_EQ(type_of("notes.txt", std::string_view("abc\0def", 7)),
              "refused: the content of notes.txt is not a text file");
    EXPECT_EQ(type_of("notes.txt", "caf\xe9"), "refused: the content of notes.txt is not a text file");  // Latin-1
    EXPECT_EQ(type_of("image.png", "GIF89a"), "refused: the content of image.png is not a PNG image");
}

TEST(FileContent, RefusesUnknownExtensionsAndEmptyFiles) {
    EXPECT_EQ(type_of("run.exe", "MZ"),
              "refused: only PDF, PNG, JPEG, Word, Excel, PowerPoint, text and CSV files are accepted");
    EXPECT_EQ(type_of("page.html", "<html>"),
              "refused: only PDF, PNG, JPEG, Word, Excel, PowerPoint, text and CSV files are accepted");
    EXPECT_EQ(type_of("noextension", "%PDF-"),
              "refused: only PDF, PNG, JPEG, Word, Excel, PowerPoint, text and CSV files are accepted");
    EXPECT_EQ(type_of("empty.pdf", ""), "refused: the file is empty");
}
