// SPDX-License-Identifier: Apache-2.0
//
// The .docx, HTML and PDF readers and the bounded zip access under them. Zips and .docx files are built in memory
// with Poco::Zip::Compress; the PDF fixtures are in tests/unit/ingest/data (see its README.md); tests on the
// shared real data return early where that data is absent.
#include <algorithm>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>
#include <catch2/catch.hpp>

#include "base/base.h"
#include "ingest/reader.h"
#include "ingest/zip_reader.h"
#include "text/text.h"

namespace vanthu::ingest {
namespace {

using Catch::Matchers::Contains;

const std::filesystem::path kFixtures = std::filesystem::path(VANTHU_SOURCE_DIR) / "tests/unit/ingest/data";
const std::filesystem::path kShared = VANTHU_SHARED_DATA;

// ---------------------------------------------------------------------------------------------------------------
// Building zips and .docx files.

struct ZipPart {
  std::string name;
  std::string data;
};

std::string make_zip(const std::vector<ZipPart>& parts, bool deflate = true) {
  std::ostringstream out;
  Poco::Zip::Compress compress(out, true);
  for (const ZipPart& part : parts) {
    std::istringstream in(part.data);
    compress.addFile(in, Poco::DateTime(2024, 1, 1), Poco::Path(part.name, Poco::Path::PATH_UNIX),
                     deflate ? Poco::Zip::ZipCommon::CM_DEFLATE : Poco::Zip::ZipCommon::CM_STORE,
                     Poco::Zip::ZipCommon::CL_SUPERFAST);
  }
  compress.close();
  return out.str();
}

// Replaces every occurrence of from (a stored entry's name, in its local and central headers) by to, of the same
// length: how names Poco would not write ("../evil.xml") get into a test archive.
std::string rename_entry(std::string zip, const std::string& from, const std::string& to) {
  REQUIRE(from.size() == to.size());
  for (std::size_t pos = zip.find(from); pos != std::string::npos; pos = zip.find(from, pos + to.size())) {
    zip.replace(pos, from.size(), to);
  }
  return zip;
}

const std::string kWordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

std::string document_xml(const std::string& body) {
  return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w=")" + kWordNs +
         R"("><w:body>)" + body + "</w:body></w:document>";
}

std::string make_docx(const std::string& body, const std::string& styles = {}, const std::string& numbering = {}) {
  std::vector<ZipPart> parts = {
      {"[Content_Types].xml",
       R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
       R"(<Default Extension="xml" ContentType="application/xml"/></Types>)"},
      {"_rels/.rels",
       R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
       R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/)"
       R"(officeDocument" Target="word/document.xml"/></Relationships>)"},
      {"word/document.xml", document_xml(body)},
  };
  if (!styles.empty()) {
    parts.push_back({"word/styles.xml", R"(<?xml version="1.0"?><w:styles xmlns:w=")" + kWordNs + R"(">)" + styles +
                                            "</w:styles>"});
  }
  if (!numbering.empty()) {
    parts.push_back({"word/numbering.xml", R"(<?xml version="1.0"?><w:numbering xmlns:w=")" + kWordNs + R"(">)" +
                                               numbering + "</w:numbering>"});
  }
  return make_zip(parts);
}

// A paragraph of one run.
std::string para(const std::string& text, const std::string& ppr = {}, const std::string& rpr = {}) {
  return "<w:p>" + (ppr.empty() ? "" : "<w:pPr>" + ppr + "</w:pPr>") + "<w:r>" +
         (rpr.empty() ? "" : "<w:rPr>" + rpr + "</w:rPr>") + R"(<w:t xml:space="preserve">)" + text +
         "</w:t></w:r></w:p>";
}

struct ReadResult {
  Status status;
  Extracted out;
};

ReadResult run(ReadFunction reader, std::string_view name, std::string_view bytes, const Limits& limits = {}) {
  ReadResult result;
  const ReaderInput input{name, bytes, limits};
  result.status = reader(input, result.out);
  return result;
}

std::vector<std::string> texts(const Extracted& out) {
  std::vector<std::string> all;
  for (const Paragraph& paragraph : out.paragraphs) all.push_back(paragraph.text);
  return all;
}

bool any_warning_contains(const Extracted& out, std::string_view part) {
  return std::any_of(out.warnings.begin(), out.warnings.end(),
                     [&](const std::string& warning) { return warning.find(part) != std::string::npos; });
}

// What one paragraph should be.
struct Expect {
  std::string text;
  bool bold = false;
  bool centered = false;
  int table = -1, row = -1, cell = -1;
};

