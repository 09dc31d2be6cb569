// SPDX-License-Identifier: Apache-2.0
//
// PDF text layers (poppler-cpp) → one paragraph per text line, with its page. The lines are built here from
// poppler's words (page::text_list) rather than taken from page::text(): the words carry their font names, which
// say bold and italic and, in pre-2003 files, which legacy table the glyph codes follow (.VnTime → TCVN3, .VnTimeH
// → TCVN3 capitals, VNI-Times → VNI).
//
// Reading order is poppler's (its text flow keeps the lines of a table cell together), with one exception that
// poppler gets wrong: a short block of lines holding two columns side by side, which is how the Decree 30 header
// (issuer left, national motto right) and many signature blocks are laid out. Poppler reads those row by row,
// interleaving the columns; here they are found from the word boxes and read column by column, as a two-cell
// table (table/row/cell set, as the .docx of the same header would give).
//
// Faithful lines only: hard wraps, running headers, page numbers and the e-signature stamp stay; the shared
// clean-up after every reader removes them. Text turned by 90° or 270° (landscape tables on portrait pages) is read
// in its own direction. A PDF without any text is Unsupported: there is no OCR here.
//
// poppler reports damage on stderr through a global callback; it is routed into the warnings of the document
// being read on this thread.
#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <exception>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include "ingest/reader.h"
#include "text/text.h"

namespace vanthu::ingest {
namespace {

// A gap between two words wider than this many font sizes separates columns (measured on the 51 gazette PDFs:
// word gaps are below 0.5 em, justified lines stretch them to ~1.5 em, and the columns of the Decree 30 header
// are 3.5 em or more apart).
constexpr double kColumnGap = 2.5;
// Between words poppler put in different blocks, a gap wider than this many font sizes is a column boundary.
constexpr double kSeparateBlockGap = 0.8;
// Lines farther apart than this many font sizes do not belong to the same block (header lines touch; the gazette
// running header sits two line heights above the Decree 30 header).
constexpr double kBlockLineGap = 1.5;
// A two-column block longer than this many lines is a table, which poppler's order reads better (cell by cell);
// the header of a joint circular (four issuers, a two-line number) takes nine.
constexpr std::size_t kMaxBlockLines = 10;
// A gap narrower than this (in font sizes) between two words poppler did not list one after the other is no space.
constexpr double kSpaceGap = 0.15;
constexpr std::size_t kMaxPopplerWarnings = 10;
// A document of several pages none of which carries this many words is scanned pages under a text layer of
// running headers and page numbers (the gazette's treaty texts): there is nothing to read without OCR.
constexpr std::size_t kMinWordsOnSomePage = 25;
// Share of the non-ASCII words in Unicode-named fonts that hold a character CP1252 lacks (ư, ơ, ạ …) above which
// the document is Unicode, so its words need no legacy detection. Legacy glyph codes under a renamed font never
// leave CP1252; real Vietnamese text mostly does (about two words in three).
constexpr double kUnicodeShare = 0.2;

// ----------------------------------------------------------------------------------------------------------------
// poppler's error messages → the warnings of the document being read.

struct ErrorSink {
  std::vector<std::string> messages;
  std::size_t dropped = 0;
};
thread_local ErrorSink* t_sink = nullptr;

void on_poppler_error(const std::string& message, void*) {
  if (t_sink == nullptr) return;  // another thread's document, or outside any read: silence
  if (std::find(t_sink->messages.begin(), t_sink->messages.end(), message) != t_sink->messages.end()) return;
  if (t_sink->messages.size() < kMaxPopplerWarnings) {
    t_sink->messages.push_back(message);
  } else {
    ++t_sink->dropped;
  }
}

class SinkScope {
public:
  explicit SinkScope(ErrorSink& sink) {
    static std::once_flag installed;
    std::call_once(installed, [] { poppler::set_debug_error_function(on_poppler_error, nullptr); });
    t_sink = &sink;
  }
  ~SinkScope() { t_sink = nullptr; }
  SinkScope(const SinkScope&) = delete;
  SinkScope& operator=(const SinkScope&) = delete;
};

// ----------------------------------------------------------------------------------------------------------------
// Fonts.

// "AARIQC+.VnTimeH,Bold" → ".VnTimeH,Bold": the subset tag (six capitals and '+') says nothing about the font.
std::string_view without_subset_tag(std::string_view font) {
  if (font.size() > 7 && font[6] == '+' &&
      std::all_of(font.begin(), font.begin() + 6, [](char c) { return c >= 'A' && c <= 'Z'; })) {
    font.remove_prefix(7);
  }
  return font;
}

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

// The legacy font name as text::encoding_for_font knows it, or "" for a Unicode font. Acrobat Distiller drops the
// dot and glues the style on ("VnTimeHBold"); pdfFactory keeps both (".VnTimeH,Bold"). The capitals-only H must
// stay last, because it decides upper-casing.
std::string legacy_font(std::string_view raw) {
  std::string_view font = without_subset_tag(raw);
  font = font.substr(0, font.find(','));
  std::string name;
  if (font.starts_with("Vn")) name += '.';
  name += font;
  if (!text::encoding_for_font(name)) return {};
  for (std::string_view style : {"BoldItalic", "Italic", "Bold", "-"}) {
    if (name.size() > style.size() + 3 && std::string_view(name).ends_with(style)) {
      name.resize(name.size() - style.size());
    }
  }
  return name;
}

bool is_bold_font(std::string_view font) {
  return contains(font, "Bold") || contains(font, "bold") || contains(font, "Black") || contains(font, "Heavy");
}
bool is_italic_font(std::string_view font) {
  return contains(font, "Italic") || contains(font, "italic") || contains(font, "Oblique");
}

// Legacy fonts drawn through a second, CID-keyed copy of the font give a few glyphs a Unicode look-alike in place
// of their CP1252 code: TCVN3's ư (byte 0xAD, soft hyphen) arrives as U+2212 MINUS SIGN, its ã (0xB7, middle dot)
// as U+2219 BULLET OPERATOR. Put the codes back, so the run reads as CP1252 again.
std::string restore_legacy_codes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = utf8_next(text, pos);
    if (cp == U'\u2212') {
      utf8_append(out, U'\u00AD');
    } else if (cp == U'\u2219') {
      utf8_append(out, U'\u00B7');
    } else {
      utf8_append(out, cp);
    }
  }
  return out;
}

