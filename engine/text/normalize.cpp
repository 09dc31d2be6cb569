// SPDX-License-Identifier: Apache-2.0
//
// The display form of Unicode text (§1.3, §1.7 steps 2–5). The order of the passes matters: double-encoded UTF-8
// is repaired while its soft hyphens (the second byte of "í") are still there; format characters go before NFC so
// that marks around them can compose; look-alike and stray-mark repairs need NFC letters.
#include "text/icu_util.h"
#include "text/letters.h"
#include "text/mojibake.h"
#include "text/text.h"

namespace vanthu::text {
namespace {

// Characters with no visible form that break words apart for search: deleted (§1.3).
bool is_removable_format(char32_t cp) {
  return cp == 0x00AD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF;
}

// Code points no text means, which HTML forbids: C0 controls but tab and line breaks, DEL, the C1 controls
// (U+0080–U+009F; a PDF text layer leaves them where a symbol font drew a glyph, a checkbox as U+0085), and the
// noncharacters (U+FDD0–U+FDEF, and the last two of every plane).
bool is_removable_code_point(char32_t cp) {
  return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F) ||
         (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}

using detail::d_stroke_for_lookalike;

struct Cleanup {
  std::string text;
  int controls = 0;
};

// Byte-level pre-checks for the passes below, so clean text costs one scan each. They may say yes when a pass then
// finds nothing to do, never no when it would.
bool has_invisible(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x20 ? (byte != '\t' && byte != '\n' && byte != '\r') : byte == 0x7F) return true;
    // U+0080–U+009F and U+00AD = C2 …; U+200B–U+200D = E2 80 8B–8D; U+2060 = E2 81 A0; U+FEFF = EF BB BF;
    // U+FDD0–U+FDEF and U+FFFE/F = EF …; the noncharacters of the other planes start F0–F4.
    if (byte == 0xC2 || byte == 0xE2 || byte == 0xEF || byte >= 0xF0) {
      std::size_t pos = i;
      const char32_t cp = utf8_next(text, pos);
      if (is_removable_format(cp) || is_removable_code_point(cp)) return true;
    }
  }
  return false;
}

bool has_lookalike_or_mark(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char byte = static_cast<unsigned char>(text[i]);
    // Leads of Ð ð (C3), Ɖ (C6), ɖ (C9), U+0300–U+036F (CC CD), the other mark blocks (E1 E2 EF).
    if (byte == 0xC3 || byte == 0xC6 || byte == 0xC9 || byte == 0xCC || byte == 0xCD || byte == 0xE1 ||
        byte == 0xE2 || byte == 0xEF) {
      std::size_t pos = i;
      const char32_t cp = utf8_next(text, pos);
      if (d_stroke_for_lookalike(cp) != 0 || detail::is_combining_mark(cp)) return true;
    }
  }
  return false;
}

Cleanup remove_invisible(std::string_view text) {
  Cleanup result;
  result.text.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const unsigned char byte = static_cast<unsigned char>(text[pos]);
    if (byte >= 0x20 && byte < 0x7F) {  // the common case: printable ASCII
      result.text.push_back(static_cast<char>(byte));
      ++pos;
      continue;
    }
    const char32_t cp = utf8_next(text, pos);
    if (is_removable_code_point(cp)) {
      ++result.controls;  // worth a warning: a broken text layer; format characters are routine
    } else if (!is_removable_format(cp)) {
      result.text.append(text.substr(start, pos - start));
    }
  }
  return result;
}

bool is_word_char(char32_t cp) {
  if (detail::letter_info(cp).known() || d_stroke_for_lookalike(cp) != 0) return true;
  return cp >= 0x80 && (detail::icu_is_letter(cp) || detail::icu_is_mark(cp));
}

