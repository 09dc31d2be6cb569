// SPDX-License-Identifier: Apache-2.0
//
// Word .docx (Office Open XML, transitional and strict): the main document part as paragraphs, with bold, italic,
// centring, table cells and auto-numbering labels. Runs keep their font (run, then character style, then
// paragraph style, then document defaults) because Vietnamese files from before 2003 hold TCVN3 or VNI bytes in
// CP1252 view under .VnTime / VNI-Times fonts: decode_runs turns those back into Unicode.
//
// What is read and what is not:
// - Body paragraphs, tables (nested tables flattened into their outer cell, with a warning), content controls
//   (w:sdt), hyperlinks, smart tags, simple fields, text boxes (after the paragraph that anchors them).
// - Tracked changes as accepted: w:ins and w:moveTo kept, w:del and w:moveFrom dropped. Field codes (w:instrText)
//   dropped, field results kept.
// - Not read: headers, footers, comments; footnotes and endnotes are counted in a warning.
//
// XML safety: parts are parsed from memory with XML_PARSE_NONET, without XML_PARSE_NOENT, XML_PARSE_DTDLOAD or
// XML_PARSE_HUGE (libxml2 then caps element depth at 256), and a part whose DOCTYPE declares entities is refused
// before parsing: no part of a real .docx has a DOCTYPE at all.
#include <algorithm>
#include <array>
#include <climits>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "ingest/reader.h"
#include "ingest/zip_reader.h"

