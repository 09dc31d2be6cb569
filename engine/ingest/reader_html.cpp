// SPDX-License-Identifier: Apache-2.0
//
// HTML pages (saved web pages, Word's "Save as Web Page", old ministry sites) → paragraphs. Block elements and <br>
// break paragraphs; <b>/<strong>/headings and CSS font-weight make bold; align/text-align centre (or right) and
// <center> make centred; tables give table/row/cell (nested tables flattened into their outer cell); script, style,
// noscript, head and template are dropped; &nbsp; is a space.
//
// Encoding: a byte-order mark, else <meta charset> / http-equiv, else UTF-8 when the bytes are valid UTF-8. Pages
// in legacy Vietnamese fonts (TCVN3 under <font face=".VnTime">, VNI under "VNI-Times") declare windows-1252 or
// nothing; they are parsed byte for byte as ISO-8859-1 and every text run goes through decode_runs with its font
// face as the hint, which turns the CP1252 view back into bytes and decodes them.
//
// Depth: libxml2's HTML parser is driven through SAX callbacks, not asked for a tree. Its tree builder stops the
// whole parse at 256 levels without XML_PARSE_HUGE, silently dropping everything after; the SAX parser itself keeps
// going, iteratively. Here elements nested deeper than Limits::max_nesting are read as inline text of their
// ancestor at that depth, with a warning, so a 10,000-deep page costs a little heap and no stack.
// libxml2 never touches the network (HTML_PARSE_NONET) and runs without XML_PARSE_HUGE.
#include <algorithm>
#include <cctype>
#include <climits>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include "ingest/reader.h"

namespace vanthu::ingest {
namespace {

// How far into the page a charset declaration is looked for (the HTML standard says 1024 bytes; Word's pages put
// a long style block first).
constexpr std::size_t kCharsetScan = 16 * 1024;

std::string_view view(const xmlChar* text) {
  return text == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(text));
}

std::string lower_ascii(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  return lower;
}

std::string trim(std::string_view text, std::string_view junk = " \t\r\n\"'") {
  const std::size_t begin = text.find_first_not_of(junk);
  if (begin == std::string_view::npos) return {};
  const std::size_t end = text.find_last_not_of(junk);
  return std::string(text.substr(begin, end - begin + 1));
}

// ----------------------------------------------------------------------------------------------------------------
// The encoding to parse with.

struct Charset {
  std::string libxml_name;  // what libxml2 decodes with
  std::string declared;     // as the page says ("" when it says nothing)
  std::size_t skip = 0;     // bytes of byte-order mark
};

// The charset named in the first <meta> that names one, lower-cased.
std::string meta_charset(std::string_view bytes) {
  const std::string head = lower_ascii(bytes.substr(0, std::min(bytes.size(), kCharsetScan)));
  std::size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    const std::size_t end = head.find('>', pos);
    const std::string_view tag = std::string_view(head).substr(pos, end == std::string::npos ? end : end - pos);
    pos += 5;
    std::size_t at = tag.find("charset");
    if (at == std::string_view::npos) continue;
    at = tag.find_first_not_of(" \t\r\n", at + 7);
    if (at == std::string_view::npos || tag[at] != '=') continue;
    at = tag.find_first_not_of(" \t\r\n\"'", at + 1);
    if (at == std::string_view::npos) continue;
    const std::size_t stop = tag.find_first_of(" \t\r\n\"';/", at);
    return std::string(tag.substr(at, stop == std::string_view::npos ? stop : stop - at));
  }
  return {};
}

Charset choose_charset(std::string_view bytes, const std::string& source, std::vector<std::string>& warnings) {
  Charset charset;
  const auto starts = [&](std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; };
  if (starts("\xEF\xBB\xBF")) return {"UTF-8", "utf-8 (byte-order mark)", 3};
  if (starts("\xFF\xFE")) return {"UTF-16LE", "utf-16 (byte-order mark)", 2};
  if (starts("\xFE\xFF")) return {"UTF-16BE", "utf-16 (byte-order mark)", 2};

  charset.declared = meta_charset(bytes);
  const std::string& name = charset.declared;
  const bool valid_utf8 = is_valid_utf8(bytes);
  if (name == "utf-8" || name == "utf8") {
    if (valid_utf8) {
      charset.libxml_name = "UTF-8";
      return charset;
    }
    warnings.push_back(source + ": declares utf-8 but is not valid UTF-8; read as 8-bit text");
  } else if (name == "windows-1258" || name == "cp1258" || name == "x-cp1258") {
    charset.libxml_name = "WINDOWS-1258";
    return charset;
  } else if (name.empty()) {
    charset.libxml_name = valid_utf8 ? "UTF-8" : "ISO-8859-1";
    return charset;
  } else if (name != "windows-1252" && name != "iso-8859-1" && name != "latin1" && name != "us-ascii" &&
             name != "ascii" && name != "cp1252" && name != "x-user-defined") {
    // TCVN3/VNI pages name all sorts of things ("x-viet-tcvn", "vn3", "tcvn"); their bytes decide.
    warnings.push_back(source + ": charset \"" + name + "\" read as 8-bit text, decoded by content");
  }
  // Byte for byte: each byte becomes the character of the same number, so decode_run can take the bytes back.
  charset.libxml_name = "ISO-8859-1";
  return charset;
}

