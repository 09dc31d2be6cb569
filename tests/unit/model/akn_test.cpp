// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <string>

#include "model/model.h"

using namespace vanthu;
using model::Node;
using model::NodeKind;

namespace {

Node node(NodeKind kind, std::string num, std::string heading, std::string text, std::vector<Node> children = {}) {
  Node n;
  n.kind = kind;
  n.num = std::move(num);
  n.heading = std::move(heading);
  n.text = std::move(text);
  n.children = std::move(children);
  return n;
}

Node p(std::string text) { return node(NodeKind::Paragraph, "", "", std::move(text)); }

model::Document sample_decree() {
  model::Document d;
  d.meta.kind = model::DocumentKind::Act;
  d.meta.type = "Nghị định";
  d.meta.type_as_written = "NGHỊ ĐỊNH";
  d.meta.number = "158/2025/NĐ-CP";
  d.meta.issuer = "CHÍNH PHỦ";
  d.meta.place = "Hà Nội";
  d.meta.date = "2025-06-25";
  d.meta.date_as_written = "Hà Nội, ngày 25 tháng 6 năm 2025";
  d.meta.title = "Quy định chi tiết một số điều của Luật Bảo hiểm xã hội";
  d.meta.motto = {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"};
  d.meta.signers = {{"TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG", "Nguyễn Văn An"}};
  d.meta.source_name = "nd-158.txt";
  d.meta.stamps = {{"CÔNG BÁO", "VĂN PHÒNG CHÍNH PHỦ", "2025-06-30 10:00:00 +07:00"}};
  d.citations = {"Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;"};
  d.formula = {"Theo đề nghị của Bộ trưởng Bộ Nội vụ;", "Chính phủ ban hành Nghị định."};
  Node article5 = node(NodeKind::Article, "Điều 5a.", "Sửa đổi", "Điều 3 được sửa đổi như sau:",
                       {node(NodeKind::Quoted, "", "", "", {node(NodeKind::Article, "Điều 3.", "Đối tượng", "Text < & >")})});
  d.body = {node(NodeKind::Chapter, "Chương I", "QUY ĐỊNH CHUNG", "",
                 {node(NodeKind::Article, "Điều 1.", "Phạm vi điều chỉnh", "Nghị định này quy định …"),
                  node(NodeKind::Article, "Điều 2.", "Đối tượng", "Áp dụng với:",
                       {node(NodeKind::Clause, "1.", "", "Người lao động:",
                             {node(NodeKind::Point, "a)", "", "công dân;"), node(NodeKind::Point, "đ)", "", "khác.")}),
                        node(NodeKind::Clause, "2.", "", "Người sử dụng lao động."), p("Đoạn kết điều.")}),
                  article5})};
  Node table = node(NodeKind::Table, "", "", "");
  table.children = {node(NodeKind::Row, "", "", "", {node(NodeKind::Cell, "", "", "Mức"), node(NodeKind::Cell, "", "", "1")})};
  d.attachments = {{"Phụ lục I", "MẪU ĐƠN", {p("Nội dung phụ lục"), table}, ""}};
  d.recipients = {"- Ban Bí thư Trung ương Đảng;", "- Lưu: VT."};
  return d;
}

model::Document sample_minutes() {
  model::Document d;
  d.meta.kind = model::DocumentKind::Debate;
  d.meta.type = "Biên bản";
  d.meta.issuer = "ỦY BAN NHÂN DÂN XÃ AN BÌNH";
  d.meta.title = "Họp giao ban tuần";
  model::Minutes m;
  m.start = "08:00";
  m.end = "11:30";
  m.place = "Hội trường UBND xã";
  m.chair = "Nguyễn Văn An";
  m.secretary = "Trần Thị Bình";
  m.attendees = {{"Nguyễn Văn An", "Chủ tịch UBND xã", true, ""}, {"Lê Văn Cường", "Phó Chủ tịch", false, "đi công tác"}};
  m.votes = {{"Thông qua kế hoạch", 10, 1, 1, 12}, {"Không rõ số", std::nullopt, std::nullopt, std::nullopt, std::nullopt}};
  d.minutes = m;
  Node speech = node(NodeKind::Speech, "", "", "Đề nghị các ban ngành báo cáo.");
  speech.by = "Nguyễn Văn An";
  speech.role = "Chủ tịch UBND xã";
  d.body = {node(NodeKind::DebateSection, "1.", "Báo cáo tình hình", "", {p("Các ban báo cáo."), speech})};
  d.meta.signers = {{"", "THƯ KÝ", "Trần Thị Bình"}, {"", "CHỦ TRÌ", "Nguyễn Văn An"}};
  return d;
}

}  // namespace

TEST_CASE("A decree with chapters and quoted text and an appendix validates", "[model]") {
  const std::string xml = model::to_akn(sample_decree());
  const Status status = model::validate_akn(xml);
  INFO(status.to_string());
  INFO(xml);
  CHECK(status.is_ok());
  CHECK(xml.find("eId=\"art_5a\"") != std::string::npos);
  CHECK(xml.find("eId=\"art_2__para_1__point_đ\"") != std::string::npos);
  CHECK(xml.find("eId=\"chp_I\"") != std::string::npos);
  CHECK(xml.find("/akn/vn/act/nghi-dinh/2025-06-25/158-2025-nd-cp") != std::string::npos);
  CHECK(xml.find("Text &lt; &amp; &gt;") != std::string::npos);
}

TEST_CASE("Minutes with attendees and speeches and votes validate", "[model]") {
  const std::string xml = model::to_akn(sample_minutes());
  const Status status = model::validate_akn(xml);
  INFO(status.to_string());
  INFO(xml);
  CHECK(status.is_ok());
  CHECK(xml.find("<debate name=\"bien-ban\">") != std::string::npos);
  CHECK(xml.find("<voting") != std::string::npos);
}

TEST_CASE("An empty document still validates", "[model]") {
  for (const auto kind : {model::DocumentKind::Act, model::DocumentKind::Doc, model::DocumentKind::Statement,
                          model::DocumentKind::Debate}) {
    model::Document d;
    d.meta.kind = kind;
    const std::string xml = model::to_akn(d);
    const Status status = model::validate_akn(xml);
    INFO(status.to_string());
    CHECK(status.is_ok());
  }
}

TEST_CASE("Writing is deterministic and reading gives the same XML back", "[model]") {
  for (const model::Document& document : {sample_decree(), sample_minutes()}) {
    const std::string xml = model::to_akn(document);
    CHECK(model::to_akn(document) == xml);
    auto read = model::from_akn("sample.xml", xml);
    REQUIRE(read.is_ok());
    const std::string again = model::to_akn(read.value());
    if (again != xml) {
      (void)write_file_atomic("/tmp/rt_a.xml", xml);
      (void)write_file_atomic("/tmp/rt_b.xml", again);
    }
    CHECK(again == xml);
    const model::Counts before = model::count_structure(document), after = model::count_structure(read.value());
    CHECK(before.articles == after.articles);
    CHECK(before.points == after.points);
  }
}

TEST_CASE("Counts leave quoted amending text out", "[model]") {
  const model::Counts counts = model::count_structure(sample_decree());
  CHECK(counts.chapters == 1);
  CHECK(counts.articles == 3);
  CHECK(counts.clauses == 2);
  CHECK(counts.points == 2);
}

TEST_CASE("XML with entities is refused without expanding them", "[model]") {
  const std::string external =
      "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><akomaNtoso>&x;</akomaNtoso>";
  std::string laughs = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY l0 \"ha\">";
  for (int i = 1; i < 12; ++i) {
    laughs += "<!ENTITY l" + std::to_string(i) + " \"";
    for (int j = 0; j < 10; ++j) laughs += "&l" + std::to_string(i - 1) + ";";
    laughs += "\">";
  }
  laughs += "]><akomaNtoso>&l11;</akomaNtoso>";
  for (const std::string& xml : {external, laughs}) {
    const auto read = model::from_akn("evil.xml", xml);
    REQUIRE_FALSE(read.is_ok());
    CHECK(read.status().message().find("evil.xml") != std::string::npos);
    CHECK_FALSE(model::validate_akn(xml).is_ok());
  }
}

TEST_CASE("Invalid AKN is reported with a line number", "[model]") {
  const Status status = model::validate_akn(
      "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><oops/></act></akomaNtoso>");
  REQUIRE_FALSE(status.is_ok());
  CHECK(status.message().find("line 1") != std::string::npos);
}
