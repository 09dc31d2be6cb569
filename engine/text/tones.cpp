// SPDX-License-Identifier: Apache-2.0
//
// Syllable-level questions on whole texts: tone placement in a chosen style, syllable validity, diacritics.
#include <array>

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
  std::array<char32_t, detail::kMaxSyllableLetters> bases{};
  int tones = 0;
  detail::Tone tone = detail::Tone::None;
  for (const Letter& letter : run) {
    if (letter.info.tone != detail::Tone::None) ++tones, tone = letter.info.tone;
  }
  int tone_at = -1;
  if (tones == 1 && run.size() <= bases.size()) {
    for (std::size_t i = 0; i < run.size(); ++i) bases[i] = detail::base_letter(run[i].info);
    tone_at = detail::tone_position(std::u32string_view(bases.data(), run.size()), style);
  }
  for (std::size_t i = 0; i < run.size(); ++i) {
    if (tone_at < 0) {
      utf8_append(out, run[i].cp);
      continue;
    }
    const detail::Tone letter_tone = static_cast<int>(i) == tone_at ? tone : detail::Tone::None;
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
  std::array<char32_t, detail::kMaxSyllableLetters> bases{};
  std::size_t count = 0;
  int tones = 0;
  detail::Tone tone = detail::Tone::None;
  std::size_t pos = 0;
  while (pos < normalized.size()) {
    const detail::LetterInfo info = detail::letter_info(utf8_next(normalized, pos));
    if (!info.known() || count == bases.size()) return false;
    if (info.tone != detail::Tone::None) ++tones, tone = info.tone;
    bases[count++] = detail::base_letter(info);
  }
  return tones <= 1 && detail::is_valid_syllable(std::u32string_view(bases.data(), count), tone);
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
