// SPDX-License-Identifier: Apache-2.0
//
// RTF → paragraphs. A one-pass reader of groups, control words and text that keeps what clerks' files carry:
// text in its fonts (\fonttbl names drive TCVN3/VNI decoding run by run, \fcharset163 means CP1258), bold and
// italic, centring, table cells and rows, field results (\fldrslt, never the \fldinst code), footnotes (after the
// main text) and headers/footers (running_headers). Everything else that is not document text — pictures, the style
// sheet, document info, \* destinations we do not know — is skipped.
//
// 8-bit text (\'hh and plain bytes) is kept as raw bytes: in a .VnTime or VNI-Times run those are the legacy
// codes, and runs.cpp decodes them. \uN is Unicode, and its \ucN fallback characters are skipped.
//
// Damage is a warning, not a failure: unbalanced braces, groups nested deeper than kMaxDepth (flattened) and a
// file that ends inside groups still give the text read so far. Only input that is not RTF at all is an error.
#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/reader.h"
#include "text/text.h"

namespace vanthu::ingest {
namespace {

// Real documents nest a few dozen groups; a thousand is only reached by broken or hostile files.
constexpr std::size_t kMaxDepth = 1000;
constexpr int kCharsetVietnamese = 163;  // Windows-1258
constexpr int kCharsetSymbol = 2;

// Destinations whose content is never document text, even without \*.
constexpr std::array<std::string_view, 29> kSkipped = {
    "aftncn", "aftnsep", "aftnsepc", "annotation", "atnauthor", "atnid", "author", "bkmkend", "bkmkstart",
    "colortbl", "comment", "datastore", "docvar", "fldinst", "ftncn", "ftnsep", "ftnsepc", "info", "latentstyles",
    "listoverridetable", "listtable", "nonshppict", "objdata", "pict", "revtbl", "rsidtbl", "stylesheet",
    "themedata", "xmlnstbl"};
constexpr std::array<std::string_view, 8> kHeaders = {"header",  "headerf", "headerl", "headerr",
                                                      "footer",  "footerf", "footerl", "footerr"};

enum class Sink : std::uint8_t { Main, Note, Header };
enum class Break : std::uint8_t { Paragraph, Cell };

struct Font {
  std::string name;
  int charset = 0;
  bool legacy = false;  // the name stands for a legacy table (.VnTime, VNI-Times): its bytes are decoded later
};

// What a group inherits from its parent and restores on '}'.
struct State {
  Sink sink = Sink::Main;
  bool skip = false;        // inside a destination whose content is dropped
  bool font_table = false;  // inside \fonttbl
  bool upr = false;         // inside \upr: its ANSI alternative group is skipped, its \*\ud group read
  int font = -1;
  bool bold = false, italic = false, hidden = false;
  int unicode_skip = 1;     // \ucN
  bool centered = false, in_table = false;
};

class RtfReader {
public:
  RtfReader(const ReaderInput& input, Extracted& out) : m_input(input), m_out(out), m_text(input.bytes) {}
  Status read();

private:
  void open_group();
  void close_group();
  void control_word(std::string_view word, std::optional<int> parameter);
  void control_symbol(char symbol);
  void text_byte(char byte);
  void text_unicode(char32_t cp);
  void append(std::string_view text, bool raw, bool keep_font = true);
  void end_paragraph(Break kind);
  void end_row();
  void finish_font_entry();
  const Font* font_of(int index) const;
  void warn(const std::string& message) { m_out.warnings.push_back(std::string(m_input.name) + ": " + message); }

  const ReaderInput& m_input;
  Extracted& m_out;
  std::string_view m_text;
  std::size_t m_pos = 0;

  State m_state;
  std::vector<State> m_stack;
  std::size_t m_flattened = 0;     // '{' beyond kMaxDepth not pushed, so their '}' must not pop
  bool m_depth_warned = false;
  bool m_ignorable = false;        // the previous token was \*
  bool m_group_start = false;      // no token yet in the group just opened (destinations come first)
  int m_skip_fallback = 0;         // \uN fallback characters still to skip

  std::map<int, Font> m_fonts;
  int m_default_font = -1;
  int m_ansi_codepage = 1252;
  int m_font_entry = -1;           // the \fonttbl entry being read
  std::string m_font_name;
  int m_font_charset = 0;

