// SPDX-License-Identifier: Apache-2.0
//
// Tone canonicalization and folding, with Debian's hunspell-vi syllable list (6,605 lower-case syllables, written in
// the new style) as the oracle: canonical keys must leave every one of them unchanged.
#include <catch2/catch.hpp>

#include <set>

#include "support/test_support.h"
#include "text/text.h"

namespace vanthu::text {
namespace {

// The lower-case entries of vi_VN.dic ("word/FLAGS" lines after the count line).
std::vector<std::string> hunspell_syllables() {
  const std::string dic = test::read_or_fail(VANTHU_HUNSPELL_DIC);
  std::set<std::string> words;
  bool first = true;
  for (const std::string& line : test::lines_of(dic)) {
    if (first) {
      first = false;
      continue;
    }
    const std::string word = line.substr(0, line.find('/'));
    if (!word.empty() && word == to_lower(word)) words.insert(word);
  }
  return {words.begin(), words.end()};
}

TEST_CASE("hunspell-vi has the 6605 lower-case syllables the reference counts", "[text][oracle]") {
  CHECK(hunspell_syllables().size() == 6605);
}

TEST_CASE("exact_key leaves every hunspell-vi syllable unchanged", "[text][oracle]") {
  std::vector<std::string> changed;
  for (const std::string& syllable : hunspell_syllables()) {
    if (exact_key(syllable) != syllable) changed.push_back(syllable + " -> " + exact_key(syllable));
  }
  CHECK(changed == std::vector<std::string>{});
}

TEST_CASE("the old style differs from hunspell-vi in exactly the 69 open oa/oe/uy syllables", "[text][oracle]") {
  std::vector<std::string> differing;
  for (const std::string& syllable : hunspell_syllables()) {
    const std::string old_style = place_tones(syllable, ToneStyle::Old);
    if (old_style == syllable) continue;
    differing.push_back(syllable);
    INFO(syllable << " -> " << old_style);
    // Changed syllables are open and spelled with oa, oe or uy; the old form maps back to the same key.
    const std::string folded = fold_key(syllable);
    CHECK((folded.ends_with("oa") || folded.ends_with("oe") || folded.ends_with("uy")));
    CHECK(exact_key(old_style) == syllable);
    CHECK(place_tones(old_style, ToneStyle::New) == syllable);
  }
  CHECK(differing.size() == 69);
  CHECK(std::find(differing.begin(), differing.end(), "quý") == differing.end());
}

TEST_CASE("every hunspell-vi syllable is a valid syllable and folds to ASCII", "[text][oracle]") {
  // Loan words in the list that are not Vietnamese syllables, and three toneless stop-final words (gip, têt, xit)
  // that break the rule that -c -ch -p -t take only sắc or nặng.
  const std::set<std::string> loans = {"basoi", "email", "gip", "gram", "internet", "intranet", "palăng", "ping",
                                       "têt",   "tivi",  "tout", "v",    "web",      "xit"};
  std::vector<std::string> invalid, not_ascii;
  for (const std::string& syllable : hunspell_syllables()) {
    const std::string folded = fold_key(syllable);
    if (!std::all_of(folded.begin(), folded.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
      not_ascii.push_back(syllable);
    }
    if (loans.count(syllable) == 0 && !is_vietnamese_syllable(syllable)) invalid.push_back(syllable);
  }
  CHECK(invalid == std::vector<std::string>{});
  CHECK(not_ascii == std::vector<std::string>{});
  for (const std::string& loan : loans) CHECK_FALSE(is_vietnamese_syllable(loan));
}

TEST_CASE("exact keys: case - tone place - and words that are not syllables", "[text]") {
  struct Case {
    const char* word;
    const char* exact;
  };
  const Case cases[] = {
      {"HOÀ", "hoà"},           {"HÒA", "hoà"},     {"Thủy", "thuỷ"},         {"THUỶ", "thuỷ"},
      {"khỏe", "khoẻ"},         {"Hóa", "hoá"},     {"quỳ", "quỳ"},           {"Quý", "quý"},
      {"hoàng", "hoàng"},       {"HUỲNH", "huỳnh"}, {"quyết", "quyết"},       {"người", "người"},
      {"giữa", "giữa"},         {"già", "già"},     {"gìn", "gìn"},           {"ngoặt", "ngoặt"},
      {"khuấy", "khuấy"},       {"xoáy", "xoáy"},   {"ngoẹo", "ngoẹo"},       {"mùa", "mùa"},
      {"núi", "núi"},           {"bìa", "bìa"},     {"Email", "email"},       {"QH15", "qh15"},
      {"Müller", "müller"},     {"Ǹ", "ǹ"},         {"hóà", "hóà"},           // two tone marks: only lower-cased
      {"TP.HCM", "tp.hcm"},     {"ĐIỀU", "điều"},   {"Nghị", "nghị"},         {"đ", "đ"},
  };
  for (const Case& c : cases) {
    INFO(c.word);
    CHECK(exact_key(c.word) == c.exact);
  }
}

TEST_CASE("folded keys: marks - đ - the i/y rule and its limits", "[text]") {
  struct Case {
    const char* word;
    const char* folded;
  };
  const Case cases[] = {
      {"Đường", "duong"}, {"ĐỒNG", "dong"}, {"kỳ", "ki"},   {"Kì", "ki"},     {"Mỹ", "mi"},
      {"hy", "hi"},       {"tỷ", "ti"},     {"quí", "quy"}, {"Qui", "quy"},   {"quy", "quy"},
      {"y", "y"},         {"ý", "y"},       {"Ý", "y"},     {"tay", "tay"},   {"tuy", "tuy"},
      {"thuỷ", "thuy"},   {"uỷ", "uy"},     {"ly", "li"},   {"khuya", "khuya"}, {"café", "cafe"},
      {"Ðiều", "dieu"},   {"H'Mông", "hmong"}, {"12/2022/NQ-HĐND", "12/2022/nq-hdnd"},
  };
  for (const Case& c : cases) {
    INFO(c.word);
    CHECK(fold_key(c.word) == c.folded);
  }
}

TEST_CASE("NFD and composite input give the same keys as NFC", "[text]") {
  CHECK(exact_key("Vie\u0323\u0302t") == "việt");
  CHECK(exact_key("Vi\u00EA\u0323t") == "việt");
  CHECK(fold_key("ho\u0300a") == "hoa");
  CHECK(exact_key("ho\u0300a") == "hoà");
  CHECK(exact_key("U\u0309y") == "uỷ");
}

TEST_CASE("place_tones converts display text between styles and keeps everything else", "[text]") {
  CHECK(place_tones("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ToneStyle::New) == "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  CHECK(place_tones("Uỷ ban, hoà giải; khoẻ (QH15)", ToneStyle::Old) == "Ủy ban, hòa giải; khỏe (QH15)");
  CHECK(place_tones("Thủy lợi", ToneStyle::Old) == "Thủy lợi");
}

TEST_CASE("case mapping covers Vietnamese and falls back to ICU", "[text]") {
  CHECK(to_upper("cộng hoà xã hội chủ nghĩa việt nam") == "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  CHECK(to_lower("ĐỘC LẬP - TỰ DO") == "độc lập - tự do");
  CHECK(to_upper("straße") == "STRASSE");  // ICU full case mapping
  CHECK(to_lower("ΣΟΦΙΑ") == "σοφια");
}

TEST_CASE("has_diacritics tells a typed-with-marks query apart", "[text]") {
  CHECK_FALSE(has_diacritics("quy che dan chu"));
  CHECK(has_diacritics("quy chế"));
  CHECK(has_diacritics("dd đ"));
  CHECK(has_diacritics("Vie\u0302t"));
}

TEST_CASE("sort keys put words in Vietnamese dictionary order", "[text]") {
  // The word list of vietnamese.md §8, in the order the "vi" collation gives (verified there against ICU 72).
  const std::vector<std::string> expected = {
      "an", "anh", "ăn", "ăng", "ân", "ẩn", "ấn", "Ấn Độ", "ban", "bàn", "bản", "bãn", "bán", "bạn", "Da", "dan",
      "DAN", "dân", "Dân", "dần", "dẩn", "dẫn", "dấn", "dận", "Đà Nẵng", "đan", "on", "ôn", "ơn", "ua", "uy", "Uỷ ban",
      "Ủy ban", "ưa", "ý", "yêu"};
  std::vector<std::string> words = expected;
  std::reverse(words.begin(), words.end());
  std::stable_sort(words.begin(), words.end(),
                   [](const std::string& a, const std::string& b) { return sort_key(a) < sort_key(b); });
  CHECK(words == expected);
  CHECK_FALSE(sort_key("hoà").empty());
  CHECK(sort_key("") < sort_key("a"));
}

TEST_CASE("slugify gives URL-safe FRBR slugs", "[text]") {
  CHECK(slugify("Nghị định") == "nghi-dinh");
  CHECK(slugify("158/2025/NĐ-CP") == "158-2025-nd-cp");
  CHECK(slugify("  Quyết định số 05/QĐ-UBND ") == "quyet-dinh-so-05-qd-ubnd");
  CHECK(slugify("Điều 5") == "dieu-5");
  CHECK(slugify("Văn bản hợp nhất") == "van-ban-hop-nhat");
  CHECK(slugify("") == "");
}

}  // namespace
}  // namespace vanthu::text
