// SPDX-License-Identifier: Apache-2.0
//
// Comparison keys (§1.7 steps 6 and 7): exact_key, fold_key, and the helpers that share their letter tables.
#include "text/keys.h"

#include <algorithm>
#include <array>

#include "text/icu_util.h"
#include "text/letters.h"
#include "text/syllable.h"
#include "text/text.h"

namespace vanthu::text {
namespace detail {
namespace {

bool is_apostrophe(char32_t cp) { return cp == U'\'' || cp == U'\u2019'; }

// The i/y spelling fold (§1.6) on an already folded, lower-case ASCII word: consonant initial + y → i (kỹ → ki),
// qui → quy. Stand-alone y, ay/ai and uy/ui are left alone.
void fold_i_y(std::string& word) {
  const std::size_t n = word.size();
  if (n == 3 && word[0] == 'q' && word[1] == 'u' && word[2] == 'i') {
    word[2] = 'y';
    return;
  }
  if (n < 2 || n > 3 || word[n - 1] != 'y') return;
  const char a = word[0], b = word[1];
  bool consonant_initial = false;
  if (n == 2) {  // b c d g h k l m n p r s t v x
    consonant_initial = a >= 'b' && a <= 'x' && a != 'e' && a != 'f' && a != 'i' && a != 'j' && a != 'o' &&
                        a != 'q' && a != 'u' && a != 'w';
  } else {  // ch kh nh ph th, ng, tr
    consonant_initial = (b == 'h' && (a == 'c' || a == 'k' || a == 'n' || a == 'p' || a == 't')) ||
                        (a == 'n' && b == 'g') || (a == 't' && b == 'r');
  }
  if (consonant_initial) word[n - 1] = 'i';
}

bool has_d_lookalike(std::string_view word) {
  for (std::size_t pos = 0; pos < word.size();) {
    if (d_stroke_for_lookalike(utf8_next(word, pos)) != 0) return true;
  }
  return false;
}

std::string replace_d_lookalikes(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (std::size_t pos = 0; pos < word.size();) {
    const char32_t cp = utf8_next(word, pos);
    const char32_t d = d_stroke_for_lookalike(cp);
    utf8_append(out, d != 0 ? d : cp);
  }
  return out;
}

// Keys of a word made of ASCII and Vietnamese letters (NFC). Returns false, having written nothing, when the word
// holds any other character: the caller then takes the ICU path.
bool table_keys(std::string_view word, std::string& exact, std::string& folded) {
  // ASCII words (about half of all Vietnamese tokens: ban, cho, theo, 2020) have no tone to move.
  if (std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    bool only_letters = true;
    for (char c : word) {
      if (c == '\'') continue;
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      only_letters = only_letters && c >= 'a' && c <= 'z';
      exact.push_back(c);
    }
    folded = exact;
    if (only_letters) fold_i_y(folded);
    return true;
  }
  // First pass: classify every character once, keeping them for the second pass (short words, i.e. all words).
  constexpr std::size_t kKept = 40;
  std::array<char32_t, kKept> kept_cp{};
  std::array<LetterInfo, kKept> kept_info{};
  std::size_t count = 0;
  SyllableLetters syllable;
  bool only_letters = true;
  std::size_t pos = 0;
  while (pos < word.size()) {
    const char32_t cp = utf8_next(word, pos);
    if (is_apostrophe(cp)) continue;
    const LetterInfo info = letter_info(cp);
    if (!info.known()) {
      if (cp >= 0x80) return false;
      only_letters = false;  // a digit or punctuation inside a compound token
    } else {
      syllable.add(info);
    }
    if (count < kKept) kept_cp[count] = cp, kept_info[count] = info;
    ++count;
  }
  const int tone_at = only_letters ? syllable.tone_index(ToneStyle::New) : -1;
  const Tone tone = syllable.tone();

  // Second pass: emit. With a canonical place, the tone moves there; otherwise each letter keeps its own.
  exact.reserve(word.size());
  folded.reserve(word.size());
  int letter_index = 0;
  const auto emit = [&](char32_t cp, const LetterInfo& info) {
    if (!info.known()) {
      exact.push_back(static_cast<char>(cp));
      folded.push_back(static_cast<char>(cp));
      return;
    }
    Tone letter_tone = info.tone;
    if (tone_at >= 0) letter_tone = letter_index == tone_at ? tone : Tone::None;
    const char32_t lower = compose_letter(info, letter_tone, false);
    if (lower < 0x80) {
      exact.push_back(static_cast<char>(lower));
    } else {
      utf8_append(exact, lower);
    }
    folded.push_back(info.ascii);
    ++letter_index;
  };
  if (count <= kKept) {
    for (std::size_t i = 0; i < count; ++i) emit(kept_cp[i], kept_info[i]);
  } else {
    for (pos = 0; pos < word.size();) {
      const char32_t cp = utf8_next(word, pos);
      if (!is_apostrophe(cp)) emit(cp, letter_info(cp));
    }
  }
  if (only_letters) fold_i_y(folded);
  return true;
}

// The F key of a word whose E key is known, for words with letters outside the tables.
void fold_exact_key(std::string_view exact, std::string& folded) {
  folded.clear();
  std::string ignored;
  if (table_keys(exact, ignored, folded)) return;
  // Letters outside Vietnamese: strip their marks with ICU, then fold what the tables know.
  const std::string stripped = icu_strip_marks(exact);
  for (std::size_t pos = 0; pos < stripped.size();) {
    const char32_t cp = utf8_next(stripped, pos);
    const LetterInfo info = letter_info(cp);
    if (info.known()) {
      folded.push_back(info.ascii);
    } else if (!is_apostrophe(cp)) {
      utf8_append(folded, cp);
    }
  }
}

}  // namespace

void word_keys(std::string_view word, std::string& exact, std::string& folded) {
  exact.clear();
  folded.clear();
  if (table_keys(word, exact, folded)) return;
  // Ð ð Ɖ ɖ are Đ đ that went through the wrong code page (§1.3): key them as đ so search finds the word.
  if (has_d_lookalike(word)) {
    word_keys(replace_d_lookalikes(word), exact, folded);
    return;
  }
  // Slow path: decomposed input, or letters from other scripts. Normalize and lower-case with ICU; if that leaves
  // only letters the tables know (the usual case: NFD Vietnamese), finish on the fast path.
  const std::string lowered = icu_lower(icu_nfc(word));
  if (table_keys(lowered, exact, folded)) return;
  for (std::size_t pos = 0; pos < lowered.size();) {
    const char32_t cp = utf8_next(lowered, pos);
    if (!is_apostrophe(cp)) utf8_append(exact, cp);
  }
  fold_exact_key(exact, folded);
}

}  // namespace detail

std::string exact_key(std::string_view word) {
  std::string exact, folded;
  detail::word_keys(word, exact, folded);
  return exact;
}

std::string fold_key(std::string_view word) {
  std::string exact, folded;
  detail::word_keys(word, exact, folded);
  return folded;
}

}  // namespace vanthu::text