  std::array<std::vector<SourceRun>, 3> m_runs;  // per sink
  std::vector<Paragraph> m_notes;
  std::vector<std::string> m_encodings;
  bool m_in_table = false;
  int m_table = -1, m_row = 0, m_cell = 0;
  bool m_full = false;
};

std::vector<SourceRun>& runs_for(std::array<std::vector<SourceRun>, 3>& runs, Sink sink) {
  return runs[static_cast<std::size_t>(sink)];
}

const Font* RtfReader::font_of(int index) const {
  const auto it = m_fonts.find(index);
  return it == m_fonts.end() ? nullptr : &it->second;
}

void RtfReader::open_group() {
  m_skip_fallback = 0;
  if (m_stack.size() >= kMaxDepth) {
    ++m_flattened;
    if (!m_depth_warned) {
      warn("groups nested deeper than " + std::to_string(kMaxDepth) + "; the deeper ones are flattened");
    }
    m_depth_warned = true;
    return;
  }
  m_stack.push_back(m_state);
  // The ANSI alternative inside \upr is skipped unless it turns out to be the \*\ud group.
  if (m_state.upr) m_state.skip = true;
  m_state.upr = false;
  m_group_start = true;
  m_ignorable = false;
}

void RtfReader::close_group() {
  m_skip_fallback = 0;
  if (m_flattened > 0) {
    --m_flattened;
    return;
  }
  if (m_stack.empty()) {
    warn("a '}' with no open group at byte " + std::to_string(m_pos) + " is ignored");
    return;
  }
  // An entry may end with its group instead of ';'.
  if (m_state.font_table && !m_state.skip && m_font_entry >= 0 && !m_font_name.empty()) finish_font_entry();
  m_state = m_stack.back();
  m_stack.pop_back();
  m_group_start = false;
  m_ignorable = false;
}

void RtfReader::finish_font_entry() {
  if (m_font_entry < 0) return;
  std::string name = m_font_name;
  while (!name.empty() && (name.back() == ' ' || name.back() == ';')) name.pop_back();
  const auto first = name.find_first_not_of(' ');
  name.erase(0, first == std::string::npos ? name.size() : first);
  const bool legacy = text::encoding_for_font(name).has_value();
  m_fonts[m_font_entry] = Font{std::move(name), m_font_charset, legacy};
  m_font_entry = -1;
  m_font_name.clear();
  m_font_charset = 0;
}

void RtfReader::append(std::string_view text, bool raw, bool keep_font) {
  if (m_state.skip || m_state.hidden || m_state.font_table || m_full) return;
  static const std::string kNoFont;
  const Font* font = keep_font ? font_of(m_state.font) : nullptr;
  const std::string& font_name = font != nullptr ? font->name : kNoFont;
  std::vector<SourceRun>& runs = runs_for(m_runs, m_state.sink);
  if (!runs.empty() && runs.back().raw_bytes == raw && runs.back().font == font_name &&
      runs.back().bold == m_state.bold && runs.back().italic == m_state.italic) {
    runs.back().text += text;
    return;
  }
  SourceRun run;
  run.text = std::string(text);
  run.font = font_name;
  run.raw_bytes = raw;
  run.bold = m_state.bold;
  run.italic = m_state.italic;
  runs.push_back(std::move(run));
}

void RtfReader::text_byte(char byte) {
  if (m_skip_fallback > 0) {
    --m_skip_fallback;
    return;
  }
  if (m_state.skip) return;
  if (m_state.font_table) {
    if (byte == ';') {
      finish_font_entry();
    } else if (m_font_entry >= 0) {
      // Font names we act on are ASCII (".VnTime", "VNI-Times"); other bytes are in the font's own code page.
      m_font_name += static_cast<unsigned char>(byte) < 0x80 ? byte : '?';
    }
    return;
  }
  if (m_state.hidden) return;
  const Font* font = font_of(m_state.font);
  const bool legacy_font = font != nullptr && font->legacy;
  // A symbol font's bytes are pictographs (bullets, boxes), not text; a legacy name wins over a stray charset.
  if (font != nullptr && font->charset == kCharsetSymbol && !legacy_font) return;
  const bool cp1258 = !legacy_font && font != nullptr &&
                      (font->charset == kCharsetVietnamese || (font->charset == 0 && m_ansi_codepage == 1258));
  if (cp1258) {
    // The code page is known for certain: decode here rather than let detection guess. ASCII goes the same way so
    // a letter and its combining tone byte stay in one run and compose.
    append(text::decode_as(std::string_view(&byte, 1), text::Encoding::Cp1258), false, false);
    return;
  }
  append(std::string_view(&byte, 1), true);
}

void RtfReader::text_unicode(char32_t cp) {
  std::string utf8;
  utf8_append(utf8, cp);
  if (m_state.font_table) {
    if (m_font_entry >= 0) m_font_name += utf8;
    return;
  }
  append(utf8, false);
}

void RtfReader::end_paragraph(Break kind) {
  std::vector<SourceRun>& runs = runs_for(m_runs, m_state.sink);
  if (m_state.skip) return;
  // Headers are page furniture: they do not count towards the document's encoding.
  std::vector<std::string> header_encodings;
  const DecodedParagraph decoded =
      decode_runs(runs, m_state.sink == Sink::Header ? header_encodings : m_encodings);
  runs.clear();
  Paragraph paragraph;
  paragraph.text = decoded.text;
  paragraph.bold = decoded.bold;
  paragraph.italic = decoded.italic;
  paragraph.centered = m_state.centered;
  switch (m_state.sink) {
    case Sink::Header:
      record_running_header(m_out, paragraph.text);
      return;
    case Sink::Note:
      m_notes.push_back(std::move(paragraph));
      return;
    case Sink::Main:
      break;
  }
  if (m_state.in_table || kind == Break::Cell) {
    if (!m_in_table) {
      m_in_table = true;
      ++m_table;
      m_row = 0;
      m_cell = 0;
    }
    paragraph.table = m_table;
    paragraph.row = m_row;
    paragraph.cell = m_cell;
    if (kind == Break::Cell) ++m_cell;
  } else {
    m_in_table = false;
  }
  if (m_out.paragraphs.size() >= m_input.limits.max_paragraphs) {
    warn("more than " + std::to_string(m_input.limits.max_paragraphs) + " paragraphs; the rest is dropped");
    m_full = true;
    return;
  }
  add_paragraph(m_out, std::move(paragraph));
}

void RtfReader::end_row() {
  if (m_state.skip) return;
  std::vector<SourceRun>& runs = runs_for(m_runs, m_state.sink);
  if (!runs.empty()) end_paragraph(Break::Cell);  // text between the last \cell and \row
  if (m_state.sink != Sink::Main) return;
  ++m_row;
  m_cell = 0;
}

void RtfReader::control_symbol(char symbol) {
  switch (symbol) {
    case '\\': case '{': case '}': text_byte(symbol); return;
    // Punctuation goes in as the byte it stood for, in the current font, so it joins its neighbours' run: a
    // lone "“" decoded on its own could be read as a letter of some legacy table.
    case '~': text_byte(' '); return;  // non-breaking space
    case '_': text_byte('-'); return;  // non-breaking hyphen
    case '-': return;                  // optional hyphen
    case '\t': text_byte('\t'); return;
    case '\n': case '\r': end_paragraph(Break::Paragraph); return;  // "\<newline>" is \par
    case '*': m_ignorable = true; return;
    default: return;  // \| \: and the like: formula and index marks
  }
}

void RtfReader::control_word(std::string_view word, std::optional<int> parameter) {
  const bool group_start = m_group_start;
  const bool ignorable = m_ignorable;
  m_group_start = false;
  m_ignorable = false;
  const int value = parameter.value_or(1);

  // Destinations: only meaningful as the first word of a group (or right after \*).
  if (group_start || ignorable) {
    if (word == "ud") {  // the Unicode alternative of \upr: read it
      m_state.skip = !m_stack.empty() && m_stack.back().skip;
      return;
    }
    if (word == "fonttbl") {
      m_state.font_table = true;
      return;
    }
    if (std::find(kSkipped.begin(), kSkipped.end(), word) != kSkipped.end()) {
      m_state.skip = true;
      return;
    }
    if (std::find(kHeaders.begin(), kHeaders.end(), word) != kHeaders.end()) {
      m_state.sink = Sink::Header;
      return;
    }
    if (word == "footnote") {
      m_state.sink = Sink::Note;
      return;
    }
    if (word == "upr") {
      m_state.upr = true;
      return;
    }
    if (ignorable) {  // an optional destination we do not know: its content is not text
      m_state.skip = true;
      return;
    }
  }

  if (m_state.skip) return;
  if (m_state.font_table) {
    if (word == "f") {
      if (m_font_entry >= 0 && !m_font_name.empty()) finish_font_entry();
      m_font_entry = value;
      m_font_charset = 0;
      m_font_name.clear();
    } else if (word == "fcharset") {
      m_font_charset = value;
    } else if (word == "u") {
      text_unicode(static_cast<char32_t>(value < 0 ? value + 65536 : value));
    }
    return;
  }

  // A fallback character of \uN may be a control word too (\'hh is handled by the caller).
  if (m_skip_fallback > 0 && word != "u") {
    --m_skip_fallback;
    return;
  }

  if (word == "par" || word == "sect" || word == "page" || word == "column") return end_paragraph(Break::Paragraph);
  if (word == "cell") return end_paragraph(Break::Cell);
  if (word == "nestcell") return end_paragraph(Break::Paragraph);  // a nested table's cell stays in its outer cell
  if (word == "row") return end_row();
  if (word == "line") return text_byte('\n');
  if (word == "tab") return text_byte('\t');
  if (word == "u") {
    text_unicode(static_cast<char32_t>(value < 0 ? value + 65536 : value));
    m_skip_fallback = m_state.unicode_skip;
    return;
  }
  if (word == "uc") {
    m_state.unicode_skip = std::clamp(value, 0, 16);
    return;
  }
  if (word == "f") {
    m_state.font = value;
    return;
  }
  if (word == "deff") {
    m_default_font = value;
    m_state.font = value;
    return;
  }
  if (word == "ansicpg") {
    m_ansi_codepage = value;
    return;
  }
  if (word == "b") { m_state.bold = value != 0; return; }
  if (word == "i") { m_state.italic = value != 0; return; }
  if (word == "v") { m_state.hidden = value != 0; return; }
  if (word == "plain") {
    m_state.bold = m_state.italic = m_state.hidden = false;
    m_state.font = m_default_font;
    return;
  }
  if (word == "pard") {
    m_state.centered = false;
    m_state.in_table = false;
    return;
  }
  if (word == "qc" || word == "qr") { m_state.centered = true; return; }
  if (word == "ql" || word == "qj" || word == "qd") { m_state.centered = false; return; }
  if (word == "intbl") { m_state.in_table = true; return; }
  if (word == "itap") { m_state.in_table = value > 0; return; }
  if (word == "chftn" || word == "chpgn" || word == "chdate" || word == "chtime") return;  // generated marks
  // Symbols as their CP1252 bytes (what Word wrote them for), read in the current font like any other byte.
  struct Symbol {
    std::string_view word;
    char byte;
  };
  static constexpr std::array<Symbol, 9> kSymbols = {{{"emdash", '\x97'}, {"endash", '\x96'}, {"bullet", '\x95'},
                                                      {"lquote", '\x91'}, {"rquote", '\x92'}, {"ldblquote", '\x93'},
                                                      {"rdblquote", '\x94'}, {"emspace", ' '}, {"enspace", ' '}}};
  for (const Symbol& symbol : kSymbols) {
    if (word == symbol.word) return text_byte(symbol.byte);
  }
  // Everything else is formatting we do not keep.
}

Status RtfReader::read() {
  std::size_t start = 0;
  while (start < m_text.size() && (m_text[start] == ' ' || m_text[start] == '\r' || m_text[start] == '\n' ||
                                   m_text[start] == '\t')) {
    ++start;
  }
  if (m_text.substr(start, 5) != "{\\rtf") {
    return Status::invalid_argument(std::string(m_input.name) +
                                    ": not an RTF document (it does not start with {\\rtf)");
  }
  m_pos = start;
  bool opened = false;
  while (m_pos < m_text.size() && !m_full) {
    const char c = m_text[m_pos++];
    switch (c) {
      case '{':
        open_group();
        opened = true;
        break;
      case '}':
        close_group();
        if (opened && m_stack.empty() && m_flattened == 0) {  // the document's last brace
          const std::string_view rest = m_text.substr(m_pos);
          if (rest.find_first_not_of(std::string_view(" \t\r\n\0", 5)) != std::string_view::npos) {
            warn("bytes after the document's closing brace (byte " + std::to_string(m_pos) + ") are ignored");
          }
          m_pos = m_text.size();
        }
        break;
      case '\r': case '\n': break;  // line ends in RTF source are not text
      case '\\': {
        if (m_pos >= m_text.size()) break;
        const char next = m_text[m_pos];
        const auto is_letter = [](char x) { return (x >= 'a' && x <= 'z') || (x >= 'A' && x <= 'Z'); };
        if (next == '\'') {  // \'hh: one byte
          const auto hex = [](char x) -> int {
            if (x >= '0' && x <= '9') return x - '0';
            if (x >= 'a' && x <= 'f') return x - 'a' + 10;
            if (x >= 'A' && x <= 'F') return x - 'A' + 10;
            return -1;
          };
          if (m_pos + 2 < m_text.size() && hex(m_text[m_pos + 1]) >= 0 && hex(m_text[m_pos + 2]) >= 0) {
            const char byte = static_cast<char>(hex(m_text[m_pos + 1]) * 16 + hex(m_text[m_pos + 2]));
            m_pos += 3;
            m_group_start = false;
            text_byte(byte);
          } else {
            m_pos = std::min(m_pos + 3, m_text.size());
          }
          break;
        }
        if (!is_letter(next)) {
          ++m_pos;
          m_group_start = next == '*' ? m_group_start : false;
          if (m_skip_fallback > 0 && next != '*') {
            --m_skip_fallback;
            break;
          }
          control_symbol(next);
          break;
        }
        std::size_t end = m_pos;
        while (end < m_text.size() && end - m_pos < 32 && is_letter(m_text[end])) ++end;
        const std::string_view word = m_text.substr(m_pos, end - m_pos);
        std::optional<int> parameter;
        bool negative = false;
        if (end < m_text.size() && m_text[end] == '-' && end + 1 < m_text.size() && m_text[end + 1] >= '0' &&
            m_text[end + 1] <= '9') {
          negative = true;
          ++end;
        }
        if (end < m_text.size() && m_text[end] >= '0' && m_text[end] <= '9') {
          long long number = 0;
          std::size_t digits = 0;
          while (end < m_text.size() && m_text[end] >= '0' && m_text[end] <= '9') {
            if (digits++ < 10) number = number * 10 + (m_text[end] - '0');
            ++end;
          }
          number = std::min<long long>(number, 0x7FFFFFFF);
          parameter = static_cast<int>(negative ? -number : number);
        }
        if (end < m_text.size() && m_text[end] == ' ') ++end;  // the delimiting space belongs to the word
        m_pos = end;
        if (word == "bin") {  // binary data: skip exactly that many bytes, whatever they are
          const std::size_t size = static_cast<std::size_t>(std::max(parameter.value_or(0), 0));
          m_pos = std::min(m_text.size(), m_pos + size);
          m_group_start = false;
          break;
        }
        control_word(word, parameter);
        break;
      }
      default:
        m_group_start = false;
        if (static_cast<unsigned char>(c) < 0x20 && c != '\t') break;  // stray control bytes
        text_byte(c);
        break;
    }
  }
  const std::size_t open = m_stack.size() + m_flattened;
  if (open > 0) {
    warn("the RTF ends inside " + std::to_string(open) + " open group(s) (truncated?); the text read so far is kept");
    while (!m_stack.empty()) {
      if (m_state.font_table) finish_font_entry();
      m_state = m_stack.back();
      m_stack.pop_back();
    }
  }
  m_state.skip = false;
  for (const Sink sink : {Sink::Main, Sink::Note, Sink::Header}) {
    if (runs_for(m_runs, sink).empty()) continue;
    m_state.sink = sink;
    end_paragraph(Break::Paragraph);
  }
  for (Paragraph& note : m_notes) {
    if (m_out.paragraphs.size() >= m_input.limits.max_paragraphs) break;
    add_paragraph(m_out, std::move(note));
  }
  m_out.encoding = summarize_encodings(m_encodings);
  if (m_out.paragraphs.empty()) warn("the document has no text");
  return Status::ok();
}

}  // namespace

Status read_rtf(const ReaderInput& input, Extracted& out) {
  RtfReader reader(input, out);
  return reader.read();
}

}  // namespace vanthu::ingest