// ----------------------------------------------------------------------------------------------------------------
// Words, lines and columns, in the word's own reading frame: u runs along the text, v down the lines.

struct Word {
  std::string text;
  std::string font;  // legacy name or ""
  bool bold = false, italic = false;
  bool space_after = false;
  std::size_t order = 0;  // index in poppler's list
  int rotation = 0;
  double u0 = 0, u1 = 0, v0 = 0, v1 = 0;
  double size = 0;
};

struct Segment {
  std::vector<const Word*> words;
  double u0 = 0, u1 = 0;
};

struct Line {
  std::vector<const Word*> words;  // by u
  std::vector<Segment> segments;
  double v0 = 0, v1 = 0;            // all its words
  double core0 = 0, core1 = 0;      // its tallest word: what other words are compared with
  double size = 0;
};

// rotation 0: left to right; 1: top to bottom (lines go right to left); 2: upside down; 3: bottom to top (lines
// go left to right).
void place(Word& word, const poppler::rectf& box) {
  const double x0 = box.left(), x1 = box.right(), y0 = box.top(), y1 = box.bottom();
  switch (word.rotation) {
    case 1: word.u0 = y0, word.u1 = y1, word.v0 = -x1, word.v1 = -x0; break;
    case 2: word.u0 = -x1, word.u1 = -x0, word.v0 = -y1, word.v1 = -y0; break;
    case 3: word.u0 = -y1, word.u1 = -y0, word.v0 = x0, word.v1 = x1; break;
    default: word.u0 = x0, word.u1 = x1, word.v0 = y0, word.v1 = y1; break;
  }
}