// ----------------------------------------------------------------------------------------------------------------
// Elements.

bool is_one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool is_dropped(std::string_view name) {
  return is_one_of(name, {"script", "style", "noscript", "head", "template", "iframe", "object", "embed", "svg",
                          "math", "canvas", "audio", "video"});
}

bool is_block(std::string_view name) {
  return is_one_of(name, {"address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
                          "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
                          "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li",
                          "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
                          "tfoot", "th", "thead", "tr", "ul", "option", "listing", "xmp", "plaintext"});
}

// The attribute called name (lower case) in a SAX attribute list: name, value, name, value, …, nullptr.
std::optional<std::string> attribute(const xmlChar** attributes, std::string_view name) {
  if (attributes == nullptr) return std::nullopt;
  for (const xmlChar** pair = attributes; pair[0] != nullptr; pair += 2) {
    if (lower_ascii(view(pair[0])) == name) return std::string(view(pair[1]));
  }
  return std::nullopt;
}

// What an element sets for its content; unset fields inherit.
struct Inline {
  bool bold = false;
  bool italic = false;
  bool centered = false;
  bool preformatted = false;
  std::string font;
};

void apply_alignment(std::string_view value, Inline& style) {
  const std::string align = lower_ascii(trim(value));
  if (align == "center" || align == "right" || align == "middle") style.centered = true;
  if (align == "left" || align == "justify" || align == "start") style.centered = false;
}

// The few CSS declarations of a style attribute that matter here.
void apply_css(std::string_view css, Inline& style) {
  std::size_t start = 0;
  while (start < css.size()) {
    std::size_t end = css.find(';', start);
    if (end == std::string_view::npos) end = css.size();
    const std::string_view declaration = css.substr(start, end - start);
    start = end + 1;
    const std::size_t colon = declaration.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string property = lower_ascii(trim(declaration.substr(0, colon), " \t\r\n"));
    const std::string value = trim(declaration.substr(colon + 1), " \t\r\n");
    const std::string lower = lower_ascii(value);
    if (property == "font-weight") {
      style.bold = lower.starts_with("bold") || lower == "600" || lower == "700" || lower == "800" || lower == "900";
    } else if (property == "font-style") {
      style.italic = lower == "italic" || lower == "oblique";
    } else if (property == "text-align") {
      apply_alignment(lower, style);
    } else if (property == "font-family") {
      const std::string first = trim(value.substr(0, value.find(',')));
      if (!first.empty()) style.font = first;
    } else if (property == "white-space") {
      style.preformatted = lower.starts_with("pre");
    }
  }
}

Inline style_of(const xmlChar** attributes, std::string_view name, const Inline& parent) {
  Inline style = parent;
  if (is_one_of(name, {"b", "strong", "h1", "h2", "h3", "h4", "h5", "h6"})) style.bold = true;
  if (is_one_of(name, {"i", "em", "cite", "var", "dfn"})) style.italic = true;
  if (name == "center") style.centered = true;
  if (is_one_of(name, {"pre", "listing", "xmp", "plaintext"})) style.preformatted = true;
  if (is_block(name)) {
    if (const auto align = attribute(attributes, "align")) apply_alignment(*align, style);
  }
  if (name == "font") {
    if (const auto face = attribute(attributes, "face")) {
      const std::string first = trim(face->substr(0, face->find(',')));
      if (!first.empty()) style.font = first;
    }
  }
  if (const auto css = attribute(attributes, "style")) apply_css(*css, style);
  return style;
}

// ----------------------------------------------------------------------------------------------------------------
// The walk: SAX events in, paragraphs out.

class HtmlWalker {
public:
  HtmlWalker(const ReaderInput& input, Extracted& out) : m_input(input), m_out(out) {}

