// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/render: pages that fill from top to bottom (pdf_canvas.cpp). A block of text is laid out by
// Pango at a width and drawn line by line, so a paragraph breaks across pages where the page ends. The canvas keeps
// the page furniture of Decree 30/2020 (A4, margins, page numbers from the second page), the bookmarks and the
// fonts' coverage: a character the body font lacks is counted and named in a warning.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <cairo.h>
#include <pango/pangocairo.h>

#include "base/base.h"

namespace vanthu::render {

// Decree 30/2020 Annex I: A4; top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; body 13–14 pt.
inline constexpr double kMillimetre = 72.0 / 25.4;
inline constexpr double kPageWidth = 210 * kMillimetre;
inline constexpr double kPageHeight = 297 * kMillimetre;
inline constexpr double kMarginTop = 20 * kMillimetre;
inline constexpr double kMarginBottom = 20 * kMillimetre;
inline constexpr double kMarginLeft = 30 * kMillimetre;
inline constexpr double kMarginRight = 20 * kMillimetre;
inline constexpr double kBodyWidth = kPageWidth - kMarginLeft - kMarginRight;
inline constexpr double kBodySize = 13;              // pt
inline constexpr double kFirstLineIndent = 10 * kMillimetre;
inline constexpr double kParagraphSpacing = 6;       // pt after a paragraph (Decree 30: at least 6 pt)
inline constexpr const char* kFontFamily = "Liberation Serif";

enum class Align : std::uint8_t { Left, Centre, Right, Justify };

struct Style {
  double size = kBodySize;
  bool bold = false, italic = false;
  Align align = Align::Justify;
  double first_indent = 0;  // pt
  double left = 0;          // pt, from the column's left edge
  double space_after = kParagraphSpacing;
  double line_spacing = 1.1;  // multiple of the font's natural line height
  bool keep_breaks = false;   // line feeds in the text start new lines; otherwise all white space is one space
};

// A run inside one block, with emphasis added to the block's style: a bold speaker before a speech.
struct Run {
  std::string text;
  bool bold = false, italic = false;
};

class Canvas {
public:
  Canvas();
  ~Canvas();
  Canvas(const Canvas&) = delete;
  Canvas& operator=(const Canvas&) = delete;

  // Where warnings say a problem is ("Điều 5", "phần đầu"); set by the document walker as it goes.
  void set_place(std::string place) { m_place = std::move(place); }

  // Draws a block in the column [x, x + width) (relative to the left margin), breaking across pages.
  void block(const std::vector<Run>& runs, const Style& style, double x = 0, double width = kBodyWidth);
  void block(std::string_view text, const Style& style, double x = 0, double width = kBodyWidth) {
    block({Run{std::string(text)}}, style, x, width);
  }

  // Lays out a block without drawing it: its height at width.
  double measure(const std::vector<Run>& runs, const Style& style, double width);

  // Columns side by side that start at the same height (the header, signatures). Each column is a list of blocks;
  // the cursor ends below the tallest. A set that does not fit the rest of the page starts a new one.
  struct Column {
    double x = 0, width = 0;
    std::vector<std::pair<std::vector<Run>, Style>> blocks;
    std::vector<double> rules;  // after block i (index), a centred rule of this width (0: none)
  };
  void columns(const std::vector<Column>& set);

  // A table with columns of the given widths; rows taller than a page are drawn as their cells' text in sequence.
  void table(const std::vector<std::vector<std::string>>& rows, const std::vector<double>& widths, double size);

  // A centred horizontal rule of this width at the cursor.
  void rule(double width, double x_centre = kBodyWidth / 2);
  void space(double points);
  // Starts a new page unless at least `points` remain on this one (keeps a heading with its text).
  void keep(double points);

  // A bookmark at the cursor under parent (0: top level); returns its id for children.
  int bookmark(const std::string& title, int parent);

  void set_metadata(const std::string& title, const std::string& author, const std::string& subject,
                    const std::string& keywords);

  // Ends the document. The PDF bytes, the page count and the warnings (one per place and script).
  Result<std::string> finish();
  int pages() const { return m_page; }
  std::vector<std::string> warnings() const;

private:
  PangoLayout* layout(const std::vector<Run>& runs, const Style& style, double width);
  void new_page();
  void check_coverage(std::string_view text);
  double remaining() const { return kPageHeight - kMarginBottom - m_y; }

  std::string m_bytes;
  cairo_surface_t* m_surface = nullptr;
  cairo_t* m_cairo = nullptr;
  PangoFontMap* m_fonts = nullptr;
  PangoContext* m_context = nullptr;
  PangoCoverage* m_coverage = nullptr;  // of the body font
  int m_page = 0;
  double m_y = 0;
  std::string m_place;
  // (place, script) → characters the body font lacks; and those no installed font has.
  std::map<std::pair<std::string, std::string>, int> m_fallbacks;
  std::map<std::string, int> m_missing;
};

}  // namespace vanthu::render