namespace vanthu::ingest {
namespace {

constexpr std::string_view kWordNs = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kWordStrictNs = "http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr std::string_view kMarkupCompatibilityNs = "http://schemas.openxmlformats.org/markup-compatibility/2006";
constexpr int kMaxStyleChain = 16;   // basedOn chains longer than this are broken files (or cycles)
constexpr int kLevels = 9;           // numbering levels 0..8

// ----------------------------------------------------------------------------------------------------------------
// libxml2 access.

std::string_view view(const xmlChar* text) {
  return text == nullptr ? std::string_view() : std::string_view(reinterpret_cast<const char*>(text));
}

struct XmlDocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDoc = std::unique_ptr<xmlDoc, XmlDocFree>;

struct ParserCtxtFree {
  void operator()(xmlParserCtxt* ctxt) const { xmlFreeParserCtxt(ctxt); }
};

// True when the prolog of xml (before its first element) holds a DOCTYPE that declares entities. NUL bytes are
// skipped so a UTF-16 part is checked too.
bool declares_entities(std::string_view xml) {
  std::string probe;
  for (char c : xml.substr(0, std::min<std::size_t>(xml.size(), 1u << 20))) {
    if (c != '\0') probe.push_back(c);
  }
  const std::size_t doctype = probe.find("<!DOCTYPE");
  if (doctype == std::string::npos) return false;
  return probe.find("<!ENTITY", doctype) != std::string::npos;
}

// The one place this reader parses XML. Messages name the part.
Result<XmlDoc> parse_part(std::string_view source, std::string_view part, std::string_view xml) {
  const std::string where = std::string(source) + ": " + std::string(part);
  if (xml.size() > static_cast<std::size_t>(INT_MAX)) return Status::invalid_argument(where + " is too large");
  if (declares_entities(xml)) {
    return Status::invalid_argument(where + " declares XML entities in a DOCTYPE; refused (no .docx does that)");
  }
  xmlInitParser();
  std::unique_ptr<xmlParserCtxt, ParserCtxtFree> ctxt(xmlNewParserCtxt());
  if (!ctxt) return Status::internal(where + ": libxml2 could not allocate a parser");
  XmlDoc doc(xmlCtxtReadMemory(ctxt.get(), xml.data(), static_cast<int>(xml.size()), nullptr, nullptr,
                               XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (!doc || xmlDocGetRootElement(doc.get()) == nullptr) {
    std::string message = ctxt->lastError.message != nullptr ? ctxt->lastError.message : "not well-formed";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    return Status::corrupt(where + " is not well-formed XML (line " + std::to_string(ctxt->lastError.line) + ": " +
                           message + ")");
  }
  if (doc->intSubset != nullptr && doc->intSubset->entities != nullptr) {
    return Status::invalid_argument(where + " declares XML entities; refused");
  }
  return doc;
}

bool in_word_ns(const xmlNode* node) {
  if (node->ns == nullptr) return false;
  const std::string_view ns = view(node->ns->href);
  return ns == kWordNs || ns == kWordStrictNs;
}

// node is the WordprocessingML element <w:local>.
bool is_w(const xmlNode* node, std::string_view local) {
  return node != nullptr && node->type == XML_ELEMENT_NODE && view(node->name) == local && in_word_ns(node);
}

bool is_mc(const xmlNode* node, std::string_view local) {
  return node != nullptr && node->type == XML_ELEMENT_NODE && view(node->name) == local && node->ns != nullptr &&
         view(node->ns->href) == kMarkupCompatibilityNs;
}

// Element children, in order.
template <class Function>
void for_each_element(const xmlNode* parent, Function&& function) {
  for (const xmlNode* child = parent->children; child != nullptr; child = child->next) {
    if (child->type == XML_ELEMENT_NODE) function(child);
  }
}

const xmlNode* first_w_child(const xmlNode* parent, std::string_view local) {
  if (parent == nullptr) return nullptr;
  for (const xmlNode* child = parent->children; child != nullptr; child = child->next) {
    if (is_w(child, local)) return child;
  }
  return nullptr;
}

// The attribute called local in the WordprocessingML namespace (or in none, as some writers do).
std::optional<std::string> w_attr(const xmlNode* node, std::string_view local) {
  if (node == nullptr) return std::nullopt;
  for (const xmlAttr* attr = node->properties; attr != nullptr; attr = attr->next) {
    if (view(attr->name) != local) continue;
    if (attr->ns != nullptr && view(attr->ns->href) != kWordNs && view(attr->ns->href) != kWordStrictNs) continue;
    std::string value;
    for (const xmlNode* text = attr->children; text != nullptr; text = text->next) {
      if (text->type == XML_TEXT_NODE) value += view(text->content);
    }
    return value;
  }
  return std::nullopt;
}

// The unqualified attribute local (relationship files use no namespace on attributes).
std::optional<std::string> plain_attr(const xmlNode* node, std::string_view local) {
  for (const xmlAttr* attr = node->properties; attr != nullptr; attr = attr->next) {
    if (view(attr->name) == local && attr->ns == nullptr && attr->children != nullptr) {
      return std::string(view(attr->children->content));
    }
  }
  return std::nullopt;
}

std::optional<int> int_attr(const xmlNode* node, std::string_view local) {
  const std::optional<std::string> value = w_attr(node, local);
  if (!value || value->empty()) return std::nullopt;
  char* end = nullptr;
  const long number = std::strtol(value->c_str(), &end, 10);
  if (end == value->c_str() || number < INT_MIN || number > INT_MAX) return std::nullopt;
  return static_cast<int>(number);
}

// A toggle property (w:b, w:i): present means on unless w:val says "0", "false" or "off".
std::optional<bool> toggle(const xmlNode* properties, std::string_view local) {
  const xmlNode* node = first_w_child(properties, local);
  if (node == nullptr) return std::nullopt;
  const std::optional<std::string> value = w_attr(node, "val");
  return !value || !(*value == "0" || *value == "false" || *value == "off");
}

std::string text_content(const xmlNode* node) {
  std::string text;
  for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) text += view(child->content);
  }
  return text;
}

// ----------------------------------------------------------------------------------------------------------------
// Package relationships: which part is the document, and where its styles and numbering are.

// "word/document.xml" + "styles.xml" → "word/styles.xml"; "/word/x.xml" → "word/x.xml"; "" when the target
// leaves the package.
std::string resolve_target(std::string_view base_part, std::string_view target) {
  std::string path;
  if (!target.empty() && target.front() == '/') {
    target.remove_prefix(1);
  } else {
    const std::size_t slash = base_part.rfind('/');
    if (slash != std::string_view::npos) path.assign(base_part.substr(0, slash + 1));
  }
  path += target;
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    const std::string segment = path.substr(start, end - start);
    if (segment == "..") {
      if (segments.empty()) return {};
      segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string resolved;
  for (const std::string& segment : segments) resolved += (resolved.empty() ? "" : "/") + segment;
  return resolved;
}

// The relationships of part (from its _rels/<name>.rels), as (type suffix after the last '/', resolved target).
std::vector<std::pair<std::string, std::string>> relationships(ZipReader& zip, std::string_view source,
                                                               std::string_view part) {
  std::vector<std::pair<std::string, std::string>> found;
  const std::size_t slash = part.rfind('/');
  const std::string rels = slash == std::string_view::npos
                               ? "_rels/" + std::string(part) + ".rels"
                               : std::string(part.substr(0, slash + 1)) + "_rels/" +
                                     std::string(part.substr(slash + 1)) + ".rels";
  if (!zip.contains(rels)) return found;
  Result<std::string> xml = zip.read(rels);
  if (!xml) return found;
  Result<XmlDoc> doc = parse_part(source, rels, *xml);
  if (!doc) return found;
  for_each_element(xmlDocGetRootElement(doc->get()), [&](const xmlNode* node) {
    if (view(node->name) != "Relationship") return;
    const auto type = plain_attr(node, "Type");
    const auto target = plain_attr(node, "Target");
    const auto mode = plain_attr(node, "TargetMode");
    if (!type || !target || (mode && *mode == "External")) return;
    const std::size_t cut = type->rfind('/');
    found.emplace_back(cut == std::string::npos ? *type : type->substr(cut + 1), resolve_target(part, *target));
  });
  return found;
}

// ----------------------------------------------------------------------------------------------------------------
// Run and paragraph properties, and the style sheet they inherit from.

struct Fonts {
  std::optional<std::string> ascii, high_ansi, complex;

  void apply(const Fonts& top) {
    if (top.ascii) ascii = top.ascii;
    if (top.high_ansi) high_ansi = top.high_ansi;
    if (top.complex) complex = top.complex;
  }
  // The font of the characters that matter: legacy text lives above 0x7F, drawn with the w:hAnsi font.
  std::string pick() const {
    if (high_ansi && !high_ansi->empty()) return *high_ansi;
    if (ascii && !ascii->empty()) return *ascii;
    return complex.value_or("");
  }
};

// w:rFonts. A theme font (w:asciiTheme…) wins over the plain attribute and is never a legacy font, so it reads as
// "no font name" at that level.
Fonts read_fonts(const xmlNode* fonts) {
  Fonts result;
  if (fonts == nullptr) return result;
  const auto one = [&](std::string_view plain, std::string_view theme, std::optional<std::string>& slot) {
    if (w_attr(fonts, theme)) {
      slot = std::string();
    } else if (auto value = w_attr(fonts, plain)) {
      slot = std::move(value);
    }
  };
  one("ascii", "asciiTheme", result.ascii);
  one("hAnsi", "hAnsiTheme", result.high_ansi);
  one("cs", "cstheme", result.complex);
  return result;
}

struct RunProps {
  Fonts fonts;
  std::optional<bool> bold, italic;

  void apply(const RunProps& top) {
    fonts.apply(top.fonts);
    if (top.bold) bold = top.bold;
    if (top.italic) italic = top.italic;
  }
};

RunProps read_run_props(const xmlNode* rpr) {
  RunProps props;
  if (rpr == nullptr) return props;
  props.fonts = read_fonts(first_w_child(rpr, "rFonts"));
  props.bold = toggle(rpr, "b");
  props.italic = toggle(rpr, "i");
  return props;
}

struct NumberingRef {
  std::optional<int> num_id, level;
  void apply(const NumberingRef& top) {
    if (top.num_id) num_id = top.num_id;
    if (top.level) level = top.level;
  }
};

struct ParaProps {
  std::optional<std::string> justification;
  NumberingRef numbering;
  void apply(const ParaProps& top) {
    if (top.justification) justification = top.justification;
    numbering.apply(top.numbering);
  }
};

ParaProps read_para_props(const xmlNode* ppr) {
  ParaProps props;
  if (ppr == nullptr) return props;
  if (const xmlNode* jc = first_w_child(ppr, "jc")) props.justification = w_attr(jc, "val");
  if (const xmlNode* num = first_w_child(ppr, "numPr")) {
    props.numbering.num_id = int_attr(first_w_child(num, "numId"), "val");
    props.numbering.level = int_attr(first_w_child(num, "ilvl"), "val");
  }
  return props;
}

class StyleSheet {
public:
  void load(const xmlNode* root) {
    if (const xmlNode* defaults = first_w_child(root, "docDefaults")) {
      m_defaults = read_run_props(first_w_child(first_w_child(defaults, "rPrDefault"), "rPr"));
    }
    for_each_element(root, [&](const xmlNode* node) {
      if (!is_w(node, "style")) return;
      const std::optional<std::string> id = w_attr(node, "styleId");
      if (!id) return;
      Style style;
      if (const xmlNode* based = first_w_child(node, "basedOn")) style.based_on = w_attr(based, "val").value_or("");
      style.run = read_run_props(first_w_child(node, "rPr"));
      style.para = read_para_props(first_w_child(node, "pPr"));
      if (w_attr(node, "type").value_or("") == "paragraph" && w_attr(node, "default").value_or("") == "1") {
        m_default_paragraph = *id;
      }
      m_styles.emplace(*id, std::move(style));
    });
  }

  // Document defaults, then the style chain from its root down to id.
  RunProps run_props(const std::string& id) const {
    RunProps props = m_defaults;
    props.apply(style_run_props(id));
    return props;
  }
  // Only what the chain of id sets (a character style applied on top of a paragraph's properties).
  RunProps style_run_props(const std::string& id) const {
    RunProps props;
    for (const Style* style : chain(id)) props.apply(style->run);
    return props;
  }
  ParaProps para_props(const std::string& id) const {
    ParaProps props;
    for (const Style* style : chain(id)) props.apply(style->para);
    return props;
  }
  const std::string& default_paragraph() const { return m_default_paragraph; }

private:
  struct Style {
    std::string based_on;
    RunProps run;
    ParaProps para;
  };

  std::vector<const Style*> chain(const std::string& id) const {
    std::vector<const Style*> styles;
    std::string current = id;
    while (!current.empty() && styles.size() < static_cast<std::size_t>(kMaxStyleChain)) {
      const auto it = m_styles.find(current);
      if (it == m_styles.end() || std::find(styles.begin(), styles.end(), &it->second) != styles.end()) break;
      styles.push_back(&it->second);
      current = it->second.based_on;
    }
    std::reverse(styles.begin(), styles.end());
    return styles;
  }

  RunProps m_defaults;
  std::map<std::string, Style> m_styles;
  std::string m_default_paragraph;
};

// ----------------------------------------------------------------------------------------------------------------
// Auto-numbering: the label Word would draw in front of a numbered paragraph ("1.", "a)", "-").

std::string to_letters(int number, bool upper) {
  if (number <= 0) return std::to_string(number);
  // Word's letter numbering repeats the letter: a … z, aa … zz, aaa …
  const char letter = static_cast<char>((upper ? 'A' : 'a') + (number - 1) % 26);
  return std::string(static_cast<std::size_t>((number - 1) / 26 + 1), letter);
}

std::string to_roman(int number, bool upper) {
  if (number <= 0 || number >= 4000) return std::to_string(number);
  static constexpr std::array<std::pair<int, std::string_view>, 13> kDigits = {{{1000, "m"}, {900, "cm"}, {500, "d"},
      {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"}, {5, "v"}, {4, "iv"},
      {1, "i"}}};
  std::string roman;
  for (const auto& [value, digits] : kDigits) {
    while (number >= value) {
      roman += digits;
      number -= value;
    }
  }
  if (upper) std::transform(roman.begin(), roman.end(), roman.begin(), [](char c) { return static_cast<char>(c - 32); });
  return roman;
}

class Numbering {
public:
  void load(const xmlNode* root) {
    for_each_element(root, [&](const xmlNode* node) {
      if (is_w(node, "abstractNum")) {
        const std::optional<int> id = int_attr(node, "abstractNumId");
        if (id) read_levels(node, m_abstracts[*id]);
      } else if (is_w(node, "num")) {
        const std::optional<int> id = int_attr(node, "numId");
        const std::optional<int> abstract = int_attr(first_w_child(node, "abstractNumId"), "val");
        if (!id || !abstract) return;
        Instance instance;
        instance.abstract_id = *abstract;
        for_each_element(node, [&](const xmlNode* override_node) {
          if (!is_w(override_node, "lvlOverride")) return;
          const std::optional<int> level = int_attr(override_node, "ilvl");
          if (!level || *level < 0 || *level >= kLevels) return;
          if (const auto start = int_attr(first_w_child(override_node, "startOverride"), "val")) {
            instance.start_override[static_cast<std::size_t>(*level)] = *start;
          }
        });
        m_instances[*id] = instance;
      }
    });
  }

  enum class Outcome { None, Label, Unknown };

  // The next label of list num_id at level; advances the counters. Unknown when the list or its format cannot
  // be read, None for numId 0 (numbering switched off) and the "none" format.
  Outcome next_label(int num_id, int level, std::string& label) {
    if (num_id == 0) return Outcome::None;
    const auto instance = m_instances.find(num_id);
    if (instance == m_instances.end() || level < 0 || level >= kLevels) return Outcome::Unknown;
    const auto abstract = m_abstracts.find(instance->second.abstract_id);
    if (abstract == m_abstracts.end()) return Outcome::Unknown;
    const Levels& levels = abstract->second;
    Counters& counters = m_counters[num_id];
    const auto start_of = [&](int l) {
      const auto& override_start = instance->second.start_override[static_cast<std::size_t>(l)];
      return override_start ? *override_start : levels[static_cast<std::size_t>(l)].start;
    };
    auto& counter = counters[static_cast<std::size_t>(level)];
    counter = counter ? *counter + 1 : start_of(level);
    for (int deeper = level + 1; deeper < kLevels; ++deeper) counters[static_cast<std::size_t>(deeper)].reset();

    const Level& definition = levels[static_cast<std::size_t>(level)];
    if (definition.format == "none") return Outcome::None;
    if (definition.format == "bullet") {
      label = "-";
      return Outcome::Label;
    }
    bool known = true;
    label.clear();
    const std::string& pattern = definition.text;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
      if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
        const int referenced = pattern[i + 1] - '1';
        const auto& value = counters[static_cast<std::size_t>(referenced)];
        label += format(value ? *value : start_of(referenced), levels[static_cast<std::size_t>(referenced)].format,
                        known);
        ++i;
      } else {
        label += pattern[i];
      }
    }
    if (!known) return Outcome::Unknown;
    return label.empty() ? Outcome::None : Outcome::Label;
  }

  bool empty() const { return m_instances.empty(); }

private:
  struct Level {
    std::string format = "decimal";
    std::string text;
    int start = 1;
  };
  using Levels = std::array<Level, kLevels>;
  using Counters = std::array<std::optional<int>, kLevels>;
  struct Instance {
    int abstract_id = 0;
    std::array<std::optional<int>, kLevels> start_override;
  };

  static void read_levels(const xmlNode* abstract, Levels& levels) {
    for_each_element(abstract, [&](const xmlNode* node) {
      if (!is_w(node, "lvl")) return;
      const std::optional<int> index = int_attr(node, "ilvl");
      if (!index || *index < 0 || *index >= kLevels) return;
      Level& level = levels[static_cast<std::size_t>(*index)];
      if (const xmlNode* fmt = first_w_child(node, "numFmt")) level.format = w_attr(fmt, "val").value_or("decimal");
      if (const xmlNode* text = first_w_child(node, "lvlText")) level.text = w_attr(text, "val").value_or("");
      if (const auto start = int_attr(first_w_child(node, "start"), "val")) level.start = *start;
    });
  }

  static std::string format(int value, const std::string& format, bool& known) {
    if (format == "decimal" || format == "decimalZero") {
      return format == "decimalZero" && value < 10 ? "0" + std::to_string(value) : std::to_string(value);
    }
    if (format == "lowerLetter" || format == "upperLetter") return to_letters(value, format == "upperLetter");
    if (format == "lowerRoman" || format == "upperRoman") return to_roman(value, format == "upperRoman");
    known = false;
    return std::to_string(value);
  }

  std::map<int, Levels> m_abstracts;
  std::map<int, Instance> m_instances;
  std::map<int, Counters> m_counters;
};

// ----------------------------------------------------------------------------------------------------------------
// The walk over the document body.

struct CellPosition {
  int table = -1, row = -1, cell = -1;
};

class DocxWalker {
public:
  DocxWalker(const ReaderInput& input, Extracted& out, const StyleSheet& styles, Numbering& numbering)
      : m_input(input), m_out(out), m_styles(styles), m_numbering(numbering) {}

