// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <string>

#include "ingest/ingest.h"

using namespace vanthu;

namespace {

// A gazette page as the PDF text layer gives it: running header, page number, hard-wrapped lines, a stamp.
const char* kGazette =
    "CÔNG BÁO/Số 252/Ngày 27-04-2026 \n"
    "90\n \n"
    "Điều 1.  Phạm vi điều chỉnh \n"
    "Nghị định này quy định chi tiết việc thực hiện khoản 6 Điều 37 của Luật \n"
    "Ngân sách nhà nước số 89/2025/QH15 (Luật Ngân sách nhà nước) về chi của \n"
    "ngân sách trung ương để cho vay chính phủ nước ngoài. \n"
    "Điều 2.  Đối tượng áp dụng \n"
    "Nghị định này áp dụng với các cơ quan, tổ chức, cá nhân tham gia hoặc \n"
    "Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Cơ quan: VĂN PHÒNG CHÍNH PHỦ\n"
    "Ngày ký: 2026-04-24 17:05:16 +07:00\n"
    "\n"
    "CÔNG BÁO/Số 252/Ngày 27-04-2026 \n"
    "91\n"
    "có liên quan đến hoạt động sử dụng nguồn ngân sách trung ương để cho vay \n"
    "chính phủ nước ngoài.  \n"
    "1. Bên cho vay là Chính phủ Việt Nam được đại diện bởi Bộ Tài chính và các \n"
    "cơ quan liên quan theo quy định của pháp luật hiện hành về quản lý nợ công. \n"
    "2. Bên vay là Chính phủ nước nhận vốn vay có quan hệ hữu nghị truyền thống \n"
    "đặc biệt với Việt Nam được đại diện bởi cơ quan được ủy quyền ký kết.\n"
    "3. Thỏa thuận vay là các hiệp định, thỏa thuận vay ký kết giữa Bên cho vay \n"
    "với Bên vay và là điều ước quốc tế theo quy định của pháp luật Việt Nam.\n"
    "4. Đơn rút vốn là đề nghị rút vốn của Bên vay gửi Bên cho vay theo mẫu \n"
    "quy định tại Thỏa thuận vay bao gồm nội dung về trị giá đề nghị rút vốn.\n"
    "5. Giải ngân là việc Bên cho vay sau khi kiểm tra tính phù hợp của Đơn \n"
    "rút vốn cùng hồ sơ với các quy định của Thỏa thuận vay thực hiện chuyển vốn.\n"
    "6. Dư nợ là khoản tiền vay đã giải ngân nhưng chưa được hoàn trả hoặc chưa \n"
    "được xóa nợ tại một thời điểm nhất định theo quy định tại Thỏa thuận vay.\n";

}  // namespace

TEST_CASE("Gazette headers page numbers and stamps leave the text and are recorded", "[ingest]") {
  const auto read = ingest::read_bytes("gazette.txt", kGazette);
  REQUIRE(read.is_ok());
  const ingest::Extracted& extracted = read.value();
  REQUIRE(extracted.running_headers.size() == 1);
  CHECK(extracted.running_headers[0] == "CÔNG BÁO/Số 252/Ngày 27-04-2026");
  REQUIRE(extracted.stamps.size() == 1);
  CHECK(extracted.stamps[0].organization == "VĂN PHÒNG CHÍNH PHỦ");
  CHECK(extracted.stamps[0].time == "2026-04-24 17:05:16 +07:00");
  for (const ingest::Paragraph& paragraph : extracted.paragraphs) {
    CHECK(paragraph.text.find("CÔNG BÁO") == std::string::npos);
    CHECK(paragraph.text != "90");
    CHECK(paragraph.text != "91");
  }
}

TEST_CASE("Hard-wrapped lines are joined into paragraphs and units stay apart", "[ingest]") {
  const auto read = ingest::read_bytes("gazette.txt", kGazette);
  REQUIRE(read.is_ok());
  const auto& paragraphs = read->paragraphs;
  REQUIRE(paragraphs.size() >= 10);
  CHECK(paragraphs[0].text == "Điều 1. Phạm vi điều chỉnh");
  CHECK(paragraphs[1].text ==
        "Nghị định này quy định chi tiết việc thực hiện khoản 6 Điều 37 của Luật Ngân sách nhà nước số 89/2025/QH15 "
        "(Luật Ngân sách nhà nước) về chi của ngân sách trung ương để cho vay chính phủ nước ngoài.");
  CHECK(paragraphs[2].text == "Điều 2. Đối tượng áp dụng");
  // The sentence broken by a page turn, a header and a stamp is one paragraph again.
  CHECK(paragraphs[3].text.ends_with("tham gia hoặc có liên quan đến hoạt động sử dụng nguồn ngân sách trung ương để "
                                     "cho vay chính phủ nước ngoài."));
  CHECK(paragraphs[4].text.starts_with("1. Bên cho vay"));
  CHECK(paragraphs[4].text.ends_with("quản lý nợ công."));
}

TEST_CASE("Paragraph-per-line text is not re-joined", "[ingest]") {
  std::string text;
  // One paragraph per line, lengths as unequal as real paragraphs are.
  for (int i = 0; i < 30; ++i) {
    text += "Đoạn văn số " + std::to_string(i);
    for (int words = 0; words < (i * 7) % 45; ++words) text += " có nội dung";
    text += "\n";
  }
  const auto read = ingest::read_bytes("law.txt", text);
  REQUIRE(read.is_ok());
  CHECK(read->paragraphs.size() == 30);
}
