// SPDX-License-Identifier: Apache-2.0
//
// Minutes (biên bản): the meeting facts read from the ways clerks write them, on small texts per rule and on every
// minutes of corpus/minutes (with its .docx/.html twins, which must give the same facts).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "base/base.h"
#include "ingest/ingest.h"
#include "model/model.h"
#include "structure/lines.h"
#include "structure/parse.h"
#include "structure/structure.h"

using namespace vanthu;

namespace {

const std::filesystem::path kMinutesDir = std::filesystem::path(VANTHU_SOURCE_DIR) / "corpus" / "minutes";

// A minutes text: a header that makes it a Biên bản, then body.
model::Document minutes_of(const std::string& body) {
  const std::string text = "ỦY BAN NHÂN DÂN XÃ AN BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                           "Độc lập - Tự do - Hạnh phúc\nAn Bình, ngày 03 tháng 3 năm 2025\n"
                           "BIÊN BẢN\nHọp giao ban tuần\n" + body;
  const auto read = ingest::read_bytes("minutes.txt", text);
  REQUIRE(read.is_ok());
  model::Document document = structure::build(read.value());
  REQUIRE(document.minutes.has_value());
  return document;
}

// What `vanthu inspect --json` reports as attendee_count: the stated count, or the people named present.
int attendee_count(const model::Minutes& minutes) {
  int named = 0;
  for (const model::Attendee& attendee : minutes.attendees) named += attendee.present;
  return std::max(named, minutes.present_count.value_or(0));
}

const model::Node* find_node(const std::vector<model::Node>& nodes, model::NodeKind kind) {
  for (const model::Node& node : nodes) {
    if (node.kind == kind) return &node;
    if (const model::Node* found = find_node(node.children, kind)) return found;
  }
  return nullptr;
}

std::vector<const model::Node*> all_nodes(const std::vector<model::Node>& nodes, model::NodeKind kind) {
  std::vector<const model::Node*> found;
  for (const model::Node& node : nodes) {
    if (node.kind == kind) found.push_back(&node);
    for (const model::Node* inner : all_nodes(node.children, kind)) found.push_back(inner);
  }
  return found;
}

std::string show(const std::optional<int>& value) { return value ? std::to_string(*value) : "null"; }

}  // namespace

// ---------------------------------------------------------------------------------------------------------------
// Plain text: tabs are columns

TEST_CASE("Tab separated lines of a text file become a table", "[structure][minutes][ingest]") {
  const auto read = ingest::read_bytes("x.txt", "Tiêu đề\nA\tB\nC\t\t\tD\n\tThụt đầu dòng\nE\tF\tG\nDòng thường\n");
  REQUIRE(read.is_ok());
  struct Expected {
    const char* text;
    int table, row, cell;
  };
  const std::vector<Expected> expected = {
      {"Tiêu đề", -1, -1, -1}, {"A", 0, 0, 0}, {"B", 0, 0, 1}, {"C", 0, 1, 0}, {"D", 0, 1, 1},
      // Inside a table a line that starts with a TAB holds the right column only, and the table goes on.
      {"Thụt đầu dòng", 0, 2, 1}, {"E", 0, 3, 0}, {"F", 0, 3, 1}, {"G", 0, 3, 2}, {"Dòng thường", -1, -1, -1}};
  const std::vector<ingest::Paragraph>& paragraphs = read->paragraphs;
  REQUIRE(paragraphs.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    INFO(expected[i].text);
    CHECK(paragraphs[i].text == expected[i].text);
    CHECK(paragraphs[i].table == expected[i].table);
    CHECK(paragraphs[i].row == expected[i].row);
    CHECK(paragraphs[i].cell == expected[i].cell);
  }
}

TEST_CASE("Leading and trailing tabs are indentation not columns", "[structure][minutes][ingest]") {
  const auto read = ingest::read_bytes("x.txt", "\t\tCăn cứ Luật  Tổ chức\t\nCHỦ TỊCH UBND XÃ\t\n\t\n");
  REQUIRE(read.is_ok());
  REQUIRE(read->paragraphs.size() == 2);
  CHECK(read->paragraphs[0].text == "Căn cứ Luật Tổ chức");
  CHECK(read->paragraphs[0].table == -1);
  CHECK(read->paragraphs[1].text == "CHỦ TỊCH UBND XÃ");
  CHECK(read->paragraphs[1].table == -1);
}

// ---------------------------------------------------------------------------------------------------------------
// Labels: time, place, chair, secretary