  void walk_blocks(const xmlNode* parent, const CellPosition& position, std::size_t depth) {
    if (!deep_enough(depth)) return;
    for_each_element(parent, [&](const xmlNode* node) {
      if (is_w(node, "p")) {
        read_paragraph(node, position, depth + 1);
      } else if (is_w(node, "tbl")) {
        read_table(node, position, depth + 1);
      } else if (is_w(node, "sdt")) {
        if (const xmlNode* content = first_w_child(node, "sdtContent")) walk_blocks(content, position, depth + 1);
      } else if (is_w(node, "customXml") || is_w(node, "ins") || is_w(node, "moveTo") || is_w(node, "smartTag")) {
        walk_blocks(node, position, depth + 1);
      } else if (is_mc(node, "AlternateContent")) {
        if (const xmlNode* chosen = alternate(node)) walk_blocks(chosen, position, depth + 1);
      }
      // w:del, w:moveFrom, w:sectPr, bookmarks, proofing marks: nothing to read.
    });
  }

  void finish() {
    if (m_footnotes > 0) {
      m_out.warnings.push_back(std::string(m_input.name) + ": " + std::to_string(m_footnotes) +
                               " footnote or endnote reference(s); the notes themselves are not read");
    }
    if (m_unnumbered > 0) {
      m_out.warnings.push_back(std::string(m_input.name) + ": " + std::to_string(m_unnumbered) +
                               " auto-numbered paragraph(s) whose number could not be derived from " +
                               "word/numbering.xml; their text is kept without it");
    }
    m_out.encoding = summarize_encodings(m_encodings);
  }

private:
  struct Builder {
    std::vector<SourceRun> runs;
    std::vector<const xmlNode*> text_boxes;  // w:txbxContent anchored in this paragraph, read after it
  };

