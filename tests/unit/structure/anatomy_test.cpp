// SPDX-License-Identifier: Apache-2.0
//
// The anatomy parser on small documents written the ways the gazette, the laws and old Word files write them: one
// case per rule, each named after what it protects.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "model/model.h"
#include "structure/structure.h"
#include "support/structure_support.h"

using namespace vanthu;

namespace {

model::Document parse(const std::string& text) { return test::document_of(text); }

void collect(const std::vector<model::Node>& nodes, model::NodeKind kind, std::vector<const model::Node*>& out) {
  for (const model::Node& node : nodes) {
    if (node.kind == kind) out.push_back(&node);
    if (node.kind != model::NodeKind::Quoted) collect(node.children, kind, out);
  }
}

std::vector<std::string> nums(const model::Document& document, model::NodeKind kind) {
  std::vector<const model::Node*> found;
  collect(document.body, kind, found);
  std::vector<std::string> out;
  for (const model::Node* node : found) out.push_back(node->num);
  return out;
}

const char* kDecreeHeader =
    "CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 10/2025/NĐ-CP\n"
    "Hà Nội, ngày 02 tháng 01 năm 2025\nNGHỊ ĐỊNH\nQuy định thử nghiệm\nCăn cứ Luật Tổ chức Chính phủ;\n";

}  // namespace

TEST_CASE("Parts chapters sections subsections and articles nest", "[structure]") {
  const model::Document doc = parse(std::string(kDecreeHeader) +
                                    "Phần thứ nhất\nNHỮNG QUY ĐỊNH CHUNG\nChương I\nPHẠM VI\nMục 1\nQUY ĐỊNH A\n"
                                    "Tiểu mục 1\nQUY ĐỊNH B\nĐiều 1. Phạm vi\nNội dung.\nĐiều 2. Đối tượng\nNội dung.\n");
  const model::Counts counts = model::count_structure(doc);
  CHECK(counts.parts == 1);
  CHECK(counts.chapters == 1);
  CHECK(counts.sections == 1);
  CHECK(counts.articles == 2);
  REQUIRE(doc.body.size() == 1);
  CHECK(doc.body[0].kind == model::NodeKind::Part);
  CHECK(doc.body[0].heading == "NHỮNG QUY ĐỊNH CHUNG");
}

TEST_CASE("Clauses points indents and the letter đ", "[structure]") {
  const model::Document doc = parse(std::string(kDecreeHeader) +
                                    "Điều 1. Đối tượng\n1. Gồm:\na) Cơ quan;\nb) Tổ chức;\nc) Cá nhân;\nd) Hộ;\n"
                                    "đ) Khác:\n- gạch một;\n- gạch hai.\n2. Khoản hai.\n");
  CHECK(nums(doc, model::NodeKind::Point) == std::vector<std::string>{"a)", "b)", "c)", "d)", "đ)"});
  CHECK(nums(doc, model::NodeKind::Clause) == std::vector<std::string>{"1.", "2."});
  CHECK(nums(doc, model::NodeKind::Indent).size() == 2);
  const std::string xml = model::to_akn(doc);
  CHECK(xml.find("eId=\"art_1__para_1__point_đ__indent_2\"") != std::string::npos);
}

TEST_CASE("Cross references at a line start are not articles", "[structure]") {
  // Hard wraps put "Điều 17 …" and "Điều 24; …" at line starts; only real headings count.
  const model::Document doc = parse(std::string(kDecreeHeader) +
                                    "Điều 1. Phạm vi\nThực hiện theo quy định tại\nĐiều 17 của Luật này.\n"
                                    "Điều 2. Đối tượng\nÁp dụng như\nĐiều 24; Điều 25 Nghị định này.\n"
                                    "Điều 3. Hiệu lực\nNghị định có hiệu lực.\n");
  CHECK(nums(doc, model::NodeKind::Article) == std::vector<std::string>{"Điều 1.", "Điều 2.", "Điều 3."});
}

TEST_CASE("Inserted articles and repealed ones keep their numbers", "[structure]") {
  const model::Document doc = parse(std::string(kDecreeHeader) +
                                    "Điều 1. Một\nA.\nĐiều 2. Hai\nB.\nĐiều 2a. Hai a\nC.\nĐiều 3. (được bãi bỏ)\n"
                                    "Điều 5. Năm\nD.\n");
  CHECK(nums(doc, model::NodeKind::Article) ==
        std::vector<std::string>{"Điều 1.", "Điều 2.", "Điều 2a.", "Điều 3.", "Điều 5."});
}

TEST_CASE("Letter headings are not Roman numerals", "[structure]") {
  const model::Document doc = parse(std::string(kDecreeHeader) +
                                    "Điều 1. Nhóm\nA. Nhóm một\nB. Nhóm hai\nC. Nhóm ba\nĐiều 2. Tiếp\nNội dung.\n");
  CHECK(nums(doc, model::NodeKind::Article).size() == 2);
  CHECK(nums(doc, model::NodeKind::Section).empty());
}

TEST_CASE("A number written after the type name is read", "[structure]") {
  const model::Document doc = parse(
      "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nNghị quyết số: 78/2025/UBTVQH15\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
      "Độc lập - Tự do - Hạnh phúc\nNGHỊ QUYẾT\nVề việc ghi nhận thời gian\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n"
      "Căn cứ Hiến pháp;\nQUYẾT NGHỊ:\nĐiều 1. Phạm vi\nNội dung.\n");
  CHECK(doc.meta.number == "78/2025/UBTVQH15");
  CHECK(doc.meta.issuer == "ỦY BAN THƯỜNG VỤ QUỐC HỘI");
  CHECK(doc.meta.title == "Về việc ghi nhận thời gian");  // the capital authority line is not more title
  CHECK(doc.meta.kind == model::DocumentKind::Act);
}

