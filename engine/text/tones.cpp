// SPDX-License-Identifier: Apache-2.0
//
// Syllable-level questions on whole texts: tone placement in a chosen style, syllable validity, diacritics.
#include "text/icu_util.h"
#include "text/letters.h"
#include "text/syllable.h"
#include "text/text.h"

namespace vanthu::text {
namespace {

struct Letter {
  char32_t cp;
  detail::LetterInfo info;
};

// Rewrites one run of letters with its single tone moved to the place style prescribes. Runs with no tone, several
// tones or no syllable shape are copied as they are.
void place_run_tone(const std::vector<Letter>& run, ToneStyle style, std::string& out) {
  detail::SyllableLetters syllable;
  for (const Letter& letter : run) syllable.add(letter.info);
  const int tone_at = syllable.tone_index(style);
  for (std::size_t i = 0; i < run.size(); ++i) {
    if (tone_at < 0) {
      utf8_append(out, run[i].cp);
      continue;
    }
    const detail::Tone letter_tone = static_cast<int>(i) == tone_at ? syllable.tone() : detail::Tone::None;
    utf8_append(out, detail::compose_letter(run[i].info, letter_tone, run[i].info.upper));
  }
}

}  // namespace

std::string place_tones(std::string_view text, ToneStyle style) {
  const std::string normalized = is_nfc(text) ? std::string(text) : nfc(text);
  std::string out;
  out.reserve(normalized.size());
  // A word is a run of letters, digits and marks; only words made of Vietnamese letters alone are syllables
  // ("QH15" and "Müller" are copied as they are).
  std::vector<Letter> run;
  bool syllable = true;
  const auto flush = [&] {
    if (syllable) {
      place_run_tone(run, style, out);
    } else {
      for (const Letter& letter : run) utf8_append(out, letter.cp);
    }
    run.clear();
    syllable = true;
  };
  std::size_t pos = 0;
  while (pos < normalized.size()) {
    const char32_t cp = utf8_next(normalized, pos);
    const detail::LetterInfo info = detail::letter_info(cp);
    const bool word_char = info.known() || (cp >= '0' && cp <= '9') ||
                           (cp >= 0x80 && (detail::icu_is_letter(cp) || detail::icu_is_mark(cp)));
    if (word_char) {
      if (!info.known()) syllable = false;
      run.push_back({cp, info});
      continue;
    }
    flush();
    utf8_append(out, cp);
  }
  flush();
  return out;
}

bool is_vietnamese_syllable(std::string_view word) {
  const std::string normalized = is_nfc(word) ? std::string(word) : nfc(word);
  detail::SyllableLetters syllable;
  for (std::size_t pos = 0; pos < normalized.size();) {
    const detail::LetterInfo info = detail::letter_info(utf8_next(normalized, pos));
    if (!info.known()) return false;
    syllable.add(info);
  }
  return syllable.is_valid();
}

bool has_diacritics(std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (static_cast<unsigned char>(text[pos]) < 0x80) {
      ++pos;
      continue;
    }
    const char32_t cp = utf8_next(text, pos);
    const detail::LetterInfo info = detail::letter_info(cp);
    if (info.known() || detail::is_combining_mark(cp)) return true;  // every non-ASCII table letter is marked
  }
  return false;
}

}  // namespace vanthu::text