void check_paragraphs(const Extracted& out, const std::vector<Expect>& expected) {
  REQUIRE(out.paragraphs.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const Paragraph& got = out.paragraphs[i];
    INFO("paragraph " << i << ": " << got.text);
    CHECK(got.text == expected[i].text);
    CHECK(got.bold == expected[i].bold);
    CHECK(got.centered == expected[i].centered);
    CHECK(got.table == expected[i].table);
    CHECK(got.row == expected[i].row);
    CHECK(got.cell == expected[i].cell);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Zip access.

TEST_CASE("zip reader lists entries and reads one by name", "[ingest]") {
  const std::string zip = make_zip({{"a.txt", "một"}, {"folder/b.xml", std::string(5000, 'x')}});
  Result<ZipReader> reader = ZipReader::open("t.zip", zip, Limits{});
  REQUIRE(reader.is_ok());
  REQUIRE(reader->entries().size() == 2);
  CHECK(reader->entries()[1].name == "folder/b.xml");
  Result<std::string> b = reader->read("folder/b.xml");
  REQUIRE(b.is_ok());
  CHECK(*b == std::string(5000, 'x'));
  CHECK(reader->read("a.txt").value() == "một");
  CHECK(reader->expanded_total() == 5000 + std::strlen("một"));

  Result<std::string> missing = reader->read("c.txt");
  CHECK(missing.status().code() == StatusCode::NotFound);
  CHECK_THAT(missing.status().message(), Contains("t.zip") && Contains("c.txt"));
}

TEST_CASE("zip reader refuses more entries than max_zip_entries", "[ingest]") {
  const std::string zip = make_zip({{"1", "a"}, {"2", "b"}, {"3", "c"}});
  Limits limits;
  limits.max_zip_entries = 2;
  Result<ZipReader> reader = ZipReader::open("many.zip", zip, limits);
  REQUIRE_FALSE(reader.is_ok());
  CHECK_THAT(reader.status().message(), Contains("max_zip_entries"));
}

TEST_CASE("zip entries that leave the archive are refused and never read", "[ingest]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"zz/evil.xml", "../evil.xml"},  // parent folder
      {"Xabs.xml", "/abs.xml"},        // absolute path
      {"aXb.xml", "a\\b.xml"},         // backslash
      {"CX/x.xml", "C:/x.xml"},        // drive letter
  };
  for (const auto& [written, evil] : cases) {
    INFO(evil);
    const std::string zip = rename_entry(make_zip({{written, "<x/>"}, {"ok.txt", "fine"}}, false), written, evil);
    Result<ZipReader> reader = ZipReader::open("evil.zip", zip, Limits{});
    REQUIRE(reader.is_ok());
    CHECK(reader->entries().size() == 1);
    CHECK_FALSE(reader->contains(evil));
    CHECK(reader->read(evil).status().code() == StatusCode::NotFound);
    REQUIRE(reader->warnings().size() == 1);
    CHECK_THAT(reader->warnings()[0], Contains(evil) && Contains("refused"));
    CHECK(reader->read("ok.txt").value() == "fine");
  }
}

// A stream of size zero bytes, made as it is read: a 300 MB entry without 300 MB of memory.
class Zeros : public std::streambuf {
public:
  explicit Zeros(std::size_t size) : m_left(size) {}

protected:
  int_type underflow() override {
    if (m_left == 0) return traits_type::eof();
    const std::size_t chunk = std::min(m_left, m_buffer.size());
    m_left -= chunk;
    setg(m_buffer.data(), m_buffer.data(), m_buffer.data() + chunk);
    return 0;
  }

private:
  std::size_t m_left;
  std::vector<char> m_buffer = std::vector<char>(1 << 16, '\0');
};

std::string zip_bomb(std::size_t size) {
  std::ostringstream out;
  Poco::Zip::Compress compress(out, true);
  Zeros zeros(size);
  std::istream in(&zeros);
  compress.addFile(in, Poco::DateTime(2024, 1, 1), Poco::Path("word/document.xml", Poco::Path::PATH_UNIX),
                   Poco::Zip::ZipCommon::CM_DEFLATE, Poco::Zip::ZipCommon::CL_MAXIMUM);
  compress.close();
  return out.str();
}

// Sets the expanded size the central directory claims for the only entry of zip.
std::string lie_about_size(std::string zip, std::uint32_t size) {
  const std::size_t central = zip.rfind("PK\x01\x02");
  REQUIRE(central != std::string::npos);
  for (int i = 0; i < 4; ++i) zip[central + 24 + static_cast<std::size_t>(i)] = static_cast<char>(size >> (8 * i));
  return zip;
}

TEST_CASE("a zip bomb is stopped and the error names the limit", "[ingest]") {
  const std::string bomb = zip_bomb(300u << 20);  // 300 MB of zeros
  INFO("compressed to " << bomb.size() << " bytes");
  REQUIRE(bomb.size() < (1u << 20));

  SECTION("its honest header is refused before inflating") {
    ReadResult result = run(read_docx, "bomb.docx", bomb);
    REQUIRE_FALSE(result.status.is_ok());
    CHECK(result.status.code() == StatusCode::InvalidArgument);
    CHECK_THAT(result.status.message(), Contains("bomb.docx") && Contains("max_zip_expanded_bytes"));
  }
  SECTION("a header that lies is not trusted: inflating stops at the ratio limit") {
    const std::string liar = lie_about_size(bomb, 1000);
    Result<ZipReader> reader = ZipReader::open("liar.docx", liar, Limits{});
    REQUIRE(reader.is_ok());
    Result<std::string> data = reader->read("word/document.xml");
    REQUIRE_FALSE(data.is_ok());
    CHECK_THAT(data.status().message(), Contains("max_zip_ratio"));
    CHECK(reader->expanded_total() < (100u << 20));  // stopped long before 300 MB
  }
  SECTION("all entries together count toward max_zip_expanded_bytes") {
    std::string text;
    for (int i = 0; text.size() < 600'000; ++i) text += std::to_string(i * 7919) + " ";
    const std::string zip = make_zip({{"a.xml", text}, {"b.xml", text}});
    Limits limits;
    limits.max_zip_expanded_bytes = 1'000'000;
    Result<ZipReader> reader = ZipReader::open("two.zip", zip, limits);
    REQUIRE(reader.is_ok());
    CHECK(reader->read("a.xml").is_ok());
    Result<std::string> second = reader->read("b.xml");
    REQUIRE_FALSE(second.is_ok());
    CHECK_THAT(second.status().message(), Contains("max_zip_expanded_bytes"));
  }
}

TEST_CASE("a truncated docx gives a clear error", "[ingest]") {
  const std::string docx = make_docx(para("Điều 1. Phạm vi điều chỉnh"));
  for (const std::size_t keep : {docx.size() / 2, docx.size() - 10, std::size_t{30}}) {
    INFO("kept " << keep << " of " << docx.size() << " bytes");
    ReadResult result = run(read_docx, "half.docx", std::string_view(docx).substr(0, keep));
    REQUIRE_FALSE(result.status.is_ok());
    CHECK(result.status.code() == StatusCode::Corrupt);
    CHECK_THAT(result.status.message(), Contains("half.docx") && Contains("truncated"));
  }
}

TEST_CASE("a zip entry with a bad CRC is reported as damaged", "[ingest]") {
  std::string zip = make_zip({{"word/document.xml", document_xml(para("Điều 1"))}}, false);
  const std::size_t at = zip.find("Điều");
  REQUIRE(at != std::string::npos);
  zip[at + 1] = 'X';  // inside the stored data: the CRC no longer matches
  Result<ZipReader> reader = ZipReader::open("crc.docx", zip, Limits{});
  REQUIRE(reader.is_ok());
  Result<std::string> data = reader->read("word/document.xml");
  REQUIRE_FALSE(data.is_ok());
  CHECK(data.status().code() == StatusCode::Corrupt);
  CHECK_THAT(data.status().message(), Contains("CRC"));
}

// ---------------------------------------------------------------------------------------------------------------
// .docx

TEST_CASE("docx paragraphs keep bold centring breaks and tracked changes", "[ingest]") {
  struct Case {
    std::string name;
    std::string body;
    std::vector<Expect> expected;
  };
  const std::vector<Case> cases = {
      {"bold run", para("QUYẾT ĐỊNH", "", "<w:b/>"), {{"QUYẾT ĐỊNH", true}}},
      {"bold switched off by val 0", para("thường", "", R"(<w:b w:val="0"/>)"), {{"thường"}}},
      {"bold switched off by val false", para("thường", "", R"(<w:b w:val="false"/>)"), {{"thường"}}},
      {"part bold is not bold",
       R"(<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Điều 1. </w:t></w:r><w:r><w:t>Phạm vi</w:t></w:r></w:p>)",
       {{"Điều 1. Phạm vi"}}},
      {"centred", para("NGHỊ ĐỊNH", R"(<w:jc w:val="center"/>)"), {{"NGHỊ ĐỊNH", false, true}}},
      {"right aligned counts as centred", para("Hà Nội, ngày 5 tháng 3 năm 2020", R"(<w:jc w:val="right"/>)"),
       {{"Hà Nội, ngày 5 tháng 3 năm 2020", false, true}}},
      {"justified is not centred", para("Căn cứ Luật", R"(<w:jc w:val="both"/>)"), {{"Căn cứ Luật"}}},
      {"line breaks split the paragraph",
       R"(<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>CHÍNH PHỦ</w:t><w:br/>)"
       R"(<w:t>Số: 30/2020/NĐ-CP</w:t><w:cr/><w:t>dòng ba</w:t></w:r></w:p>)",
       {{"CHÍNH PHỦ", true, true}, {"Số: 30/2020/NĐ-CP", true, true}, {"dòng ba", true, true}}},
      {"tab is a space", R"(<w:p><w:r><w:t>Điều 1.</w:t><w:tab/><w:t>Phạm vi</w:t></w:r></w:p>)",
       {{"Điều 1. Phạm vi"}}},
      {"insertions kept and deletions dropped",
       R"(<w:p><w:r><w:t xml:space="preserve">Mức </w:t></w:r><w:ins w:id="1" w:author="a"><w:r><w:t>mới</w:t></w:r></w:ins>)"
       R"(<w:del w:id="2" w:author="a"><w:r><w:delText>cũ</w:delText></w:r></w:del></w:p>)",
       {{"Mức mới"}}},
      {"hyperlink content control and field result kept but field code dropped",
       R"(<w:p><w:hyperlink><w:r><w:t xml:space="preserve">Xem </w:t></w:r></w:hyperlink>)"
       R"(<w:sdt><w:sdtContent><w:r><w:t xml:space="preserve">Điều 5 </w:t></w:r></w:sdtContent></w:sdt>)"
       R"(<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:t>trang 3</w:t></w:r></w:p>)",
       {{"Xem Điều 5 trang 3"}}},
      {"block content control", "<w:sdt><w:sdtContent>" + para("trong khối") + "</w:sdtContent></w:sdt>",
       {{"trong khối"}}},
      {"empty paragraphs dropped", "<w:p/>" + para("  ") + para("có chữ"), {{"có chữ"}}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    ReadResult result = run(read_docx, "t.docx", make_docx(c.body));
    REQUIRE(result.status.is_ok());
    check_paragraphs(result.out, c.expected);
    CHECK(result.out.encoding == "utf-8");
  }
}

TEST_CASE("docx tables give table row and cell and nested tables are flattened", "[ingest]") {
  const std::string cell_a = "<w:tc>" + para("CHÍNH PHỦ", R"(<w:jc w:val="center"/>)", "<w:b/>") +
                             para("Số: 30/2020/NĐ-CP", R"(<w:jc w:val="center"/>)") + "</w:tc>";
  const std::string cell_b = "<w:tc>" + para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "<w:b/>") + "</w:tc>";
  const std::string nested = "<w:tc><w:tbl><w:tr><w:tc>" + para("trong") + "</w:tc><w:tc>" + para("lồng") +
                             "</w:tc></w:tr></w:tbl></w:tc>";
  const std::string body = "<w:tbl><w:tr>" + cell_a + cell_b + "</w:tr><w:tr>" + nested + "</w:tr></w:tbl>" +
                           para("sau bảng") + "<w:tbl><w:tr><w:tc>" + para("bảng hai") + "</w:tc></w:tr></w:tbl>";
  ReadResult result = run(read_docx, "t.docx", make_docx(body));
  REQUIRE(result.status.is_ok());
  check_paragraphs(result.out, {
                                   {"CHÍNH PHỦ", true, true, 0, 0, 0},
                                   {"Số: 30/2020/NĐ-CP", false, true, 0, 0, 0},
                                   {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, 0, 0, 1},
                                   {"trong", false, false, 0, 1, 0},
                                   {"lồng", false, false, 0, 1, 0},
                                   {"sau bảng"},
                                   {"bảng hai", false, false, 1, 0, 0},
                               });
  CHECK(any_warning_contains(result.out, "table inside a table"));
}

TEST_CASE("docx legacy font runs decode to Vietnamese", "[ingest]") {
  SECTION("a VNI-Times run") {
    ReadResult result = run(read_docx, "vni.docx",
                            make_docx(para("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "",
                                           R"(<w:rFonts w:ascii="VNI-Times" w:hAnsi="VNI-Times"/>)")));
    REQUIRE(result.status.is_ok());
    check_paragraphs(result.out, {{"Cộng hòa xã hội chủ nghĩa Việt Nam"}});
    CHECK(result.out.encoding == "vni");
  }
  SECTION("TCVN3 through the paragraph style and the document defaults") {
    const std::string styles =
        R"(<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr>)"
        R"(</w:rPrDefault></w:docDefaults>)"
        R"(<w:style w:type="paragraph" w:styleId="Tieude"><w:rPr><w:rFonts w:ascii=".VnTimeH" w:hAnsi=".VnTimeH"/>)"
        R"(<w:b/></w:rPr></w:style>)";
    const std::string body = R"(<w:p><w:pPr><w:pStyle w:val="Tieude"/></w:pPr><w:r><w:t>nghÞ ®Þnh</w:t></w:r></w:p>)" +
                             para("§iÒu 1. Ph¹m vi ®iÒu chØnh") +
                             para("Unicode thật", "", R"(<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/>)");
    ReadResult result = run(read_docx, "tcvn3.docx", make_docx(body, styles));
    REQUIRE(result.status.is_ok());
    check_paragraphs(result.out, {{"NGHỊ ĐỊNH", true}, {"Điều 1. Phạm vi điều chỉnh"}, {"Unicode thật"}});
    CHECK(result.out.encoding == "tcvn3");
  }
}

TEST_CASE("docx numbering becomes a label in front of the text", "[ingest]") {
  const std::string numbering =
      R"(<w:abstractNum w:abstractNumId="0">)"
      R"(<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>)"
      R"x(<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>)x"
      R"(</w:abstractNum>)"
      R"(<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/>)"
      R"(</w:lvl></w:abstractNum>)"
      R"(<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="upperRoman"/>)"
      R"(<w:lvlText w:val="Chương %1"/></w:lvl></w:abstractNum>)"
      R"(<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>)"
      R"(<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>)"
      R"(<w:num w:numId="3"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/>)"
      R"(</w:lvlOverride></w:num>)";
  const auto numbered = [](const std::string& text, int num, int level) {
    return para(text, R"(<w:numPr><w:ilvl w:val=")" + std::to_string(level) + R"("/><w:numId w:val=")" +
                          std::to_string(num) + R"("/></w:numPr>)");
  };
  const std::string body = numbered("Phạm vi", 1, 0) + numbered("Đối tượng", 1, 0) + numbered("điểm một", 1, 1) +
                           numbered("điểm hai", 1, 1) + numbered("Hiệu lực", 1, 0) + numbered("gạch đầu dòng", 2, 0) +
                           numbered("QUY ĐỊNH CHUNG", 3, 0) + numbered("không rõ", 9, 0) +
                           numbered("tắt đánh số", 0, 0);
  ReadResult result = run(read_docx, "num.docx", make_docx(body, {}, numbering));
  REQUIRE(result.status.is_ok());
  CHECK(texts(result.out) == std::vector<std::string>{"1. Phạm vi", "2. Đối tượng", "a) điểm một", "b) điểm hai",
                                                     "3. Hiệu lực", "- gạch đầu dòng", "Chương IV QUY ĐỊNH CHUNG",
                                                     "không rõ", "tắt đánh số"});
  CHECK(any_warning_contains(result.out, "could not be derived"));
}

TEST_CASE("docx footnote references are counted in a warning", "[ingest]") {
  const std::string body = R"(<w:p><w:r><w:t>Văn bản</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>)";
  ReadResult result = run(read_docx, "fn.docx", make_docx(body));
  REQUIRE(result.status.is_ok());
  CHECK(texts(result.out) == std::vector<std::string>{"Văn bản"});
  CHECK(any_warning_contains(result.out, "footnote"));
}

TEST_CASE("a zip that is not a docx is unsupported with a clear message", "[ingest]") {
  struct Case {
    std::vector<ZipPart> parts;
    std::string says;
  };
  const std::vector<Case> cases = {
      {{{"xl/workbook.xml", "<workbook/>"}}, "Excel"},
      {{{"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", "<x/>"}}, "OpenDocument"},
      {{{"readme.txt", "hello"}}, "without word/document.xml"},
  };
  for (const Case& c : cases) {
    INFO(c.says);
    ReadResult result = run(read_docx, "other.docx", make_zip(c.parts));
    CHECK(result.status.code() == StatusCode::Unsupported);
    CHECK_THAT(result.status.message(), Contains("other.docx") && Contains(c.says));
  }
}

TEST_CASE("docx parts with entities or broken XML are refused", "[ingest]") {
  const std::string laughs = R"(<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;">]>)"
                             R"(<w:document xmlns:w=")" + kWordNs + R"("><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p>)"
                             R"(</w:body></w:document>)";
  ReadResult entities = run(read_docx, "e.docx", make_zip({{"word/document.xml", laughs}}));
  REQUIRE_FALSE(entities.status.is_ok());
  CHECK_THAT(entities.status.message(), Contains("entities"));

  ReadResult broken = run(read_docx, "b.docx", make_zip({{"word/document.xml", "<w:document><w:body>"}}));
  REQUIRE_FALSE(broken.status.is_ok());
  CHECK(broken.status.code() == StatusCode::Corrupt);
  CHECK_THAT(broken.status.message(), Contains("word/document.xml"));
}

