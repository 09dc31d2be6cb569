// SPDX-License-Identifier: Apache-2.0
//
// UTF-8 that was read as CP1252 and written out again as UTF-8 (§2.8): "Cá»™ng hÃ²a" for "Cộng hòa".
#include "text/mojibake.h"

#include "text/syllable_count.h"
#include "text/text.h"

namespace vanthu::text {
namespace detail {

bool looks_double_encoded(std::string_view text) {
  // In bytes: the CP1252 view of a UTF-8 lead byte — Â Ã Ä Å Æ (C3 82–86) for the two-byte letters, á (C3 A1) for
  // the E1 of the three-byte ones — followed by the view of a continuation byte: U+0080–U+00BF (C2 80–BF) or a
  // CP1252 punctuation mark (Œ Š Ÿ Ž ƒ ˆ ˜ ‘ ’ “ ” • – — … ‹ › € ™: lead bytes C5 C6 CB E2). After á only º and »
  // (C2 BA, C2 BB) occur. Genuine "ÂN" or "NGÃ" never has such a follower.
  const auto byte = [&](std::size_t i) -> unsigned char {
    return i < text.size() ? static_cast<unsigned char>(text[i]) : 0;
  };
  for (std::size_t i = 0; i + 2 < text.size(); ++i) {
    if (byte(i) != 0xC3) continue;
    const unsigned char lead_view = byte(i + 1), next = byte(i + 2);
    if (lead_view == 0xA1) {
      if (next == 0xC2 && (byte(i + 3) == 0xBA || byte(i + 3) == 0xBB)) return true;
      continue;
    }
    if (lead_view < 0x82 || lead_view > 0x86) continue;
    if (next == 0xC2 && byte(i + 3) >= 0x80 && byte(i + 3) <= 0xBF) return true;
    if (next == 0xC5 || next == 0xC6 || next == 0xCB || next == 0xE2) return true;
  }
  return false;
}

}  // namespace detail

namespace {

// Fragments of double-encoded words are often valid syllables by accident (hÃ²a holds "hã" and "a"), so the test
// is the other way round: a repair must not leave more words that are not Vietnamese than it found.
bool more_broken(std::string_view repaired, std::string_view damaged) {
  const detail::SyllableCount after = detail::count_syllables(repaired);
  const detail::SyllableCount before = detail::count_syllables(damaged);
  return after.words - after.valid > before.words - before.valid;
}

}  // namespace

std::string repair_mojibake(std::string_view text) {
  if (!detail::looks_double_encoded(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    // Words are separated by ASCII spaces, which double encoding leaves alone.
    std::size_t end = pos;
    while (end < text.size() && text[end] != ' ' && text[end] != '\n' && text[end] != '\t' && text[end] != '\r') ++end;
    const std::string_view word = text.substr(pos, end - pos);
    std::optional<std::string> original;
    if (detail::looks_double_encoded(word)) original = to_cp1252_bytes(word);
    if (original && *original != word && is_valid_utf8(*original) && !more_broken(*original, word)) {
      out += *original;
    } else {
      out += word;
    }
    if (end < text.size()) out.push_back(text[end++]);
    pos = end;
  }
  return out;
}

}  // namespace vanthu::text