// Repairs one NFC word: combining marks that cannot belong to the letter before them, then look-alikes of Đ when
// the word is otherwise Vietnamese (a valid syllable once repaired, or an all-capital abbreviation such as HÐND).
void repair_word(std::u32string& word, int& lookalikes, int& stray_marks) {
  // Marks first, so the look-alike test sees the word as it will be written. A tone mark right after a letter
  // that already has the same tone is a double keystroke; a mark at the start of a word belongs to nothing.
  std::u32string kept;
  kept.reserve(word.size());
  for (char32_t cp : word) {
    if (detail::is_combining_mark(cp)) {
      if (kept.empty()) {
        ++stray_marks;
        continue;
      }
      const detail::Tone tone = detail::tone_of_mark(cp);
      if (tone != detail::Tone::None && detail::letter_info(kept.back()).tone == tone) {
        ++stray_marks;
        continue;
      }
    }
    kept.push_back(cp);
  }
  word = std::move(kept);

  bool has_lookalike = false;
  for (char32_t cp : word) has_lookalike = has_lookalike || d_stroke_for_lookalike(cp) != 0;
  if (!has_lookalike) return;
  std::u32string repaired = word;
  bool all_upper = true;
  for (char32_t& cp : repaired) {
    if (const char32_t d = d_stroke_for_lookalike(cp)) cp = d;
    const detail::LetterInfo info = detail::letter_info(cp);
    if (!info.known() || !info.upper) all_upper = false;
  }
  std::string utf8;
  for (char32_t cp : repaired) utf8_append(utf8, cp);
  if (all_upper || is_vietnamese_syllable(utf8)) {
    word = std::move(repaired);
    ++lookalikes;
  }
}

}  // namespace

std::string nfc(std::string_view text) { return detail::icu_nfc(text); }
bool is_nfc(std::string_view text) { return detail::icu_is_nfc(text); }

std::string normalize(std::string_view text, Diagnostics* diagnostics) {
  // Almost every real document needs none of the repairs: find that out with byte scans and skip the passes.
  std::string repaired;
  if (detail::looks_double_encoded(text)) {
    repaired = repair_mojibake(text);
    if (diagnostics != nullptr && repaired != text) {
      diagnostics->warn("repaired text that had been decoded twice (UTF-8 read as CP1252)");
    }
    text = repaired;
  }
  Cleanup cleaned;
  if (has_invisible(text)) {
    cleaned = remove_invisible(text);
    text = cleaned.text;
  }
  std::string composed = detail::icu_is_nfc(text) ? std::string(text) : detail::icu_nfc(text);
  if (diagnostics != nullptr && cleaned.controls > 0) {
    diagnostics->warn("removed " + std::to_string(cleaned.controls) + " control character(s)");
  }
  if (!has_lookalike_or_mark(composed)) return composed;

  // Word-level repairs where something needs them: a look-alike of Đ or a combining mark left over after NFC.
  std::string out;
  out.reserve(composed.size());
  int lookalikes = 0, stray_marks = 0;
  bool in_word = false, word_needs_repair = false;
  std::size_t word_start = 0;
  const auto flush = [&](std::size_t end) {
    const std::string_view span = std::string_view(composed).substr(word_start, end - word_start);
    if (word_needs_repair) {
      std::u32string word;
      for (std::size_t i = 0; i < span.size();) word.push_back(utf8_next(span, i));
      repair_word(word, lookalikes, stray_marks);
      for (char32_t cp : word) utf8_append(out, cp);
    } else {
      out.append(span);
    }
    in_word = word_needs_repair = false;
  };
  std::size_t pos = 0;
  while (pos < composed.size()) {
    const std::size_t start = pos;
    const char32_t cp = utf8_next(composed, pos);
    if (is_word_char(cp)) {  // marks count as word characters, so a mark after a space starts a "word" of its own
      if (!in_word) in_word = true, word_start = start;
      word_needs_repair = word_needs_repair || d_stroke_for_lookalike(cp) != 0 || detail::is_combining_mark(cp);
      continue;
    }
    if (in_word) flush(start);
    out.append(composed, start, pos - start);
  }
  if (in_word) flush(composed.size());

  if (diagnostics != nullptr) {
    if (lookalikes > 0) {
      diagnostics->warn("replaced Ð/ð look-alikes with Đ/đ in " + std::to_string(lookalikes) + " word(s)");
    }
    if (stray_marks > 0) {
      diagnostics->warn("removed " + std::to_string(stray_marks) + " combining mark(s) attached to no letter");
    }
  }
  return out;
}

}  // namespace vanthu::text
