// SPDX-License-Identifier: Apache-2.0
//
// Encoding detection: the right reading wins, by a margin, for each encoding; mixed documents decode per line.
#include <catch2/catch.hpp>

#include "text/text.h"

namespace vanthu::text {
namespace {

const std::string kSentence =
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Theo đề nghị của Chánh Văn phòng Uỷ ban "
    "nhân dân xã, Ủy ban nhân dân xã quyết định ban hành quy chế dân chủ ở cơ sở.";

TEST_CASE("each encoding of a real sentence is detected with confidence", "[text][detect]") {
  for (Encoding encoding : {Encoding::Utf8, Encoding::DoubleUtf8, Encoding::Tcvn3, Encoding::Vni, Encoding::Viscii,
                            Encoding::Cp1258, Encoding::Viqr}) {
    INFO(encoding_name(encoding));
    std::string sentence = kSentence;
    if (encoding == Encoding::Tcvn3) sentence = place_tones(kSentence, ToneStyle::New);  // TCVN3: no capital Ủ
    const Result<std::string> bytes = encode_as(encoding == Encoding::Tcvn3 ? to_lower(sentence) : sentence, encoding);
    REQUIRE(bytes.is_ok());
    const Detection detection = detect_encoding(*bytes);
    CHECK(detection.encoding == encoding);
    CHECK(detection.confidence > 0.9);
    const Decoded decoded = decode_text(*bytes);
    CHECK(decoded.encoding == encoding);
    CHECK(decoded.text == (encoding == Encoding::Tcvn3 ? to_lower(sentence) : kSentence));
  }
}

TEST_CASE("plain ASCII is UTF-8 with nothing to decide", "[text][detect]") {
  const Detection detection = detect_encoding("Ban hanh quy che dan chu o co so.");
  CHECK(detection.encoding == Encoding::Utf8);
  CHECK(detection.confidence == 1.0);
}

TEST_CASE("Western European text stays CP1252", "[text][detect]") {
  const Decoded decoded = decode_text("Caf\xe9 au lait, cr\xe8me br\xfbl\xe9" "e");
  CHECK(decoded.encoding == Encoding::Cp1252);
  CHECK(decoded.text == "Café au lait, crème brûlée");
}

TEST_CASE("a short line has low confidence and follows its document", "[text][detect]") {
  // "S\xe8" is "Số" in TCVN3 and "Sè" in CP1252: both well-formed syllables, so one word cannot decide.
  CHECK(detect_encoding("S\xe8:").confidence < 0.5);
  const std::string body = encode_as("căn cứ luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", Encoding::Tcvn3).value();
  CHECK(decode_text(body + "\nS\xe8: 12\n").text == "căn cứ luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015\nSố: 12\n");
}

TEST_CASE("a mixed document decodes line by line", "[text][detect]") {
  // A TCVN3 header line above a VNI body, as in 2004-duanLD9820.doc of the legacy set.
  const std::string tcvn3 = encode_as("cộng hoà xã hội chủ nghĩa việt nam, độc lập - tự do - hạnh phúc", Encoding::Tcvn3).value();
  const std::string vni = encode_as("Điều 1. Phạm vi điều chỉnh của quy chế này là các hoạt động", Encoding::Vni).value();
  const std::string short_vni = encode_as("Số: 12", Encoding::Vni).value();
  const Decoded decoded = decode_text(tcvn3 + "\n" + vni + "\n" + short_vni + "\n" + vni + "\n");
  CHECK(decoded.text ==
        "cộng hoà xã hội chủ nghĩa việt nam, độc lập - tự do - hạnh phúc\n"
        "Điều 1. Phạm vi điều chỉnh của quy chế này là các hoạt động\nSố: 12\n"
        "Điều 1. Phạm vi điều chỉnh của quy chế này là các hoạt động\n");
  REQUIRE(decoded.spans.size() == 2);
  CHECK(decoded.spans[0].encoding == Encoding::Tcvn3);
  CHECK(decoded.spans[1].encoding == Encoding::Vni);
  CHECK(decoded.spans[1].end == decoded.text.size());
}

TEST_CASE("a font name breaks ties but does not override the bytes", "[text][detect]") {
  // Real Unicode in a run whose font says .VnTime (44% of such runs upstream): kept as Unicode.
  const Decoded unicode = decode_run("Cộng hoà", {.font_name = ".VnTime"});
  CHECK(unicode.encoding == Encoding::Utf8);
  CHECK(unicode.text == "Cộng hoà");
  // A Latin-1-looking Unicode run without a legacy font stays as it is.
  const Decoded plain = decode_run("Hà Nội ngày", {});
  CHECK(plain.text == "Hà Nội ngày");
  const Decoded ambiguous = decode_run("Các", {.font_name = "Times New Roman"});
  CHECK(ambiguous.text == "Các");
}

TEST_CASE("a user-given encoding skips detection", "[text][detect]") {
  const Decoded forced = decode_text("C\xe9ng", {.encoding = Encoding::Cp1252});
  CHECK(forced.text == "Céng");
  CHECK(forced.encoding == Encoding::Cp1252);
  CHECK(forced.confidence == 1.0);
}

TEST_CASE("invalid UTF-8 never crashes and is reported through the reading", "[text][detect]") {
  const Decoded decoded = decode_text("\xff\xfe\x00\x01garbage\x80\x81");
  CHECK(is_valid_utf8(decoded.text));
}

}  // namespace
}  // namespace vanthu::text
