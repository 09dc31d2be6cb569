// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include "text/text.h"

namespace vanthu::text {
namespace {

using namespace std::string_literals;

TEST_CASE("normalize: one row per repair - in the order the pipeline applies them", "[text]") {
  struct Case {
    const char* name;
    std::string input;
    std::string expected;
  };
  const Case cases[] = {
      {"already clean", "Điều 1. Phạm vi điều chỉnh", "Điều 1. Phạm vi điều chỉnh"},
      {"NFD", "Nghi\u0323 \u0111i\u0323nh", "Nghị định"},
      {"NFD letters", "Quy\u0301 I", "Quý I"},
      {"soft hyphen", "văn\u00ADbản", "vănbản"},
      {"zero-width and BOM", "\uFEFFHà\u200B Nội\u2060", "Hà Nội"},
      {"NUL from a PDF text layer", "Th\0ông"s, "Thông"},
      {"C1 controls where a symbol font drew a checkbox", "Lần đầu \u0085 Định kỳ \u0086", "Lần đầu  Định kỳ "},
      {"noncharacters", "Thử \uFDD0nghiệm\uFFFE \U0001FFFF😀", "Thử nghiệm 😀"},
      {"tab and newlines kept", "a\tb\r\nc", "a\tb\r\nc"},
      {"eth in a Vietnamese word", "Ðiều 5", "Điều 5"},
      {"lower-case eth", "ðồng ý", "đồng ý"},
      {"African D", "\u0189ẢNG", "ĐẢNG"},
      {"eth in a capital abbreviation", "HÐND", "HĐND"},
      {"eth in a foreign word stays", "Guðrún", "Guðrún"},
      {"mark after a space", "Hà \u0301Nội", "Hà Nội"},
      {"mark at the start", "\u0300Nội", "Nội"},
      {"mojibake", "Cá»™ng hÃ²a xÃ£ há»™i chá»§ nghÄ©a Viá»‡t Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"},
      {"mojibake đ and Đ", "Ä‘Æ°á»£c Ä\u0090iá»\u0081u", "được Điều"},
      {"genuine capital Â and Ã stay", "ÂN HẠN NGÃ", "ÂN HẠN NGÃ"},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(normalize(c.input) == c.expected);
  }
}

TEST_CASE("normalize repairs a tone mark doubled on its letter", "[text]") {
  CHECK(normalize("ho\u00E0\u0300") == "hoà");
  CHECK(normalize("a\u0301\u0301") == "á");
}

TEST_CASE("normalize reports what it changed", "[text]") {
  Diagnostics diagnostics;
  const std::string out = normalize("Ðiều\0 1 Cá»™ng"s, &diagnostics);
  CHECK(out == "Điều 1 Cộng");
  REQUIRE(diagnostics.warnings.size() == 3);
  CHECK(diagnostics.warnings[0].find("decoded twice") != std::string::npos);
  CHECK(diagnostics.warnings[1].find("control") != std::string::npos);
  CHECK(diagnostics.warnings[2].find("Đ/đ") != std::string::npos);
}

TEST_CASE("repair_mojibake leaves text alone unless repairing helps", "[text]") {
  CHECK(repair_mojibake("Giá trị gia tăng") == "Giá trị gia tăng");
  CHECK(repair_mojibake("Â© 2024") == "© 2024");        // the classic double-encoded copyright sign
  CHECK(repair_mojibake("ÂN Xá") == "ÂN Xá");           // Â followed by N is not UTF-8: left alone
  CHECK(repair_mojibake("Nghá»‹ Ä‘á»‹nh") == "Nghị định");
}

TEST_CASE("nfc and is_nfc", "[text]") {
  CHECK(is_nfc("Việt"));
  CHECK_FALSE(is_nfc("Vie\u0323\u0302t"));
  CHECK(nfc("Vie\u0323\u0302t") == "Việt");
}

}  // namespace
}  // namespace vanthu::text