TEST_CASE("Minutes labels are read with or without numbering", "[structure][minutes]") {
  struct Case {
    const char* body;
    const char* start;
    const char* place;
    const char* chair;
    const char* secretary;
  };
  const std::vector<Case> cases = {
      {"1. Thời gian: Kỳ họp bắt đầu lúc 07 giờ 30 phút, ngày 20 tháng 12 năm 2024.\n"
       "2. Địa điểm: Hội trường Ủy ban nhân dân xã Phú Lâm, huyện Yên Thạch.\n"
       "3. Chủ trì: Ông Trần Văn Nam, Chủ tịch UBND xã.\n4. Thư ký: Bà Lê Thị Hoa, công chức Văn phòng.\n",
       "07:30", "Hội trường Ủy ban nhân dân xã Phú Lâm, huyện Yên Thạch", "Trần Văn Nam", "Lê Thị Hoa"},
      {"Thời gian : 8h30 ngày 21/9/2024 ( thứ bảy)\nĐịa điểm: Phòng học lớp 5A\n"
       "Chủ trì (chủ toạ): Ông Khổng Minh Đức, Chủ tịch Hội đồng trường.\n"
       "Thư ký (người ghi biên bản): Bà Lã Thị Ngọc Bích, Thư ký Hội đồng trường.\n",
       "08:30", "Phòng học lớp 5A", "Khổng Minh Đức", "Lã Thị Ngọc Bích"},
      {"Thời gian bắt đầu: 15 giờ 00 phút.\n- Chủ trì: đồng chí Bùi Văn Sơn, Bí thư chi bộ.\n"
       "- Thư ký: Đ/c Đỗ Thị Hạnh, Chi ủy viên.\n",
       "15:00", "", "Bùi Văn Sơn", "Đỗ Thị Hạnh"},
      {"I. THỜI GIAN, ĐỊA ĐIỂM\nHội nghị bắt đầu lúc 08 giờ 00 phút, thứ Tư, tại Hội trường UBND xã Đồng Tâm.\n"
       "II. CHỦ TỌA, THƯ KÝ KỲ HỌP\n1. Chủ tọa kỳ họp:\n- Ông Nguyễn Hữu Phước, Bí thư Đảng ủy;\n"
       "- Bà Lê Thị Hồng Vân, Phó Chủ tịch HĐND xã.\n2. Thư ký kỳ họp: Bà Phạm Thị Lan Anh, đại biểu HĐND xã.\n",
       "08:00", "Hội trường UBND xã Đồng Tâm", "Nguyễn Hữu Phước", "Phạm Thị Lan Anh"},
      {"4. Chủ trì hội nghị: Ông Triệu Văn Bằng, Chủ tịch UBND xã và ông Hà Văn Lợi, Chủ tịch Công đoàn.\n"
       "Người ghi biên bản: Ông Ông Văn Tường, thành viên.\n",
       "", "", "Triệu Văn Bằng", "Ông Văn Tường"},
      {"Vào hồi 14h00 ngày 05/3/2025.\nChủ trì cuộc họp: Ông Y Moan Ênuôl, Trưởng thôn.\n"
       "Thư ký ghi biên bản: Bà H'Hen Niê, Thôn phó.\n",
       "14:00", "", "Y Moan Ênuôl", "H'Hen Niê"},
      // Sentences that start like labels are not labels.
      {"Thời gian tổ chức Đại hội: 08 giờ 00 phút.\nChủ tọa kết luận: HĐQT thông qua các nội dung 1, 2 và 4.\n"
       "Thư ký công ty dự thảo nghị quyết: trình Chủ tịch ký.\n",
       "", "", "", ""},
  };
  for (const Case& c : cases) {
    INFO(c.body);
    const model::Document document = minutes_of(c.body);
    const model::Minutes& minutes = *document.minutes;
    CHECK(minutes.start == c.start);
    CHECK(minutes.place == c.place);
    CHECK(minutes.chair == c.chair);
    CHECK(minutes.secretary == c.secretary);
  }
}

