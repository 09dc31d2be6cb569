// SPDX-License-Identifier: Apache-2.0
#include "text/syllable.h"

#include <algorithm>
#include <array>

namespace vanthu::text::detail {
namespace {

bool is_vowel_letter(char32_t c) { return letter_info(c).is_vowel(); }

// Final consonants after the vowel cluster: c ch m n ng nh p t.
bool is_coda(std::u32string_view coda) {
  switch (coda.size()) {
    case 0: return true;
    case 1: return coda[0] == U'c' || coda[0] == U'm' || coda[0] == U'n' || coda[0] == U'p' || coda[0] == U't';
    case 2: return (coda[0] == U'c' && coda[1] == U'h') || (coda[0] == U'n' && (coda[1] == U'g' || coda[1] == U'h'));
    default: return false;
  }
}

// Every rime (vowel cluster + coda) of the language, sorted by code point for binary search. Derived from the
// onset × rime × tone syllable list in ../shared/data/vi-lexicon, plus êch (ếch, lệch) and the qu+y rimes
// (quỳnh, quýt, quých) that list lacks; checked against hunspell-vi in the tests.
constexpr std::array<std::u32string_view, 171> kRimes = {
    U"a", U"ac", U"ach", U"ai", U"am", U"an", U"ang", U"anh", U"ao", U"ap", U"at", U"au", U"ay", U"e", U"ea",
    U"ec", U"ech", U"em", U"en", U"eng", U"enh", U"eo", U"ep", U"et", U"eu", U"i", U"ia", U"ich", U"im", U"in",
    U"inh", U"ip", U"it", U"iu", U"iêc", U"iêm", U"iên", U"iêng", U"iêp", U"iêt", U"iêu", U"o", U"oa", U"oac",
    U"oach", U"oai", U"oam", U"oan", U"oang", U"oanh", U"oao", U"oap", U"oat", U"oay", U"oc", U"oe", U"oem",
    U"oen", U"oeo", U"oet", U"oi", U"om", U"on", U"ong", U"ooc", U"oong", U"op", U"ot", U"oăc", U"oăm", U"oăn",
    U"oăng", U"oăt", U"u", U"ua", U"uc", U"ui", U"um", U"un", U"ung", U"up", U"ut", U"uy", U"uya", U"uych",
    U"uyn", U"uynh", U"uyp", U"uyt", U"uyu", U"uyên", U"uyêt", U"uân", U"uâng", U"uât", U"uây", U"uê", U"uêch",
    U"uênh", U"uôc", U"uôi", U"uôm", U"uôn", U"uông", U"uôp", U"uôt", U"uơ", U"y", U"ych", U"ynh", U"yt", U"yêm",
    U"yên", U"yêng", U"yêt", U"yêu", U"âc", U"âm", U"ân", U"âng", U"âp", U"ât", U"âu", U"ây", U"ê", U"êc",
    U"êch", U"êm", U"ên", U"êng", U"ênh", U"êp", U"êt", U"êu", U"ô", U"ôc", U"ôi", U"ôm", U"ôn", U"ông", U"ôp",
    U"ôt", U"ăc", U"ăm", U"ăn", U"ăng", U"ăp", U"ăt", U"ơ", U"ơi", U"ơm", U"ơn", U"ơp", U"ơt", U"ư", U"ưa",
    U"ưc", U"ưi", U"ưm", U"ưn", U"ưng", U"ưt", U"ưu", U"ươc", U"ươi", U"ươm", U"ươn", U"ương", U"ươp", U"ươt",
    U"ươu"};

// The onset length of letters, or -1 when it starts with a consonant cluster that is not an initial. Initials:
// b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x. gi- and qu- are initials only when a vowel
// follows (giặt, quý); otherwise the i/u is the vowel (gì, gìn). Written as a switch: this runs for every word.
int onset_length(std::u32string_view letters) {
  const auto at = [&](std::size_t i) { return i < letters.size() ? letters[i] : U'\0'; };
  switch (at(0)) {
    case U'n':
      if (at(1) == U'g') return at(2) == U'h' ? 3 : 2;
      return at(1) == U'h' ? 2 : 1;
    case U'c': case U'k': case U'p':
      return at(1) == U'h' ? 2 : 1;
    case U't':
      return at(1) == U'h' || at(1) == U'r' ? 2 : 1;
    case U'g':
      if (at(1) == U'h') return 2;
      return at(1) == U'i' && is_vowel_letter(at(2)) ? 2 : 1;
    case U'q':
      return at(1) == U'u' && is_vowel_letter(at(2)) ? 2 : -1;
    case U'b': case U'd': case U'đ': case U'h': case U'l': case U'm': case U'r': case U's': case U'v': case U'x':
      return 1;
    default:
      return letters.empty() || is_vowel_letter(letters[0]) ? 0 : -1;
  }
}

bool is_stop_final(std::u32string_view rime) {
  return rime.ends_with(U"c") || rime.ends_with(U"ch") || rime.ends_with(U"p") || rime.ends_with(U"t");
}

}  // namespace

bool parse_shape(std::u32string_view letters, SyllableShape& shape) {
  if (letters.empty() || letters.size() > kMaxSyllableLetters) return false;
  const int onset = onset_length(letters);
  if (onset < 0) return false;
  int end = onset;
  const int size = static_cast<int>(letters.size());
  while (end < size && is_vowel_letter(letters[static_cast<std::size_t>(end)])) ++end;
  const int vowels = end - onset;
  if (vowels < 1 || vowels > 3) return false;
  if (!is_coda(letters.substr(static_cast<std::size_t>(end)))) return false;
  shape.vowel_begin = onset;
  shape.vowel_end = end;
  return true;
}

int tone_position(std::u32string_view letters, ToneStyle style) {
  SyllableShape shape;
  if (!parse_shape(letters, shape)) return -1;
  const int begin = shape.vowel_begin;
  const int count = shape.vowel_end - shape.vowel_begin;
  const auto at = [&](int i) { return letters[static_cast<std::size_t>(i)]; };
  // 1. A vowel with a modifier takes the tone; the last one if there are two (ươ, uô, iê… → người, thuở).
  for (int i = shape.vowel_end - 1; i >= begin; --i) {
    if (has_modifier(letter_info(at(i)).vowel)) return i;
  }
  // 2. A single vowel.
  if (count == 1) return begin;
  // 3. A final consonant pulls the tone to the last vowel: hoàng, toán, huých.
  if (shape.vowel_end < static_cast<int>(letters.size())) return shape.vowel_end - 1;
  // 4. Three vowels, open: the middle one (ngoài, khuỷu).
  if (count == 3) return begin + 1;
  // 5. Open oa, oe, uy: the only place the two styles differ (hoà/hòa, khoẻ/khỏe, thuỷ/thủy).
  const char32_t first = at(begin), second = at(begin + 1);
  if ((first == U'o' && (second == U'a' || second == U'e')) || (first == U'u' && second == U'y')) {
    return style == ToneStyle::New ? begin + 1 : begin;
  }
  // 6. Other open pairs (ai, ao, ia, ua, ui…): the first vowel (mái, bìa, mùa).
  return begin;
}

bool is_valid_syllable(std::u32string_view letters, Tone tone) {
  SyllableShape shape;
  if (!parse_shape(letters, shape)) return false;
  const std::u32string_view rime = letters.substr(static_cast<std::size_t>(shape.vowel_begin));
  if (!std::binary_search(kRimes.begin(), kRimes.end(), rime)) return false;
  if (is_stop_final(rime)) return tone == Tone::Acute || tone == Tone::Dot;
  return true;
}

}  // namespace vanthu::text::detail