  bool deep_enough(std::size_t depth) {
    if (depth <= m_input.limits.max_nesting) return true;
    if (!m_warned_depth) {
      m_warned_depth = true;
      m_out.warnings.push_back(std::string(m_input.name) + ": elements nested deeper than " +
                               std::to_string(m_input.limits.max_nesting) + " levels are not read");
    }
    return false;
  }

  // The branch of mc:AlternateContent to read: its first mc:Choice, else its mc:Fallback. Both hold the same
  // content (a text box as DrawingML and as VML), so reading both would double it.
  static const xmlNode* alternate(const xmlNode* node) {
    const xmlNode* fallback = nullptr;
    for (const xmlNode* child = node->children; child != nullptr; child = child->next) {
      if (is_mc(child, "Choice")) return child;
      if (is_mc(child, "Fallback")) fallback = child;
    }
    return fallback;
  }

  void read_table(const xmlNode* table, const CellPosition& outer, std::size_t depth) {
    CellPosition position = outer;
    if (outer.table >= 0) {
      if (!m_warned_nested) {
        m_warned_nested = true;
        m_out.warnings.push_back(std::string(m_input.name) +
                                 ": a table inside a table cell is flattened into that cell");
      }
      walk_rows(table, position, /*nested=*/true, depth);
      return;
    }
    position.table = m_tables++;
    position.row = -1;
    walk_rows(table, position, /*nested=*/false, depth);
  }