TEST_CASE("a docx with dot-dot entry names is read without touching them", "[ingest]") {
  std::vector<ZipPart> parts = {{"word/document.xml", document_xml(para("Nội dung"))}, {"zz/evil.xml", "<x/>"}};
  const std::string docx = rename_entry(make_zip(parts, false), "zz/evil.xml", "../evil.xml");
  ReadResult result = run(read_docx, "evil.docx", docx);
  REQUIRE(result.status.is_ok());
  CHECK(texts(result.out) == std::vector<std::string>{"Nội dung"});
  CHECK(any_warning_contains(result.out, "../evil.xml"));
}

TEST_CASE("synthetic VNI docx files decode like their ground truth", "[ingest][shared]") {
  const std::filesystem::path folder = kShared / "legacy-encoded-gov-docs/synthetic-vni";
  const std::filesystem::path docx = folder / "synthetic-vni-2003-02144qd.docx";
  if (!std::filesystem::exists(docx)) return;
  Result<std::string> bytes = vanthu::read_file(docx);
  REQUIRE(bytes.is_ok());
  ReadResult result = run(read_docx, docx.string(), *bytes);
  REQUIRE(result.status.is_ok());
  CHECK(result.out.encoding == "vni");
  Result<std::string> truth = vanthu::read_file(folder / "ground-truth/synthetic-vni-2003-02144qd.txt");
  REQUIRE(truth.is_ok());
  std::size_t found = 0, lines = 0;
  const std::vector<std::string> got = texts(result.out);
  std::istringstream in(*truth);
  for (std::string line; std::getline(in, line);) {
    std::string collapsed;
    for (char c : line) {
      if ((c == ' ' || c == '\t') && (collapsed.empty() || collapsed.back() == ' ')) continue;
      collapsed += c == '\t' ? ' ' : c;
    }
    while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
    if (collapsed.empty()) continue;
    ++lines;
    if (std::find(got.begin(), got.end(), collapsed) != got.end()) ++found;
  }
  INFO(found << " of " << lines << " ground-truth lines");
  CHECK(found >= lines * 95 / 100);
}

