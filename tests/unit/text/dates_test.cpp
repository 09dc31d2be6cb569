// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include "text/text.h"

namespace vanthu::text {
namespace {

// "kind text=iso" for each mention: f(ull) n(umeric) d(ay-month) m(onth-year) q(uarter) y(ear) t(ime) r(ange).
std::vector<std::string> describe(std::string_view text, DateContext context = {}) {
  std::vector<std::string> out;
  for (const DateMention& m : find_dates(text, context)) {
    static constexpr char kKinds[] = "fndmqytr";
    std::string value;
    if (m.kind == DateKind::Time) {
      value = std::to_string(m.hour) + ":" + (m.minute < 10 ? "0" : "") + std::to_string(m.minute);
    } else {
      value = to_iso(m.date);
    }
    if (m.kind == DateKind::YearRange) value += "/" + to_iso(m.end_date);
    if (m.kind == DateKind::Quarter) value += "Q" + std::to_string(m.quarter);
    out.push_back(std::string(1, kKinds[static_cast<int>(m.kind)]) + " " +
                  std::string(text.substr(m.begin, m.end - m.begin)) + "=" + value + (m.inferred_year ? "~" : ""));
  }
  return out;
}

TEST_CASE("dates in the forms official documents use", "[text][dates]") {
  struct Case {
    const char* text;
    std::vector<std::string> mentions;
  };
  const Case cases[] = {
      {"Hà Nội, ngày 05 tháng 3 năm 2020", {"f ngày 05 tháng 3 năm 2020=2020-03-05"}},
      {"HÀ NỘI, NGÀY 5 THÁNG 03 NĂM 2020", {"f NGÀY 5 THÁNG 03 NĂM 2020=2020-03-05"}},
      {"ngay 05 thang 3 nam 2020", {"f ngay 05 thang 3 nam 2020=2020-03-05"}},  // typed without marks
      {"Nghị định số 73/1999/NĐ-CP ngày 19/08/1999", {"n 19/08/1999=1999-08-19"}},
      {"26-5-2022 và 01.10.1997", {"n 26-5-2022=2022-05-26", "n 01.10.1997=1997-10-01"}},
      {"từ 31/2/2020", {}},                                   // no such day
      {"số liệu 12/2022/NQ-HĐND", {}},                        // a document number, not a month
      {"tháng 3 năm 2020 và tháng 12/2021", {"m tháng 3 năm 2020=2020-03", "m tháng 12/2021=2021-12"}},
      {"quý IV năm 2023, quý 2/2024", {"q quý IV năm 2023=2023Q4", "q quý 2/2024=2024Q2"}},
      {"giai đoạn 2021-2025; nhiệm kỳ 2021 – 2026",
       {"r giai đoạn 2021-2025=2021/2025", "r nhiệm kỳ 2021 – 2026=2021/2026"}},
      {"trong năm 2024", {"y năm 2024=2024"}},
      {"Thời gian bắt đầu: 14 giờ 00 phút; kết thúc 8h30", {"t 14 giờ 00 phút=14:00", "t 8h30=8:30"}},
      {"lúc 9 giờ", {"t 9 giờ=9:00"}},
      {"diện tích 15 ha", {}},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    CHECK(describe(c.text) == c.mentions);
  }
}

TEST_CASE("a day and month take the year of the document - and say so", "[text][dates]") {
  CHECK(describe("Ngày 26/5, Ủy ban họp", {.year = 2022}) == std::vector<std::string>{"d Ngày 26/5=2022-05-26~"});
  const auto unknown = find_dates("Ngày 26/5");
  REQUIRE(unknown.size() == 1);
  CHECK(unknown[0].date.year == 0);
  CHECK_FALSE(unknown[0].inferred_year);
  CHECK(find_dates("ngày 30/2", {.year = 2022}).empty());
  CHECK(find_dates("ngày 29/2", {.year = 2024}).size() == 1);
}

TEST_CASE("a full date is read once - not again as month and year", "[text][dates]") {
  const auto mentions = find_dates("Căn cứ Luật ngày 19 tháng 6 năm 2015; Hà Nội, ngày 05 tháng 3 năm 2020");
  REQUIRE(mentions.size() == 2);
  CHECK(mentions[0].kind == DateKind::Full);
  CHECK(mentions[1].kind == DateKind::Full);
}

TEST_CASE("parse_date and ISO text", "[text][dates]") {
  CHECK(to_iso(*parse_date("ký ngày 01 tháng 7 năm 2025")) == "2025-07-01");
  CHECK_FALSE(parse_date("năm 2025"));  // a year is not a calendar date
  CHECK(to_iso({2020, 3, 0}) == "2020-03");
  CHECK(to_iso({}) == "");
  CHECK(is_valid_date({2024, 2, 29}));
  CHECK_FALSE(is_valid_date({2023, 2, 29}));
  CHECK_FALSE(is_valid_date({2023, 13, 1}));
}

TEST_CASE("offsets of dates in NFD text point at the original bytes", "[text][dates]") {
  const std::string text = "nga\u0300y 05 tha\u0301ng 3 na\u0306m 2020.";
  const auto mentions = find_dates(text);
  REQUIRE(mentions.size() == 1);
  CHECK(text.substr(mentions[0].begin, mentions[0].end - mentions[0].begin) == text.substr(0, text.size() - 1));
}

}  // namespace
}  // namespace vanthu::text
