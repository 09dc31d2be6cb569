// SPDX-License-Identifier: Apache-2.0
#include "render/pdf_canvas.h"

#include <algorithm>
#include <cstdio>

#include <cairo-pdf.h>

namespace vanthu::render {
namespace {

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

int pango_units(double points) { return static_cast<int>(points * PANGO_SCALE); }
double points(int units) { return static_cast<double>(units) / PANGO_SCALE; }

PangoFontDescription* font(double size, bool bold, bool italic) {
  PangoFontDescription* description = pango_font_description_new();
  pango_font_description_set_family(description, kFontFamily);
  pango_font_description_set_absolute_size(description, size * PANGO_SCALE);
  pango_font_description_set_weight(description, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style(description, italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  return description;
}

// What a reader would call the characters a font lacks.
std::string script_of(char32_t cp) {
  if ((cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x20000 && cp <= 0x3FFFF) ||
      (cp >= 0xAC00 && cp <= 0xD7AF))
    return "CJK";
  if ((cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF)) return "emoji";
  if (cp >= 0x0600 && cp <= 0x06FF) return "Arabic";
  if (cp >= 0x0E00 && cp <= 0x0E7F) return "Thai";
  if (cp >= 0x0E80 && cp <= 0x0EFF) return "Lao";
  if (cp >= 0x1780 && cp <= 0x17FF) return "Khmer";
  char code[16];
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
  return code;
}

// Runs of white space as one space: a line feed left in a paragraph by its source must not break the line.
void append_flat(std::string& out, std::string_view text) {
  bool space = !out.empty() && out.back() == ' ';
  for (const char c : text) {
    if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      if (!space) out += ' ';
      space = true;
    } else {
      out += c;
      space = false;
    }
  }
}

}  // namespace

Canvas::Canvas() {
  m_surface = cairo_pdf_surface_create_for_stream(append_bytes, &m_bytes, kPageWidth, kPageHeight);
  cairo_pdf_surface_restrict_to_version(m_surface, CAIRO_PDF_VERSION_1_5);
  m_cairo = cairo_create(m_surface);
  // Pango's default font map is per thread: each thread that renders keeps its fonts loaded.
  m_fonts = pango_cairo_font_map_get_default();
  m_context = pango_font_map_create_context(m_fonts);
  pango_cairo_context_set_resolution(m_context, 72);  // 1 pt = 1 unit: sizes are in points
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);  // print metrics, not screen pixels
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(m_context, options);
  cairo_font_options_destroy(options);
  PangoFontDescription* body = font(kBodySize, false, false);
  if (PangoFont* loaded = pango_context_load_font(m_context, body); loaded != nullptr) {
    m_coverage = pango_font_get_coverage(loaded, pango_language_from_string("vi"));
    g_object_unref(loaded);
  }
  pango_font_description_free(body);
  new_page();
}

Canvas::~Canvas() {
  if (m_coverage != nullptr) pango_coverage_unref(m_coverage);
  if (m_context != nullptr) g_object_unref(m_context);
  if (m_cairo != nullptr) cairo_destroy(m_cairo);
  if (m_surface != nullptr) cairo_surface_destroy(m_surface);
}

void Canvas::new_page() {
  if (m_page > 0) cairo_show_page(m_cairo);
  ++m_page;
  m_y = kMarginTop;
  if (m_page < 2) return;
  // Decree 30/2020: page numbers in Arabic numerals, centred in the top margin, from the second page.
  Style number;
  number.align = Align::Centre;
  PangoLayout* page_number = layout({Run{std::to_string(m_page)}}, number, kBodyWidth);
  cairo_move_to(m_cairo, kMarginLeft, kMarginTop / 2 - kBodySize / 2);
  pango_cairo_show_layout(m_cairo, page_number);
  g_object_unref(page_number);
}

void Canvas::check_coverage(std::string_view text) {
  if (m_coverage == nullptr) return;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char32_t cp = utf8_next(text, pos);
    if (cp < 0x80 || cp == 0xFFFD) continue;
    if (pango_coverage_get(m_coverage, static_cast<int>(cp)) == PANGO_COVERAGE_NONE) ++m_fallbacks[{m_place, script_of(cp)}];
  }
}

