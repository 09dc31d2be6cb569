// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <map>

#include "text/text.h"

namespace vanthu::text {
namespace {

TEST_CASE("the abbreviation table is big enough and consistent", "[text][abbreviations]") {
  CHECK(abbreviations().size() >= 60);
  std::map<std::string, int> rows_per_abbreviation;
  for (const Abbreviation& row : abbreviations()) ++rows_per_abbreviation[std::string(row.abbr)];
  for (const Abbreviation& row : abbreviations()) {
    INFO(row.abbr);
    CHECK_FALSE(row.expansion.empty());
    CHECK(is_nfc(row.expansion));
    // A row is marked ambiguous exactly when another row has the same abbreviation.
    CHECK(row.ambiguous == (rows_per_abbreviation[std::string(row.abbr)] > 1));
  }
}

TEST_CASE("lookup ignores case and punctuation - and diacritics when none are typed", "[text][abbreviations]") {
  struct Case {
    const char* word;
    std::vector<std::string> expansions;
  };
  const Case cases[] = {
      {"UBND", {"Ủy ban nhân dân"}},
      {"ubnd", {"Ủy ban nhân dân"}},
      {"HĐND", {"Hội đồng nhân dân"}},
      {"hdnd", {"Hội đồng nhân dân"}},
      {"QCDC", {"Quy chế dân chủ"}},
      {"V/v", {"về việc"}},
      {"GD&ĐT", {"Giáo dục và Đào tạo"}},
      {"TM.", {"thay mặt"}},
      {"BCT", {"Bộ Công Thương", "Bộ Chính trị"}},
      {"ĐA", {"Đề án"}},
      {"da", {"Đề án", "Dự án"}},
      {"xyz", {}},
  };
  for (const Case& c : cases) {
    INFO(c.word);
    std::vector<std::string> found;
    for (const Abbreviation* row : find_abbreviations(c.word)) found.emplace_back(row->expansion);
    CHECK(found == c.expansions);
  }
}

}  // namespace
}  // namespace vanthu::text
