// SPDX-License-Identifier: Apache-2.0
#include "text/syllable_count.h"

#include "base/base.h"
#include "text/icu_util.h"
#include "text/letters.h"
#include "text/syllable.h"

namespace vanthu::text::detail {

SyllableCount count_syllables(std::string_view text) {
  SyllableCount count;
  SyllableLetters syllable;
  bool known = true;   // no letter from outside the Vietnamese alphabet so far
  bool marked = false;
  const auto finish_word = [&] {
    if (syllable.size() == 0 && known) return;
    ++count.words;
    if (known && syllable.is_valid()) {
      ++count.valid;
      if (marked) ++count.vietnamese;
    }
    syllable.clear();
    known = true, marked = false;
  };
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = utf8_next(text, pos);
    const LetterInfo info = letter_info(cp);
    if (info.known()) {
      syllable.add(info);
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
