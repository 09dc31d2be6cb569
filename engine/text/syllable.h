// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/text: the anatomy of a Vietnamese syllable (§1.5). Works on a word already split into
// lower-case, toneless letters ("người" → n g ư ơ i), so callers decide case and tone themselves.
#pragma once

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

}  // namespace vanthu::text::detail
