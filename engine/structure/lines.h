// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/structure: what one line of a Vietnamese document is, read from its first words. Matching
// ignores case and diacritics where clerks are careless ("DIEU 5", "chương II") but keeps the text as written.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vanthu::structure {

enum class LineKind {
  Text,
  Part,        // Phần thứ nhất / PHẦN I
  Chapter,     // Chương II
  Section,     // Mục 1
  Subsection,  // Tiểu mục 1
  Article,     // Điều 5. / Điều 5a.
  Clause,      // 1.
  Point,       // a)  đ)
  Indent,      // - / + / •
  Roman,       // I. / II. headings of plans, reports and minutes
  Appendix,    // Phụ lục I / PHỤ LỤC
  Separator,   // ______ / ---- / ****
};

struct Line {
  LineKind kind = LineKind::Text;
  std::string num;   // "Chương II", "Điều 5a.", "1.", "đ)", "-", "II."
  std::string rest;  // the text after num, trimmed ("Phạm vi điều chỉnh")
};

Line classify_line(std::string_view text);

// Folded, lower-case, single-spaced form for comparisons ("CỘNG HÒA" → "cong hoa").
std::string fold(std::string_view text);
// The same, and for every byte of the result the offset in text of the character it came from (when offsets is
// given), so a phrase found in the folded form can be cut out of the original.
std::string fold_with_offsets(std::string_view text, std::vector<std::size_t>* offsets);

// True when every letter is upper case and there are at least two letters ("NGHỊ ĐỊNH", "TM. CHÍNH PHỦ").
bool is_upper_line(std::string_view text);

// True for a person's name as signed: 2–6 words, each starting with a capital ("Nguyễn Văn An", "Hồ Đức Phớc").
bool looks_like_name(std::string_view text);

// Byte length of the first n space-separated words of text (leading spaces included, the space after not).
std::size_t word_prefix_bytes(std::string_view text, std::size_t words);

// Text without the leading/trailing spaces and trailing punctuation given.
std::string_view trim(std::string_view text);

bool starts_with_folded(std::string_view text, std::string_view folded_prefix);

// The rule drawn at the end of text, taken off: "QUỐC HỘI   --------" gives "QUỐC HỘI" and 8 marks; a line that is
// only a rule ("-----", "*****", "———") gives "". Rules are drawn with - _ = * ~ . and the long dashes — – ― ─.
struct WithoutRule {
  std::string_view rest;  // text before the rule, trailing spaces removed
  std::size_t marks = 0;  // how many rule marks were taken off
};
WithoutRule without_trailing_rule(std::string_view text);

}  // namespace vanthu::structure