TEST_CASE("The end of the meeting is the time after ket thuc", "[structure][minutes]") {
  struct Case {
    const char* line;
    const char* end;
  };
  const std::vector<Case> cases = {
      {"Kỳ họp kết thúc vào lúc 11 giờ 15 phút cùng ngày./.", "11:15"},
      {"Buổi làm việc kết thúc vào hồi 10 giờ 20 phút cùng ngày.", "10:20"},
      {"Cuộc họp kết thúc lúc 10h15 cùng ngày.", "10:15"},
      {"Buổi sinh hoạt kết thúc vào hồi 21 giờ 40 phút cùng ngày.", "21:40"},
      {"Gửi báo cáo trước 17 giờ 00 phút ngày 11/11/2024.", ""},
      {"Đợt kiểm tra kết thúc trước ngày 30/6/2025.", ""},
      {"Hội nghị kết thúc cùng ngày lúc 16 giờ 30 phút.", "16:30"},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    const model::Document document = minutes_of(std::string("NỘI DUNG CUỘC HỌP\n1. Báo cáo\n") + c.line + "\n");
    CHECK(document.minutes->end == c.end);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Attendees

TEST_CASE("Attendee groups give stated counts and absent people", "[structure][minutes]") {
  struct Case {
    const char* body;
    std::optional<int> present_count;
    std::vector<std::string> present;
    std::vector<std::string> absent;  // "name|note"
  };
  const std::vector<Case> cases = {
      {"II. THÀNH PHẦN THAM DỰ\n"
       "1. Đại biểu HĐND xã: tổng số 25 đại biểu; có mặt 23 đại biểu; vắng 02 đại biểu (có lý do):\n"
       "- Ông Đinh Văn Quý, đại biểu đơn vị bầu cử số 2 (đang điều trị);\n"
       "- Bà Hà Thị Ngọc, đại biểu đơn vị bầu cử số 4 (đi học).\n"
       "2. Đại biểu khách mời:\n- Ông Lương Văn Thắng, Phó Chủ tịch HĐND huyện;\n"
       "- Đại diện lãnh đạo Đảng ủy, Ủy ban Mặt trận Tổ quốc Việt Nam xã;\n- Cử tri đại diện các thôn: 12 người.\n"
       "III. CHỦ TỌA, THƯ KÝ KỲ HỌP\n",
       23, {"Lương Văn Thắng"}, {"Đinh Văn Quý|đang điều trị", "Hà Thị Ngọc|đi học"}},
      {"I. THÀNH PHẦN\n- Số đảng viên phải dự sinh hoạt: 27 đồng chí; có mặt: 25 đồng chí; vắng: 02 đồng chí (có lý do):\n"
       "  + Đồng chí Lê Văn Hòa (đi làm ăn xa);\n  + Đồng chí Nguyễn Thị Sen (ốm).\n"
       "- Dự sinh hoạt với chi bộ: đồng chí Trần Thị Bích Ngọc, Đảng ủy viên.\n- Chủ trì: đồng chí Bùi Văn Sơn.\n",
       25, {"Trần Thị Bích Ngọc"}, {"Lê Văn Hòa|đi làm ăn xa", "Nguyễn Thị Sen|ốm"}},
      {"3. Thành phần tham dự:\n- Ủy viên BCH: tổng số 09 đồng chí; có mặt 08 đồng chí; vắng 01 đồng chí: đồng chí Đàm Thị "
       "Nga, Ủy viên BCH (trực cấp cứu, có lý do).\n- Mời dự: đồng chí Hầu Văn Chính, Giám đốc; đồng chí Mông Thị Lan, "
       "Chủ nhiệm; các đồng chí Tổ trưởng 12 tổ công đoàn.\n4. Chủ trì: đồng chí Ma Văn Thuận.\n",
       8, {"Hầu Văn Chính", "Mông Thị Lan"}, {"Đàm Thị Nga|trực cấp cứu, có lý do"}},
      {"Thành phần tham dự:\n- Ông Phạm Quang Vinh, Chủ tịch UBND huyện;\n"
       "- Lãnh đạo các cơ quan, đơn vị: Phòng Tài chính - Kế hoạch; Phòng Nội vụ; Công an huyện.\n"
       "Vắng: Ông Hà Minh Khôi, Phó Chủ tịch UBND huyện (dự hội nghị tại tỉnh); bà Mạc Thị Loan, Trưởng phòng Y tế "
       "(nghỉ ốm).\nChủ trì: Ông Phạm Quang Vinh.\n",
       std::nullopt, {"Phạm Quang Vinh"}, {"Hà Minh Khôi|dự hội nghị tại tỉnh", "Mạc Thị Loan|nghỉ ốm"}},
      {"Thành phần tham dự: Tổng số thành viên: 11; có mặt: 10; vắng: 01 (ông Dương Văn Lộc, Phó Chủ tịch UBND thị "
       "trấn, vắng vì dự họp tại huyện).\nMời dự: Ông Ông Văn Tường, Trưởng ban đại diện cha mẹ học sinh.\n"
       "Chủ trì: Ông Khổng Minh Đức.\n",
       10, {"Ông Văn Tường"}, {"Dương Văn Lộc|vắng vì dự họp tại huyện"}},
      // A list no heading closes ends at the first speech.
      {"Thành phần tham dự:\n- Ông Lê Văn Bình, Trưởng thôn;\n- Bà Ngô Thị Mai, Chi hội trưởng phụ nữ.\n"
       "Ông Lê Văn Bình, Trưởng thôn phát biểu: đề nghị các hộ đóng góp.\n- Ông Trần Văn Cả, hộ số 5: Nhất trí.\n",
       std::nullopt, {"Lê Văn Bình", "Ngô Thị Mai"}, {}},
      // Counts of several groups add up.
      {"II. THÀNH PHẦN THAM DỰ\n1. Cán bộ xã: tổng số 12 người; có mặt 10 người.\n"
       "2. Đại diện thôn: có mặt: 05 người.\nIII. NỘI DUNG\n",
       15, {}, {}},
  };
  for (const Case& c : cases) {
    INFO(c.body);
    const model::Minutes minutes = *minutes_of(c.body).minutes;
    CHECK(show(minutes.present_count) == show(c.present_count));
    std::vector<std::string> present, absent;
    for (const model::Attendee& attendee : minutes.attendees) {
      if (attendee.present) present.push_back(attendee.name);
      else absent.push_back(attendee.name + "|" + attendee.note);
    }
    CHECK(present == c.present);
    CHECK(absent == c.absent);
  }
}

TEST_CASE("An attendee table gives names roles and the way they attend", "[structure][minutes]") {
  const model::Document document = minutes_of(
      "II. THÀNH PHẦN THAM DỰ\n1. Thành viên HĐQT: 05/05 thành viên tham dự, cụ thể:\n"
      "TT\tHọ và tên\tChức danh\tHình thức tham dự\n"
      "1\tÔng Trương Công Định\tChủ tịch HĐQT\tTrực tiếp\n2\tBà Quách Thị Diệu Linh\tThành viên HĐQT\tTrực tuyến\n"
      "3\tÔng Võ Thành Nhân\tThành viên HĐQT\tVắng có lý do\n"
      "2. Chủ tọa: Ông Trương Công Định, Chủ tịch HĐQT.\n");
  const model::Minutes& minutes = *document.minutes;
  CHECK(minutes.present_count == 5);
  REQUIRE(minutes.attendees.size() == 3);
  CHECK(minutes.attendees[0].name == "Trương Công Định");
  CHECK(minutes.attendees[0].role == "Chủ tịch HĐQT");
  CHECK(minutes.attendees[0].note == "Trực tiếp");
  CHECK(minutes.attendees[1].note == "Trực tuyến");
  CHECK_FALSE(minutes.attendees[2].present);
  // The table stays in the body.
  CHECK(find_node(document.body, model::NodeKind::Table) != nullptr);
}

// ---------------------------------------------------------------------------------------------------------------
// Agenda

TEST_CASE("Agenda items are the numbered items of the content part", "[structure][minutes]") {
  struct Case {
    const char* body;
    int agenda_items;
  };
  const std::vector<Case> cases = {
      // Roman content heading with numbered items; 2.1. nests under 2.
      {"I. THỜI GIAN, ĐỊA ĐIỂM\n1. Thời gian: 07 giờ 30 phút.\nII. THÀNH PHẦN THAM DỰ\n1. Đại biểu: có mặt 10.\n"
       "III. NỘI DUNG KỲ HỌP\n1. Khai mạc\n2. Các báo cáo\n2.1. Ông Vũ Đình Toàn – Chủ tịch UBND xã trình bày báo cáo.\n"
       "2.2. Bà Lê Thị Vân – Phó Chủ tịch trình bày tờ trình.\n3. Bế mạc\nIV. KẾT LUẬN\nChủ tọa kết luận.\n",
       3},
      // A numbered content heading: its items are 6.1., 6.2.
      {"1. Thời gian bắt đầu: 15 giờ 00 phút.\n2. Chủ trì: đồng chí Ma Văn Thuận.\n6. Nội dung hội nghị:\n"
       "6.1. Đánh giá hoạt động năm 2024\n6.2. Kế hoạch năm 2025\n6.3. Biểu quyết\n",
       3},
      // An empty "NỘI DUNG CUỘC HỌP" over Roman parts: the parts are the items.
      {"Thời gian: 07 giờ 30 phút.\nNỘI DUNG CUỘC HỌP\nI. KẾT QUẢ TUẦN QUA\n"
       "1. Ông Trịnh Văn Hải, Chánh Văn phòng báo cáo: Trong tuần tiếp nhận 214 văn bản.\n"
       "II. Ý KIẾN THẢO LUẬN\n- Ông Lê Văn Đức, Phó Chủ tịch: Đề nghị đôn đốc.\nIII. KẾT LUẬN\n",
       3},
      // No content heading: the top-level parts that are not standard.
      {"I. THỜI GIAN, ĐỊA ĐIỂM\nII. THÀNH PHẦN\nIII. CHỦ TỌA, THƯ KÝ\nIV. BÁO CÁO TÌNH HÌNH\nV. THẢO LUẬN\n", 2},
      // "DIỄN BIẾN CUỘC HỌP" holds the items too; "1/" numbers them.
      {"Thời gian: 8h30.\nDIỄN BIẾN CUỘC HỌP\n1/ Khai mạc\n2/ Thảo luận\nKẾT LUẬN\n", 2},
      // Unnumbered content heading in lower case, items typed without a space after the number.
      {"Thời gian: 8h30.\nnoi dung cuoc hop\n1. co giao bao cao\n2.bầu ban đại diện\n3. các khoản đóng góp\n", 3},
  };
  for (const Case& c : cases) {
    INFO(c.body);
    const model::Document document = minutes_of(c.body);
    CHECK(document.minutes->agenda_items == c.agenda_items);
  }
}

TEST_CASE("Numbered items nest by depth under their part", "[structure][minutes]") {
  const model::Document document = minutes_of(
      "IV. NỘI DUNG KỲ HỌP\n1. Khai mạc kỳ họp\n2. Các báo cáo\n"
      "2.1. Ông Vũ Đình Toàn – Chủ tịch UBND xã trình bày Báo cáo số 168/BC-UBND.\n3. Bế mạc\n");
  REQUIRE(document.body.size() == 1);
  const model::Node& content = document.body[0];
  CHECK(content.num == "IV.");
  REQUIRE(content.children.size() == 3);
  CHECK(content.children[1].heading == "Các báo cáo");
  REQUIRE(content.children[1].children.size() == 1);
  const model::Node& sub = content.children[1].children[0];
  CHECK(sub.num == "2.1.");
  REQUIRE(sub.children.size() == 1);
  CHECK(sub.children[0].kind == model::NodeKind::Speech);
  CHECK(sub.children[0].by == "Vũ Đình Toàn");
}

// ---------------------------------------------------------------------------------------------------------------
// Speeches

TEST_CASE("Speeches name the speaker and the role", "[structure][minutes]") {
  struct Case {
    const char* line;
    const char* by;  // "" when the line is not a speech
    const char* role;
    const char* text;
  };
  const std::vector<Case> cases = {
      {"Ông Nguyễn Hữu Phước – Chủ tịch HĐND xã phát biểu: đề nghị các đại biểu thảo luận.", "Nguyễn Hữu Phước",
       "Chủ tịch HĐND xã", "phát biểu: đề nghị các đại biểu thảo luận."},
      {"Bà Nguyễn Thị Thu Trang, Phó Chủ tịch UBND huyện: Tỷ lệ học sinh trở lại trường đạt 99,6%.",
       "Nguyễn Thị Thu Trang", "Phó Chủ tịch UBND huyện", "Tỷ lệ học sinh trở lại trường đạt 99,6%."},
      {"- Ông Bùi Văn Sơn, đại biểu đơn vị bầu cử số 1 (thôn Đông): Thống nhất cao.", "Bùi Văn Sơn",
       "đại biểu đơn vị bầu cử số 1 (thôn Đông)", "Thống nhất cao."},
      {"Ông Ông Văn Tường (mời dự) phát biểu: thống nhất với dự toán.", "Ông Văn Tường", "mời dự",
       "phát biểu: thống nhất với dự toán."},
      {"Ông La Văn Phúc đề nghị Ban Tổng Giám đốc làm rõ giải pháp.", "La Văn Phúc", "",
       "đề nghị Ban Tổng Giám đốc làm rõ giải pháp."},
      {"Đồng chí Bùi Văn Sơn thay mặt chi ủy báo cáo:", "Bùi Văn Sơn", "", "thay mặt chi ủy báo cáo:"},
      {"Ông Trịnh Văn Hải, Chánh Văn phòng HĐND và UBND huyện báo cáo: Trong tuần tiếp nhận 214 văn bản.",
       "Trịnh Văn Hải", "Chánh Văn phòng HĐND và UBND huyện", "báo cáo: Trong tuần tiếp nhận 214 văn bản."},
      {"Bà Hồ Thị Kim Oanh, Hiệu trưởng trình bày dự thảo kế hoạch.", "Hồ Thị Kim Oanh", "Hiệu trưởng",
       "trình bày dự thảo kế hoạch."},
      // Not speeches: no person, or a person without a word said.
      {"Chủ tọa trình bày phương án: trích quỹ đầu tư phát triển 15%.", "", "", ""},
      {"- Ông Lê Văn Đức, Ủy viên Ban Thường vụ Huyện ủy;", "", "", ""},
      {"Hiệu trưởng trình bày: tổng kinh phí dự kiến 385 triệu đồng.", "", "", ""},
  };
  for (const Case& c : cases) {
    INFO(c.line);
    const model::Document document = minutes_of(std::string("NỘI DUNG CUỘC HỌP\n1. Thảo luận\n") + c.line + "\n");
    const model::Node* speech = find_node(document.body, model::NodeKind::Speech);
    if (std::string(c.by).empty()) {
      CHECK(speech == nullptr);
      continue;
    }
    REQUIRE(speech != nullptr);
    CHECK(speech->by == c.by);
    CHECK(speech->role == c.role);
    CHECK(speech->text == c.text);
  }
}

TEST_CASE("A speech keeps the list it announces", "[structure][minutes]") {
  const model::Document document = minutes_of(
      "III. KẾT LUẬN\nÔng Phạm Quang Vinh, Chủ tịch UBND huyện kết luận và giao nhiệm vụ:\n"
      "1. Ban Chỉ huy Quân sự huyện tổ chức Lễ giao nhận quân.\n2. Phòng Nội vụ hoàn thiện phương án.\n"
      "Cuộc họp kết thúc vào lúc 10 giờ 45 phút cùng ngày.\n");
  const model::Node* speech = find_node(document.body, model::NodeKind::Speech);
  REQUIRE(speech != nullptr);
  REQUIRE(speech->children.size() == 2);
  CHECK(speech->children[1].text == "2. Phòng Nội vụ hoàn thiện phương án.");
  // The closing sentence is the meeting's, not the speaker's.
  CHECK(document.body[0].children.back().text.starts_with("Cuộc họp kết thúc"));
  CHECK(document.minutes->end == "10:45");
}

// ---------------------------------------------------------------------------------------------------------------
// Votes

TEST_CASE("Vote lines give subject and counts as written", "[structure][minutes]") {
  struct Case {
    const char* lines;  // under "1. Báo cáo tình hình"
    std::vector<std::string> votes;  // "subject|for|against|abstain|total"
  };
  const std::vector<Case> cases = {
      {"Kết quả biểu quyết: Tán thành: 5/5 thành viên (100%); Không tán thành: 0; Không có ý kiến: 0.",
       {"Báo cáo tình hình|5|0|0|5"}},
      {"- Nội dung 1: Thông qua kế hoạch (tổng số được hỗ trợ: 13 đoàn viên): 08/09 ủy viên BCH tán thành (đạt "
       "88,9%); không tán thành: 0; không biểu quyết: 01 (đồng chí Dương Văn Tài xin không biểu quyết).",
       {"Thông qua kế hoạch (tổng số được hỗ trợ: 13 đoàn viên)|8|0|1|9"}},
      {"Chi bộ biểu quyết thông qua nghị quyết tháng 10 bằng hình thức giơ tay: 25/25 đồng chí có mặt tán thành (đạt "
       "100%); không có ý kiến khác.",
       {"thông qua nghị quyết tháng 10|25|0|null|25"}},
      {"1. Quy chế chi tiêu nội bộ năm 2025: tán thành 22/24 người (91,7%); không tán thành 01 người; không biểu "
       "quyết 01 người.\n2. Nghị quyết hội nghị: tán thành 24/24 người (100%).",
       {"Quy chế chi tiêu nội bộ năm 2025|22|1|1|24", "Nghị quyết hội nghị|24|null|null|24"}},
      {"Ket qua bieu quet: nhất trí 30/32 phụ huynh có mặt, 2 phụ huynh ko có ý kiến",
       {"Báo cáo tình hình|30|null|2|32"}},
      {"Kết quả biểu quyết:\n- Tán thành: 10\n- Không tán thành: 1\n- Không biểu quyết: 1", {"Báo cáo tình hình|10|1|1|null"}},
      {"Kết quả biểu quyết: tán thành 100%.", {}},
      {"Các nội dung trên đều được trên 50% tổng số hộ gia đình tán thành.", {}},
      {"Như vậy, cả 05 nghị quyết đều được trên một nửa tổng số đại biểu biểu quyết tán thành.", {}},
      {"Ông Võ Thành Nhân là người có lợi ích liên quan nên không tham gia biểu quyết.", {}},
  };
  for (const Case& c : cases) {
    INFO(c.lines);
    const model::Document document =
        minutes_of(std::string("NỘI DUNG CUỘC HỌP\n1. Báo cáo tình hình\n") + c.lines + "\n");
    std::vector<std::string> votes;
    for (const model::Vote& vote : document.minutes->votes) {
      votes.push_back(vote.subject + "|" + show(vote.in_favour) + "|" + show(vote.against) + "|" + show(vote.abstain) +
                      "|" + show(vote.total));
    }
    CHECK(votes == c.votes);
  }
}

TEST_CASE("A vote table gives one vote per resolution", "[structure][minutes]") {
  const model::Document document = minutes_of(
      "NỘI DUNG HỘI NGHỊ\n5. Biểu quyết\nKết quả biểu quyết như sau:\n"
      "TT\tNội dung biểu quyết\tTán thành\tKhông tán thành\tKhông biểu quyết\n"
      "1\tChủ trương xây dựng đường ngõ 12\t97/126 hộ (77,0%)\t0\t1\n"
      "2\tPhương án và mức đóng góp\t91/126 hộ (72,2%)\t5\t2\n"
      "Các nội dung trên đều được trên 50% tổng số hộ tán thành.\n");
  const std::vector<model::Vote>& votes = document.minutes->votes;
  REQUIRE(votes.size() == 2);
  CHECK(votes[0].subject == "Chủ trương xây dựng đường ngõ 12");
  CHECK(votes[0].in_favour == 97);
  CHECK(votes[0].against == 0);
  CHECK(votes[0].abstain == 1);
  CHECK(votes[0].total == 126);
  CHECK(votes[1].against == 5);
  CHECK(find_node(document.body, model::NodeKind::Table) != nullptr);
}

// ---------------------------------------------------------------------------------------------------------------
// Signature and the body

TEST_CASE("The minutes stop at a signature typed in columns", "[structure][minutes]") {
  const model::Document document = minutes_of(
      "NỘI DUNG CUỘC HỌP\n1. Báo cáo\nCuộc họp kết thúc vào lúc 10 giờ 45 phút cùng ngày./.\n"
      "THƯ KÝ\tCHỦ TRÌ\n\tCHỦ TỊCH UBND HUYỆN\n\t\nĐào Thị Minh Nguyệt\tPhạm Quang Vinh\n");
  const model::Minutes& minutes = *document.minutes;
  CHECK(minutes.secretary == "Đào Thị Minh Nguyệt");
  CHECK(minutes.chair == "Phạm Quang Vinh");
  REQUIRE(document.meta.signers.size() >= 2);
  CHECK(document.meta.signers[0].name == "Đào Thị Minh Nguyệt");
  CHECK(document.meta.signers[1].name == "Phạm Quang Vinh");
  CHECK(find_node(document.body, model::NodeKind::Table) == nullptr);
}

TEST_CASE("Lines that fed a fact stay in the body", "[structure][minutes]") {
  const std::vector<std::string> lines = {
      "1. Thời gian: 07 giờ 30 phút.", "2. Địa điểm: Hội trường xã.", "3. Chủ trì: Ông Trần Văn Nam.",
      "4. Thư ký: Bà Lê Thị Hoa.", "Thành phần tham dự: có mặt 12 người.", "- Ông Lê Văn Bình, Phó Chủ tịch;",
      "Vắng: Bà Ngô Thị Mai, công chức (ốm).", "NỘI DUNG CUỘC HỌP", "1. Báo cáo tình hình",
      "Kết quả biểu quyết: tán thành 10/12; không tán thành 1; không biểu quyết 1.", "2. Kế hoạch tháng 4",
      "Kết quả biểu quyết:", "- Tán thành: 11", "- Không tán thành: 1", "Cuộc họp kết thúc vào lúc 11 giờ 30 phút."};
  std::string body;
  for (const std::string& line : lines) body += line + "\n";
  const model::Document document = minutes_of(body);
  const std::string xml = model::to_akn(document);
  for (const std::string& line : lines) {
    INFO(line);
    CHECK(xml.find(line.substr(line.find(' ') + 1)) != std::string::npos);
  }
  CHECK(model::validate_akn(xml).is_ok());
  REQUIRE(document.minutes->votes.size() == 2);
  CHECK(document.minutes->votes[1].subject == "Kế hoạch tháng 4");
  CHECK(document.minutes->votes[1].in_favour == 11);
}

// ---------------------------------------------------------------------------------------------------------------
// The corpus: every minutes file, and its twins in other formats

namespace {

struct Facts {
  std::string start, end, place, chair, secretary;
  int attendee_count = 0;
  int agenda_items = 0;
  std::vector<std::string> votes;  // "subject|for|against|abstain"
};

Facts facts_of(const model::Minutes& minutes) {
  Facts facts{minutes.start, minutes.end, minutes.place, minutes.chair, minutes.secretary,
              attendee_count(minutes), minutes.agenda_items, {}};
  for (const model::Vote& vote : minutes.votes) {
    facts.votes.push_back(vote.subject + "|" + show(vote.in_favour) + "|" + show(vote.against) + "|" +
                          show(vote.abstain));
  }
  return facts;
}

void check_facts(const Facts& got, const Facts& expected) {
  CHECK(got.start == expected.start);
  CHECK(got.end == expected.end);
  CHECK(got.place == expected.place);
  CHECK(got.chair == expected.chair);
  CHECK(got.secretary == expected.secretary);
  CHECK(got.attendee_count == expected.attendee_count);
  CHECK(got.agenda_items == expected.agenda_items);
  CHECK(got.votes == expected.votes);
}

// The file and each twin (same name, other extension) through ingest and structure, all checked against expected;
// each document must also be valid Akoma Ntoso.
void check_corpus(const std::string& stem, const Facts& expected) {
  int files = 0;
  for (const char* extension : {".txt", ".docx", ".html"}) {
    const std::filesystem::path path = kMinutesDir / (stem + extension);
    if (!std::filesystem::exists(path)) continue;
    INFO(path.string());
    ++files;
    const auto read = ingest::read_file(path);
    REQUIRE(read.is_ok());
    const model::Document document = structure::build(read.value());
    REQUIRE(document.minutes.has_value());
    check_facts(facts_of(*document.minutes), expected);
    const Status valid = model::validate_akn(model::to_akn(document));
    INFO(valid.to_string());
    CHECK(valid.is_ok());
  }
  CHECK(files > 0);
}

}  // namespace

TEST_CASE("Corpus minutes chi-bo-thon-dong-sinh-hoat-thang-10-2024", "[structure][minutes][corpus]") {
  // The opening sentence ("Hôm nay, vào lúc 19 giờ 30 phút, …, tại …") gives time and place.
  check_corpus("chi-bo-thon-dong-sinh-hoat-thang-10-2024",
               {"19:30", "21:40", "Nhà văn hóa thôn Đông", "Bùi Văn Sơn", "Đỗ Thị Hạnh", 25, 7,
                {"thông qua nghị quyết sinh hoạt chi bộ tháng 10 năm 2024|25|0|null"}});
}

TEST_CASE("Corpus minutes cong-doan-bvdk-yen-thach-bch-2025-01", "[structure][minutes][corpus]") {
  check_corpus("cong-doan-bvdk-yen-thach-bch-2025-01",
               {"15:00", "17:05", "Phòng giao ban, tầng 3, nhà Hành chính, Bệnh viện đa khoa huyện Yên Thạch",
                "Ma Văn Thuận", "Bế Thị Thu Hiền", 8, 5,
                {"Thông qua báo cáo hoạt động công đoàn năm 2024|8|0|0",
                 "Thông qua kế hoạch chăm lo Tết Nguyên đán Ất Tỵ năm 2025, bổ sung 01 trường hợp hỗ trợ khó khăn "
                 "(tổng số được hỗ trợ: 13 đoàn viên)|8|0|0",
                 "Đề nghị Công đoàn ngành Y tế tặng Giấy khen cho 05 tổ công đoàn và 14 đoàn viên có thành tích xuất "
                 "sắc năm 2024|7|0|1"}});
}

TEST_CASE("Corpus minutes doan-thanh-tra-ubnd-xa-dong-tam-2024-11", "[structure][minutes][corpus]") {
  // No stated count: the twelve people named (inspection team, inspected body, guests).
  check_corpus("doan-thanh-tra-ubnd-xa-dong-tam-2024-11",
               {"08:00", "10:20", "Hội trường UBND xã Đồng Tâm", "Mai Xuân Trường", "Lương Đức Anh", 12, 4, {}});
}

TEST_CASE("Corpus minutes hdnd-xa-phu-lam-ky-hop-thu-11", "[structure][minutes][corpus]") {
  check_corpus("hdnd-xa-phu-lam-ky-hop-thu-11",
               {"07:30", "11:15", "Hội trường Ủy ban nhân dân xã Phú Lâm, huyện Yên Thạch, tỉnh Tân Hải",
                "Nguyễn Hữu Phước", "Phạm Thị Lan Anh", 23, 5,
                {"Nghị quyết về nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2025|23|0|0",
                 "Nghị quyết về dự toán thu ngân sách nhà nước trên địa bàn, thu, chi ngân sách xã và phương án phân "
                 "bổ ngân sách xã năm 2025|22|0|1",
                 "Nghị quyết phê chuẩn quyết toán thu, chi ngân sách xã năm 2023|23|0|0",
                 "Nghị quyết về kế hoạch đầu tư công năm 2025|21|1|1",
                 "Nghị quyết về chương trình giám sát và kế hoạch tổ chức các kỳ họp thường lệ năm 2025 của HĐND "
                 "xã|23|0|0"}});
}

TEST_CASE("Corpus minutes hdqt-ctcp-gach-ngoi-yen-thach-2025-03", "[structure][minutes][corpus]") {
  // Five members (05/05) and two guests named: seven people.
  check_corpus("hdqt-ctcp-gach-ngoi-yen-thach-2025-03",
               {"14:00", "16:30", "Phòng họp tầng 2, trụ sở chính Công ty", "Trương Công Định", "Giang Thị Tuyết", 7, 5,
                {"Báo cáo kết quả sản xuất kinh doanh năm 2024 và kế hoạch năm 2025|5|0|0",
                 "Thông qua báo cáo tài chính năm 2024 đã được kiểm toán|5|0|0",
                 "Phương án phân phối lợi nhuận năm 2024 trình Đại hội đồng cổ đông|4|0|1",
                 "Tổ chức Đại hội đồng cổ đông thường niên năm 2025|5|0|0",
                 "Chấp thuận hợp đồng vận chuyển với bên có liên quan|4|0|0"}});
}

TEST_CASE("Corpus minutes hoi-dong-truong-thpt-yen-thach-2024-09", "[structure][minutes][corpus]") {
  // Ten members present and one guest named.
  check_corpus("hoi-dong-truong-thpt-yen-thach-2024-09",
               {"14:00", "16:50", "Phòng họp Hội đồng, Trường THPT Yên Thạch", "Khổng Minh Đức", "Lã Thị Ngọc Bích",
                11, 4,
                {"Thông qua Kế hoạch giáo dục nhà trường năm học 2024 - 2025|10|0|0",
                 "Thông qua dự toán thu, chi năm 2025 và sửa đổi, bổ sung Quy chế chi tiêu nội bộ|9|0|1",
                 "Thông qua chủ trương sửa chữa hệ thống thoát nước khu nhà B|10|0|0"}});
}

TEST_CASE("Corpus minutes hoi-nghi-cbcc-ubnd-xa-dong-tam-2025", "[structure][minutes][corpus]") {
  // Votes 1, 3 and 4 state only the count in favour: the others stay null.
  check_corpus("hoi-nghi-cbcc-ubnd-xa-dong-tam-2025",
               {"08:00", "11:00", "Hội trường UBND xã Đồng Tâm", "Triệu Văn Bằng", "Lò Thị Hương", 24, 3,
                {"Báo cáo kiểm điểm năm 2024, phương hướng, nhiệm vụ năm 2025|24|null|null",
                 "Quy chế chi tiêu nội bộ năm 2025 (đã tiếp thu ý kiến thảo luận)|22|1|1",
                 "Chỉ tiêu thi đua năm 2025 và nội dung giao ước thi đua giữa các bộ phận|24|null|null",
                 "Nghị quyết hội nghị cán bộ, công chức năm 2025|24|null|null"}});
}

TEST_CASE("Corpus minutes hop-phu-huynh-lop-5a-tieu-hoc-phu-lam-2024-09", "[structure][minutes][corpus]") {
  // A careless clerk's text: a lower-case type line ("bien ban hop phu huynh hoc sinh") and lower-case lines. The
  // minutes parser is checked on its lines as typed, one paragraph per line, from the first line after the title.
  const Result<std::string> bytes = vanthu::read_file(kMinutesDir / "hop-phu-huynh-lop-5a-tieu-hoc-phu-lam-2024-09.txt");
  REQUIRE(bytes.is_ok());
  std::vector<ingest::Paragraph> lines;
  std::string_view rest = bytes.value();
  while (!rest.empty()) {
    const auto newline = rest.find('\n');
    const std::string_view line = structure::trim(rest.substr(0, newline));
    rest.remove_prefix(newline == std::string_view::npos ? rest.size() : newline + 1);
    if (!line.empty()) lines.push_back(ingest::Paragraph{std::string(line)});
  }
  std::size_t pos = 0;
  while (pos < lines.size() && !structure::fold(lines[pos].text).starts_with("lop 5a - nam hoc")) ++pos;
  REQUIRE(pos < lines.size());
  model::Document document;
  structure::parse_minutes(lines, pos + 1, document);
  REQUIRE(document.minutes.has_value());
  // Thirty-two parents present (có mặt 32/35) and the teacher named.
  check_facts(facts_of(*document.minutes),
              {"08:30", "10:15", "phòng học lớp 5A ,trường tiểu học Phú Lâm", "Nguyễn Thị Thủy", "Hoàng Thị Yến", 32,
               4, {"bầu ban đại diện cha mẹ học sinh lớp|30|null|2", "mức quỹ 150.000đ/hs/năm|29|null|null"}});
}

TEST_CASE("Corpus minutes to-dan-pho-7-bac-son-2025-03", "[structure][minutes][corpus]") {
  // Ninety-eight households represented (stated), votes from the vote table.
  check_corpus("to-dan-pho-7-bac-son-2025-03",
               {"19:30", "21:30", "Nhà văn hóa Tổ dân phố số 7, phường Bắc Sơn, thành phố Hải Thịnh", "Nguyễn Văn Thọ",
                "Vương Thị Nhàn", 98, 5,
                {"Chủ trương xây dựng đường, rãnh thoát nước ngõ 12 theo cơ chế Nhà nước và nhân dân cùng làm|97|0|1",
                 "Phương án và mức đóng góp của các hộ gia đình (có điều chỉnh thời gian đóng góp)|91|5|2",
                 "Thành lập Ban giám sát đầu tư của cộng đồng gồm 03 người: ông Hoàng Văn Tư, bà Phan Thị Thanh, ông "
                 "Mã Văn Chiến|98|0|0"}});
}

TEST_CASE("Corpus minutes ubnd-huyen-yen-thach-giao-ban-tuan-07-2025", "[structure][minutes][corpus]") {
  // Three leaders named (the offices are not people); the agenda is the three Roman parts under NỘI DUNG.
  check_corpus("ubnd-huyen-yen-thach-giao-ban-tuan-07-2025",
               {"07:30", "10:45", "Phòng họp số 2, trụ sở Huyện ủy - HĐND - UBND huyện Yên Thạch", "Phạm Quang Vinh",
                "Đào Thị Minh Nguyệt", 3, 3, {}});
}

TEST_CASE("Corpus minutes lose no line of their body", "[structure][minutes][corpus]") {
  // Every word of every line after the type line of each minutes text is somewhere in its Akoma Ntoso. Honorifics
  // are the exception: a speech names its speaker by name and role ("Đồng chí Ma Văn Thuận trình bày: …" is a
  // speech by Ma Văn Thuận).
  for (const auto& entry : std::filesystem::directory_iterator(kMinutesDir)) {
    if (entry.path().extension() != ".txt") continue;
    INFO(entry.path().string());
    const auto read = ingest::read_file(entry.path());
    REQUIRE(read.is_ok());
    const std::string xml = model::to_akn(structure::build(read.value()));
    const std::vector<ingest::Paragraph>& paragraphs = read->paragraphs;
    std::size_t begin = 0;
    while (begin < paragraphs.size() && !structure::fold(paragraphs[begin].text).starts_with("bien ban")) ++begin;
    for (std::size_t i = begin; i < paragraphs.size(); ++i) {
      const ingest::Paragraph& paragraph = paragraphs[i];
      if (structure::classify_line(paragraph.text).kind == structure::LineKind::Separator) continue;
      std::string_view text = paragraph.text;
      while (!text.empty()) {
        const auto space = text.find(' ');
        std::string word(text.substr(0, space));
        text.remove_prefix(space == std::string_view::npos ? text.size() : space + 1);
        while (!word.empty() && std::string_view(",.;:()/\"").find(word.back()) != std::string_view::npos) word.pop_back();
        while (!word.empty() && std::string_view("(\"").find(word.front()) != std::string_view::npos) word.erase(0, 1);
        const std::string folded = structure::fold(word);
        if (word.empty() || word == "&" || word.find('<') != std::string::npos || folded == "ong" || folded == "ba" ||
            folded == "dong" || folded == "chi" || folded == "d/c" || folded == "em")
          continue;
        INFO(paragraph.text);
        // A number typed against its item ("2.bầu") is written as num and heading: both halves must be there.
        const auto dot = word.find('.');
        const bool glued_number = dot != std::string::npos && dot > 0 && dot + 1 < word.size() &&
                                  std::all_of(word.begin(), word.begin() + static_cast<std::ptrdiff_t>(dot),
                                              [](char c) { return c >= '0' && c <= '9'; });
        if (glued_number) {
          CHECK(xml.find(word.substr(0, dot + 1)) != std::string::npos);
          CHECK(xml.find(word.substr(dot + 1)) != std::string::npos);
        } else {
          CHECK(xml.find(word) != std::string::npos);
        }
      }
    }
  }
}