double overlap(double a0, double a1, double b0, double b1) { return std::min(a1, b1) - std::max(a0, b0); }

// A word belongs to a line when it shares at least half of the taller height with the line's tallest word, or
// sits inside it (a superscript). Comparing with the union of the line's words instead lets a line of a
// neighbouring column, set in another size and half a line lower, chain two lines into one.
bool on_line(const Line& line, const Word& word) {
  const double word_height = word.v1 - word.v0, core_height = line.core1 - line.core0;
  const double slack = 0.1 * core_height;
  return overlap(line.core0, line.core1, word.v0, word.v1) >= 0.5 * std::max(word_height, core_height) ||
         (word.v0 >= line.core0 - slack && word.v1 <= line.core1 + slack);
}

// Whether a column boundary lies between two neighbours on a line: a gap wider than kColumnGap, or a gap wider
// than a stretched word space between words that poppler itself put in different text blocks (the two columns of a
// header set close together).
bool column_gap(const Word& left, const Word& right) {
  const double gap = right.u0 - left.u1, size = std::max(right.size, 1.0);
  return gap > kColumnGap * size || (right.order != left.order + 1 && gap > kSeparateBlockGap * size);
}

// Words of one reading direction → lines, top to bottom.
std::vector<Line> build_lines(std::vector<const Word*> words) {  // a copy: sorted here
  std::sort(words.begin(), words.end(), [](const Word* a, const Word* b) {
    const double ca = (a->v0 + a->v1) / 2, cb = (b->v0 + b->v1) / 2;
    return ca != cb ? ca < cb : a->u0 < b->u0;
  });
  std::vector<Line> lines;
  for (const Word* word : words) {
    Line* target = nullptr;
    // The last few lines are candidates: a superscript or a taller word may arrive after a neighbour line began.
    for (std::size_t back = 0; back < 3 && back < lines.size(); ++back) {
      Line& line = lines[lines.size() - 1 - back];
      if (on_line(line, *word)) {
        target = &line;
        break;
      }
    }
    if (target == nullptr) {
      lines.emplace_back();
      target = &lines.back();
      target->v0 = target->core0 = word->v0;
      target->v1 = target->core1 = word->v1;
    }
    target->words.push_back(word);
    target->v0 = std::min(target->v0, word->v0);
    target->v1 = std::max(target->v1, word->v1);
    if (word->v1 - word->v0 > target->core1 - target->core0) {
      target->core0 = word->v0;
      target->core1 = word->v1;
    }
  }
  for (Line& line : lines) {
    std::sort(line.words.begin(), line.words.end(), [](const Word* a, const Word* b) { return a->u0 < b->u0; });
    std::vector<double> sizes;
    for (const Word* word : line.words) sizes.push_back(word->size);
    std::nth_element(sizes.begin(), sizes.begin() + static_cast<std::ptrdiff_t>(sizes.size() / 2), sizes.end());
    line.size = std::max(sizes[sizes.size() / 2], 1.0);
    for (const Word* word : line.words) {
      if (line.segments.empty() || column_gap(*line.segments.back().words.back(), *word)) {
        line.segments.push_back({{}, word->u0, word->u1});
      }
      line.segments.back().words.push_back(word);
      line.segments.back().u1 = std::max(line.segments.back().u1, word->u1);
    }
  }
  std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.v0 < b.v0; });
  return lines;
}

// ----------------------------------------------------------------------------------------------------------------
// Paragraphs.

class PageWriter {
public:
  // unicode: the document's text in Unicode-named fonts is Unicode for certain (see kUnicodeShare).
  PageWriter(Extracted& out, std::vector<std::string>& encodings, bool unicode)
      : m_out(out), m_encodings(encodings), m_unicode(unicode) {}

