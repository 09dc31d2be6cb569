// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/text: how Vietnamese a piece of text looks, as a count of words that are valid syllables.
// Encoding detection and mojibake repair both decide by this number (§2.9).
#pragma once

#include <string_view>

namespace vanthu::text::detail {

struct SyllableCount {
  int words = 0;        // runs of letters (any script)
  int valid = 0;        // of which well-formed Vietnamese syllables
  int vietnamese = 0;   // of which valid and carrying a Vietnamese mark or đ: the strongest evidence
  double share() const { return words == 0 ? 0.0 : static_cast<double>(valid) / words; }
};

SyllableCount count_syllables(std::string_view text);

}  // namespace vanthu::text::detail
