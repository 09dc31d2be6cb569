// SPDX-License-Identifier: Apache-2.0
//
// Legacy encodings: every letter of the §2.10 table through every decoder, round trips through every encoder,
// and real lines from old government files checked against their hand-made Unicode transcripts.
#include <catch2/catch.hpp>

#include <sstream>

#include "support/test_support.h"
#include "text/text.h"

namespace vanthu::text {
namespace {

struct LetterRow {
  std::string letter;
  std::string tcvn3, vni, viscii, vps, cp1258;  // bytes; empty when the encoding has no code for the letter
  std::string viqr;
};

std::string hex_bytes(const std::string& field) {
  if (field == "-") return {};
  std::string bytes;
  std::istringstream in(field);
  std::string hex;
  while (in >> hex) bytes.push_back(static_cast<char>(std::stoi(hex, nullptr, 16)));
  return bytes;
}

std::vector<LetterRow> letter_table() {
  std::vector<LetterRow> rows;
  for (const std::string& line : test::lines_of(test::read_or_fail(test::test_data("letters.tsv")))) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::istringstream in(line);
    for (std::string field; std::getline(in, field, '\t');) fields.push_back(field);
    REQUIRE(fields.size() == 8);
    rows.push_back({fields[0], hex_bytes(fields[2]), hex_bytes(fields[3]), hex_bytes(fields[4]), hex_bytes(fields[5]),
                    hex_bytes(fields[6]), fields[7]});
  }
  return rows;
}

bool is_capital(const std::string& letter) { return to_lower(letter) != letter; }

TEST_CASE("the letter table has all 134 letters", "[text][legacy]") { CHECK(letter_table().size() == 134); }

TEST_CASE("every letter decodes from every encoding of the table", "[text][legacy]") {
  for (const LetterRow& row : letter_table()) {
    INFO(row.letter);
    if (!row.tcvn3.empty()) {
      CHECK(decode_as(row.tcvn3, Encoding::Tcvn3) == row.letter);
    } else {
      // TCVN3 (VN3) has no capital toned vowels: the lower-case code in a capitals-only .VnTimeH font.
      REQUIRE(is_capital(row.letter));
      const std::string lower_code = encode_as(to_lower(row.letter), Encoding::Tcvn3).value();
      CHECK(decode_as(lower_code, Encoding::Tcvn3, LetterCase::Upper) == row.letter);
    }
    CHECK(decode_as(row.vni, Encoding::Vni) == row.letter);
    CHECK(decode_as(row.viscii, Encoding::Viscii) == row.letter);
    if (!row.vps.empty()) CHECK(decode_as(row.vps, Encoding::Vps) == row.letter);
    CHECK(nfc(decode_as(row.cp1258, Encoding::Cp1258)) == row.letter);
    CHECK(decode_as(row.viqr, Encoding::Viqr) == row.letter);
  }
}

TEST_CASE("every letter survives a round trip through every encoding that has it", "[text][legacy]") {
  const Encoding encodings[] = {Encoding::Tcvn3, Encoding::Vni,  Encoding::Viscii,    Encoding::Vps,
                                Encoding::Cp1258, Encoding::Viqr, Encoding::DoubleUtf8, Encoding::Utf8};
  for (const LetterRow& row : letter_table()) {
    for (Encoding encoding : encodings) {
      INFO(row.letter << " via " << encoding_name(encoding));
      const Result<std::string> bytes = encode_as(row.letter, encoding);
      if (encoding == Encoding::Tcvn3 && row.tcvn3.empty()) {
        REQUIRE_FALSE(bytes.is_ok());
        CHECK(bytes.status().message().find(row.letter) != std::string::npos);
        continue;
      }
      if (encoding == Encoding::Vps && row.vps.empty()) continue;  // shares its lower-case code (§2.5)
      REQUIRE(bytes.is_ok());
      CHECK(nfc(decode_as(*bytes, encoding)) == row.letter);
    }
  }
}

TEST_CASE("a whole sentence round-trips through every encoding", "[text][legacy]") {
  const std::string typographic = "Căn cứ Luật Tổ chức chính quyền địa phương; “Uỷ ban nhân dân” xã Đắk Lắk – 98,5%.";
  const std::string plain = "Căn cứ Luật Tổ chức chính quyền địa phương; \"Uỷ ban nhân dân\" xã Đắk Lắk - 98,5%.";
  struct Case {
    Encoding encoding;
    const std::string& sentence;
  };
  // VISCII spends all of 0x80-0xFF on letters, so it has no typographic quotes or dashes.
  for (const Case& c : {Case{Encoding::Tcvn3, typographic}, Case{Encoding::Vni, typographic},
                        Case{Encoding::Cp1258, typographic}, Case{Encoding::Utf8, typographic},
                        Case{Encoding::DoubleUtf8, typographic}, Case{Encoding::Viqr, typographic},
                        Case{Encoding::Viscii, plain}, Case{Encoding::Vps, plain}}) {
    INFO(encoding_name(c.encoding));
    const Result<std::string> bytes = encode_as(c.sentence, c.encoding);
    REQUIRE(bytes.is_ok());
    CHECK(nfc(decode_as(*bytes, c.encoding)) == c.sentence);
  }
  CHECK_FALSE(encode_as(typographic, Encoding::Viscii).is_ok());
}

TEST_CASE("TCVN3 keeps CP1252 punctuation in 0x80-0x9F - unlike glibc's VN1 table", "[text][legacy]") {
  CHECK(decode_as("\x93U\xfb ban\x94 \x96 \x85", Encoding::Tcvn3) == "“Uỷ ban” – …");
  CHECK(decode_as("\xa0", Encoding::Tcvn3) == "\u00A0");
}

TEST_CASE("VNI decoding details", "[text][legacy]") {
  struct Case {
    std::string cp1252_view;
    std::string expected;
  };
  const Case cases[] = {
      {"ngöôøi", "người"},       {"Thoâng tö", "Thông tư"},   {"Chiùnh phuû", "Chính phủ"},  // i + tone byte
      {"Ñieàu 1:", "Điều 1:"},   {"Vieät", "Việt"},           {"HOÄI ÑOÀNG", "HỘI ĐỒNG"},
      {"naêm", "năm"},           {"ñaëc", "đặc"},             {"kyõ", "kỹ"},
      {"quyø", "quỳ"},           {"tyû", "tỷ"},               {"Bù", "Bù"},  // a mark byte after a consonant
  };
  for (const Case& c : cases) {
    INFO(c.cp1252_view);
    const std::string bytes = to_cp1252_bytes(c.cp1252_view).value();
    CHECK(decode_as(bytes, Encoding::Vni) == c.expected);
  }
}

TEST_CASE("VIQR: escapes - sentence ends and dd", "[text][legacy]") {
  CHECK(decode_as("Vie^.t Nam", Encoding::Viqr) == "Việt Nam");
  CHECK(decode_as("ngu+o+`i", Encoding::Viqr) == "người");
  CHECK(decode_as("Bo^. Ta`i chi'nh", Encoding::Viqr) == "Bộ Tài chính");  // RFC 1456: a mark, always
  CHECK(decode_as("To^i ddi\\.", Encoding::Viqr) == "Tôi đi.");           // a full stop is escaped
  CHECK(decode_as("cu?a Bo^..", Encoding::Viqr) == "của Bộ.");
  CHECK(decode_as("Kho^ng?", Encoding::Viqr) == "Không?");
  CHECK(decode_as("ha?i", Encoding::Viqr) == "hải");
  CHECK(decode_as("add\\d", Encoding::Viqr) == "ađd");
  CHECK(encode_as("Hà Nội.", Encoding::Viqr).value() == "Ha` No^.i\\.");
  CHECK(encode_as("ca.", Encoding::Viqr).value() == "ca\\.");
  CHECK(decode_as(encode_as("đd", Encoding::Viqr).value(), Encoding::Viqr) == "đd");
}

TEST_CASE("encoding names and font names", "[text][legacy]") {
  for (Encoding encoding : {Encoding::Utf8, Encoding::DoubleUtf8, Encoding::Tcvn3, Encoding::Vni, Encoding::Viscii,
                            Encoding::Vps, Encoding::Cp1258, Encoding::Viqr, Encoding::Cp1252}) {
    CHECK(encoding_from_name(encoding_name(encoding)) == encoding);
  }
  CHECK(encoding_from_name("ABC") == Encoding::Tcvn3);
  CHECK(encoding_from_name("Windows-1258") == Encoding::Cp1258);
  CHECK_FALSE(encoding_from_name("klingon"));

  CHECK(encoding_for_font(".VnTime") == Encoding::Tcvn3);
  CHECK(encoding_for_font(".VnArialH") == Encoding::Tcvn3);
  CHECK(encoding_for_font("VNI-Times") == Encoding::Vni);
  CHECK(encoding_for_font("VPS Times") == Encoding::Vps);
  CHECK_FALSE(encoding_for_font("Times New Roman"));
  CHECK(is_uppercase_font(".VnTimeH"));
  CHECK(is_uppercase_font(".VnBahamasBH"));
  CHECK_FALSE(is_uppercase_font(".VnBahamasB"));
  CHECK_FALSE(is_uppercase_font("Arial"));
}

TEST_CASE("to_cp1252_bytes recovers the bytes of a legacy run and refuses real Unicode", "[text][legacy]") {
  CHECK(to_cp1252_bytes("Céng“\u0081") == std::string("C\xe9ng\x93\x81"));
  CHECK_FALSE(to_cp1252_bytes("Việt"));
}

// Fixtures: lines from real TCVN3 government files (RTF, 2001–2004) and from VNI re-encodings of them, each beside
// the hand-checked Unicode transcript of the same line. See data/README.md for their provenance.
void check_fixture(const char* stem, Encoding encoding) {
  const std::string raw_file = test::read_or_fail(test::test_data(std::string(stem) + ".bin"));
  const std::string expected_file = test::read_or_fail(test::test_data(std::string(stem) + ".txt"));
  const std::vector<std::string> raw = test::lines_of(raw_file);
  const std::vector<std::string> expected = test::lines_of(expected_file);
  REQUIRE(raw.size() == expected.size());
  REQUIRE(raw.size() > 100);

  // Told the encoding: every line exactly.
  for (std::size_t i = 0; i < raw.size(); ++i) {
    INFO(stem << " line " << i + 1 << ": " << expected[i]);
    CHECK(decode_text(raw[i], {.encoding = encoding}).text == expected[i]);
  }
  // Detected, as a whole file: every line, since short lines follow the document.
  const Decoded whole = decode_text(raw_file);
  CHECK(whole.encoding == encoding);
  CHECK(whole.text == expected_file);
  // Detected line by line with no document around it: a few short lines are honestly ambiguous ("SOÁ" is a
  // well-formed syllable in CP1252 view too), but nearly all must come out right.
  std::size_t right = 0;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (decode_text(raw[i]).text == expected[i]) ++right;
  }
  CHECK(right * 100 >= raw.size() * 97);
}

TEST_CASE("real TCVN3 lines decode to their transcripts - with and without detection", "[text][legacy]") {
  check_fixture("tcvn3_lines", Encoding::Tcvn3);
}

TEST_CASE("VNI lines decode to their transcripts - with and without detection", "[text][legacy]") {
  check_fixture("vni_lines", Encoding::Vni);
}

}  // namespace
}  // namespace vanthu::text
