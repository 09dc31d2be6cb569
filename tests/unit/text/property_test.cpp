// SPDX-License-Identifier: Apache-2.0
//
// Properties that must hold for any input, checked on generated Vietnamese-like text (fixed seed, so a failure
// repeats): folding is idempotent, canonicalizing twice changes nothing, outputs are NFC, NFD input gives the
// same keys, tokens stay inside the text.
#include <catch2/catch.hpp>

#include <random>

#include "text/text.h"

namespace vanthu::text {
namespace {

// Pieces that combine into syllables, non-syllables, marks in odd places and punctuation.
const std::vector<std::string> kPieces = {
    "ng", "nh", "tr", "th", "qu", "gi", "đ", "Đ", "b", "h", "k", "x", "a", "ă", "â", "o", "ô", "ơ", "u", "ư", "y",
    "i", "e", "ê", "oa", "uy", "oe", "ươ", "iê", "à", "ả", "ã", "á", "ạ", "Ủ", "Ỷ", "ệ", "ố", "ữ", "ỳ", "\u0301",
    "\u0323", "\u0302", "n", "ng", "c", "ch", "t", "m", "p", " ", " ", " ", "-", "/", ".", ",", "1", "2", "0",
    "\u00AD", "Ð", "Ã", "»", "™", "\u00A0"};

std::string random_text(std::mt19937& rng, int pieces) {
  std::uniform_int_distribution<std::size_t> pick(0, kPieces.size() - 1);
  std::string text;
  for (int i = 0; i < pieces; ++i) text += kPieces[pick(rng)];
  return text;
}

TEST_CASE("key and normalization properties hold on generated text", "[text][property]") {
  std::mt19937 rng(20261126);
  for (int round = 0; round < 2000; ++round) {
    const std::string text = random_text(rng, 1 + round % 24);
    INFO("input: " << text);
    const std::string normalized = normalize(text);
    CHECK(is_nfc(normalized));
    CHECK(is_valid_utf8(normalized));
    CHECK(normalize(normalized) == normalized);

    for (const Token& token : tokenize(text)) {
      INFO("token: " << token.exact);
      CHECK(token.begin < token.end);
      CHECK(token.end <= text.size());
      CHECK(is_nfc(token.exact));
      CHECK(exact_key(token.exact) == token.exact);      // canonicalizing twice changes nothing
      CHECK(fold_key(token.folded) == token.folded);     // folding is idempotent
      CHECK(fold_key(token.exact) == token.folded);      // F is a function of E
      CHECK(exact_key(nfc(text.substr(token.begin, token.end - token.begin))) == token.exact);
    }
    const std::string new_style = place_tones(normalized, ToneStyle::New);
    CHECK(place_tones(place_tones(new_style, ToneStyle::Old), ToneStyle::New) == new_style);
  }
}

TEST_CASE("decoders never produce invalid UTF-8 from arbitrary bytes", "[text][property]") {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int round = 0; round < 300; ++round) {
    std::string bytes;
    for (int i = 0; i < 1 + round % 64; ++i) bytes.push_back(static_cast<char>(byte(rng)));
    for (Encoding encoding : {Encoding::Utf8, Encoding::DoubleUtf8, Encoding::Tcvn3, Encoding::Vni, Encoding::Viscii,
                              Encoding::Vps, Encoding::Cp1258, Encoding::Viqr, Encoding::Cp1252}) {
      CHECK(is_valid_utf8(decode_as(bytes, encoding)));
    }
    const Decoded decoded = decode_text(bytes);
    CHECK(is_valid_utf8(decoded.text));
    CHECK(is_nfc(decoded.text));
  }
}

}  // namespace
}  // namespace vanthu::text