  // Rows may sit inside content controls or custom XML; nested tables keep the outer cell's coordinates.
  void walk_rows(const xmlNode* container, CellPosition& position, bool nested, std::size_t depth) {
    if (!deep_enough(depth)) return;
    for_each_element(container, [&](const xmlNode* node) {
      if (is_w(node, "tr")) {
        if (!nested) {
          ++position.row;
          position.cell = -1;
        }
        walk_cells(node, position, nested, depth + 1);
      } else if (is_w(node, "sdt")) {
        if (const xmlNode* content = first_w_child(node, "sdtContent")) walk_rows(content, position, nested, depth + 1);
      } else if (is_w(node, "customXml") || is_w(node, "ins") || is_w(node, "moveTo")) {
        walk_rows(node, position, nested, depth + 1);
      }
    });
  }

  void walk_cells(const xmlNode* row, CellPosition& position, bool nested, std::size_t depth) {
    if (!deep_enough(depth)) return;
    for_each_element(row, [&](const xmlNode* node) {
      if (is_w(node, "tc")) {
        if (!nested) ++position.cell;
        walk_blocks(node, position, depth + 1);
      } else if (is_w(node, "sdt")) {
        if (const xmlNode* content = first_w_child(node, "sdtContent")) walk_cells(content, position, nested, depth + 1);
      } else if (is_w(node, "customXml")) {
        walk_cells(node, position, nested, depth + 1);
      }
    });
  }

