// SPDX-License-Identifier: Apache-2.0
//
// Plain text: UTF-8 (with or without BOM), UTF-16 with BOM (or without, when every other byte is zero), and legacy
// 8-bit text, decoded line by line by engine/text's detection. Binary data with a .txt name is refused: a text file
// has almost no control bytes.
//
// Clerks type two-column layouts with TAB: the header (issuing body | Quốc hiệu), the signature block (THƯ KÝ |
// CHỦ TỌA) and the attendee and vote tables of minutes. A TAB between two pieces of text on a line is therefore a
// column separator, and a run of consecutive such lines is one table (a row per line, a cell per field); a TAB
// before the first or after the last piece is only indentation. A wide run of spaces separates columns the same way.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"
#include "ingest/reader.h"
#include "text/text.h"

namespace vanthu::ingest {
namespace {

std::string utf16_to_utf8(std::string_view bytes, bool little_endian) {
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
    const auto unit = [&](std::size_t at) {
      const auto lo = static_cast<unsigned char>(bytes[at + (little_endian ? 0 : 1)]);
      const auto hi = static_cast<unsigned char>(bytes[at + (little_endian ? 1 : 0)]);
      return static_cast<char32_t>(lo | (hi << 8));
    };
    char32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size()) {
      const char32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      } else {
        cp = 0xFFFD;
      }
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
      cp = 0xFFFD;
    }
    utf8_append(out, cp);
  }
  return out;
}

// UTF-16 without a BOM: ASCII-heavy text has a zero in every other byte.
std::optional<bool> sniff_utf16(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 4096) & ~std::size_t{1};
  if (n < 16) return std::nullopt;
  std::size_t even_zero = 0, odd_zero = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    even_zero += bytes[i] == '\0';
    odd_zero += bytes[i + 1] == '\0';
  }
  if (odd_zero * 10 > n / 2 * 7 && even_zero * 20 < n / 2) return true;   // little endian
  if (even_zero * 10 > n / 2 * 7 && odd_zero * 20 < n / 2) return false;  // big endian
  return std::nullopt;
}

// Share of bytes that no text encoding uses (C0 controls other than tab, LF, CR, FF, ESC-free), in the first 64 KB.
double control_share(std::string_view bytes) {
  const std::size_t n = std::min<std::size_t>(bytes.size(), 65536);
  std::size_t controls = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++controls;
  }
  return n == 0 ? 0.0 : static_cast<double>(controls) / static_cast<double>(n);
}

// The line without the white space around it (spaces, tabs, CR, FF, VT).
std::string_view strip_blanks(std::string_view line) {
  constexpr std::string_view kBlanks = " \t\r\f\v";
  const auto first = line.find_first_not_of(kBlanks);
  if (first == std::string_view::npos) return {};
  return line.substr(first, line.find_last_not_of(kBlanks) - first + 1);
}

// Where the next column starts after pos: a TAB, or a run of kColumnSpaces spaces (columns aligned with the space
// bar, as many typists and PDF form extractions do). npos when there is none.
constexpr std::size_t kColumnSpaces = 6;

std::size_t column_gap(std::string_view line, std::size_t pos) {
  const auto tab = line.find('\t', pos);
  const auto spaces = line.find(std::string(kColumnSpaces, ' '), pos);
  return std::min(tab, spaces);
}

// Width of the white space a line starts with, a TAB counting as 8 columns.
constexpr std::size_t kRightColumnIndent = 16;

std::size_t indentation(std::string_view line) {
  std::size_t width = 0;
  for (const char c : line) {
    if (c == ' ') ++width;
    else if (c == '\t') width += 8;
    else break;
  }
  return width;
}

