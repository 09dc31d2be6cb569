// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include "text/text.h"

namespace vanthu::text {
namespace {

// "position:kind:exact:folded" for each token, kinds as W N C and a trailing * for compound parts.
std::vector<std::string> describe(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text)) {
    const char kind = t.kind == TokenKind::Word ? 'W' : t.kind == TokenKind::Number ? 'N' : 'C';
    out.push_back(std::to_string(t.position) + ":" + kind + (t.part ? "*" : "") + ":" + t.exact + ":" + t.folded);
  }
  return out;
}

TEST_CASE("tokenize: syllables - numbers and compounds", "[text][tokenize]") {
  struct Case {
    const char* text;
    std::vector<std::string> tokens;
  };
  const Case cases[] = {
      {"Ủy ban nhân dân", {"0:W:uỷ:uy", "1:W:ban:ban", "2:W:nhân:nhan", "3:W:dân:dan"}},
      {"Điều 10a.", {"0:W:điều:dieu", "1:W:10a:10a"}},
      {"1.250 học sinh; 98,5%", {"0:N:1.250:1.250", "1:W:học:hoc", "2:W:sinh:sinh", "3:N:98,5:98,5"}},
      {"Số: 158/2025/NĐ-CP.",
       {"0:W:số:so", "1:C:158/2025/nđ-cp:158/2025/nd-cp", "1:N*:158:158", "2:N*:2025:2025", "3:W*:nđ:nd",
        "4:W*:cp:cp"}},
      {"ngày 26-5-2022", {"0:W:ngày:ngay", "1:C:26-5-2022:26-5-2022", "1:N*:26:26", "2:N*:5:5", "3:N*:2022:2022"}},
      {"NĐ-CP", {"0:W:nđ:nd", "1:W:cp:cp"}},                  // no digit: not a compound
      {"Ê-đê, TP.HCM", {"0:W:ê:e", "1:W:đê:de", "2:W:tp:tp", "3:W:hcm:hcm"}},
      {"V/v triển khai", {"0:W:v:v", "1:W:v:v", "2:W:triển:trien", "3:W:khai:khai"}},
      {"người H'Mông", {"0:W:người:nguoi", "1:W:hmông:hmong"}},
      {"“Hòa” – (thủy)", {"0:W:hoà:hoa", "1:W:thuỷ:thuy"}},
      {"Đoạn 2.1.3", {"0:W:đoạn:doan", "1:N:2.1.3:2.1.3"}},
      {"QH15 khóa XV", {"0:W:qh15:qh15", "1:W:khoá:khoa", "2:W:xv:xv"}},
      {"", {}},
      {" ... ", {}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(describe(c.text) == c.tokens);
  }
}

TEST_CASE("byte offsets point into the original - also for NFD text", "[text][tokenize]") {
  const std::string text = "Vie\u0323\u0302t Nam, ngày 05/3/2020";
  const std::vector<Token> tokens = tokenize(text);
  REQUIRE(tokens.size() >= 3);
  CHECK(text.substr(tokens[0].begin, tokens[0].end - tokens[0].begin) == "Vie\u0323\u0302t");
  CHECK(tokens[0].exact == "việt");
  CHECK(tokens[0].folded == "viet");
  CHECK(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin) == "Nam");
  for (const Token& token : tokens) {
    INFO(token.exact);
    CHECK(token.end > token.begin);
    CHECK(token.end <= text.size());
  }
}

TEST_CASE("no-break spaces - soft hyphens and other scripts separate or join correctly", "[text][tokenize]") {
  CHECK(describe("Hà\u00A0Nội") == std::vector<std::string>{"0:W:hà:ha", "1:W:nội:noi"});
  CHECK(describe("Москва 2024") == std::vector<std::string>{"0:W:москва:москва", "1:N:2024:2024"});
  CHECK(describe("北京") == std::vector<std::string>{"0:W:北京:北京"});
}

TEST_CASE("long joined chains do not lose tokens", "[text][tokenize]") {
  std::string chain;
  for (int i = 0; i < 40; ++i) chain += (i ? "-" : "") + std::to_string(i);
  int numbers = 0;
  tokenize(chain, [&](const Token& token) {
    if (token.kind == TokenKind::Number) ++numbers;
  });
  CHECK(numbers == 40);
}

}  // namespace
}  // namespace vanthu::text