TEST_CASE("Old one-line headers give type number date and title", "[structure]") {
  const model::Document doc = parse(
      "Chính phủ\nNghị định của Chính phủ số 114/2003/NĐ-CP\nngày 10/10/2003 về cán bộ, công chức xã.\n"
      "Căn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\nNghị Định:\nĐiều 1. Phạm vi\nNội dung.\n");
  CHECK(doc.meta.type == "Nghị định");
  CHECK(doc.meta.number == "114/2003/NĐ-CP");
  CHECK(doc.meta.date == "2003-10-10");
  CHECK(doc.meta.title == "về cán bộ, công chức xã.");
}

TEST_CASE("A consolidated text takes its facts from the authentication block", "[structure]") {
  const model::Document doc = parse(
      "VĂN BẢN HỢP NHẤT -\nBỘ TÀI CHÍNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
      "THÔNG TƯ1\nHướng dẫn thử nghiệm\nThông tư số 12/2020/TT-BTC ngày 01 tháng 3 năm 2020 của Bộ trưởng, được sửa "
      "đổi bởi:\nCăn cứ Luật Ngân sách;\nĐiều 1. Phạm vi\nNội dung./.\nBỘ TÀI CHÍNH\nSố: 09/VBHN-BTC\n"
      "XÁC THỰC VĂN BẢN HỢP NHẤT\nHà Nội, ngày 17 tháng 4 năm 2026\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nNguyễn Đức Chi\n");
  CHECK(doc.meta.type == "Văn bản hợp nhất");
  CHECK(doc.meta.number == "09/VBHN-BTC");
  CHECK(doc.meta.issuer == "BỘ TÀI CHÍNH");
  CHECK(doc.meta.place == "Hà Nội");
  CHECK(doc.meta.date == "2026-04-17");
  CHECK(doc.meta.title == "Hướng dẫn thử nghiệm");
  REQUIRE(doc.meta.signers.size() == 1);
  CHECK(doc.meta.signers[0].name == "Nguyễn Đức Chi");
}

TEST_CASE("Nơi nhận of a blank form inside the body does not end the body", "[structure]") {
  const model::Document doc = parse(std::string(kDecreeHeader) +
                                    "Điều 1. Mẫu\nMẫu văn bản như sau:\nCÔNG TY ...\nNơi nhận:\n- Như trên;\nGIÁM ĐỐC\n"
                                    "(Ký, ghi rõ họ tên)\nĐiều 2. Hiệu lực\nNội dung.\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\n"
                                    "Phạm Minh Chính\n");
  CHECK(nums(doc, model::NodeKind::Article) == std::vector<std::string>{"Điều 1.", "Điều 2."});
  REQUIRE(doc.meta.signers.size() == 1);
  CHECK(doc.meta.signers[0].name == "Phạm Minh Chính");
}

TEST_CASE("Joint signatures in a table get their names from the row below", "[structure]") {
  const model::Document doc = parse(std::string(kDecreeHeader) +
                                    "Điều 1. Phạm vi\nNội dung.\n"
                                    "KT. CHÁNH ÁN\tKT. VIỆN TRƯỞNG\nTÒA ÁN NHÂN DÂN TỐI CAO\tVIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\n"
                                    "PHÓ CHÁNH ÁN\tPHÓ VIỆN TRƯỞNG\n\nNguyễn Trí Tuệ\tNguyễn Duy Giảng\n");
  REQUIRE(doc.meta.signers.size() == 2);
  CHECK(doc.meta.signers[0].name == "Nguyễn Trí Tuệ");
  CHECK(doc.meta.signers[0].capacity == "KT. CHÁNH ÁN TÒA ÁN NHÂN DÂN TỐI CAO");
  CHECK(doc.meta.signers[0].role == "PHÓ CHÁNH ÁN");
  CHECK(doc.meta.signers[1].name == "Nguyễn Duy Giảng");
}

TEST_CASE("A rank before a signer's name is not part of the name", "[structure]") {
  const model::Document doc = parse(std::string(kDecreeHeader) +
                                    "Điều 1. Phạm vi\nNội dung.\nBỘ TRƯỞNG\nĐại tướng Lương Tam Quang\n");
  REQUIRE(doc.meta.signers.size() == 1);
  CHECK(doc.meta.signers[0].name == "Lương Tam Quang");
}

TEST_CASE("Gazette footnotes leave the flow for meta notes", "[structure]") {
  std::string text = "CÔNG BÁO/Số 1/Ngày 01-01-2026\n1\n" + std::string(kDecreeHeader) +
                     "Điều 1. Quản lý lao động2\nNội dung điều một.\n";
  text += "1 Thông tư số 12/2024/TT-BLĐTBXH sửa đổi có căn cứ như sau:\n“Căn cứ Nghị định số 62/2022/NĐ-CP\n";
  text += "CÔNG BÁO/Số 1/Ngày 01-01-2026\n2\nĐiều 2. Hiệu lực\nNội dung.\n";
  text += "2 Điều này được sửa đổi theo khoản 1 Điều 3.\nCÔNG BÁO/Số 1/Ngày 01-01-2026\n3\n";
  const model::Document doc = parse(text);
  CHECK(nums(doc, model::NodeKind::Article) == std::vector<std::string>{"Điều 1.", "Điều 2."});
  REQUIRE(doc.notes.size() == 2);
  CHECK(doc.notes[0].starts_with("1 Thông tư số 12/2024"));
  CHECK(model::validate_akn(model::to_akn(doc)).is_ok());
}
