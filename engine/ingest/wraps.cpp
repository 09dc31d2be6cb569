// SPDX-License-Identifier: Apache-2.0
//
// Re-joining hard-wrapped lines. Text taken from a PDF arrives one printed line per line; a paragraph of the
// document is several lines. Two facts decide: the text must look hard-wrapped as a whole (most lines end near one
// width), and at each line end the next line must not start a unit of its own (Điều, Chương, "1.", "a)", "- ",
// Căn cứ …). Paragraph-per-line text (laws, typed minutes) is left exactly as it is.
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "base/base.h"
#include "ingest/reader.h"
#include "text/text.h"

namespace vanthu::ingest {
namespace {

std::size_t code_points(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

bool starts_lower(std::string_view line);
bool starts_unit(std::string_view line);

// The printed line width in code points, or 0 when the text does not look hard-wrapped. Hard-wrapped prose has
// many lines whose next line continues the sentence in lower case; paragraph-per-line text almost never does (a
// law's next line starts "Điều", "1.", "a)" or a capital). The lines before such continuations were cut by the
// page width, so their typical length is the width. Appendix tables full of short lines do not dilute this.
std::size_t wrap_width(const std::vector<Paragraph>& paragraphs) {
  std::vector<std::size_t> wrapped_lengths;
  std::size_t lines = 0;
  for (std::size_t i = 0; i + 1 < paragraphs.size(); ++i) {
    if (paragraphs[i].table >= 0) continue;
    ++lines;
    const std::string_view next = paragraphs[i + 1].text;
    if (starts_lower(next) && !starts_unit(next)) wrapped_lengths.push_back(code_points(paragraphs[i].text));
  }
  if (lines < 8 || wrapped_lengths.size() * 100 < lines * 8) return 0;
  const auto middle = wrapped_lengths.begin() + static_cast<std::ptrdiff_t>(wrapped_lengths.size() * 3 / 4);
  std::nth_element(wrapped_lengths.begin(), middle, wrapped_lengths.end());
  const std::size_t width = *middle;
  // Lines cut by a page width end near it; a careless typist's lower-case paragraphs end anywhere.
  const auto near_width = std::count_if(wrapped_lengths.begin(), wrapped_lengths.end(),
                                        [&](std::size_t n) { return n * 10 >= width * 8; });
  if (near_width * 10 < static_cast<std::ptrdiff_t>(wrapped_lengths.size()) * 6) return 0;
  return width >= 30 && width <= 200 ? width : 0;
}


// "______", "-------", "***": rules printed between header parts.
bool is_rule(std::string_view line) {
  return line.size() >= 3 && line.find_first_not_of("_-=*. ") == std::string_view::npos;
}

bool starts_with_word(std::string_view line, std::string_view word) {
  return line.starts_with(word) && (line.size() == word.size() || line[word.size()] == ' ');
}

// True when line begins a unit of its own: a provision, a list item, a preamble line, a signature heading.
bool starts_unit(std::string_view line) {
  static constexpr std::string_view kWords[] = {
      "Điều", "Chương", "CHƯƠNG", "Mục", "MỤC", "Phần", "PHẦN", "Tiểu mục", "Phụ lục", "PHỤ LỤC", "Mẫu", "MẪU",
      "Căn cứ", "Theo đề nghị", "Nơi nhận:", "Số:", "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:", "TM.", "KT.", "TL.", "TUQ.", "Q."};
  for (const std::string_view word : kWords) {
    if (starts_with_word(line, word) || (word.back() == ':' && line.starts_with(word))) return true;
  }
  // "1.", "1.2.", "12)", "a)", "đ)", "- ", "+ ", "• ", "* "
  std::size_t i = 0;
  while (i < line.size() && std::isdigit(static_cast<unsigned char>(line[i])) != 0) ++i;
  if (i > 0 && i < line.size() && (line[i] == '.' || line[i] == ')')) return true;
  if (line.size() >= 2 && line[0] >= 'a' && line[0] <= 'z' && line[1] == ')') return true;
  if (line.starts_with("đ)")) return true;
  for (const std::string_view bullet : {"- ", "+ ", "• ", "* ", "– ", "— "}) {
    if (line.starts_with(bullet)) return true;
  }
  return false;
}

// Lines of the administrative header that stand alone however long the line above: the motto, the type name.
bool is_header_line(std::string_view line) {
  const std::string head = text::fold_key(line.substr(0, 24));
  if (head.starts_with("cong") || head.starts_with("doc")) {
    std::string folded;
    std::size_t pos = 0;
    for (int words = 0; words < 4 && pos < line.size(); ++words) {
      const std::size_t space = line.find(' ', pos);
      const std::string_view word = line.substr(pos, space == std::string_view::npos ? std::string_view::npos : space - pos);
      if (!folded.empty()) folded += ' ';
      folded += text::fold_key(word);
      pos = space == std::string_view::npos ? line.size() : space + 1;
    }
    if (folded.starts_with("cong hoa xa hoi") || folded.starts_with("doc lap")) return true;
  }
  return line.size() < 40 && text::find_document_type(line) != nullptr && text::to_upper(line) == line;
}

// The first character of text, as its own string (for case tests through engine/text).
std::string first_character(std::string_view text) {
  std::size_t pos = 0;
  const char32_t cp = utf8_next(text, pos);
  std::string first;
  utf8_append(first, cp);
  return first;
}

bool starts_upper_letter(std::string_view word) {
  const std::string first = first_character(word);
  return text::to_lower(first) != first;
}

bool all_words_capitalized(std::string_view line) {
  int words = 0;
  std::size_t pos = 0;
  while (pos < line.size()) {
    const std::size_t space = line.find(' ', pos);
    const std::string_view word = line.substr(pos, space == std::string_view::npos ? std::string_view::npos : space - pos);
    if (!word.empty()) {
      if (!starts_upper_letter(word)) return false;
      ++words;
    }
    if (space == std::string_view::npos) break;
    pos = space + 1;
  }
  return words >= 2 && words <= 6;
}

// "Hà Nội, ngày 17 tháng 10 năm 2023": the place-and-date line of a header.
bool is_place_date(std::string_view line) {
  const auto comma = line.find(", ngày");
  return comma != std::string_view::npos && comma < 48;
}

bool starts_lower(std::string_view line) {
  const std::string first = first_character(line);
  return text::to_upper(first) != first;
}

bool is_upper(std::string_view line) { return text::to_upper(line) == line && text::to_lower(line) != line; }

bool ends_sentence(std::string_view line) {
  if (line.empty()) return true;
  const char last = line.back();
  return last == '.' || last == ':' || last == ';' || last == '!' || last == '?';
}

bool same_layout(const Paragraph& a, const Paragraph& b) { return a.table == b.table && a.cell == b.cell && a.row == b.row; }

}  // namespace

void rejoin_hard_wraps(Extracted& out) {
  const std::size_t width = wrap_width(out.paragraphs);
  if (width == 0) return;
  std::vector<Paragraph> joined;
  joined.reserve(out.paragraphs.size());
  std::size_t last_line_length = 0;  // of the last printed line, not of the paragraph it joined
  bool last_line_upper = false;
  for (Paragraph& paragraph : out.paragraphs) {
    const std::size_t length = code_points(paragraph.text);
    const bool upper = is_upper(paragraph.text);
    if (!joined.empty()) {
      Paragraph& last = joined.back();
      const std::string_view next = paragraph.text;
      const bool lower = starts_lower(next);
      const bool long_line = last_line_length * 10 >= width * 7;
      // An article's title line ends its title: the body that follows starts with a capital.
      const bool heading_ends = starts_with_word(last.text, "Điều") && !lower;
      // Capital headings wrap too ("QUY TRÌNH, THỦ TỤC VỀ … CỦA" / "CHÍNH PHỦ NƯỚC NGOÀI").
      const bool upper_wrap = last_line_length >= 40 && last_line_upper && upper;
      // A signer's name ends the block above it: "Cao Anh Tuấn" / "năm 2025 của …" is a footnote, not a wrap.
      const bool name_line = last_line_length < 40 && all_words_capitalized(last.text);
      // A line in capitals under a sentence-case line starts something new ("… xã hội" / "ỦY BAN THƯỜNG VỤ QUỐC HỘI").
      const bool caps_after_text = upper && !last_line_upper;
      const bool join = same_layout(last, paragraph) && !starts_unit(next) && !heading_ends && !is_rule(next) &&
                        !name_line && !caps_after_text &&
                        !is_rule(last.text) && !is_header_line(next) &&
                        !is_place_date(next) &&
                        (lower || upper_wrap || (long_line && !last_line_upper && !ends_sentence(last.text)));
      if (join) {
        last.text += ' ';
        last.text += paragraph.text;
        last.bold = last.bold && paragraph.bold;
        last_line_length = length;
        last_line_upper = upper;
        continue;
      }
    }
    joined.push_back(std::move(paragraph));
    last_line_length = length;
    last_line_upper = upper;
  }
  out.paragraphs = std::move(joined);
}

}  // namespace vanthu::ingest