  void read_paragraph(const xmlNode* paragraph, const CellPosition& position, std::size_t depth) {
    const xmlNode* ppr = first_w_child(paragraph, "pPr");
    std::string style_id = m_styles.default_paragraph();
    if (const xmlNode* style = first_w_child(ppr, "pStyle")) style_id = w_attr(style, "val").value_or(style_id);
    ParaProps props = m_styles.para_props(style_id);
    props.apply(read_para_props(ppr));
    const RunProps base = m_styles.run_props(style_id);

    Builder builder;
    if (props.numbering.num_id) {
      // Word draws the number with the properties of the paragraph mark (w:pPr/w:rPr).
      RunProps mark = base;
      mark.apply(read_run_props(first_w_child(ppr, "rPr")));
      add_number_label(*props.numbering.num_id, props.numbering.level.value_or(0), mark, builder);
    }
    collect_runs(paragraph, base, builder, depth);

    DecodedParagraph decoded = decode_runs(builder.runs, m_encodings);
    Paragraph out;
    out.text = std::move(decoded.text);
    out.bold = decoded.bold;
    out.italic = decoded.italic;
    const std::string justification = props.justification.value_or("");
    out.centered = justification == "center" || justification == "right" || justification == "end";
    out.table = position.table;
    out.row = position.row;
    out.cell = position.cell;
    add_paragraph(m_out, std::move(out));

    for (const xmlNode* box : builder.text_boxes) walk_blocks(box, position, depth + 1);
  }