  void start(std::string_view raw_name, const xmlChar** attributes) {
    if (m_skip > 0) {
      ++m_skip;
      return;
    }
    const std::string name = lower_ascii(raw_name);
    if (is_dropped(name)) {
      m_skip = 1;
      return;
    }
    Frame frame;
    if (m_frames.size() >= m_input.limits.max_nesting) {
      // Too deep to keep its structure: its text joins the ancestor's paragraph.
      if (!m_warned_depth) {
        m_warned_depth = true;
        m_out.warnings.push_back(std::string(m_input.name) + ": elements nested deeper than " +
                                 std::to_string(m_input.limits.max_nesting) + " levels are read as plain text");
      }
      frame.style = current();
      m_frames.push_back(std::move(frame));
      return;
    }
    frame.style = style_of(attributes, name, current());
    frame.block = is_block(name) || name == "br";  // a line break ends the line, with its own bold and centring
    if (frame.block) flush();
    // Links set side by side (a menu: <a>Trang chủ</a><a>Giới thiệu</a>) are apart on screen through CSS margins;
    // their words must not be glued together.
    if (name == "a" && m_link_just_closed) add_run(" ");
    frame.link = name == "a";
    if (name == "table") {
      if (m_table_depth > 0) {
        frame.nested_table = true;
        if (!m_warned_nested) {
          m_warned_nested = true;
          m_out.warnings.push_back(std::string(m_input.name) +
                                   ": a table inside a table cell is flattened into that cell");
        }
      } else {
        frame.table = true;
        m_position = {m_tables++, -1, -1};
      }
      ++m_table_depth;
    } else if (name == "tr" && m_table_depth == 1) {
      ++m_position.row;
      m_position.cell = -1;
    } else if ((name == "td" || name == "th") && m_table_depth == 1) {
      if (m_position.row < 0) m_position.row = 0;  // a cell without <tr>: browsers make the row
      ++m_position.cell;
    }
    m_frames.push_back(std::move(frame));
  }

  void end() {
    if (m_skip > 0) {
      --m_skip;
      return;
    }
    if (m_frames.empty()) return;
    const Frame frame = std::move(m_frames.back());
    m_frames.pop_back();
    if (frame.block) flush();
    m_link_just_closed = frame.link;
    if (frame.table || frame.nested_table) {
      --m_table_depth;
      if (frame.table) m_position = {};
    }
  }

  void text(std::string_view text) {
    if (m_skip > 0 || text.empty()) return;
    m_link_just_closed = false;
    std::string cleaned;
    cleaned.reserve(text.size());
    const bool pre = current().preformatted;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const char c = text[i];
      if (c == '\r') {
        if (!(pre && i + 1 < text.size() && text[i + 1] == '\n')) cleaned += pre ? '\n' : ' ';
      } else if (c == '\n') {
        cleaned += pre ? '\n' : ' ';
      } else if (c == '\t' || c == '\f') {
        cleaned += ' ';
      } else if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {
        cleaned += ' ';  // &nbsp;
        ++i;
      } else {
        cleaned += c;
      }
    }
    add_run(cleaned);
  }

  void finish() {
    flush();
    m_out.encoding = summarize_encodings(m_encodings);
  }

  void note_encoding(std::string name) { m_encodings.push_back(std::move(name)); }

private:
  struct Frame {
    Inline style;
    bool block = false;
    bool table = false;  // opened a (top-level) table
    bool nested_table = false;
    bool link = false;
  };
  struct Position {
    int table = -1, row = -1, cell = -1;
  };

  const Inline& current() const { return m_frames.empty() ? m_root_style : m_frames.back().style; }

  void add_run(std::string_view text) {
    if (text.empty()) return;
    const Inline& style = current();
    const bool visible = text.find_first_not_of(" \n") != std::string_view::npos;
    if (visible && !m_has_visible) {
      // The paragraph takes its layout from where its first visible text sits.
      m_has_visible = true;
      m_centered = style.centered;
      m_paragraph_position = m_position;
    }
    if (!m_runs.empty() && m_runs.back().font == style.font && m_runs.back().bold == style.bold &&
        m_runs.back().italic == style.italic) {
      m_runs.back().text += text;
      return;
    }
    m_runs.push_back({std::string(text), style.font, false, style.bold, style.italic});
  }

  void flush() {
    if (m_has_visible) {
      if (m_out.paragraphs.size() >= m_input.limits.max_paragraphs) {
        if (!m_warned_paragraphs) {
          m_warned_paragraphs = true;
          m_out.warnings.push_back(std::string(m_input.name) + ": more than " +
                                   std::to_string(m_input.limits.max_paragraphs) +
                                   " paragraphs (limit max_paragraphs); the rest is not read");
        }
      } else {
        DecodedParagraph decoded = decode_runs(m_runs, m_encodings);
        Paragraph paragraph;
        paragraph.text = std::move(decoded.text);
        paragraph.bold = decoded.bold;
        paragraph.italic = decoded.italic;
        paragraph.centered = m_centered;
        paragraph.table = m_paragraph_position.table;
        paragraph.row = m_paragraph_position.row;
        paragraph.cell = m_paragraph_position.cell;
        add_paragraph(m_out, std::move(paragraph));
      }
    }
    m_runs.clear();
    m_has_visible = false;
  }

  const ReaderInput& m_input;
  Extracted& m_out;
  std::vector<Frame> m_frames;
  std::size_t m_skip = 0;  // depth inside a dropped element (script, style, …)
  Inline m_root_style;
  std::vector<SourceRun> m_runs;
  bool m_has_visible = false;
  bool m_centered = false;
  Position m_paragraph_position;
  Position m_position;
  int m_tables = 0;
  int m_table_depth = 0;
  std::vector<std::string> m_encodings;
  bool m_link_just_closed = false;
  bool m_warned_depth = false;
  bool m_warned_nested = false;
  bool m_warned_paragraphs = false;
};