// ---------------------------------------------------------------------------------------------------------------
// HTML

TEST_CASE("html blocks tables and inline styles become paragraphs", "[ingest]") {
  struct Case {
    std::string name;
    std::string html;
    std::vector<Expect> expected;
  };
  const std::vector<Case> cases = {
      {"header table with br inside a cell",
       R"(<table><tr><td align="center"><b>CHÍNH PHỦ</b><br>Số: 30/2020/NĐ-CP</td>)"
       R"(<td><p style="text-align: center; font-weight: bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p></td></tr>)"
       R"(<tr><th>a</th><td>b&nbsp;c</td></tr></table>)",
       {{"CHÍNH PHỦ", true, true, 0, 0, 0},
        {"Số: 30/2020/NĐ-CP", false, true, 0, 0, 0},
        {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, true, 0, 0, 1},
        {"a", false, false, 0, 1, 0},
        {"b c", false, false, 0, 1, 1}}},
      {"head script style and noscript dropped",
       R"(<html><head><title>hidden</title><style>p{color:red}</style><script>var hidden = 1;</script></head>)"
       R"(<body><noscript>hidden</noscript><p>Điều 1.</p><script>document.write("hidden")</script></body></html>)",
       {{"Điều 1."}}},
      {"centre strong and headings",
       R"(<center>QUYẾT ĐỊNH</center><h2>Chương I</h2><p>Điều 1. <strong>Phạm vi</strong></p>)"
       R"(<div align="right"><i>Hà Nội</i></div>)",
       {{"QUYẾT ĐỊNH", false, true}, {"Chương I", true}, {"Điều 1. Phạm vi"}, {"Hà Nội", false, true}}},
      {"lists and whitespace", "<ul>\n  <li>một\n   hai</li>\n  <li>ba</li>\n</ul>", {{"một hai"}, {"ba"}}},
      {"links side by side stay apart but inline markup does not split words",
       R"(<div><a href="#">Trang chủ</a><a href="#">Văn bản</a></div><p><b>Đi</b>ều 1</p>)",
       {{"Trang chủ Văn bản"}, {"Điều 1"}}},
      {"nested tables flattened", "<table><tr><td><table><tr><td>x</td><td>y</td></tr></table></td></tr></table>",
       {{"x", false, false, 0, 0, 0}, {"y", false, false, 0, 0, 0}}},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    ReadResult result = run(read_html, "t.html", c.html);
    REQUIRE(result.status.is_ok());
    check_paragraphs(result.out, c.expected);
  }
}