  void add_number_label(int num_id, int level, const RunProps& base, Builder& builder) {
    std::string label;
    switch (m_numbering.next_label(num_id, level, label)) {
      case Numbering::Outcome::Label:
        builder.runs.push_back({label + " ", "", false, base.bold.value_or(false), base.italic.value_or(false)});
        break;
      case Numbering::Outcome::Unknown: ++m_unnumbered; break;
      case Numbering::Outcome::None: break;
    }
  }

  // Runs of a paragraph, through the inline containers that hold them.
  void collect_runs(const xmlNode* container, const RunProps& base, Builder& builder, std::size_t depth) {
    if (!deep_enough(depth)) return;
    for_each_element(container, [&](const xmlNode* node) {
      if (is_w(node, "r")) {
        read_run(node, base, builder, depth + 1);
      } else if (is_w(node, "hyperlink") || is_w(node, "ins") || is_w(node, "moveTo") || is_w(node, "smartTag") ||
                 is_w(node, "customXml") || is_w(node, "fldSimple") || is_w(node, "dir") || is_w(node, "bdo")) {
        collect_runs(node, base, builder, depth + 1);
      } else if (is_w(node, "sdt")) {
        if (const xmlNode* content = first_w_child(node, "sdtContent")) collect_runs(content, base, builder, depth + 1);
      } else if (is_mc(node, "AlternateContent")) {
        if (const xmlNode* chosen = alternate(node)) collect_runs(chosen, base, builder, depth + 1);
      }
    });
  }

  void read_run(const xmlNode* run, const RunProps& base, Builder& builder, std::size_t depth) {
    const xmlNode* rpr = first_w_child(run, "rPr");
    RunProps props = base;
    if (const xmlNode* style = first_w_child(rpr, "rStyle")) {
      if (const auto id = w_attr(style, "val")) props.apply(m_styles.style_run_props(*id));
    }
    props.apply(read_run_props(rpr));

    SourceRun source;
    source.font = props.fonts.pick();
    source.bold = props.bold.value_or(false);
    source.italic = props.italic.value_or(false);
    for_each_element(run, [&](const xmlNode* node) {
      if (is_w(node, "t")) {
        source.text += text_content(node);
      } else if (is_w(node, "tab") || is_w(node, "ptab")) {
        source.text += '\t';
      } else if (is_w(node, "br") || is_w(node, "cr")) {
        source.text += '\n';
      } else if (is_w(node, "noBreakHyphen")) {
        source.text += '-';
      } else if (is_w(node, "footnoteReference") || is_w(node, "endnoteReference")) {
        ++m_footnotes;
      } else if (is_w(node, "drawing") || is_w(node, "pict") || is_w(node, "object") ||
                 is_mc(node, "AlternateContent")) {
        find_text_boxes(node, builder, depth + 1);
      }
      // w:delText and w:instrText (deleted text, field codes) are not text of the document.
    });
    if (!source.text.empty()) builder.runs.push_back(std::move(source));
  }