// What the SAX callbacks reach: the walker, the parser (to stop it) and the first exception, which must not
// unwind through libxml2's C frames.
struct SaxState {
  HtmlWalker* walker = nullptr;
  htmlParserCtxtPtr parser = nullptr;
  std::exception_ptr failure;
};

template <class Function>
void guarded(void* context, Function&& function) {
  auto* state = static_cast<SaxState*>(context);
  if (state->failure) return;
  try {
    function(*state->walker);
  } catch (...) {
    state->failure = std::current_exception();
    xmlStopParser(state->parser);
  }
}

void on_start(void* context, const xmlChar* name, const xmlChar** attributes) {
  guarded(context, [&](HtmlWalker& walker) { walker.start(view(name), attributes); });
}
void on_end(void* context, const xmlChar*) {
  guarded(context, [&](HtmlWalker& walker) { walker.end(); });
}
void on_text(void* context, const xmlChar* text, int length) {
  guarded(context, [&](HtmlWalker& walker) {
    walker.text(std::string_view(reinterpret_cast<const char*>(text), static_cast<std::size_t>(length)));
  });
}

struct HtmlParserFree {
  void operator()(htmlParserCtxt* ctxt) const {
    if (ctxt->myDoc != nullptr) xmlFreeDoc(ctxt->myDoc);
    htmlFreeParserCtxt(ctxt);
  }
};

}  // namespace

Status read_html(const ReaderInput& input, Extracted& out) {
  const std::string source(input.name);
  if (input.bytes.size() > static_cast<std::size_t>(INT_MAX)) return Status::invalid_argument(source + ": too large");
  const Charset charset = choose_charset(input.bytes, source, out.warnings);
  const std::string_view body = input.bytes.substr(charset.skip);
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Status::invalid_argument(source + ": empty HTML document");
  }

  xmlInitParser();
  std::unique_ptr<htmlParserCtxt, HtmlParserFree> parser(
      htmlCreateMemoryParserCtxt(body.data(), static_cast<int>(body.size())));
  if (!parser || parser->sax == nullptr) return Status::internal(source + ": libxml2 could not allocate a parser");
  HtmlWalker walker(input, out);
  SaxState state{&walker, parser.get(), nullptr};
  *parser->sax = htmlSAXHandler{};
  parser->sax->initialized = 1;
  parser->sax->startElement = on_start;
  parser->sax->endElement = on_end;
  parser->sax->characters = on_text;
  parser->sax->cdataBlock = on_text;
  parser->sax->ignorableWhitespace = on_text;
  parser->userData = &state;
  // IGNORE_ENC: the charset was decided above, a <meta> further down must not switch it again.
  htmlCtxtUseOptions(parser.get(), HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                       HTML_PARSE_RECOVER | HTML_PARSE_IGNORE_ENC);
  if (xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(charset.libxml_name.c_str())) {
    xmlSwitchToEncoding(parser.get(), handler);
  } else {
    out.warnings.push_back(source + ": libxml2 has no converter for " + charset.libxml_name + "; read as UTF-8");
  }
  if (charset.libxml_name == "WINDOWS-1258") walker.note_encoding("cp1258");
  htmlParseDocument(parser.get());
  if (state.failure) std::rethrow_exception(state.failure);
  walker.finish();
  return Status::ok();
}

}  // namespace vanthu::ingest