  // words: one reading direction of a page, in poppler's order; lines: the same words as geometric lines.
  void write(const std::vector<const Word*>& words, const std::vector<Line>& lines, int page) {
    m_page = page;
    measure_body(lines);

    // The two-column blocks, and which block each of their words belongs to.
    std::vector<std::pair<std::size_t, Block>> blocks;  // first line, block
    std::unordered_map<const Word*, std::size_t> block_of;
    for (std::size_t i = 0; i < lines.size();) {
      const Block block = two_column_block(lines, i);
      if (block.end <= i + 1 || !both_columns_stacked(lines, i, block)) {
        ++i;
        continue;
      }
      if (block.end - i <= kMaxBlockLines) {
        for (std::size_t j = i; j < block.end; ++j) {
          for (const Word* word : lines[j].words) block_of[word] = blocks.size();
        }
        blocks.emplace_back(i, block);
      }
      i = block.end;
    }

    // Poppler orders text turned by 90° or 270° badly (blocks in reverse): such text is read line by line.
    if (!words.empty() && words.front()->rotation != 0) {
      for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto first = std::find_if(blocks.begin(), blocks.end(), [&](const auto& b) { return b.first == i; });
        if (first != blocks.end()) {
          write_block(lines, first->first, first->second);
          i = first->second.end - 1;
          continue;
        }
        for (const Segment& segment : lines[i].segments) emit(segment, -1, -1, -1, centered_on_page(segment));
      }
      return;
    }

    // Poppler's order: a block is written where poppler meets its first word.
    std::vector<bool> written(blocks.size(), false);
    Segment line;
    const auto flush = [&] {
      if (!line.words.empty()) emit(line, -1, -1, -1, centered_on_page(line));
      line = Segment{};
    };
    for (const Word* word : words) {
      if (const auto it = block_of.find(word); it != block_of.end()) {
        flush();
        if (!written[it->second]) {
          written[it->second] = true;
          write_block(lines, blocks[it->second].first, blocks[it->second].second);
        }
        continue;
      }
      if (!line.words.empty() && !continues(*line.words.back(), *word)) flush();
      if (line.words.empty()) line.u0 = line.u1 = word->u0;
      line.words.push_back(word);
      line.u1 = std::max(line.u1, word->u1);
    }
    flush();
  }