  // Text boxes anywhere inside a drawing, in document order, reading one branch of each mc:AlternateContent.
  void find_text_boxes(const xmlNode* node, Builder& builder, std::size_t depth) {
    if (!deep_enough(depth)) return;
    if (is_w(node, "txbxContent")) {
      builder.text_boxes.push_back(node);
      return;
    }
    if (is_mc(node, "AlternateContent")) {
      if (const xmlNode* chosen = alternate(node)) find_text_boxes(chosen, builder, depth + 1);
      return;
    }
    for_each_element(node, [&](const xmlNode* child) { find_text_boxes(child, builder, depth + 1); });
  }

  const ReaderInput& m_input;
  Extracted& m_out;
  const StyleSheet& m_styles;
  Numbering& m_numbering;
  std::vector<std::string> m_encodings;
  int m_tables = 0;
  int m_footnotes = 0;
  int m_unnumbered = 0;
  bool m_warned_nested = false;
  bool m_warned_depth = false;
};

// What a zip without a Word document is, for the message.
std::string describe_other_package(ZipReader& zip) {
  if (zip.contains("xl/workbook.xml")) return "an Excel workbook (.xlsx)";
  if (zip.contains("ppt/presentation.xml")) return "a PowerPoint presentation (.pptx)";
  if (const ZipEntry* mimetype = zip.find("mimetype"); mimetype != nullptr && mimetype->size < 200) {
    if (Result<std::string> type = zip.read("mimetype"); type && type->starts_with("application/vnd.oasis")) {
      return "an OpenDocument file (" + *type + ")";
    }
  }
  return "a zip archive without word/document.xml";
}

// Reads the optional part of the given relationship type into a parsed document; warns when it is broken.
std::optional<XmlDoc> read_related_part(ZipReader& zip, const ReaderInput& input, Extracted& out,
                                        const std::vector<std::pair<std::string, std::string>>& rels,
                                        std::string_view type, const std::string& fallback) {
  std::string part = fallback;
  for (const auto& [rel_type, target] : rels) {
    if (rel_type == type && !target.empty()) part = target;
  }
  if (!zip.contains(part)) return std::nullopt;
  Result<std::string> xml = zip.read(part);
  Result<XmlDoc> doc = xml ? parse_part(input.name, part, *xml) : Result<XmlDoc>(xml.status());
  if (!doc) {
    out.warnings.push_back(doc.status().message() + "; read without it");
    return std::nullopt;
  }
  return std::move(doc).value();
}

}  // namespace

Status read_docx(const ReaderInput& input, Extracted& out) {
  Result<ZipReader> opened = ZipReader::open(input.name, input.bytes, input.limits);
  if (!opened) return opened.status();
  ZipReader& zip = *opened;
  for (const std::string& warning : zip.warnings()) out.warnings.push_back(warning);

  std::string main_part;
  for (const auto& [type, target] : relationships(zip, input.name, "")) {
    if (type == "officeDocument" && zip.contains(target)) main_part = target;
  }
  if (main_part.empty() && zip.contains("word/document.xml")) main_part = "word/document.xml";
  if (main_part.empty()) {
    return Status::unsupported(std::string(input.name) + ": " + describe_other_package(zip) +
                               ", not a Word document (.docx)");
  }

  Result<std::string> xml = zip.read(main_part);
  if (!xml) return xml.status();
  Result<XmlDoc> document = parse_part(input.name, main_part, *xml);
  if (!document) return document.status();
  const xmlNode* root = xmlDocGetRootElement(document->get());
  const xmlNode* body = first_w_child(root, "body");
  if (!is_w(root, "document") || body == nullptr) {
    return Status::unsupported(std::string(input.name) + ": " + main_part + " is not a WordprocessingML document");
  }

  const auto rels = relationships(zip, input.name, main_part);
  const std::string folder = main_part.substr(0, main_part.rfind('/') + 1);
  StyleSheet styles;
  if (auto part = read_related_part(zip, input, out, rels, "styles", folder + "styles.xml")) {
    styles.load(xmlDocGetRootElement(part->get()));
  }
  Numbering numbering;
  if (auto part = read_related_part(zip, input, out, rels, "numbering", folder + "numbering.xml")) {
    numbering.load(xmlDocGetRootElement(part->get()));
  }

  DocxWalker walker(input, out, styles, numbering);
  walker.walk_blocks(body, CellPosition{}, 1);
  walker.finish();
  return Status::ok();
}

}  // namespace vanthu::ingest
