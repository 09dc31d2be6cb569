// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include "text/text.h"

namespace vanthu::text {
namespace {

TEST_CASE("document numbers of every kind", "[text][numbers]") {
  struct Case {
    const char* text;
    const char* number;
    std::optional<int> year;
    const char* symbol;
    const char* type_code;
    const char* type_name;
    std::vector<std::string> issuers;
    bool normative;
    bool party;
  };
  const Case cases[] = {
      {"Số: 12/2022/NQ-HĐND", "12", 2022, "NQ-HĐND", "NQ", "Nghị quyết", {"HĐND"}, true, false},
      {"30/2020/NĐ-CP", "30", 2020, "NĐ-CP", "NĐ", "Nghị định", {"CP"}, true, false},
      {"Luật số: 80/2015/QH13", "80", 2015, "QH13", "", "", {"QH13"}, true, false},
      {"55/2005/TTLT-BNV-VPCP", "55", 2005, "TTLT-BNV-VPCP", "TTLT", "Thông tư liên tịch", {"BNV", "VPCP"}, true,
       false},
      {"Số: 05/QĐ-UBND", "05", std::nullopt, "QĐ-UBND", "QĐ", "Quyết định", {"UBND"}, false, false},
      {"Số: 456/UBND-VP", "456", std::nullopt, "UBND-VP", "", "", {"UBND", "VP"}, false, false},  // công văn
      {"18-NQ/TW", "18", std::nullopt, "NQ/TW", "NQ", "Nghị quyết", {"TW"}, false, true},
      {"Số 36-HD/VPTW", "36", std::nullopt, "HD/VPTW", "HD", "Hướng dẫn", {"VPTW"}, false, true},
      {"Kết luận số 210-KL/TW", "210", std::nullopt, "KL/TW", "KL", "Kết luận", {"TW"}, false, true},
      {"Số: 01/VBHN-VPQH", "01", std::nullopt, "VBHN-VPQH", "VBHN", "Văn bản hợp nhất", {"VPQH"}, false, false},
      {"Số: 15/CP", "15", std::nullopt, "CP", "", "", {"CP"}, false, false},
      {"Số: 05/2024/TT-BLĐTBXH", "05", 2024, "TT-BLĐTBXH", "TT", "Thông tư", {"BLĐTBXH"}, true, false},
      {"30/2000/TTLT/BTC-UBTDTT", "30", 2000, "TTLT/BTC-UBTDTT", "TTLT", "Thông tư liên tịch", {"BTC", "UBTDTT"}, true,
       false},
      {"Số: 12/KH-SGDĐT", "12", std::nullopt, "KH-SGDĐT", "KH", "Kế hoạch", {"SGDĐT"}, false, false},
      {"Số: 3/QyĐ-UBND", "3", std::nullopt, "QyĐ-UBND", "QyĐ", "Quy định", {"UBND"}, false, false},
      {"So 123/QD-UBND", "123", std::nullopt, "QD-UBND", "QD", "Quyết định", {"UBND"}, false, false},  // no marks
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const std::optional<DocNumber> parsed = parse_doc_number(c.text);
    REQUIRE(parsed);
    CHECK(parsed->number == c.number);
    CHECK(parsed->year == c.year);
    CHECK(parsed->symbol == c.symbol);
    CHECK(parsed->type_code == c.type_code);
    CHECK(parsed->type_name == c.type_name);
    CHECK(parsed->issuers == c.issuers);
    CHECK(parsed->normative == c.normative);
    CHECK(parsed->party == c.party);
    CHECK(std::string_view(c.text).substr(parsed->begin, parsed->end - parsed->begin) == parsed->text);
  }
}

TEST_CASE("things that are not document numbers", "[text][numbers]") {
  for (const char* text : {"26/5/2022", "98,5%", "V/v triển khai", "tỷ lệ 3/4", "1/2 số phiếu", "Điều 5",
                           "CÔNG BÁO/Số 1523 + 1524/Ngày 29-12-2024", "QCVN 12:2015/BGTVT"}) {
    INFO(text);
    CHECK(find_doc_numbers(text).empty());
  }
  CHECK_FALSE(parse_doc_number("Căn cứ điều 5 và Nghị định 30/2020/NĐ-CP"));  // not at the start
}

TEST_CASE("every number in a citation paragraph - in order", "[text][numbers]") {
  const auto found = find_doc_numbers(
      "Căn cứ Nghị định số 15/CP ngày 2/3/1993; Thông tư liên tịch số 30/2000/TTLT/BTC-UBTDTT và 18-NQ/TW.");
  REQUIRE(found.size() == 3);
  CHECK(found[0].text == "15/CP");
  CHECK(found[1].text == "30/2000/TTLT/BTC-UBTDTT");
  CHECK(found[2].text == "18-NQ/TW");
}

TEST_CASE("document types by code and by name", "[text][numbers]") {
  CHECK(find_document_type("NĐ")->name == "Nghị định");
  CHECK(find_document_type("nghị định")->code == "NĐ");
  CHECK(find_document_type("NGHỊ ĐỊNH")->code == "NĐ");
  CHECK(find_document_type("nghi dinh")->code == "NĐ");
  CHECK(find_document_type("ĐA")->name == "Đề án");
  CHECK(find_document_type("DA")->name == "Dự án");
  CHECK(find_document_type("Luật")->normative);
  CHECK(find_document_type("Công văn")->code.empty());
  CHECK(find_document_type("xyz") == nullptr);
  // Decree 30 Annex III: all 27 administrative codes and the 3 copy forms are in the table.
  for (const char* code : {"NQ", "QĐ", "CT", "QC", "QyĐ", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC", "BB",
                           "TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "SY", "TrS",
                           "SL"}) {
    INFO(code);
    const DocumentType* type = find_document_type(code);
    REQUIRE(type != nullptr);
    CHECK(type->code == code);
  }
}

}  // namespace
}  // namespace vanthu::text
