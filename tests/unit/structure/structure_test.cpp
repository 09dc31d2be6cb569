// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <string>
#include <utility>
#include <vector>

#include "ingest/ingest.h"
#include "model/model.h"
#include "structure/structure.h"
#include "support/structure_support.h"

using namespace vanthu;

namespace {

model::Document parse(const std::string& text) { return test::document_of(text); }

const model::Node* find_article(const std::vector<model::Node>& nodes, const std::string& num) {
  for (const model::Node& node : nodes) {
    if (node.kind == model::NodeKind::Article && node.num == num) return &node;
    if (node.kind == model::NodeKind::Quoted) continue;
    if (const model::Node* found = find_article(node.children, num)) return found;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("A decree header with flattened columns is read", "[structure]") {
  const model::Document doc = parse(
      "CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\n"
      "Số: 158/2025/NĐ-CP Hà Nội, ngày 25 tháng 6 năm 2025\n"
      "NGHỊ ĐỊNH\n"
      "Quy định chi tiết một số điều của Luật Bảo hiểm xã hội\n"
      "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;\n"
      "Theo đề nghị của Bộ trưởng Bộ Nội vụ;\n"
      "Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Bảo hiểm xã hội.\n"
      "Chương I\nQUY ĐỊNH CHUNG\n"
      "Điều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết.\n"
      "Điều 2. Đối tượng áp dụng\n1. Người lao động:\na) Công dân Việt Nam;\nđ) Người nước ngoài.\n"
      "Điều 2a. Điều được chèn\nNội dung.\n"
      "Chương II\nĐIỀU KHOẢN THI HÀNH\n"
      "Điều 3. Sửa đổi Nghị định số 12/2020/NĐ-CP\nĐiều 5 được sửa đổi như sau:\n"
      "“Điều 5. Đối tượng\n1. Nội dung mới.”.\n"
      "TM. CHÍNH PHỦ\nKT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG\nNguyễn Văn An\n"
      "Phụ lục I\nMẪU ĐƠN\nNội dung mẫu.\n");
  CHECK(doc.meta.type == "Nghị định");
  CHECK(doc.meta.kind == model::DocumentKind::Act);
  CHECK(doc.meta.number == "158/2025/NĐ-CP");
  CHECK(doc.meta.issuer == "CHÍNH PHỦ");
  CHECK(doc.meta.place == "Hà Nội");
  CHECK(doc.meta.date == "2025-06-25");
  CHECK(doc.meta.title == "Quy định chi tiết một số điều của Luật Bảo hiểm xã hội");
  CHECK(doc.meta.motto.size() == 2);
  CHECK(doc.citations.size() == 1);
  CHECK(doc.formula.size() == 2);
  const model::Counts counts = model::count_structure(doc);
  CHECK(counts.chapters == 2);
  CHECK(counts.articles == 4);  // the quoted "Điều 5." is not the decree's own
  CHECK(counts.points == 2);
  REQUIRE(find_article(doc.body, "Điều 2a.") != nullptr);
  const model::Node* amending = find_article(doc.body, "Điều 3.");
  REQUIRE(amending != nullptr);
  bool has_quoted = false;
  for (const model::Node& child : amending->children) has_quoted = has_quoted || child.kind == model::NodeKind::Quoted;
  CHECK(has_quoted);
  REQUIRE(doc.meta.signers.size() == 1);
  CHECK(doc.meta.signers[0].name == "Nguyễn Văn An");
  CHECK(doc.meta.signers[0].role == "PHÓ THỦ TƯỚNG");
  CHECK(doc.meta.signers[0].capacity == "TM. CHÍNH PHỦ KT. THỦ TƯỚNG");
  REQUIRE(doc.attachments.size() == 1);
  CHECK(doc.attachments[0].heading == "Phụ lục I");
  CHECK(model::validate_akn(model::to_akn(doc)).is_ok());
}

TEST_CASE("Unrecognised text stays in the document", "[structure]") {
  const model::Document doc = parse("Một dòng chữ bất kỳ\nDòng thứ hai không có cấu trúc\n");
  const std::string xml = model::to_akn(doc);
  CHECK(xml.find("Một dòng chữ bất kỳ") != std::string::npos);
  CHECK(xml.find("Dòng thứ hai không có cấu trúc") != std::string::npos);
  CHECK(model::validate_akn(xml).is_ok());
}

TEST_CASE("Minutes give time place people and votes", "[structure]") {
  const model::Document doc = parse(
      "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
      "An Bình, ngày 03 tháng 3 năm 2025\n"
      "BIÊN BẢN\nHọp giao ban tuần\n"
      "Thời gian: 08 giờ 00 phút, ngày 03 tháng 3 năm 2025.\n"
      "Địa điểm: Hội trường UBND xã An Bình.\n"
      "Thành phần tham dự:\n- Ông Nguyễn Văn An – Chủ tịch UBND xã;\n- Bà Trần Thị Bình – Công chức Văn phòng;\n"
      "Vắng: Ông Lê Văn Cường – Phó Chủ tịch (đi công tác).\n"
      "Chủ trì: Ông Nguyễn Văn An – Chủ tịch UBND xã.\n"
      "Thư ký: Bà Trần Thị Bình – Công chức Văn phòng.\n"
      "NỘI DUNG CUỘC HỌP\n"
      "1. Báo cáo tình hình tuần qua\n"
      "Ông Nguyễn Văn An – Chủ tịch UBND xã phát biểu: đề nghị các bộ phận báo cáo.\n"
      "2. Thông qua kế hoạch tháng 3\n"
      "Kết quả biểu quyết: tán thành 10/12, không tán thành 1, không biểu quyết 1.\n"
      "Cuộc họp kết thúc vào lúc 11 giờ 30 phút cùng ngày.\n"
      "THƯ KÝ\nTrần Thị Bình\nCHỦ TRÌ\nNguyễn Văn An\n");
  CHECK(doc.meta.type == "Biên bản");
  CHECK(doc.meta.kind == model::DocumentKind::Debate);
  REQUIRE(doc.minutes.has_value());
  const model::Minutes& minutes = *doc.minutes;
  CHECK(minutes.start == "08:00");
  CHECK(minutes.end == "11:30");
  CHECK(minutes.place == "Hội trường UBND xã An Bình");
  CHECK(minutes.chair == "Nguyễn Văn An");
  CHECK(minutes.secretary == "Trần Thị Bình");
  REQUIRE(minutes.attendees.size() == 3);
  CHECK_FALSE(minutes.attendees[2].present);
  CHECK(minutes.attendees[2].note == "đi công tác");
  REQUIRE(minutes.votes.size() == 1);
  CHECK(minutes.votes[0].in_favour == 10);
  CHECK(minutes.votes[0].against == 1);
  CHECK(minutes.votes[0].abstain == 1);
  CHECK(minutes.votes[0].total == 12);
  CHECK(doc.meta.signers.size() == 2);
  const Status valid = model::validate_akn(model::to_akn(doc));
  INFO(valid.to_string());
  CHECK(valid.is_ok());
}

TEST_CASE("A law names itself on one line and the Assembly's session is not part of its name", "[structure]") {
  // Headers of laws in ../shared/data/vn-laws-fulltext (Luật Bưu chính 2010, Luật Tiêu chuẩn và quy chuẩn kỹ thuật).
  const auto one_line = parse("QUỐC   HỘI   -------\n"
                              "CỘNG   HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM   Độc lập – Tự do – Hạnh phúc   ---------\n"
                              "Luật   số: 49/2010/QH12\nHà   Nội, ngày 17 tháng 6 năm 2010\n \nLUẬT BƯU CHÍNH\n"
                              "Căn cứ Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam năm 1992;\n"
                              "Điều 1. Phạm vi điều chỉnh\nLuật này quy định về hoạt động bưu chính.\n");
  CHECK(one_line.meta.issuer == "QUỐC HỘI");
  CHECK(one_line.meta.type == "Luật");
  CHECK(one_line.meta.title == "BƯU CHÍNH");
  const auto session = parse("QUỐC   HỘI\n--------\nCỘNG   HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM   Độc lập - Tự do - Hạnh phúc\n"
                             "---------------\nSố:   68/2006/QH11 \nHà   Nội, ngày 29 tháng 06 năm 2006 \n \n"
                             "QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM KHOÁ XI, KỲ HỌP THỨ 9\n"
                             "(Từ ngày 16 tháng 5 đến ngày 29 tháng 6 năm 2006)\nLUẬT\nTIÊU CHUẨN VÀ QUY CHUẨN KỸ THUẬT\n"
                             "Điều 1. Phạm vi điều chỉnh\nLuật này quy định.\n");
  CHECK(session.meta.issuer == "QUỐC HỘI");
  CHECK(session.meta.number == "68/2006/QH11");
  CHECK(session.meta.title == "TIÊU CHUẨN VÀ QUY CHUẨN KỸ THUẬT");
  // "LUẬT SỐ …" cites a law; it is no type line.
  const auto citation = parse("SẮC LỆNH\nLUẬT SỐ 102-SL/L-004 NGÀY 20-5-1957 QUY ĐỊNH QUYỀN LẬP HỘI\n"
                              "CHỦ TỊCH NƯỚC VIỆT NAM DÂN CHỦ CỘNG HOÀ\nLUẬT\nQUY ĐỊNH QUYỀN LẬP HỘI\n"
                              "Điều 1.\nQuyền lập hội của nhân dân được tôn trọng.\n");
  CHECK(citation.meta.title == "QUY ĐỊNH QUYỀN LẬP HỘI");
}

TEST_CASE("A rule pasted on the issuer's line is not part of its name", "[structure]") {
  // The first lines of laws and circulars as ../shared/data has them: rules of dashes, asterisks and em dashes typed
  // after the name, and the National Assembly's full name ("… NƯỚC CỘNG HÒA …") in the header.
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"QUỐC HỘI   --------\n", "QUỐC HỘI"},
      {"QUỐC   HỘI   ********\n", "QUỐC HỘI"},
      {"BỘ TÀI CHÍNH ——— ————————————\n", "BỘ TÀI CHÍNH"},
      {"QUỐC HỘI   --------\nQUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n", "QUỐC HỘI"},
      {"TỔ 7 -\n", "TỔ 7 -"},
  };
  for (const auto& [header, issuer] : cases) {
    const auto doc = parse(header +
                           "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM   Độc lập - Tự do - Hạnh phúc    ---------------\n"
                           "Luật số:   35/2013/QH13\nHà Nội, ngày 20 tháng 6 năm 2013\nLUẬT\nHÒA GIẢI Ở CƠ SỞ\n"
                           "Điều 1. Phạm vi điều chỉnh\nLuật này quy định.\n");
    INFO(header);
    CHECK(doc.meta.issuer == issuer);
    CHECK(doc.meta.number == "35/2013/QH13");
  }
}