PangoLayout* Canvas::layout(const std::vector<Run>& runs, const Style& style, double width) {
  PangoLayout* result = pango_layout_new(m_context);
  std::string text;
  PangoAttrList* attributes = pango_attr_list_new();
  for (const Run& run : runs) {
    const auto begin = static_cast<guint>(text.size());
    if (style.keep_breaks) text += run.text;
    else append_flat(text, run.text);
    const auto end = static_cast<guint>(text.size());
    // A run adds emphasis to the block's style; it never takes the block's away.
    if (run.bold && !style.bold) {
      PangoAttribute* weight = pango_attr_weight_new(PANGO_WEIGHT_BOLD);
      weight->start_index = begin;
      weight->end_index = end;
      pango_attr_list_insert(attributes, weight);
    }
    if (run.italic && !style.italic) {
      PangoAttribute* slant = pango_attr_style_new(PANGO_STYLE_ITALIC);
      slant->start_index = begin;
      slant->end_index = end;
      pango_attr_list_insert(attributes, slant);
    }
  }
  PangoFontDescription* description = font(style.size, style.bold, style.italic);
  pango_layout_set_font_description(result, description);
  pango_font_description_free(description);
  pango_layout_set_text(result, text.data(), static_cast<int>(text.size()));
  pango_layout_set_attributes(result, attributes);
  pango_attr_list_unref(attributes);
  pango_layout_set_width(result, pango_units(std::max(1.0, width - style.left)));
  pango_layout_set_wrap(result, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_indent(result, pango_units(style.first_indent));
  // Extra leading as spacing, not a line-height factor: a line's y-range then still covers its glyphs.
  pango_layout_set_spacing(result, pango_units(std::max(0.0, style.line_spacing - 1.0) * style.size));
  pango_layout_set_justify(result, style.align == Align::Justify);
  pango_layout_set_alignment(result, style.align == Align::Centre  ? PANGO_ALIGN_CENTER
                                     : style.align == Align::Right ? PANGO_ALIGN_RIGHT
                                                                   : PANGO_ALIGN_LEFT);
  return result;
}

double Canvas::measure(const std::vector<Run>& runs, const Style& style, double width) {
  PangoLayout* measured = layout(runs, style, width);
  int height = 0;
  pango_layout_get_size(measured, nullptr, &height);
  g_object_unref(measured);
  return points(height) + style.space_after;
}

void Canvas::block(const std::vector<Run>& runs, const Style& style, double x, double width) {
  PangoLayout* laid = layout(runs, style, width);
  check_coverage(pango_layout_get_text(laid));
  if (const int unknown = pango_layout_get_unknown_glyphs_count(laid); unknown > 0) m_missing[m_place] += unknown;
  PangoLayoutIter* line = pango_layout_get_iter(laid);
  double offset = 0;  // layout y that sits at m_y: moves on at each page break
  double start = m_y;
  do {
    int top = 0, bottom = 0;
    pango_layout_iter_get_line_yrange(line, &top, &bottom);
    const double line_top = start + points(top) - offset;
    const double line_bottom = start + points(bottom) - offset;
    if (line_bottom > kPageHeight - kMarginBottom && line_top > kMarginTop + 0.01) {
      new_page();
      offset = points(top);
      start = m_y;
    }
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(line, nullptr, &logical);
    const double baseline = points(pango_layout_iter_get_baseline(line));
    cairo_move_to(m_cairo, kMarginLeft + x + style.left + points(logical.x), start + baseline - offset);
    pango_cairo_show_layout_line(m_cairo, pango_layout_iter_get_line_readonly(line));
    m_y = start + points(bottom) - offset;
  } while (pango_layout_iter_next_line(line));
  pango_layout_iter_free(line);
  g_object_unref(laid);
  m_y += style.space_after;
}

void Canvas::columns(const std::vector<Column>& set) {
  double tallest = 0;
  for (const Column& column : set) {
    double height = 0;
    for (const auto& [runs, style] : column.blocks) height += measure(runs, style, column.width) + 4;
    tallest = std::max(tallest, height);
  }
  if (tallest > kPageHeight - kMarginTop - kMarginBottom) {
    // Taller than a page (a title of thousands of characters): one column after the other, breaking pages.
    for (const Column& column : set)
      for (const auto& [runs, style] : column.blocks) block(runs, style, column.x, column.width);
    return;
  }
  keep(tallest);
  const double top = m_y;
  double bottom = top;
  for (const Column& column : set) {
    m_y = top;
    for (std::size_t i = 0; i < column.blocks.size(); ++i) {
      const auto& [runs, style] = column.blocks[i];
      Style tight = style;
      tight.space_after = 0;
      block(runs, tight, column.x, column.width);
      if (i < column.rules.size() && column.rules[i] > 0) {
        m_y += 1;
        rule(column.rules[i], column.x + column.width / 2);
        m_y += 3;
      }
      m_y += style.space_after;
    }
    bottom = std::max(bottom, m_y);
  }
  m_y = bottom;
}

void Canvas::table(const std::vector<std::vector<std::string>>& rows, const std::vector<double>& widths, double size) {
  constexpr double kPad = 3;
  Style cell;
  cell.size = size;
  cell.align = Align::Left;
  cell.space_after = 0;
  cell.line_spacing = 1.0;
  cell.keep_breaks = true;  // a cell's paragraphs, one per line
  for (const std::vector<std::string>& row : rows) {
    std::vector<PangoLayout*> cells;
    double height = 0;
    for (std::size_t c = 0; c < widths.size(); ++c) {
      PangoLayout* laid = layout({Run{c < row.size() ? row[c] : std::string()}}, cell, widths[c] - 2 * kPad);
      check_coverage(pango_layout_get_text(laid));
      int h = 0;
      pango_layout_get_size(laid, nullptr, &h);
      height = std::max(height, points(h) + 2 * kPad);
      cells.push_back(laid);
    }
    if (height > kPageHeight - kMarginTop - kMarginBottom) {
      // A row taller than a page cannot be drawn as a box: its cells follow one another as paragraphs.
      for (PangoLayout* laid : cells) g_object_unref(laid);
      for (const std::string& text : row) block(text, cell);
      continue;
    }
    if (height > remaining()) new_page();
    double x = kMarginLeft;
    cairo_set_line_width(m_cairo, 0.5);
    for (std::size_t c = 0; c < cells.size(); ++c) {
      cairo_rectangle(m_cairo, x, m_y, widths[c], height);
      cairo_stroke(m_cairo);
      cairo_move_to(m_cairo, x + kPad, m_y + kPad);
      pango_cairo_show_layout(m_cairo, cells[c]);
      g_object_unref(cells[c]);
      x += widths[c];
    }
    m_y += height;
  }
  m_y += kParagraphSpacing;
}

void Canvas::rule(double width, double x_centre) {
  cairo_set_line_width(m_cairo, 0.6);
  cairo_move_to(m_cairo, kMarginLeft + x_centre - width / 2, m_y);
  cairo_line_to(m_cairo, kMarginLeft + x_centre + width / 2, m_y);
  cairo_stroke(m_cairo);
}

void Canvas::space(double amount) { m_y += amount; }

void Canvas::keep(double amount) {
  if (amount > remaining() && m_y > kMarginTop + 0.01) new_page();
}

int Canvas::bookmark(const std::string& title, int parent) {
  char destination[96];
  std::snprintf(destination, sizeof destination, "page=%d pos=[%.1f %.1f]", m_page, kMarginLeft, m_y);
  return cairo_pdf_surface_add_outline(m_surface, parent, title.c_str(), destination,
                                       static_cast<cairo_pdf_outline_flags_t>(0));
}

void Canvas::set_metadata(const std::string& title, const std::string& author, const std::string& subject,
                          const std::string& keywords) {
  cairo_pdf_surface_set_metadata(m_surface, CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_pdf_surface_set_metadata(m_surface, CAIRO_PDF_METADATA_AUTHOR, author.c_str());
  cairo_pdf_surface_set_metadata(m_surface, CAIRO_PDF_METADATA_SUBJECT, subject.c_str());
  cairo_pdf_surface_set_metadata(m_surface, CAIRO_PDF_METADATA_KEYWORDS, keywords.c_str());
  cairo_pdf_surface_set_metadata(m_surface, CAIRO_PDF_METADATA_CREATOR, "vanthu");
}

Result<std::string> Canvas::finish() {
  cairo_destroy(m_cairo);
  m_cairo = nullptr;
  cairo_surface_finish(m_surface);
  const cairo_status_t status = cairo_surface_status(m_surface);
  cairo_surface_destroy(m_surface);
  m_surface = nullptr;
  if (status != CAIRO_STATUS_SUCCESS) return Status::internal(std::string("PDF: ") + cairo_status_to_string(status));
  return std::move(m_bytes);
}

std::vector<std::string> Canvas::warnings() const {
  // One line per place: how many characters fell back, which scripts, and how many no installed font has.
  std::map<std::string, std::pair<int, std::string>> by_place;
  for (const auto& [key, count] : m_fallbacks) {
    auto& [total, scripts] = by_place[key.first];
    total += count;
    scripts += (scripts.empty() ? "" : ", ") + key.second + " " + std::to_string(count);
  }
  for (const auto& [place, count] : m_missing) by_place[place];  // boxes the coverage check did not count
  std::vector<std::string> out;
  for (const auto& [place, found] : by_place) {
    const auto& [total, scripts] = found;
    std::string line = (place.empty() ? std::string("text") : place) + ": ";
    if (total > 0) line += std::to_string(total) + " characters are not in " + kFontFamily + " (" + scripts + ")";
    const auto missing = m_missing.find(place);
    if (missing == m_missing.end()) {
      line += "; drawn in a fallback font";
    } else {
      line += (total > 0 ? "; " : "") + std::to_string(missing->second) +
              " have no glyph in any installed font and are drawn as empty boxes";
    }
    out.push_back(std::move(line));
  }
  return out;
}

}  // namespace vanthu::render
