// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <string>

#include "ingest/ingest.h"
#include "text/text.h"

using namespace vanthu;

namespace {

std::string joined(const ingest::Extracted& extracted) {
  std::string out;
  for (const ingest::Paragraph& paragraph : extracted.paragraphs) out += paragraph.text + "\n";
  return out;
}

}  // namespace

TEST_CASE("Plain text in every Unicode form and in TCVN3 reads the same", "[ingest]") {
  const std::string expected = "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐiều 1. Phạm vi điều chỉnh\n";
  const std::string utf8 = "Cộng hòa xã hội chủ nghĩa Việt Nam\nĐiều 1. Phạm vi điều chỉnh\n";
  std::string utf16le = "\xFF\xFE";
  // UTF-16LE of the same text, built by hand from code points.
  for (std::size_t pos = 0; pos < utf8.size();) {
    const char32_t cp = utf8_next(utf8, pos);
    utf16le += static_cast<char>(cp & 0xFF);
    utf16le += static_cast<char>((cp >> 8) & 0xFF);
  }
  const Result<std::string> tcvn3 = text::encode_as(text::to_lower(utf8).substr(0, 0) + utf8, text::Encoding::Tcvn3);
  struct Case {
    const char* name;
    std::string bytes;
    const char* encoding;
  };
  std::vector<Case> cases = {{"utf-8", utf8, "utf-8"}, {"bom", "\xEF\xBB\xBF" + utf8, "utf-8"}, {"utf-16", utf16le, "utf-16"}};
  if (tcvn3.is_ok()) cases.push_back({"tcvn3", tcvn3.value(), "tcvn3"});
  for (const Case& c : cases) {
    INFO(c.name);
    const auto read = ingest::read_bytes("x.txt", c.bytes);
    REQUIRE(read.is_ok());
    CHECK(read->format == ingest::Format::Txt);
    CHECK(read->encoding == c.encoding);
    CHECK(joined(read.value()) == expected);
  }
}

TEST_CASE("Formats are told by content before extension", "[ingest]") {
  struct Case {
    const char* name;
    std::string bytes;
    ingest::Format format;
  };
  const std::vector<Case> cases = {
      {"a.txt", "%PDF-1.4\n", ingest::Format::Pdf},
      {"a.doc", "{\\rtf1\\ansi hello}", ingest::Format::Rtf},
      {"a.xml", "<?xml version=\"1.0\"?><akomaNtoso/>", ingest::Format::Akn},
      {"a.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>", ingest::Format::Html},
      {"a.html", "just text, no markup", ingest::Format::Txt},
      {"a.docx", std::string("PK\x03\x04", 4) + "rest", ingest::Format::Docx},
      {"a.bin", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8), ingest::Format::Doc},
  };
  for (const Case& c : cases) {
    INFO(c.name << " " << c.bytes.substr(0, 12));
    CHECK(ingest::detect_format(c.name, c.bytes) == c.format);
  }
}

TEST_CASE("SHA-256 is the standard digest", "[ingest]") {
  CHECK(ingest::sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
