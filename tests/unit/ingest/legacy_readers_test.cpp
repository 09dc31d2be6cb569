// SPDX-License-Identifier: Apache-2.0
//
// The legacy readers: RTF (hand-built strings, table-driven), the OLE2 compound file reader (files built in memory,
// then damaged on purpose) and Word 97–2003 .doc (two small real files in tests/unit/ingest/data, see its README.md;
// the rest of the legacy corpus in ../shared/data when it is there). TCVN3 and VNI text must come out as the
// Unicode the clerk typed.
#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "base/base.h"
#include "ingest/ole2.h"
#include "ingest/reader.h"

namespace vanthu::ingest {
namespace {

using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

const std::filesystem::path kFixtures = std::filesystem::path(VANTHU_SOURCE_DIR) / "tests/unit/ingest/data";
const std::filesystem::path kLegacy = std::filesystem::path(VANTHU_SHARED_DATA) / "legacy-encoded-gov-docs";

struct Read {
  Status status;
  Extracted out;
};

Read read_with(Status (*reader)(const ReaderInput&, Extracted&), std::string_view name, std::string_view bytes) {
  static const Limits limits;
  Read read;
  read.status = reader(ReaderInput{name, bytes, limits}, read.out);
  return read;
}
Read rtf(std::string_view bytes) { return read_with(read_rtf, "test.rtf", bytes); }
Read doc(std::string_view name, std::string_view bytes) { return read_with(read_doc, name, bytes); }

std::vector<std::string> texts(const Extracted& out) {
  std::vector<std::string> lines;
  for (const Paragraph& paragraph : out.paragraphs) lines.push_back(paragraph.text);
  return lines;
}

std::string file_or_empty(const std::filesystem::path& path) {
  if (!std::filesystem::exists(path)) return {};
  Result<std::string> data = vanthu::read_file(path);
  return data ? std::move(data).value() : std::string();
}

// Lines of a transcript, white space collapsed, empty ones dropped (paragraphs compare the same way).
std::vector<std::string> collapsed_lines(std::string_view text) {
  std::vector<std::string> lines;
  std::string line;
  bool space = false;
  const auto flush = [&] {
    if (!line.empty()) lines.push_back(line);
    line.clear();
    space = false;
  };
  for (const char c : text) {
    if (c == '\n') {
      flush();
    } else if (c == ' ' || c == '\t' || c == '\r') {
      space = !line.empty();
    } else {
      if (space) line += ' ';
      space = false;
      line += c;
    }
  }
  flush();
  return lines;
}

// =================================================================================================================
// RTF

const char* const kFonts =
    "{\\fonttbl{\\f0\\froman\\fcharset0\\fprq2{\\*\\panose 02020603050405020304}Times New Roman;}"
    "{\\f1\\fswiss\\fcharset0 .VnTime;}{\\f2\\fcharset0 .VnTimeH;}{\\f3\\fnil\\fcharset0 VNI-Times;}"
    "{\\f4\\froman\\fcharset163 Times New Roman;}{\\f5\\fcharset2 Wingdings;}{\\f6\\fcharset2 Symbol;}}";

std::string rtf_doc(const std::string& body) {
  return std::string("{\\rtf1\\ansi\\ansicpg1252\\deff0") + kFonts + body + "}";
}

TEST_CASE("rtf: legacy text decodes by its font and the rest is left alone", "[ingest][rtf]") {
  struct Case {
    const char* what;
    std::string body;
    std::vector<std::string> paragraphs;
  };
  const std::vector<Case> cases = {
      {"TCVN3 bytes under .VnTime", "\\f1 C\\'e9ng ho\\'b5 x\\'b7 h\\'e9i ch\\'f1 ngh\\'dca Vi\\'d6t Nam\\par",
       {"Cộng hoà xã hội chủ nghĩa Việt Nam"}},
      {"TCVN3 ư is byte 0xAD and must survive", "\\f1 ng\\'ad\\'eai \\'ae\\'ad\\'eec\\par", {"người được"}},
      {"the capitals-only .VnTimeH font", "\\f2 quy\\'d5t \\'ae\\'denh\\par", {"QUYẾT ĐỊNH"}},
      {"VNI bytes under VNI-Times", "\\f3 Vie\\'e4t Nam \\'f1\\'f6\\'f4\\'efc ng\\'f6\\'f4\\'f8i\\par",
       {"Việt Nam được người"}},
      {"TCVN3 header above a VNI body", "\\f1 \\'a7i\\'d2u 1\\par\\f3 Vie\\'e4t Nam\\par", {"Điều 1", "Việt Nam"}},
      {"fcharset163 is CP1258 for certain", "\\f4 Vi\\'ea\\'f2t Nam\\par", {"Việt Nam"}},
      {"plain ASCII stays as it is", "\\f0 Article 1. Scope\\par", {"Article 1. Scope"}},
      {"\\u with the default one fallback byte", "\\f0 Vi\\u7879?t Nam\\par", {"Việt Nam"}},
      {"\\uc2 skips two fallback characters", "\\f0\\uc2 Vi\\u7879\\'3f\\'3ft Nam\\par", {"Việt Nam"}},
      {"\\uc0 skips nothing", "\\f0\\uc0 Vi\\u7879\\'3ft\\par", {"Việ?t"}},
      {"negative \\u values are UTF-16 units", "\\f0 \\u-4064?x\\par", {"\xEF\x80\xA0x"}},
      {"curly quotes join their legacy run", "\\f1 \\ldblquote K\\'d0p\\rdblquote\\par", {"“Kép”"}},
      {"field code dropped and result kept",
       "\\f0 See {\\field{\\*\\fldinst {HYPERLINK \"http://x\"}}{\\fldrslt {the law}}} now\\par",
       {"See the law now"}},
      {"fldinst without \\* is still dropped", "\\f0 {\\field{\\fldinst PAGE}{\\fldrslt 7}}\\par", {"7"}},
      {"nested groups keep their fonts", "\\f0 A {\\f1 \\'ae\\'b8 {\\f3 \\'f1a\\'ef} x} B\\par", {"A đá đạ x B"}},
      {"skipped destinations leave no text",
       "{\\info{\\title secret}}{\\stylesheet{\\s1 Heading;}}{\\*\\unknowndest junk}{\\pict 0a0b0c}\\f0 text\\par",
       {"text"}},
      {"\\bin data is skipped whole even with braces", "\\f0 a{\\pict\\bin4 {{}}}b\\par", {"ab"}},
      {"escaped braces and backslash", "\\f0 \\{x\\} \\\\\\par", {"{x} \\"}},
      {"\\line breaks the paragraph in two", "\\f0 one\\line two\\par", {"one", "two"}},
      {"\\tab and \\~ become spaces", "\\f0 a\\tab b\\~c\\par", {"a b c"}},
      {"symbol font bytes are pictographs not text", "\\f0 x {\\f5 \\'a7}y\\par", {"x y"}},
      {"Symbol's bullet too", "\\f0 {\\f6 \\'b7}\\tab item\\par", {"item"}},
      {"hidden text is dropped", "\\f0 shown {\\v hidden }text\\par", {"shown text"}},
      {"\\upr reads its Unicode alternative",
       "\\f0 {\\upr{A\\'3f}{\\*\\ud{A\\u7841?}}}\\par", {"Aạ"}},
      {"text after the last \\par is kept", "\\f0 first\\par last", {"first", "last"}},
  };
  for (const Case& c : cases) {
    INFO(c.what);
    const Read read = rtf(rtf_doc(c.body));
    REQUIRE(read.status.is_ok());
    CHECK(texts(read.out) == c.paragraphs);
  }
}

TEST_CASE("rtf: the encoding summary names the legacy tables seen", "[ingest][rtf]") {
  CHECK(rtf(rtf_doc("\\f1 C\\'e9ng ho\\'b5 x\\'b7 h\\'e9i\\par")).out.encoding == "tcvn3");
  const std::string mixed = "\\f1 C\\'e9ng ho\\'b5 x\\'b7 h\\'e9i\\par\\f3 Vie\\'e4t Nam ng\\'f6\\'f4\\'f8i\\par";
  CHECK(rtf(rtf_doc(mixed)).out.encoding == "tcvn3+vni");
  CHECK(rtf(rtf_doc("\\f0 plain\\par")).out.encoding == "utf-8");
}

TEST_CASE("rtf: bold italic and centring come from the formatting in force", "[ingest][rtf]") {
  const Read read = rtf(rtf_doc(
      "\\pard\\qc{\\b\\f2 quy\\'d5t \\'ae\\'denh}\\par"
      "\\pard\\f0 {\\b bold {\\i both}} plain\\par"
      "{\\i\\f0 all italic}\\par"
      "\\b\\f0 on \\b0 off\\par"
      "\\plain\\f0\\qr right\\par\\pard left\\par"));
  REQUIRE(read.status.is_ok());
  REQUIRE(read.out.paragraphs.size() == 6);
  const auto& p = read.out.paragraphs;
  CHECK(p[0].text == "QUYẾT ĐỊNH");
  CHECK(p[0].bold);
  CHECK(p[0].centered);
  CHECK_FALSE(p[1].bold);
  CHECK_FALSE(p[1].centered);
  CHECK(p[2].italic);
  CHECK_FALSE(p[3].bold);
  CHECK(p[4].centered);  // right-aligned counts: signature blocks
  CHECK_FALSE(p[5].centered);
}

TEST_CASE("rtf: table cells and rows are marked and never glued", "[ingest][rtf]") {
  const Read read = rtf(rtf_doc(
      "\\pard\\f0 before\\par"
      "\\trowd\\cellx2000\\cellx4000\\pard\\intbl \\f1 B\\'e9 T\\'b5i ch\\'ddnh\\cell \\f0 second\\cell\\row"
      "\\trowd\\cellx2000\\cellx4000\\pard\\intbl one\\par two\\cell \\cell\\row"
      "\\pard after\\par"
      "\\trowd\\cellx2000\\pard\\intbl next table\\cell\\row"));
  REQUIRE(read.status.is_ok());
  struct Expected {
    std::string text;
    int table, row, cell;
  };
  const std::vector<Expected> expected = {{"before", -1, -1, -1},   {"Bộ Tài chính", 0, 0, 0}, {"second", 0, 0, 1},
                                          {"one", 0, 1, 0},         {"two", 0, 1, 0},          {"after", -1, -1, -1},
                                          {"next table", 1, 0, 0}};
  REQUIRE(read.out.paragraphs.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO(i);
    const Paragraph& p = read.out.paragraphs[i];
    CHECK(p.text == expected[i].text);
    CHECK(p.table == expected[i].table);
    CHECK(p.row == expected[i].row);
    CHECK(p.cell == expected[i].cell);
  }
}

TEST_CASE("rtf: headers go to running_headers and footnotes after the text", "[ingest][rtf]") {
  const Read read = rtf(rtf_doc(
      "{\\header\\pard\\f1 V\\'a8n ph\\'dfng Qu\\'e8c h\\'e9i\\par}{\\footer\\pard\\f0 {\\field{\\*\\fldinst PAGE}"
      "{\\fldrslt 3}}\\par}"
      "\\pard\\f0 Body{\\super\\chftn}{\\footnote\\pard\\f0 {\\super\\chftn} A note.\\par} goes on.\\par"));
  REQUIRE(read.status.is_ok());
  CHECK(texts(read.out) == std::vector<std::string>{"Body goes on.", "A note."});
  CHECK(read.out.running_headers == std::vector<std::string>{"Văn phòng Quốc hội"});  // the page number is not one
}

TEST_CASE("rtf: damaged input gives an error or a warning and never a crash", "[ingest][rtf]") {
  SECTION("not RTF at all") {
    for (const char* bytes : {"", "hello", "{\\rtx1 x}", "\xEF\xBB\xBF{\\rtf1 x}"}) {
      INFO(bytes);
      const Read read = rtf(bytes);
      REQUIRE_FALSE(read.status.is_ok());
      CHECK(read.status.code() == StatusCode::InvalidArgument);
      CHECK_THAT(read.status.message(), StartsWith("test.rtf: "));
    }
  }
  SECTION("truncated inside groups keeps the text read so far") {
    const Read read = rtf("{\\rtf1{\\fonttbl{\\f1 .VnTime;}}\\f1 \\'ae\\'b8 {\\b c\\'e3");
    REQUIRE(read.status.is_ok());
    CHECK(texts(read.out) == std::vector<std::string>{"đá có"});
    REQUIRE_FALSE(read.out.warnings.empty());
    CHECK_THAT(read.out.warnings.front(), StartsWith("test.rtf: ") && Contains("open group"));
  }
  SECTION("a stray closing brace and bytes after the end") {
    const Read read = rtf("{\\rtf1 a}} junk");
    REQUIRE(read.status.is_ok());
    CHECK(texts(read.out) == std::vector<std::string>{"a"});
    CHECK_FALSE(read.out.warnings.empty());
  }
  SECTION("groups nested 100000 deep are flattened with one warning") {
    const std::string deep = "{\\rtf1 " + std::string(100000, '{') + "deep" + std::string(100000, '}') + "}";
    const Read read = rtf(deep);
    REQUIRE(read.status.is_ok());
    CHECK(texts(read.out) == std::vector<std::string>{"deep"});
    REQUIRE(read.out.warnings.size() == 1);
    CHECK_THAT(read.out.warnings.front(), Contains("nested deeper than"));
  }
  SECTION("cut control words and hex escapes") {
    for (const char* bytes : {"{\\rtf1 \\", "{\\rtf1 \\'", "{\\rtf1 \\'4", "{\\rtf1 \\u", "{\\rtf1 \\u-",
                              "{\\rtf1 \\bin99999 x}", "{\\rtf1 \\uc999999999999 \\u1 ab}",
                              "{\\rtf1 \\f99999999999999999999 x}", "{\\rtf1 \\'zz}"}) {
      INFO(bytes);
      const Read read = rtf(bytes);
      CHECK(read.status.is_ok());
    }
  }
  SECTION("random bytes after the magic") {
    std::mt19937 random(7);
    for (int round = 0; round < 50; ++round) {
      std::string bytes = "{\\rtf1 ";
      for (int i = 0; i < 4000; ++i) {
        static const char kAlphabet[] = "{}\\'*uc0123456789abfpar \x80\xff";
        bytes += (random() % 3 == 0) ? kAlphabet[random() % (sizeof kAlphabet - 1)] : static_cast<char>(random());
      }
      const Read read = rtf(bytes);
      CHECK(read.status.is_ok());
      for (const Paragraph& p : read.out.paragraphs) CHECK(is_valid_utf8(p.text));
    }
  }
}

// =================================================================================================================
// OLE2 compound files built in memory: version 3, 512-byte sectors, one FAT sector, one directory sector, streams of
// at least 4096 bytes (so they live in the FAT, not the mini stream).

constexpr std::uint32_t kEnd = 0xFFFFFFFE, kFree = 0xFFFFFFFF, kFatSector = 0xFFFFFFFD;

void put32(std::string& bytes, std::size_t at, std::uint32_t value) {
  for (int i = 0; i < 4; ++i) bytes[at + i] = static_cast<char>(value >> (8 * i));
}
void put16(std::string& bytes, std::size_t at, std::uint16_t value) {
  bytes[at] = static_cast<char>(value);
  bytes[at + 1] = static_cast<char>(value >> 8);
}

struct Stream {
  std::string name;
  std::string data;
};

// Sector 0 is the FAT, sector 1 the directory, the streams follow in order. Up to three streams.
std::string make_compound_file(const std::vector<Stream>& streams) {
  std::string file(512, '\0');
  file.replace(0, 8, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
  put16(file, 0x18, 0x3E);
  put16(file, 0x1A, 3);
  put16(file, 0x1C, 0xFFFE);
  put16(file, 0x1E, 9);
  put16(file, 0x20, 6);
  put32(file, 0x2C, 1);     // FAT sectors
  put32(file, 0x30, 1);     // first directory sector
  put32(file, 0x38, 4096);  // mini stream cutoff
  put32(file, 0x3C, kEnd);
  put32(file, 0x44, kEnd);
  for (std::size_t i = 0; i < 109; ++i) put32(file, 0x4C + 4 * i, i == 0 ? 0 : kFree);

  std::string fat(512, '\xFF');
  put32(fat, 0, kFatSector);
  put32(fat, 4, kEnd);
  std::string directory(512, '\0');
  const auto entry = [&](std::size_t index, const std::string& name, std::uint8_t type, std::uint32_t child,
                         std::uint32_t right, std::uint32_t start, std::uint32_t size) {
    const std::size_t at = index * 128;
    for (std::size_t i = 0; i < name.size(); ++i) directory[at + 2 * i] = name[i];
    put16(directory, at + 0x40, static_cast<std::uint16_t>(2 * name.size() + 2));
    directory[at + 0x42] = static_cast<char>(type);
    directory[at + 0x43] = 1;
    put32(directory, at + 0x44, kFree);
    put32(directory, at + 0x48, right);
    put32(directory, at + 0x4C, child);
    put32(directory, at + 0x74, start);
    put32(directory, at + 0x78, size);
  };
  entry(0, "Root Entry", 5, streams.empty() ? kFree : 1, kFree, kEnd, 0);
  std::string data;
  std::uint32_t sector = 2;
  for (std::size_t s = 0; s < streams.size(); ++s) {
    const std::string& bytes = streams[s].data;
    const std::uint32_t count = static_cast<std::uint32_t>((bytes.size() + 511) / 512);
    entry(s + 1, streams[s].name, 2, kFree, s + 1 < streams.size() ? static_cast<std::uint32_t>(s + 2) : kFree,
          sector, static_cast<std::uint32_t>(bytes.size()));
    for (std::uint32_t i = 0; i < count; ++i) put32(fat, 4 * (sector + i), i + 1 < count ? sector + i + 1 : kEnd);
    std::string padded = bytes;
    padded.resize(count * 512, '\0');
    data += padded;
    sector += count;
  }
  return file + fat + directory + data;
}

std::string filled(std::size_t size, char seed) {
  std::string bytes(size, '\0');
  for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>(seed + static_cast<char>(i % 251));
  return bytes;
}

TEST_CASE("ole2: streams are listed and read back byte for byte", "[ingest][ole2]") {
  const std::string first = filled(5000, 'a'), second = filled(4096, 'b');
  const std::string file = make_compound_file({{"WordDocument", first}, {"1Table", second}});
  Result<ole2::CompoundFile> cf = ole2::CompoundFile::open(file);
  REQUIRE(cf.is_ok());
  REQUIRE(cf->streams().size() == 2);
  CHECK(cf->has_stream("worddocument"));  // names compare without case
  CHECK(cf->read_stream("WordDocument").value() == first);
  CHECK(cf->read_stream("1Table").value() == second);
  const Result<std::string> missing = cf->read_stream("0Table");
  REQUIRE_FALSE(missing.is_ok());
  CHECK(missing.status().code() == StatusCode::NotFound);
}

TEST_CASE("ole2: broken chains and sizes are corrupt with a clear message", "[ingest][ole2]") {
  const std::string good = make_compound_file({{"WordDocument", filled(5000, 'a')}});
  struct Damage {
    const char* what;
    std::size_t at;
    std::uint32_t value;
    const char* message;  // a part of the message the open or the read must give
  };
  // FAT entries live at 512 + 4 * sector; the stream occupies sectors 2..11; its directory entry is at 1024 + 128.
  const std::vector<Damage> damages = {
      {"a chain that loops", 512 + 4 * 5, 3, "loops"},
      {"a chain that points outside the FAT", 512 + 4 * 5, 100000, "outside"},
      {"a chain that ends early", 512 + 4 * 5, kEnd, "ends after"},
      {"a chain into a free sector", 512 + 4 * 5, kFree, "free sector"},
      {"a size larger than the file", 1024 + 128 + 0x78, 1u << 30, "more than the whole file"},
      {"a directory chain that loops", 512 + 4 * 1, 1, "loops"},
      {"more FAT sectors than the file holds", 0x2C, 5000, "truncated"},
      {"a FAT sector beyond the end", 0x4C, 90000, "beyond the end"},
      {"a sector size that is neither 512 nor 4096", 0x1E, 0x10, "sector size"},
  };
  for (const Damage& damage : damages) {
    INFO(damage.what);
    std::string file = good;
    if (damage.at == 0x1E) {
      put16(file, damage.at, static_cast<std::uint16_t>(damage.value));
    } else {
      put32(file, damage.at, damage.value);
    }
    Result<ole2::CompoundFile> cf = ole2::CompoundFile::open(file);
    Status status = cf.status();
    if (cf.is_ok()) status = cf->read_stream("WordDocument").status();
    REQUIRE_FALSE(status.is_ok());
    CHECK(status.code() == StatusCode::Corrupt);
    CHECK_THAT(status.message(), Contains(damage.message));
  }
}

TEST_CASE("ole2: a directory tree that points back into itself is read once", "[ingest][ole2]") {
  std::string file = make_compound_file({{"A", filled(4096, 'a')}, {"B", filled(4096, 'b')}});
  put32(file, 1024 + 2 * 128 + 0x48, 1);  // B's right sibling is A again
  put32(file, 1024 + 1 * 128 + 0x44, 0);  // A's left sibling is the root
  Result<ole2::CompoundFile> cf = ole2::CompoundFile::open(file);
  REQUIRE(cf.is_ok());
  CHECK(cf->streams().size() == 2);
}

TEST_CASE("ole2: random bytes behind the signature are an error and never a crash", "[ingest][ole2]") {
  std::mt19937 random(11);
  for (int round = 0; round < 200; ++round) {
    std::string bytes(512 * (1 + random() % 16), '\0');
    for (char& c : bytes) c = static_cast<char>(random());
    bytes.replace(0, 8, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
    if (round % 2 == 0) {  // plausible header fields, so the reader gets further in
      put16(bytes, 0x1C, 0xFFFE);
      put16(bytes, 0x1E, 9);
      put16(bytes, 0x20, 6);
      put32(bytes, 0x38, 4096);
      put32(bytes, 0x2C, static_cast<std::uint32_t>(1 + random() % 3));
    }
    const Read read = doc("random.doc", bytes);
    CHECK_FALSE(read.status.is_ok());
    CHECK_THAT(read.status.message(), StartsWith("random.doc: "));
  }
}

// =================================================================================================================
// .doc

TEST_CASE("doc: compound files that are not Word documents say what they are", "[ingest][doc]") {
  struct Case {
    const char* stream;
    const char* message;
  };
  for (const Case& c : {Case{"Workbook", "an Excel workbook (.xls), which vanthu does not read"},
                        Case{"Book", "an Excel workbook (.xls)"},
                        Case{"PowerPoint Document", "a PowerPoint presentation (.ppt)"},
                        Case{"EncryptedPackage", "password-protected"}, Case{"Other", "not a Word document"}}) {
    INFO(c.stream);
    const Read read = doc("book.xls", make_compound_file({{c.stream, filled(4096, 'x')}}));
    REQUIRE_FALSE(read.status.is_ok());
    CHECK(read.status.code() == StatusCode::Unsupported);
    CHECK_THAT(read.status.message(), StartsWith("book.xls: ") && Contains(c.message));
  }
}

TEST_CASE("doc: not a compound file at all is invalid input", "[ingest][doc]") {
  const Read read = doc("letter.doc", "{\\rtf1 this is RTF named .doc}");
  REQUIRE_FALSE(read.status.is_ok());
  CHECK(read.status.code() == StatusCode::InvalidArgument);
  CHECK_THAT(read.status.message(), StartsWith("letter.doc: "));
}

TEST_CASE("doc: a WordDocument stream with no Word header is corrupt", "[ingest][doc]") {
  const Read read = doc("fake.doc", make_compound_file({{"WordDocument", filled(4096, 'x')}}));
  REQUIRE_FALSE(read.status.is_ok());
  CHECK(read.status.code() == StatusCode::Corrupt);
  CHECK_THAT(read.status.message(), StartsWith("fake.doc: ") && Contains("FIB"));
}

TEST_CASE("doc: encrypted and Word 6 files are refused by name", "[ingest][doc]") {
  std::string fib = filled(4096, 'x');
  put16(fib, 0, 0xA5EC);
  put16(fib, 2, 0xC1);
  put16(fib, 0x0A, 0x0100);  // fEncrypted
  const Read encrypted = doc("secret.doc", make_compound_file({{"WordDocument", fib}, {"1Table", filled(4096, 'y')}}));
  REQUIRE_FALSE(encrypted.status.is_ok());
  CHECK(encrypted.status.code() == StatusCode::Unsupported);
  CHECK_THAT(encrypted.status.message(), Contains("password-protected"));
  put16(fib, 2, 104);  // Word 95
  const Read old = doc("old.doc", make_compound_file({{"WordDocument", fib}}));
  REQUIRE_FALSE(old.status.is_ok());
  CHECK_THAT(old.status.message(), Contains("Word 6/95"));
}

// A minimal Word 97 file: a FIB with only ccpText and the CLX, 8-bit text at byte 2048 of WordDocument, and a piece
// table in 1Table whose pieces (each `piece_chars` long) all point at that same text.
std::string make_word_file(std::size_t pieces, std::uint32_t piece_chars, const std::string& text) {
  std::string word(4096, '\0');
  put16(word, 0, 0xA5EC);
  put16(word, 2, 0xC1);
  put16(word, 0x0A, 0x0200);  // the table stream is 1Table
  put16(word, 32, 14);        // csw
  put16(word, 62, 22);        // cslw
  put32(word, 64 + 4 * 3, static_cast<std::uint32_t>(pieces) * piece_chars);  // ccpText
  put16(word, 152, 93);       // cbRgFcLcb
  const std::size_t clx_size = 5 + 4 * (pieces + 1) + 8 * pieces;
  put32(word, 154 + 33 * 8, 0);  // fcClx
  put32(word, 154 + 33 * 8 + 4, static_cast<std::uint32_t>(clx_size));
  word.replace(2048, text.size(), text);
  std::string table(std::max<std::size_t>(4096, clx_size), '\0');
  table[0] = 0x02;
  put32(table, 1, static_cast<std::uint32_t>(clx_size - 5));
  for (std::size_t i = 0; i <= pieces; ++i) put32(table, 5 + 4 * i, static_cast<std::uint32_t>(i) * piece_chars);
  for (std::size_t i = 0; i < pieces; ++i) put32(table, 5 + 4 * (pieces + 1) + 8 * i + 2, 0x40000000u | (2048 * 2));
  return make_compound_file({{"WordDocument", word}, {"1Table", table}});
}

TEST_CASE("doc: a minimal Word file without formatting tables is read with warnings", "[ingest][doc]") {
  const Read read = doc("bare.doc", make_word_file(1, 12, "C\xE9ng ho\xB5\r"));
  REQUIRE(read.status.is_ok());
  CHECK(texts(read.out) == std::vector<std::string>{"Cộng hoà"});  // no fonts: the bytes alone decide
  CHECK(read.out.encoding == "tcvn3");
  REQUIRE_FALSE(read.out.warnings.empty());
  CHECK_THAT(read.out.warnings.front(), StartsWith("bare.doc: ") && Contains("font"));
}

TEST_CASE("doc: pieces that repeat the same bytes stop at the size of the stream", "[ingest][doc]") {
  std::string text;
  while (text.size() + 4 <= 2048) text += "abc\r";
  const Read read = doc("repeat.doc", make_word_file(3000, 2048, text));
  REQUIRE(read.status.is_ok());
  CHECK(read.out.paragraphs.size() <= 4096 / 4);
  CHECK(std::any_of(read.out.warnings.begin(), read.out.warnings.end(),
                    [](const std::string& w) { return w.find("more text than") != std::string::npos; }));
}

// The two fixtures with the lines their Unicode transcripts start with (transcripts from the same corpus; the
// TCVN3 form's title is in .VnTimeH, so it comes out in capitals, as Word shows it).
struct DocFixture {
  const char* file;
  const char* encoding;
  std::vector<std::string> first_lines;
  std::size_t running_headers;  // page numbers are not counted: only headers with words
};

const std::vector<DocFixture> kDocFixtures = {
    {"tcvn3-2006-Mau-MD-2M-TNHH1.doc", "tcvn3",
     {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "ĐƠN ĐĂNG KÝ KINH DOANH",
      "CÔNG TY TRÁCH NHIỆM HỮU HẠN CÓ HAI THÀNH VIÊN TRỞ LÊN", "Kính gửi: Phòng đăng ký kinh doanh tỉnh Sóc Trăng",
      "Tôi là: ( ghi rõ họ tên bằng chữ in hoa) Nam, Nữ"},
     1},
    {"tcvn3-fastsaved-2004-B1-1-DONTC.doc", "tcvn3",
     {"B1-1-ĐONTC", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "_______o0o_______",
      "ĐƠN ĐĂNG KÝ", "CHỦ TRÌ THỰC HIỆN ĐỀ TÀI, DỰ ÁN SXTN", "CẤP NHÀ NƯỚC",
      "(Kèm theo Quyết định số 16/2003/QĐ-BKHCN ngày 18/7/2003", "của Bộ trưởng Bộ Khoa học và Công nghệ)",
      "Kính gửi: Bộ Khoa học và Công nghệ"},
     0},
    {"vni-2009-download.doc", "vni",
     {"Mẫu số 5", "Tên đơn vị: CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Tel: Độc lập – Tự do – Hạnh phúc",
      "---------------", "....., ngày tháng năm", "BÁO CÁO ĐỊNH KỲ VỀ BẢO HỘ LAO ĐỘNG",
      "Kính gửi: Ban Quản lý các Khu công nghiệp Đồng Nai"},
     0},
};

TEST_CASE("doc: real TCVN3 and VNI files decode to their transcripts", "[ingest][doc]") {
  for (const DocFixture& fixture : kDocFixtures) {
    INFO(fixture.file);
    const std::string bytes = file_or_empty(kFixtures / fixture.file);
    REQUIRE_FALSE(bytes.empty());
    const Read read = doc(fixture.file, bytes);
    REQUIRE(read.status.is_ok());
    CHECK(read.out.encoding.starts_with(fixture.encoding));
    CHECK(read.out.running_headers.size() == fixture.running_headers);
    std::vector<std::string> got = texts(read.out);
    REQUIRE(got.size() >= fixture.first_lines.size());
    got.resize(fixture.first_lines.size());
    CHECK(got == fixture.first_lines);
  }
}

TEST_CASE("doc: tables keep their cells apart and bold and centring survive", "[ingest][doc]") {
  const Read read = doc("form.doc", file_or_empty(kFixtures / "vni-2009-download.doc"));
  REQUIRE(read.status.is_ok());
  const auto& p = read.out.paragraphs;
  const auto find = [&](const std::string& text) {
    return std::find_if(p.begin(), p.end(), [&](const Paragraph& x) { return x.text == text; });
  };
  const auto title = find("BÁO CÁO ĐỊNH KỲ VỀ BẢO HỘ LAO ĐỘNG");
  REQUIRE(title != p.end());
  CHECK(title->bold);
  CHECK(title->centered);
  CHECK(title->table == -1);
  const auto head = find("CÁC CHỈ TIÊU VỀ BHLĐ"), value = find("SỐ LIỆU"), body = find("1. Lao động:");
  REQUIRE(head != p.end());
  REQUIRE(value != p.end());
  REQUIRE(body != p.end());
  CHECK(head->table == 0);
  CHECK(head->row == 0);
  CHECK(head->cell == 0);
  CHECK(value->table == 0);
  CHECK(value->row == 0);
  CHECK(value->cell == 1);
  CHECK(body->row == 1);
  CHECK(body->cell == 0);
}

TEST_CASE("doc: a truncated file is a clear error", "[ingest][doc]") {
  const std::string bytes = file_or_empty(kFixtures / "tcvn3-2006-Mau-MD-2M-TNHH1.doc");
  REQUIRE(bytes.size() > 3000);
  for (const std::size_t size : {std::size_t{3000}, std::size_t{512}, std::size_t{100}, bytes.size() / 2}) {
    INFO(size);
    const Read read = doc("cut.doc", bytes.substr(0, size));
    REQUIRE_FALSE(read.status.is_ok());
    CHECK(read.status.code() == StatusCode::Corrupt);
    CHECK_THAT(read.status.message(), StartsWith("cut.doc: compound file: "));
  }
}

TEST_CASE("doc: damaged real files give an error or text and never a crash", "[ingest][doc]") {
  const std::string original = file_or_empty(kFixtures / "vni-2009-download.doc");
  REQUIRE_FALSE(original.empty());
  std::mt19937 random(3);
  for (int round = 0; round < 150; ++round) {
    std::string bytes = original;
    const int flips = 1 + static_cast<int>(random() % 16);
    for (int i = 0; i < flips; ++i) {
      // Half the damage lands in the first 8 KB, where the header, FAT, directory and FIB are.
      const std::size_t span = (round % 2 == 0) ? std::min<std::size_t>(bytes.size(), 8192) : bytes.size();
      bytes[random() % span] = static_cast<char>(random());
    }
    const Read read = doc("damaged.doc", bytes);
    if (read.status.is_ok()) {
      for (const Paragraph& p : read.out.paragraphs) CHECK(is_valid_utf8(p.text));
    } else {
      CHECK_THAT(read.status.message(), StartsWith("damaged.doc: "));
    }
  }
}

// =================================================================================================================
// The legacy corpus in ../shared/data (skipped where it is absent).

TEST_CASE("doc: the first lines of real decrees match their ground truth", "[ingest][doc][shared]") {
  struct Case {
    const char* original;
    const char* truth;
    std::size_t lines;
  };
  const std::vector<Case> cases = {
      {"original/tcvn3/2004-NghiDinh114_2003.doc", "ground-truth/2004-NghiDinh114_2003.txt", 30},
      {"original/tcvn3/2004-NghiDinh117_2003.doc", "ground-truth/2004-NghiDinh117_2003.txt", 30},
      {"original/vni/2008-23.QD-991-UBND.doc", "ground-truth/2008-23.QD-991-UBND.txt", 0},
  };
  if (!std::filesystem::exists(kLegacy)) {
    SUCCEED("no shared legacy corpus here");
    return;
  }
  for (const Case& c : cases) {
    INFO(c.original);
    const Read read = doc(c.original, file_or_empty(kLegacy / c.original));
    REQUIRE(read.status.is_ok());
    const std::vector<std::string> truth = collapsed_lines(file_or_empty(kLegacy / c.truth));
    const std::vector<std::string> got = texts(read.out);
    if (c.lines > 0) {
      REQUIRE(got.size() >= c.lines);
      REQUIRE(truth.size() >= c.lines);
      for (std::size_t i = 0; i < c.lines; ++i) CHECK(got[i] == truth[i]);
    } else {  // a two-column header table: the cells are paragraphs of their own; the body lines must all be there
      std::size_t found = 0, body = 0;
      for (const std::string& line : truth) {
        if (line.size() < 80) continue;
        ++body;
        found += std::count(got.begin(), got.end(), line) > 0 ? 1 : 0;
      }
      CHECK(body > 5);
      CHECK(found >= body - 1);  // the transcript has a typo or two of its own
    }
  }
}

TEST_CASE("doc: Excel and PowerPoint files of the corpus are refused by name", "[ingest][doc][shared]") {
  const std::filesystem::path xls = kLegacy / "original/vni/2006-Mau21_CKTC_NSH.xls";
  const std::filesystem::path ppt = kLegacy / "original/vni/2009-Van-ban-phap-quy-2-_10-02-09.ppt";
  if (!std::filesystem::exists(xls) || !std::filesystem::exists(ppt)) {
    SUCCEED("no shared legacy corpus here");
    return;
  }
  const Read excel = doc(xls.string(), file_or_empty(xls));
  REQUIRE_FALSE(excel.status.is_ok());
  CHECK(excel.status.message() == xls.string() + ": an Excel workbook (.xls), which vanthu does not read");
  const Read slides = doc(ppt.string(), file_or_empty(ppt));
  REQUIRE_FALSE(slides.status.is_ok());
  CHECK_THAT(slides.status.message(), Contains("PowerPoint"));
}

TEST_CASE("rtf: the legacy RTF decrees read like their ground truth", "[ingest][rtf][shared]") {
  const std::filesystem::path folder = kLegacy / "original/tcvn3";
  if (!std::filesystem::exists(folder)) {
    SUCCEED("no shared legacy corpus here");
    return;
  }
  // Long lines (the body text, not headings in capitals-only fonts or table cells) must appear as paragraphs.
  std::size_t files = 0;
  for (const auto& item : std::filesystem::directory_iterator(folder)) {
    if (item.path().extension() != ".rtf") continue;
    INFO(item.path().string());
    ++files;
    const Read read = rtf(file_or_empty(item.path()));
    REQUIRE(read.status.is_ok());
    CHECK(read.out.encoding.starts_with("tcvn3"));
    const std::vector<std::string> got = texts(read.out);
    std::size_t body = 0, found = 0;
    for (const std::string& line :
         collapsed_lines(file_or_empty(kLegacy / "ground-truth" / (item.path().stem().string() + ".txt")))) {
      if (line.size() < 120 || line.find('|') != std::string::npos) continue;
      ++body;
      found += std::count(got.begin(), got.end(), line) > 0 ? 1 : 0;
    }
    CHECK(found * 100 >= body * 95);
  }
  CHECK(files == 11);
}

}  // namespace
}  // namespace vanthu::ingest