TEST_CASE("html charset comes from meta and BOM and legacy font faces decode", "[ingest]") {
  struct Case {
    std::string name;
    std::string bytes;
    std::string text;
    std::string encoding;
  };
  const std::string tcvn3 = "C\xe9ng ho\xb5 x\xb7 h\xe9i ch\xf1 ngh\xdc" "a Vi\xd6t Nam";
  const std::string vni = "Co\xe4ng ho\xf8" "a xa\xf5 ho\xe4i chu\xfb ngh\xf3" "a Vie\xe4t Nam";
  const std::vector<Case> cases = {
      {"TCVN3 under font face with windows-1252 declared",
       R"(<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>)"
       R"(<p><font face=".VnTime">)" + tcvn3 + "</font></p></body></html>",
       "Cộng hoà xã hội chủ nghĩa Việt Nam", "tcvn3"},
      {"VNI under a CSS font family with no charset",
       R"(<p><span style="font-family:'VNI-Times'">)" + vni + "</span></p>", "Cộng hòa xã hội chủ nghĩa Việt Nam",
       "vni"},
      {"utf-8 meta", R"(<meta charset="utf-8"><p>Cộng hòa</p>)", "Cộng hòa", "utf-8"},
      {"utf-8 byte-order mark", "\xEF\xBB\xBF<p>Độc lập</p>", "Độc lập", "utf-8"},
      {"windows-1258", R"(<meta charset="windows-1258"><p>Vi)" "\xea\xf2" "t Nam</p>", "Việt Nam", "cp1258"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    ReadResult result = run(read_html, "c.html", c.bytes);
    REQUIRE(result.status.is_ok());
    CHECK(texts(result.out) == std::vector<std::string>{c.text});
    CHECK(result.out.encoding == c.encoding);
  }
}

TEST_CASE("html nested 10000 deep is read quickly with a warning", "[ingest]") {
  std::string html = "<html><body><p>trước</p>";
  for (int i = 0; i < 10'000; ++i) html += "<div>";
  html += "sâu quá";
  for (int i = 0; i < 10'000; ++i) html += "</div>";
  html += "<p>sau</p></body></html>";
  const auto start = std::chrono::steady_clock::now();
  ReadResult result = run(read_html, "deep.html", html);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  REQUIRE(result.status.is_ok());
  CHECK(texts(result.out) == std::vector<std::string>{"trước", "sâu quá", "sau"});
  CHECK(any_warning_contains(result.out, "nested deeper than 256"));
  CHECK(seconds < 10);  // generous for sanitizers on a shared machine; milliseconds in a release build
}

// ---------------------------------------------------------------------------------------------------------------
// PDF

ReadResult read_pdf_file(const std::filesystem::path& path) {
  Result<std::string> bytes = vanthu::read_file(path);
  REQUIRE(bytes.is_ok());
  return run(read_pdf, path.string(), *bytes);
}

TEST_CASE("pdf with a TCVN3 text layer reads its two-column header as a table", "[ingest]") {
  ReadResult result = read_pdf_file(kFixtures / "tcvn3-two-column-header.pdf");
  REQUIRE(result.status.is_ok());
  CHECK(result.out.page_count == 1);
  CHECK_THAT(result.out.encoding, Contains("tcvn3"));
  const std::vector<Paragraph>& got = result.out.paragraphs;
  REQUIRE(got.size() == 8);
  // Left column, then right column, as the header is read (the Decree 30 layout).
  CHECK(got[0].text == "CHÍNH PHỦ");  // .VnTimeH: capitals from lower-case codes
  CHECK_THAT(got[1].text, Contains("30/2020/"));
  CHECK(got[2].text == "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  CHECK(got[3].text == "Độc lập - Tự do - Hạnh phúc");
  CHECK(got[4].text == "Hà Nội, ngày 05 tháng 3 năm 2020");
  for (int i = 0; i < 5; ++i) {
    CHECK(got[static_cast<std::size_t>(i)].table == 0);
    CHECK(got[static_cast<std::size_t>(i)].cell == (i < 2 ? 0 : 1));
  }
  CHECK(got[5].text == "NGHỊ ĐỊNH");
  CHECK(got[5].centered);
  CHECK(got[5].table == -1);
  CHECK(got[6].text == "Điều 1. Phạm vi điều chỉnh");
  CHECK(got[7].text == "Nghị định này quy định về công tác lập hồ sơ.");
  for (const Paragraph& paragraph : got) CHECK(paragraph.page == 1);
}

TEST_CASE("pdf that is encrypted or not a pdf gives a clear error", "[ingest]") {
  ReadResult locked = read_pdf_file(kFixtures / "encrypted-user-password.pdf");
  CHECK(locked.status.code() == StatusCode::PermissionDenied);
  CHECK_THAT(locked.status.message(), Contains("encrypted-user-password.pdf") && Contains("password"));

  ReadResult garbage = run(read_pdf, "garbage.pdf", "%PDF-1.4\nthis is not a PDF at all\n");
  REQUIRE_FALSE(garbage.status.is_ok());
  CHECK_THAT(garbage.status.message(), Contains("garbage.pdf"));
}

TEST_CASE("gazette pdf gives the lines of its text twin", "[ingest][shared]") {
  const std::string slug = "hd_kinh_te/nghi-dinh-so-148-2026-nd-cp-469501";
  const std::filesystem::path pdf = kShared / "congbao-legal-docs/pdf" / (slug + ".pdf");
  const std::filesystem::path twin = kShared / "congbao-legal-docs/txt" / (slug + ".txt");
  if (!std::filesystem::exists(pdf) || !std::filesystem::exists(twin)) return;
  ReadResult result = read_pdf_file(pdf);
  REQUIRE(result.status.is_ok());
  CHECK(result.out.page_count == 7);
  CHECK(result.out.encoding == "utf-8");

  // The twin's first 20 lines, without their trailing spaces and blank lines.
  Result<std::string> twin_text = vanthu::read_file(twin);
  REQUIRE(twin_text.is_ok());
  std::vector<std::string> expected;
  std::istringstream in(*twin_text);
  for (std::string line; std::getline(in, line) && expected.size() < 20;) {
    while (!line.empty() && line.back() == ' ') line.pop_back();
    if (!line.empty()) expected.push_back(line);
  }
  const std::vector<std::string> got = texts(result.out);
  const auto first = std::find(got.begin(), got.end(), expected.front());
  REQUIRE(first != got.end());
  REQUIRE(static_cast<std::size_t>(got.end() - first) >= expected.size());
  CHECK(std::vector<std::string>(first, first + static_cast<std::ptrdiff_t>(expected.size())) == expected);

  // The header block is a two-cell table; the title is bold and centred.
  const auto paragraph = [&](std::string_view text) {
    const auto it = std::find_if(result.out.paragraphs.begin(), result.out.paragraphs.end(),
                                 [&](const Paragraph& p) { return p.text == text; });
    REQUIRE(it != result.out.paragraphs.end());
    return *it;
  };
  CHECK(paragraph("CHÍNH PHỦ").cell == 0);
  CHECK(paragraph("CHÍNH PHỦ").bold);
  CHECK(paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").cell == 1);
  CHECK(paragraph("NGHỊ ĐỊNH").centered);
  CHECK(paragraph("NGHỊ ĐỊNH").page == 1);
}

TEST_CASE("image-only gazette pdf is unsupported", "[ingest][shared]") {
  // Scanned treaty pages whose only text is the gazette's running header and page number.
  const std::filesystem::path pdf = kShared / "congbao-legal-docs/pdf/hdld/thong-bao-so-02-2023-tb-lpqt-39022.pdf";
  if (!std::filesystem::exists(pdf)) return;
  ReadResult result = read_pdf_file(pdf);
  CHECK(result.status.code() == StatusCode::Unsupported);
  CHECK_THAT(result.status.message(), Contains("image-only PDF (17 pages") && Contains("OCR"));
}

TEST_CASE("TCVN3 pdf decodes to the lines of its ground truth", "[ingest][shared]") {
  const std::string stem = "2006-19412_QD115.04TTg_BLTch_DNNVV";
  const std::filesystem::path folder = kShared / "legacy-encoded-gov-docs";
  const std::filesystem::path pdf = folder / "original/tcvn3" / (stem + ".pdf");
  if (!std::filesystem::exists(pdf)) return;
  ReadResult result = read_pdf_file(pdf);
  REQUIRE(result.status.is_ok());
  CHECK(result.out.encoding == "tcvn3");
  std::vector<std::string> got;
  for (const std::string& text : texts(result.out)) got.push_back(text::to_lower(text));
  // Case-folded: the ground truth keeps .VnTimeH headings in the letters they were typed in ("Quyết định"), the
  // reader shows them as the font does ("QUYẾT ĐỊNH").
  Result<std::string> truth = vanthu::read_file(folder / "ground-truth" / (stem + ".txt"));
  REQUIRE(truth.is_ok());
  std::size_t found = 0, lines = 0;
  std::istringstream in(*truth);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    ++lines;
    if (std::find(got.begin(), got.end(), text::to_lower(line)) != got.end()) ++found;
  }
  INFO(found << " of " << lines << " ground-truth lines");
  CHECK(found >= lines * 95 / 100);
}

}  // namespace
}  // namespace vanthu::ingest
