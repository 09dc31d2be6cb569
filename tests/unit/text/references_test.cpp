// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include "text/text.h"

namespace vanthu::text {
namespace {

std::string span(std::string_view text, const Reference& r) { return std::string(text.substr(r.begin, r.end - r.begin)); }

TEST_CASE("provision chains - smallest unit first", "[text][references]") {
  struct Case {
    const char* text;
    const char* point;
    const char* clause;
    const char* article;
    const char* section;
    const char* chapter;
    const char* part;
  };
  const Case cases[] = {
      {"theo điểm a khoản 2 Điều 5", "a", "2", "5", "", "", ""},
      {"tại điểm đ khoản 1 Điều 12a", "đ", "1", "12a", "", "", ""},
      {"quy định tại khoản 3a Điều 12", "", "3a", "12", "", "", ""},
      {"Điều 7", "", "", "7", "", "", ""},
      {"điểm a khoản 2 Điều 103 Mục 5 Chương XII Phần I", "a", "2", "103", "5", "XII", "I"},
      {"ĐIỂM B KHOẢN 4 ĐIỀU 9", "B", "4", "9", "", "", ""},
      {"diem a khoan 2 dieu 5", "a", "2", "5", "", "", ""},  // typed without marks
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const auto references = find_references(c.text);
    REQUIRE(references.size() == 1);
    const Reference& r = references[0];
    CHECK(r.point == c.point);
    CHECK(r.clause == c.clause);
    CHECK(r.article == c.article);
    CHECK(r.section == c.section);
    CHECK(r.chapter == c.chapter);
    CHECK(r.part == c.part);
    CHECK_FALSE(r.document);
  }
}

TEST_CASE("a provision of this document - and of this article", "[text][references]") {
  const auto self = find_references("được quy định tại khoản 2 Điều 5 của Luật này.");
  REQUIRE(self.size() == 1);
  CHECK(self[0].self);
  const auto here = find_references("trừ trường hợp quy định tại khoản 1 Điều này;");
  REQUIRE(here.size() == 1);
  CHECK(here[0].this_article);
  CHECK(here[0].article.empty());
  CHECK(here[0].clause == "1");
}

TEST_CASE("a full citation: type - number - date - issuer - subject", "[text][references]") {
  const std::string text =
      "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;";
  const auto references = find_references(text);
  REQUIRE(references.size() == 1);
  REQUIRE(references[0].document);
  const DocumentCitation& d = *references[0].document;
  CHECK(d.type == "Nghị định");
  REQUIRE(d.number);
  CHECK(d.number->text == "30/2020/NĐ-CP");
  REQUIRE(d.date);
  CHECK(to_iso(*d.date) == "2020-03-05");
  CHECK(d.issuer == "Chính phủ");
  CHECK(d.subject == "công tác văn thư");
  CHECK(span(text, references[0]) ==
        "Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư");
}

TEST_CASE("a provision in another document takes the citation", "[text][references]") {
  const std::string text = "theo quy định tại điểm b khoản 1 Điều 8 Nghị định số 158/2025/NĐ-CP ngày 25/6/2025;";
  const auto references = find_references(text);
  REQUIRE(references.size() == 1);
  CHECK(references[0].article == "8");
  REQUIRE(references[0].document);
  CHECK(references[0].document->number->text == "158/2025/NĐ-CP");
  CHECK(to_iso(*references[0].document->date) == "2025-06-25");
  CHECK(span(text, references[0]) == "điểm b khoản 1 Điều 8 Nghị định số 158/2025/NĐ-CP ngày 25/6/2025");
}

TEST_CASE("laws cited by name and date", "[text][references]") {
  const std::string text =
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n"
      "Căn cứ Bộ luật Dân sự 2015; Luật này có hiệu lực từ ngày 01 tháng 7 năm 2016.";
  const auto references = find_references(text);
  REQUIRE(references.size() == 2);
  REQUIRE(references[0].document);
  CHECK(references[0].document->type == "Luật");
  CHECK(references[0].document->name == "Tổ chức chính quyền địa phương");
  CHECK(to_iso(*references[0].document->date) == "2015-06-19");
  REQUIRE(references[1].document);
  CHECK(references[1].document->type == "Bộ luật");
  CHECK(references[1].document->name == "Dân sự");
  CHECK(to_iso(*references[1].document->date) == "2015");
}

TEST_CASE("the Constitution is cited by its year", "[text][references]") {
  const auto references = find_references("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; Hiến pháp năm 2013;");
  REQUIRE(references.size() == 1);
  CHECK(references[0].document->type == "Hiến pháp");
  CHECK(to_iso(*references[0].document->date) == "2013");
}

TEST_CASE("a law cited by name and number", "[text][references]") {
  const std::string text = "sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế số 25/2008/QH12 đã được sửa đổi";
  const auto references = find_references(text);
  REQUIRE(references.size() == 1);
  REQUIRE(references[0].document);
  CHECK(references[0].document->name == "Bảo hiểm y tế");
  REQUIRE(references[0].document->number);
  CHECK(references[0].document->number->text == "25/2008/QH12");
  CHECK(span(text, references[0]) == "Luật Bảo hiểm y tế số 25/2008/QH12");
}

TEST_CASE("article headings and annexes", "[text][references]") {
  CHECK(find_references("Điều 5. Phạm vi điều chỉnh").empty());  // a heading, not a reference
  const auto annex = find_references("theo mẫu tại Phụ lục II kèm theo Nghị định này");
  REQUIRE_FALSE(annex.empty());
  CHECK(annex[0].annex == "II");
}

}  // namespace
}  // namespace vanthu::text
