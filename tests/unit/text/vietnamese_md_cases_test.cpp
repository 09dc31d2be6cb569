// SPDX-License-Identifier: Apache-2.0
//
// The 25 test cases of ../shared/docs/vietnamese.md §9, one row each, in the order and with the numbers of the doc.
#include <catch2/catch.hpp>

#include "text/text.h"

namespace vanthu::text {
namespace {

// The keys of every token in a phrase, joined with spaces, on one layer.
std::string exact_keys(std::string_view phrase) {
  std::string out;
  for (const Token& token : tokenize(phrase)) out += (out.empty() ? "" : " ") + token.exact;
  return out;
}
std::string fold_keys(std::string_view phrase) {
  std::string out;
  for (const Token& token : tokenize(phrase)) out += (out.empty() ? "" : " ") + token.folded;
  return out;
}

// True when the query's tokens occur as consecutive positions of the document's tokens on the layer given: what a
// Xapian phrase query over that layer will match.
bool phrase_hit(std::string_view document, std::string_view query, bool folded) {
  std::vector<std::string> doc, want;
  for (const Token& t : tokenize(document)) {
    if (t.kind != TokenKind::Compound) doc.push_back(folded ? t.folded : t.exact);
  }
  for (const Token& t : tokenize(query)) {
    if (t.kind != TokenKind::Compound) want.push_back(folded ? t.folded : t.exact);
  }
  if (want.empty()) return false;
  for (std::size_t i = 0; i + want.size() <= doc.size(); ++i) {
    if (std::equal(want.begin(), want.end(), doc.begin() + static_cast<std::ptrdiff_t>(i))) return true;
  }
  return false;
}

std::string cp1252_view(std::string_view bytes) { return decode_as(bytes, Encoding::Cp1252); }

TEST_CASE("vietnamese.md case 1: NFD becomes NFC with one code point per letter", "[text][doc9]") {
  const std::string out = normalize("Vie\u0302\u0323t Nam");
  CHECK(out == "Việt Nam");
  CHECK(out == "Vi\u1EC7t Nam");
}

TEST_CASE("vietnamese.md case 2: Unicode to hop composes", "[text][doc9]") {
  CHECK(normalize("Vi\u00EA\u0323t") == "Vi\u1EC7t");
}

TEST_CASE("vietnamese.md case 3: the deprecated acute tone mark", "[text][doc9]") {
  CHECK(normalize("a\u0341") == "\u00E1");
}

TEST_CASE("vietnamese.md case 4: exact and folded keys of capitals", "[text][doc9]") {
  CHECK(exact_keys("ĐẢNG ỦY Đồng ý") == "đảng uỷ đồng ý");
  CHECK(fold_keys("ĐẢNG ỦY Đồng ý") == "dang uy dong y");
}

TEST_CASE("vietnamese.md case 5: hoa in both tone styles", "[text][doc9]") {
  CHECK(exact_key("hòa") == "hoà");
  CHECK(exact_key("hoà") == "hoà");
  CHECK(fold_key("hòa") == "hoa");
}

TEST_CASE("vietnamese.md case 6: Uy ban three ways - display unchanged", "[text][doc9]") {
  for (const char* written : {"Ủy ban", "Uỷ ban", "UỶ BAN"}) {
    INFO(written);
    CHECK(exact_keys(written) == "uỷ ban");
    CHECK(normalize(written) == written);
  }
}

TEST_CASE("vietnamese.md case 7: oa oe uy move to the new style", "[text][doc9]") {
  CHECK(exact_keys("thủy lợi") == "thuỷ lợi");
  CHECK(exact_key("khỏe") == "khoẻ");
  CHECK(exact_keys("tòa án") == "toà án");
}

TEST_CASE("vietnamese.md case 8: syllables that must not change", "[text][doc9]") {
  for (const char* word : {"quý", "quỳnh", "hoàng", "người", "thuở", "khuỷu", "gìn", "giặt"}) {
    INFO(word);
    CHECK(exact_key(word) == word);
    CHECK(exact_key(exact_key(word)) == word);
  }
}

TEST_CASE("vietnamese.md case 9: i and y variants fold together - ay and uy do not", "[text][doc9]") {
  CHECK(fold_keys("kỹ thuật") == "ki thuat");
  CHECK(fold_keys("kĩ thuật") == "ki thuat");
  CHECK(fold_key("quí") == "quy");
  CHECK(fold_key("quý") == "quy");
  CHECK(fold_keys("lý do") == fold_keys("lí do"));
  CHECK(fold_keys("lý do") == "li do");
  CHECK(fold_key("tay") != fold_key("tai"));
  CHECK(fold_key("tuy") != fold_key("tui"));
}

TEST_CASE("vietnamese.md case 10: eth becomes D with stroke", "[text][doc9]") {
  CHECK(normalize("\u00D0iều 1") == "Điều 1");
}

TEST_CASE("vietnamese.md case 11: a TCVN3 run in a .VnTime font", "[text][doc9]") {
  const Decoded decoded = decode_run(cp1252_view("C\xe9ng ho\xb5 x\xb7 h\xe9i ch\xf1 ngh\xdc" "a Vi\xd6t Nam"),
                                     {.font_name = ".VnTime"});
  CHECK(decoded.text == "Cộng hoà xã hội chủ nghĩa Việt Nam");
  CHECK(decoded.encoding == Encoding::Tcvn3);
}

TEST_CASE("vietnamese.md case 12: TCVN3 motto", "[text][doc9]") {
  const Decoded decoded = decode_run(cp1252_view("\xa7\xe9" "c l\xcbp - T\xf9 do - H\xb9nh ph\xf3" "c"),
                                     {.font_name = ".VnTime"});
  CHECK(decoded.text == "Độc lập - Tự do - Hạnh phúc");
}

TEST_CASE("vietnamese.md case 13: TCVN3 u-horn is byte AD - the soft hyphen", "[text][doc9]") {
  CHECK(decode_run("®\u00ADîc", {.font_name = ".VnTime"}).text == "được");
  CHECK(decode_run("ng\u00ADêi", {.font_name = ".VnTime"}).text == "người");
}

TEST_CASE("vietnamese.md case 14: a capitals-only .VnTimeH run", "[text][doc9]") {
  const Decoded decoded = decode_run(cp1252_view("c\xe9ng ho\xb5 x\xb7 h\xe9i ch\xf1 ngh\xdc" "a vi\xd6t nam"),
                                     {.font_name = ".VnTimeH"});
  CHECK(decoded.text == "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
}

TEST_CASE("vietnamese.md case 15: CP1252 quotes in a TCVN3 run stay quotes", "[text][doc9]") {
  CHECK(decode_run("\u201CUû ban\u201D", {.font_name = ".VnTime"}).text == "\u201CUỷ ban\u201D");
}

TEST_CASE("vietnamese.md case 16: a VNI run", "[text][doc9]") {
  const Decoded decoded = decode_run("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", {.font_name = "VNI-Times"});
  CHECK(decoded.text == "Cộng hòa xã hội chủ nghĩa Việt Nam");
  CHECK(decoded.encoding == Encoding::Vni);
}

TEST_CASE("vietnamese.md case 17: VNI capitals and single-byte letters", "[text][doc9]") {
  CHECK(decode_run("ÑOÄC LAÄP", {.font_name = "VNI-Times"}).text == "ĐỘC LẬP");
  CHECK(decode_run("ñöôïc", {.font_name = "VNI-Times"}).text == "được");
  CHECK(decode_run("UÛy ban nhaân daân", {.font_name = "VNI-Times"}).text == "Ủy ban nhân dân");
}

TEST_CASE("vietnamese.md case 18: CP1258 bytes give NFC", "[text][doc9]") {
  const std::string bytes = "\x56\x69\xEA\xF2\x74\x20\x4E\x61\x6D";
  CHECK(decode_text(bytes, {.encoding = Encoding::Cp1258}).text == "Việt Nam");
  CHECK(decode_text(bytes).text == "Việt Nam");  // detected
}

TEST_CASE("vietnamese.md case 19: VISCII bytes", "[text][doc9]") {
  CHECK(decode_text("\x56\x69\xAE\x74", {.encoding = Encoding::Viscii}).text == "Việt");
  CHECK(decode_as("\x56\x69\xAE\x74", Encoding::Viscii) == "Việt");
}

TEST_CASE("vietnamese.md case 20: VIQR", "[text][doc9]") {
  CHECK(decode_as("DDie^`u 1. Vie^.t Nam", Encoding::Viqr) == "Điều 1. Việt Nam");
  CHECK(decode_text("DDie^`u 1. Vie^.t Nam").text == "Điều 1. Việt Nam");  // detected
}

TEST_CASE("vietnamese.md case 21: double-encoded UTF-8", "[text][doc9]") {
  CHECK(normalize("Cá»™ng hÃ²a xÃ£ há»™i") == "Cộng hòa xã hội");
}

TEST_CASE("vietnamese.md case 22: a normative number - and no date from it", "[text][doc9]") {
  const auto number = parse_doc_number("Số: 12/2022/NQ-HĐND");
  REQUIRE(number);
  CHECK(number->number == "12");
  CHECK(number->year == 2022);
  CHECK(number->type_code == "NQ");
  CHECK(number->issuers == std::vector<std::string>{"HĐND"});
  CHECK(number->normative);
  CHECK(find_dates("Số: 12/2022/NQ-HĐND").empty());
}

TEST_CASE("vietnamese.md case 23: dates read once - inferred year - numeric date", "[text][doc9]") {
  const auto header = find_dates("Hà Nội, ngày 05 tháng 3 năm 2020");
  REQUIRE(header.size() == 1);
  CHECK(to_iso(header[0].date) == "2020-03-05");

  const auto inferred = find_dates("Ngày 26/5", {.year = 2022});
  REQUIRE(inferred.size() == 1);
  CHECK(to_iso(inferred[0].date) == "2022-05-26");
  CHECK(inferred[0].inferred_year);

  REQUIRE(parse_date("26-5-2022"));
  CHECK(to_iso(*parse_date("26-5-2022")) == "2022-05-26");
}

TEST_CASE("vietnamese.md case 24: provision references", "[text][doc9]") {
  const auto self = find_references("theo điểm a khoản 2 Điều 5 của Nghị định này");
  REQUIRE(self.size() == 1);
  CHECK(self[0].point == "a");
  CHECK(self[0].clause == "2");
  CHECK(self[0].article == "5");
  CHECK(self[0].self);

  const auto inserted = find_references("khoản 3a Điều 12");
  REQUIRE(inserted.size() == 1);
  CHECK(inserted[0].clause == "3a");
  CHECK(inserted[0].article == "12");
  CHECK_FALSE(inserted[0].self);
}

TEST_CASE("vietnamese.md case 25: folded phrase query and abbreviation expansion", "[text][doc9]") {
  const std::string document = "Quy chế dân chủ ở cơ sở";
  CHECK(phrase_hit(document, "quy che dan chu", true));
  CHECK_FALSE(phrase_hit(document, "quy che dan chu", false));  // no diacritics typed: only the F layer matches

  const std::string body = "Ủy ban nhân dân tỉnh Lào Cai";
  const auto rows = find_abbreviations("UBND");
  REQUIRE(rows.size() == 1);
  CHECK(phrase_hit(body, rows[0]->expansion, false));  // E layer
  CHECK(phrase_hit(body, rows[0]->expansion, true));   // F layer
  CHECK(phrase_hit("Uỷ ban nhân dân xã", rows[0]->expansion, false));  // the other tone style too
}

}  // namespace
}  // namespace vanthu::text