private:
  // The end of the two-column block that starts at lines[begin], or begin when none does. It starts with a line of
  // two segments and goes on through close lines that have two segments or one segment on one side, as long as
  // some gap still separates every left part from every right part ([low, high] is that gap).
  struct Block {
    std::size_t end;
    double split;  // left parts end before it, right parts start after it
  };
  static Block two_column_block(const std::vector<Line>& lines, std::size_t begin) {
    const Line& first = lines[begin];
    if (first.segments.size() != 2) return {begin, 0};
    double low = first.segments[0].u1, high = first.segments[1].u0;
    std::size_t end = begin + 1;
    double split = (low + high) / 2;
    for (; end < lines.size(); ++end) {
      const Line& line = lines[end];
      if (too_far(lines[end - 1], line)) break;
      if (line.segments.size() == 2) {
        if (line.segments[0].u1 >= high || line.segments[1].u0 <= low) break;
        low = std::max(low, line.segments[0].u1);
        high = std::min(high, line.segments[1].u0);
      } else if (line.segments.size() == 1 && line.segments[0].u1 < high) {
        low = std::max(low, line.segments[0].u1);
      } else if (line.segments.size() == 1 && line.segments[0].u0 > low) {
        high = std::min(high, line.segments[0].u0);
      } else {
        break;
      }
      if (low >= high) break;
      split = (low + high) / 2;
    }
    return {end, split};
  }

  // word goes on the line that ends with previous: poppler lists it next, on the same baseline, to the right, not
  // a column gap away.
  static bool continues(const Word& previous, const Word& word) {
    const double size = std::max({previous.size, word.size, 1.0});
    const double shared = overlap(previous.v0, previous.v1, word.v0, word.v1);
    return word.rotation == previous.rotation &&
           shared >= 0.5 * std::min(previous.v1 - previous.v0, word.v1 - word.v0) &&
           word.u0 >= previous.u1 - 0.3 * size && word.u0 - previous.u1 <= kColumnGap * size;
  }

  static bool too_far(const Line& above, const Line& below) {
    return below.v0 - above.v1 > kBlockLineGap * std::max(above.size, below.size);
  }

  // Each column holds at least two parts: the issuer and the number, the motto and the date, the recipients and the
  // signer. A running header with its page number ("CÔNG BÁO/Số 659 …   15") above a heading is no block.
  static bool both_columns_stacked(const std::vector<Line>& lines, std::size_t begin, const Block& block) {
    std::array<int, 2> parts = {0, 0};
    for (std::size_t row = begin; row < block.end; ++row) {
      for (const Segment& segment : lines[row].segments) ++parts[segment.u1 < block.split ? 0 : 1];
    }
    return parts[0] >= 2 && parts[1] >= 2;
  }

  // A header or signature block is read column by column: the issuer's lines, then the motto's. A two-column list
  // ("Mẫu số 01 | Danh sách …"), where every line pairs a left and a right part and neither column is centred, is
  // read row by row instead, so each left part stays next to its right part.
  void write_block(const std::vector<Line>& lines, std::size_t begin, const Block& block) {
    const std::size_t end = block.end;
    const int table = m_tables++;
    std::array<std::vector<std::pair<const Segment*, double>>, 2> columns;  // with the font size of the line
    for (std::size_t row = begin; row < end; ++row) {
      for (const Segment& segment : lines[row].segments) {
        columns[segment.u1 < block.split ? 0 : 1].emplace_back(&segment, lines[row].size);
      }
    }
    const std::array<bool, 2> centered = {centered_column(columns[0]), centered_column(columns[1])};
    const bool stacked = std::any_of(lines.begin() + static_cast<std::ptrdiff_t>(begin),
                                     lines.begin() + static_cast<std::ptrdiff_t>(end),
                                     [](const Line& line) { return line.segments.size() == 1; });
    if (!stacked && !centered[0] && !centered[1]) {
      for (std::size_t row = begin; row < end; ++row) {
        emit(lines[row].segments[0], table, static_cast<int>(row - begin), 0);
        emit(lines[row].segments[1], table, static_cast<int>(row - begin), 1);
      }
      return;
    }
    for (int cell = 0; cell < 2; ++cell) {
      for (const auto& [segment, size] : columns[static_cast<std::size_t>(cell)]) {
        emit(*segment, table, 0, cell, centered[static_cast<std::size_t>(cell)]);
      }
    }
  }

  // A column of a block is centred when its lines share a centre (within 2 em: headers are centred by eye) but not
  // a left edge (the issuer and the motto of a header, a signature); a list ("Nơi nhận:") shares its left edge.
  static bool centered_column(const std::vector<std::pair<const Segment*, double>>& column) {
    if (column.size() < 2) return false;
    double min_center = 1e300, max_center = -1e300, min_left = 1e300, max_left = -1e300, size = 0;
    for (const auto& [segment, line_size] : column) {
      const double center = (segment->u0 + segment->u1) / 2;
      min_center = std::min(min_center, center);
      max_center = std::max(max_center, center);
      min_left = std::min(min_left, segment->u0);
      max_left = std::max(max_left, segment->u0);
      size = std::max(size, line_size);
    }
    return max_center - min_center <= 2 * size && max_left - min_left > 1.5 * size;
  }

  // The text body of the page: the extent of its long lines. Short lines are judged against it.
  void measure_body(const std::vector<Line>& lines) {
    double widest = 0;
    for (const Line& line : lines) widest = std::max(widest, line.segments.back().u1 - line.segments.front().u0);
    m_body_left = 1e300;
    m_body_right = -1e300;
    for (const Line& line : lines) {
      if (line.segments.back().u1 - line.segments.front().u0 < 0.6 * widest) continue;
      m_body_left = std::min(m_body_left, line.segments.front().u0);
      m_body_right = std::max(m_body_right, line.segments.back().u1);
    }
  }

  // Centred ("NGHỊ ĐỊNH", "Chương I" titles) or right-aligned ("Hà Nội, ngày …") on the page. A single-line
  // paragraph with a first-line indent (1.27 cm, 2.6 em at 14 pt) can look centred by chance, so a line indented
  // less than that must be centred almost exactly.
  bool centered_on_page(const Segment& segment) const {
    if (m_body_right <= m_body_left) return false;
    const double width = m_body_right - m_body_left;
    const double size = segment.words.front()->size;
    const double indent = segment.u0 - m_body_left;
    const double right_margin = m_body_right - segment.u1;
    const double offset = std::abs((segment.u0 + segment.u1) / 2 - (m_body_left + m_body_right) / 2);
    if (indent >= 1.5 * size && right_margin >= 1.5 * size && offset <= 0.5 * size) return true;
    if (indent >= 2.8 * size && right_margin >= 2 * size && offset <= std::max(1.5 * size, 0.03 * width)) return true;
    return std::abs(right_margin) <= size && indent > 0.3 * width;
  }

  void emit(const Segment& segment, int table, int row, int cell, bool centered = false) {
    std::vector<SourceRun> runs;
    for (std::size_t k = 0; k < segment.words.size(); ++k) {
      const Word& word = *segment.words[k];
      SourceRun run{word.text, word.font, false, word.bold, word.italic};
      if (k + 1 < segment.words.size()) {
        const Word& next = *segment.words[k + 1];
        const bool space = next.order == word.order + 1 ? word.space_after
                                                          : next.u0 - word.u1 > kSpaceGap * std::max(word.size, 1.0);
        if (space) run.text += ' ';
      }
      runs.push_back(std::move(run));
    }
    const bool legacy = std::any_of(segment.words.begin(), segment.words.end(),
                                    [](const Word* word) { return !word->font.empty(); });
    DecodedParagraph decoded = legacy || !m_unicode ? decode_runs(runs, m_encodings) : join_unicode(runs);
    Paragraph paragraph;
    paragraph.text = std::move(decoded.text);
    paragraph.bold = decoded.bold;
    paragraph.italic = decoded.italic;
    paragraph.centered = centered;
    paragraph.table = table;
    paragraph.row = row;
    paragraph.cell = cell;
    paragraph.page = m_page;
    add_paragraph(m_out, std::move(paragraph));
  }

  // What decode_runs does for runs it finds to be Unicode, without the detection that can misread a short line
  // of Latin-1 letters ("giá…") as a legacy encoding.
  static DecodedParagraph join_unicode(const std::vector<SourceRun>& runs) {
    DecodedParagraph decoded;
    std::string text;
    bool all_bold = true, all_italic = true, any_visible = false;
    for (const SourceRun& run : runs) {
      text += run.text;
      if (run.text.find_first_not_of(' ') == std::string::npos) continue;
      any_visible = true;
      all_bold = all_bold && run.bold;
      all_italic = all_italic && run.italic;
    }
    decoded.text = text::normalize(text);
    decoded.bold = any_visible && all_bold;
    decoded.italic = any_visible && all_italic;
    return decoded;
  }

  Extracted& m_out;
  std::vector<std::string>& m_encodings;
  bool m_unicode = false;
  int m_tables = 0;
  int m_page = 0;
  double m_body_left = 0, m_body_right = 0;
};

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

