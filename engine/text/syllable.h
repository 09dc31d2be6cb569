// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/text: the anatomy of a Vietnamese syllable (§1.5). Works on a word already split into
// lower-case, toneless letters ("người" → n g ư ơ i), so callers decide case and tone themselves.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include "text/letters.h"
#include "text/text.h"

namespace vanthu::text::detail {

// Longest word the syllable code looks at; longer letter runs are never Vietnamese syllables.
inline constexpr int kMaxSyllableLetters = 12;

struct SyllableShape {
  int vowel_begin = 0;  // letters[vowel_begin, vowel_end) is the vowel cluster; before it the onset, after the coda
  int vowel_end = 0;
};

// Splits letters into onset, vowel cluster and coda (qu- and gi- handled as initials). False when the word does not
// have that shape: no vowel, more than three vowels, a consonant cluster Vietnamese does not have.
bool parse_shape(std::u32string_view letters, SyllableShape& shape);

// The index of the letter that carries the tone under style, or -1 when letters is not a syllable shape.
int tone_position(std::u32string_view letters, ToneStyle style);

// True when letters (toneless) with tone form a well-formed Vietnamese syllable: known onset, known rime, and a
// stop-final rime (-c -ch -p -t) carries only sắc or nặng.
bool is_valid_syllable(std::u32string_view letters, Tone tone);

// A word's letters as the functions above want them (lower case, toneless) and its tone marks, gathered one letter
// at a time. Every place that asks "is this a syllable, and where does its tone go" fills one of these.
class SyllableLetters {
public:
  // REQUIRES: info.known().
  void add(const LetterInfo& info) {
    if (m_count < m_bases.size()) m_bases[m_count] = base_letter(info);
    ++m_count;
    if (info.tone != Tone::None) ++m_tones, m_tone = info.tone;
  }
  void clear() { m_count = 0, m_tones = 0, m_tone = Tone::None; }

  std::size_t size() const { return m_count; }
  Tone tone() const { return m_tone; }

  // The index of the letter that should carry the word's one tone mark in style; -1 when there is no tone, more
  // than one, or no syllable shape (the word is then left as it is).
  int tone_index(ToneStyle style) const {
    return m_tones == 1 && fits() ? tone_position(letters(), style) : -1;
  }
  // A well-formed syllable: at most one tone, known onset and rime, tone allowed by the rime.
  bool is_valid() const { return m_tones <= 1 && fits() && is_valid_syllable(letters(), m_tone); }

private:
  bool fits() const { return m_count <= m_bases.size(); }
  std::u32string_view letters() const { return std::u32string_view(m_bases.data(), m_count); }

  std::array<char32_t, kMaxSyllableLetters> m_bases{};
  std::size_t m_count = 0;  // letters seen; may exceed the buffer, which then means "not a syllable"
  int m_tones = 0;
  Tone m_tone = Tone::None;
};

}  // namespace vanthu::text::detail
