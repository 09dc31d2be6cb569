// SPDX-License-Identifier: Apache-2.0
//
// The shared folding vectors (tests/vectors/fold-*.tsv): what engine/text gives for each word and text. The offline
// search page (templates/html/search.js) is checked against the same files by tests/js/fold_test.js, so the two
// foldings cannot drift apart. UPDATE_GOLDEN=1 rewrites the expected column from this code; review the diff.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "base/base.h"
#include "support/test_support.h"
#include "text/text.h"

using namespace vanthu;

namespace {

const std::filesystem::path kVectors = std::filesystem::path(VANTHU_SOURCE_DIR) / "tests" / "vectors";

std::string text_keys(const std::string& text) {
  std::string keys;
  text::tokenize(text, [&](const text::Token& token) {
    if (token.kind == text::TokenKind::Compound) return;  // its parts follow it
    if (!keys.empty()) keys += ' ';
    keys += token.folded;
  });
  return keys;
}

// Each non-comment line is INPUT<TAB>EXPECTED; checks fold(INPUT) == EXPECTED, or rewrites EXPECTED when updating.
template <typename Fold>
void check_vectors(const std::string& file, const Fold& fold) {
  const std::filesystem::path path = kVectors / file;
  const bool update = test::updating_golden();
  std::string rewritten;
  int cases = 0;
  for (const std::string& line : test::lines_of(test::read_or_fail(path))) {
    if (line.empty() || line.starts_with("#")) {
      rewritten += line + "\n";
      continue;
    }
    const auto tab = line.find('\t');
    REQUIRE(tab != std::string::npos);
    const std::string input = line.substr(0, tab);
    const std::string actual = fold(input);
    rewritten += input + "\t" + actual + "\n";
    ++cases;
    if (!update) {
      INFO(file << ": " << input);
      CHECK(line.substr(tab + 1) == actual);
    }
  }
  CHECK(cases >= 10);
  if (update) REQUIRE(write_file_atomic(path, rewritten).is_ok());
}

}  // namespace

TEST_CASE("Words fold as the shared vectors say", "[text][vectors]") {
  check_vectors("fold-words.tsv", [](const std::string& word) { return text::fold_key(word); });
}

TEST_CASE("Texts cut and fold as the shared vectors say", "[text][vectors]") {
  check_vectors("fold-texts.tsv", text_keys);
}
