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

// The printed line width in code points, or 0 when the text does not look hard-wrapped.
std::size_t wrap_width(const std::vector<Paragraph>& paragraphs) {
  std::vector<std::size_t> lengths;
  for (const Paragraph& p : paragraphs) {
    if (p.table < 0) lengths.push_back(code_points(p.text));
  }
  if (lengths.size() < 20) return 0;
  std::vector<std::size_t> sorted = lengths;
  const auto at = sorted.begin() + static_cast<std::ptrdiff_t>(sorted.size() * 9 / 10);
  std::nth_element(sorted.begin(), at, sorted.end());
  const std::size_t width = *at;
  if (width < 40 || width > 140) return 0;
  const auto long_lines = std::count_if(lengths.begin(), lengths.end(), [&](std::size_t n) { return n * 4 >= width * 3; });
  return long_lines * 100 >= static_cast<std::ptrdiff_t>(lengths.size()) * 35 ? width : 0;
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

bool starts_lower(std::string_view line) {
  std::size_t pos = 0;
  const char32_t cp = utf8_next(line, pos);
  std::string first;
  utf8_append(first, cp);
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
  for (Paragraph& paragraph : out.paragraphs) {
    if (!joined.empty()) {
      Paragraph& last = joined.back();
      const std::string_view next = paragraph.text;
      const bool lower = starts_lower(next);
      const bool long_line = code_points(last.text) * 10 >= width * 7;
      // An article's title line ends its title: the body that follows starts with a capital.
      const bool heading_ends = starts_with_word(last.text, "Điều") && !lower;
      // Capital headings wrap too ("QUY TRÌNH, THỦ TỤC VỀ … CỦA" / "CHÍNH PHỦ NƯỚC NGOÀI").
      const bool upper_wrap = code_points(last.text) >= 40 && is_upper(last.text) && is_upper(next);
      const bool join = same_layout(last, paragraph) && !starts_unit(next) && !heading_ends && !is_rule(next) &&
                        !is_rule(last.text) &&
                        (lower || upper_wrap || (long_line && !ends_sentence(last.text)));
      if (join) {
        last.text += ' ';
        last.text += paragraph.text;
        last.bold = last.bold && paragraph.bold;
        continue;
      }
    }
    joined.push_back(std::move(paragraph));
  }
  out.paragraphs = std::move(joined);
}

}  // namespace vanthu::ingest