std::string utf8_of(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

// The words of one page in poppler's order.
std::vector<Word> words_of(const poppler::page& page) {
  std::vector<Word> words;
  std::size_t order = 0;
  for (const poppler::text_box& box : page.text_list(poppler::page::text_list_include_font)) {
    Word word;
    const std::string raw_font = box.has_font_info() ? box.get_font_name() : std::string();
    word.font = legacy_font(raw_font);
    word.text = word.font.empty() ? utf8_of(box.text()) : restore_legacy_codes(utf8_of(box.text()));
    word.bold = is_bold_font(raw_font);
    word.italic = is_italic_font(raw_font);
    word.space_after = box.has_space_after();
    word.order = order++;
    word.rotation = box.rotation() & 3;
    word.size = box.has_font_info() ? box.get_font_size() : 0.0;
    place(word, box.bbox());
    if (word.size <= 0) word.size = word.v1 - word.v0;
    if (!word.text.empty()) words.push_back(std::move(word));
  }
  return words;
}

}  // namespace

Status read_pdf(const ReaderInput& input, Extracted& out) {
  const std::string source(input.name);
  if (input.bytes.size() > static_cast<std::size_t>(INT_MAX)) return Status::invalid_argument(source + ": too large");
  ErrorSink sink;
  SinkScope scope(sink);
  const auto flush_warnings = [&] {
    for (const std::string& message : sink.messages) out.warnings.push_back(source + ": PDF: " + message);
    if (sink.dropped > 0) {
      out.warnings.push_back(source + ": PDF: " + std::to_string(sink.dropped) + " more damage reports");
    }
    sink.messages.clear();
    sink.dropped = 0;
  };

  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(input.bytes.data(), static_cast<int>(input.bytes.size())));
  if (!document) {
    std::string why = sink.messages.empty() ? "" : " (" + sink.messages.front() + ")";
    return Status::corrupt(source + ": not a readable PDF" + why);
  }
  if (document->is_locked()) {
    return Status::permission_denied(source + ": the PDF is encrypted with a password; vanthu cannot open it");
  }

  const int pages = document->pages();
  out.page_count = pages > 0 ? static_cast<std::size_t>(pages) : 0;
  // All pages first: whether the document is Unicode and whether it has text at all are decided on the whole.
  struct PageWords {
    int number = 0;
    std::vector<Word> words;
  };
  std::vector<PageWords> document_words;
  document_words.reserve(out.page_count);
  std::size_t word_count = 0, fullest_page = 0, non_ascii = 0, beyond_cp1252 = 0;
  for (int index = 0; index < pages; ++index) {
    std::unique_ptr<poppler::page> page(document->create_page(index));
    if (!page) {
      out.warnings.push_back(source + ": page " + std::to_string(index + 1) + " could not be read");
      continue;
    }
    PageWords page_words{index + 1, words_of(*page)};
    word_count += page_words.words.size();
    fullest_page = std::max(fullest_page, page_words.words.size());
    for (const Word& word : page_words.words) {
      if (!word.font.empty() || is_ascii(word.text)) continue;
      ++non_ascii;
      if (!text::to_cp1252_bytes(word.text)) ++beyond_cp1252;
    }
    document_words.push_back(std::move(page_words));
  }
  flush_warnings();
  if (fullest_page == 0 || (pages >= 2 && fullest_page < kMinWordsOnSomePage)) {
    std::string what = word_count == 0 ? "no text layer"
                                       : "no text layer beyond " + std::to_string(word_count) +
                                             " words of running headers and page numbers";
    return Status::unsupported(source + ": image-only PDF (" + std::to_string(pages) +
                               (pages == 1 ? " page, " : " pages, ") + what + "); OCR is not part of vanthu");
  }

  std::vector<std::string> encodings;
  const bool unicode = non_ascii > 0 && static_cast<double>(beyond_cp1252) >= kUnicodeShare * static_cast<double>(non_ascii);
  PageWriter writer(out, encodings, unicode);
  for (const PageWords& page : document_words) {
    // Each reading direction on its own, in the order poppler first meets it.
    std::vector<int> rotations;
    for (const Word& word : page.words) {
      if (std::find(rotations.begin(), rotations.end(), word.rotation) == rotations.end()) {
        rotations.push_back(word.rotation);
      }
    }
    for (int rotation : rotations) {
      std::vector<const Word*> group;
      for (const Word& word : page.words) {
        if (word.rotation == rotation) group.push_back(&word);
      }
      writer.write(group, build_lines(group), page.number);
    }
    if (out.paragraphs.size() > input.limits.max_paragraphs) {
      out.warnings.push_back(source + ": more than " + std::to_string(input.limits.max_paragraphs) +
                             " lines (limit max_paragraphs); pages after " + std::to_string(page.number) +
                             " are not read");
      break;
    }
  }
  flush_warnings();
  out.encoding = summarize_encodings(encodings);
  return Status::ok();
}

}  // namespace vanthu::ingest
