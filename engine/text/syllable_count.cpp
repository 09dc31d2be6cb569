// SPDX-License-Identifier: Apache-2.0
#include "text/syllable_count.h"

#include <array>

#include "base/base.h"
#include "text/icu_util.h"
#include "text/letters.h"
#include "text/syllable.h"

namespace vanthu::text::detail {

SyllableCount count_syllables(std::string_view text) {
  SyllableCount count;
  std::array<char32_t, kMaxSyllableLetters> bases{};
  std::size_t letters = 0;
  int tones = 0;
  Tone tone = Tone::None;
  bool known = true;
  bool marked = false;
  const auto finish_word = [&] {
    if (letters == 0 && known) return;
    ++count.words;
    if (known && tones <= 1 && letters <= bases.size() &&
        is_valid_syllable(std::u32string_view(bases.data(), letters), tone)) {
      ++count.valid;
      if (marked) ++count.vietnamese;
    }
    letters = 0, tones = 0, tone = Tone::None, known = true, marked = false;
  };
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = utf8_next(text, pos);
    const LetterInfo info = letter_info(cp);
    if (info.known()) {
      if (letters < bases.size()) bases[letters] = base_letter(info);
      ++letters;
      if (info.tone != Tone::None) ++tones, tone = info.tone;
      if (cp >= 0x80) marked = true;
      continue;
    }
    if (cp >= 0x80 && (icu_is_letter(cp) || icu_is_mark(cp))) {  // a letter no Vietnamese word has
      known = false;
      continue;
    }
    finish_word();
  }
  finish_word();
  return count;
}

}  // namespace vanthu::text::detail
