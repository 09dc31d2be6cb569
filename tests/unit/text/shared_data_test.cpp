// SPDX-License-Identifier: Apache-2.0
//
// The text module on the real data in ../shared/data (registered only where that folder exists).
#include <catch2/catch.hpp>

#include <filesystem>

#include "support/test_support.h"
#include "text/text.h"

namespace vanthu::text {
namespace {

std::vector<std::filesystem::path> files_in(const std::filesystem::path& folder, const std::string& extension) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder)) {
    if (entry.is_regular_file() && entry.path().extension() == extension) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST_CASE("the 208 laws decode as UTF-8 - normalize to NFC and yield their number and date", "[text][shared]") {
  const auto laws = files_in(test::shared_data("vn-laws-fulltext/raw"), ".txt");
  REQUIRE(laws.size() == 208);
  int not_nfc_before = 0, with_number = 0, with_date = 0;
  for (const auto& path : laws) {
    INFO(path.filename().string());
    const std::string bytes = test::read_or_fail(path);
    if (!is_nfc(bytes)) ++not_nfc_before;
    const Decoded decoded = decode_text(bytes);
    CHECK(decoded.encoding == Encoding::Utf8);
    CHECK(is_nfc(decoded.text));
    const std::string_view header = std::string_view(decoded.text).substr(0, 1500);
    for (const DocNumber& number : find_doc_numbers(header)) {
      if (number.normative && !number.issuers.empty() && number.issuers.back().starts_with("QH")) {
        ++with_number;
        break;
      }
    }
    for (const DateMention& date : find_dates(header)) {
      if (date.kind == DateKind::Full) {
        ++with_date;
        break;
      }
    }
  }
  CHECK(not_nfc_before == 32);  // as the data README says
  // Laws are numbered số/năm/QH<term> since 2005; the older ones in the set (1957-2004) are not.
  CHECK(with_number >= 200);  // 202 of 208 when this was written
  CHECK(with_date >= 200);    // 203 of 208
}

TEST_CASE("gazette text layers normalize cleanly - NULs and all", "[text][shared]") {
  const auto files = files_in(test::shared_data("congbao-legal-docs/txt"), ".txt");
  REQUIRE(files.size() > 300);
  int repaired = 0;
  for (const auto& path : files) {
    INFO(path.filename().string());
    Diagnostics diagnostics;
    const std::string text = normalize(test::read_or_fail(path), &diagnostics);
    CHECK(is_nfc(text));
    CHECK(text.find('\0') == std::string::npos);
    if (!diagnostics.empty()) ++repaired;
  }
  CHECK(repaired >= 3);  // the three files with NUL characters at least
}

// The "id" values of the law objects in an ALQAC corpus file (the article ids are numbers; law ids are not).
std::vector<std::string> alqac_law_ids(const std::string& file) {
  const std::string json = test::read_or_fail(test::shared_data("alqac/corpus/" + file));
  std::vector<std::string> ids;
  const std::string key = "\"id\": \"";
  for (std::size_t at = json.find(key); at != std::string::npos; at = json.find(key, at + 1)) {
    const std::size_t begin = at + key.size();
    const std::string id = json.substr(begin, json.find('"', begin) - begin);
    const bool article_id = std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!article_id) ids.push_back(id);
  }
  return ids;
}

TEST_CASE("ALQAC law ids: numbers parse as numbers and names with years as citations", "[text][shared]") {
  const std::vector<std::string> numbered = alqac_law_ids("alqac2022_law.json");
  REQUIRE(numbered.size() == 4);  // 91/2015/QH13, 24/2018/QH14, 45/2019/QH14, 01/VBHN-VPQH
  for (const std::string& id : numbered) {
    INFO(id);
    const auto number = parse_doc_number(id);
    REQUIRE(number);
    CHECK(number->text == id);
  }
  const std::vector<std::string> named = alqac_law_ids("legal_passages_2023-10.json");
  REQUIRE(named.size() == 18);  // "Luật Viên chức 2010", "Bộ Luật Dân sự 2015", "Hiến pháp 2013", …
  for (const std::string& id : named) {
    INFO(id);
    const auto references = find_references(id);
    REQUIRE(references.size() == 1);
    REQUIRE(references[0].document);
    REQUIRE(references[0].document->date);
    CHECK(std::to_string(references[0].document->date->year) == id.substr(id.size() - 4));
    CHECK(references[0].begin == 0);
    CHECK(references[0].end == id.size());
  }
}

}  // namespace
}  // namespace vanthu::text