// The fields of a line that has an inner column gap; empty when it has none. A run of tabs or spaces is one
// separator: clerks press TAB (or space) as often as it takes to reach the next column.
std::vector<std::string_view> tab_fields(std::string_view line) {
  std::vector<std::string_view> fields;
  line = strip_blanks(line);
  if (column_gap(line, 0) == std::string_view::npos) return fields;
  while (!line.empty()) {
    const auto gap = column_gap(line, 0);
    fields.push_back(strip_blanks(line.substr(0, gap)));
    if (gap == std::string_view::npos) break;
    line = strip_blanks(line.substr(gap));
  }
  return fields;
}

// Splits the decoded text into paragraphs: runs of tab-separated lines become tables, everything else goes through
// add_paragraph unchanged, one line at a time.
void add_lines(Extracted& out, std::string_view text) {
  int tables = 0;
  int row = -1;  // the row of the open table; -1 when the previous line was not a table line
  while (!text.empty()) {
    const auto newline = text.find('\n');
    const std::string_view line = text.substr(0, newline);
    text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
    // A blank line inside a table (the empty row between roles and names) does not end it.
    if (row >= 0 && strip_blanks(line).empty()) continue;
    std::vector<std::string_view> fields = tab_fields(line);
    // Inside a table, a line with a TAB before or after its text is still a row: "\tCHỦ TỊCH HĐQT" holds only the
    // right column, "CHỦ TỊCH UBND XÃ\t" only the left; a line indented far to the right holds the right column.
    if (fields.empty() && row >= 0) {
      const std::string_view text_only = strip_blanks(line);
      const std::size_t lead = line.find(text_only.empty() ? std::string_view(" ") : text_only.substr(0, 1));
      const bool leading_tab = line.substr(0, lead).find('\t') != std::string_view::npos;
      if (leading_tab || indentation(line) >= kRightColumnIndent) fields = {std::string_view{}, text_only};
      else if (line.find('\t') != std::string_view::npos) fields = {text_only};
    }
    Paragraph paragraph;
    if (fields.empty()) {
      row = -1;
      paragraph.text = std::string(line);
      add_paragraph(out, std::move(paragraph));
      continue;
    }
    if (row < 0) ++tables;
    paragraph.table = tables - 1;
    paragraph.row = ++row;
    for (std::size_t cell = 0; cell < fields.size(); ++cell) {
      Paragraph piece = paragraph;
      piece.cell = static_cast<int>(cell);
      piece.text = std::string(fields[cell]);
      add_paragraph(out, std::move(piece));
    }
  }
}

}  // namespace

Status read_txt(const ReaderInput& input, Extracted& out) {
  std::string_view bytes = input.bytes;
  std::string converted;
  std::optional<bool> utf16_little;
  if (bytes.starts_with("\xFF\xFE")) utf16_little = true;
  else if (bytes.starts_with("\xFE\xFF")) utf16_little = false;
  if (utf16_little) {
    bytes.remove_prefix(2);
  } else {
    utf16_little = sniff_utf16(bytes);
  }
  if (utf16_little) {
    converted = utf16_to_utf8(bytes, *utf16_little);
    bytes = converted;
    out.encoding = "utf-16";
  } else if (bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.remove_prefix(3);
  }

  const double controls = control_share(bytes);
  if (controls > 0.05) {
    return Status::invalid_argument(std::string(input.name) + ": binary data, not text (" +
                                    std::to_string(static_cast<int>(controls * 100 + 0.5)) +
                                    "% control bytes); if this is a document, its format is not one vanthu reads");
  }
  if (controls > 0) {
    out.warnings.push_back(std::string(input.name) + ": control characters removed from the text (" +
                           "glyphs without a Unicode mapping in the source)");
  }

  const text::Decoded decoded = text::decode_text(bytes);
  if (out.encoding.empty()) out.encoding = std::string(text::encoding_name(decoded.encoding));
  if (decoded.encoding != text::Encoding::Utf8 && decoded.confidence < 0.5) {
    out.warnings.push_back(std::string(input.name) + ": the encoding is uncertain (read as " + out.encoding + ")");
  }
  add_lines(out, decoded.text);
  return Status::ok();
}

}  // namespace vanthu::ingest
