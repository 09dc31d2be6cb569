// SPDX-License-Identifier: Apache-2.0
//
// Word 97–2003 .doc ([MS-DOC]) → paragraphs. The text lives in the WordDocument stream as pieces listed by the piece
// table (the CLX in the 0Table/1Table stream); each piece is either 8-bit ("compressed": one byte per character,
// which for a .VnTime or VNI-Times run are the legacy bytes themselves) or UTF-16LE. Character formatting (font,
// bold, italic) comes from CHPX pages found through PlcfBteChpx, layered on the styles of the stylesheet;
// paragraph formatting (alignment, table cells and rows) from PAPX pages. The font name of each run is the hint
// that decodes TCVN3/VNI run by run (runs.cpp).
//
// Fast-saved ("complex") files need nothing special: their pieces simply come out of order in the stream, and the
// piece table puts them back. Encrypted files are refused; files we can read but whose formatting tables are
// damaged lose their fonts (bytes still decide the encoding) and say so in a warning.
#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/ole2.h"
#include "ingest/reader.h"
#include "text/text.h"

namespace vanthu::ingest {
namespace {

// ---------------------------------------------------------------------------------------------------------------
// Little-endian access with bounds: every structure is checked with fits() before it is read.

bool fits(std::string_view bytes, std::size_t at, std::size_t size) {
  return at <= bytes.size() && size <= bytes.size() - at;
}
std::uint8_t u8(std::string_view bytes, std::size_t at) { return static_cast<std::uint8_t>(bytes[at]); }
std::uint16_t u16(std::string_view bytes, std::size_t at) {
  return static_cast<std::uint16_t>(u8(bytes, at) | u8(bytes, at + 1) << 8);
}
std::uint32_t u32(std::string_view bytes, std::size_t at) {
  return static_cast<std::uint32_t>(u16(bytes, at)) | static_cast<std::uint32_t>(u16(bytes, at + 2)) << 16;
}

// ---------------------------------------------------------------------------------------------------------------
// Properties. Character sprms keep Word's toggle operands (0/1, 0x80 "as the style", 0x81 "opposite of the style")
// until they are layered on a style.

struct CharProps {
  std::optional<std::uint16_t> font;          // sprmCRgFtc0 (or the older sprmCFtcDefault)
  std::optional<std::uint8_t> bold, italic;   // toggle operands
  std::optional<std::uint16_t> char_style;    // sprmCIstd
  bool special = false;   // sprmCFSpec: the character is an object anchor, not text
  bool hidden = false;    // sprmCFVanish
  bool deleted = false;   // sprmCFRMarkDel: tracked deletion
  bool operator==(const CharProps&) const = default;
};

struct ParaProps {
  std::uint16_t style = 0;                   // istd
  std::optional<std::uint8_t> justification; // sprmPJc / sprmPJc80
  bool in_table = false;                     // sprmPFInTable or sprmPItap > 0
  bool row_end = false;                      // sprmPFTtp: the mark that ends a table row
};

constexpr std::uint16_t kSprmCFRMarkDel = 0x0800;
constexpr std::uint16_t kSprmCFSpec = 0x0855;
constexpr std::uint16_t kSprmCFVanish = 0x083C;
constexpr std::uint16_t kSprmCFBold = 0x0835;
constexpr std::uint16_t kSprmCFItalic = 0x0836;
constexpr std::uint16_t kSprmCIstd = 0x4A30;
constexpr std::uint16_t kSprmCFtcDefault = 0x4A3D;
constexpr std::uint16_t kSprmCRgFtc0 = 0x4A4F;
constexpr std::uint16_t kSprmPJc80 = 0x2403;
constexpr std::uint16_t kSprmPJc = 0x2461;
constexpr std::uint16_t kSprmPFInTable = 0x2416;
constexpr std::uint16_t kSprmPFTtp = 0x2417;
constexpr std::uint16_t kSprmPItap = 0x6649;
constexpr std::uint16_t kSprmPIstd = 0x4600;
constexpr std::uint16_t kSprmTDefTable = 0xD608;
constexpr std::uint16_t kSprmPChgTabs = 0xC615;

// Calls visit(sprm, operand) for each sprm of grpprl; stops at the first one that does not fit (damaged or a form
// we do not size), which loses only the properties after it.
template <class Visit>
void for_each_sprm(std::string_view grpprl, Visit visit) {
  std::size_t at = 0;
  while (fits(grpprl, at, 2)) {
    const std::uint16_t sprm = u16(grpprl, at);
    at += 2;
    std::size_t size = 0;
    switch (sprm >> 13) {  // spra: the operand size class
      case 0: case 1: size = 1; break;
      case 2: case 4: case 5: size = 2; break;
      case 3: size = 4; break;
      case 7: size = 3; break;
      default:  // 6: variable
        if (sprm == kSprmTDefTable) {
          if (!fits(grpprl, at, 2)) return;
          size = std::size_t{u16(grpprl, at)} + 1;  // cb counts itself minus one
        } else {
          if (!fits(grpprl, at, 1)) return;
          if (sprm == kSprmPChgTabs && u8(grpprl, at) == 255) return;  // the long form: never on text we need
          size = std::size_t{u8(grpprl, at)} + 1;
        }
    }
    if (!fits(grpprl, at, size)) return;
    visit(sprm, grpprl.substr(at, size));
    at += size;
  }
}

void apply_char_sprms(std::string_view grpprl, CharProps& props) {
  for_each_sprm(grpprl, [&](std::uint16_t sprm, std::string_view operand) {
    const std::uint8_t byte = u8(operand, 0);
    switch (sprm) {
      case kSprmCRgFtc0: props.font = u16(operand, 0); break;
      case kSprmCFtcDefault: if (!props.font) props.font = u16(operand, 0); break;
      case kSprmCFBold: props.bold = byte; break;
      case kSprmCFItalic: props.italic = byte; break;
      case kSprmCIstd: props.char_style = u16(operand, 0); break;
      case kSprmCFSpec: props.special = byte != 0; break;
      case kSprmCFVanish: props.hidden = byte == 1; break;
      case kSprmCFRMarkDel: props.deleted = byte == 1; break;
      default: break;
    }
  });
}

void apply_para_sprms(std::string_view grpprl, ParaProps& props) {
  for_each_sprm(grpprl, [&](std::uint16_t sprm, std::string_view operand) {
    switch (sprm) {
      case kSprmPJc80: case kSprmPJc: props.justification = u8(operand, 0); break;
      case kSprmPFInTable: props.in_table = u8(operand, 0) != 0; break;
      case kSprmPFTtp: props.row_end = u8(operand, 0) != 0; break;
      case kSprmPItap: props.in_table = props.in_table || u32(operand, 0) > 0; break;
      case kSprmPIstd: props.style = u16(operand, 0); break;
      default: break;
    }
  });
}

// Word's toggle: 0x80 keeps the style's value, 0x81 inverts it, anything else is the value's low bit.
bool resolve_toggle(std::optional<std::uint8_t> operand, bool style_value) {
  if (!operand) return style_value;
  if (*operand == 0x80) return style_value;
  if (*operand == 0x81) return !style_value;
  return (*operand & 1) != 0;
}

// ---------------------------------------------------------------------------------------------------------------
// FIB: the fields we use. [MS-DOC] 2.5.1: FibBase (32 bytes), then three counted arrays (shorts, longs, fc/lcb
// pairs) whose counts are read, not assumed.

struct FcLcb {
  std::uint32_t fc = 0, lcb = 0;
};

struct Fib {
  std::uint16_t n_fib = 0;
  bool table_1 = false;  // fWhichTblStm: 1Table rather than 0Table
  std::array<std::uint32_t, 8> ccp{};  // FibRgLw97 entries 3..10: text, ftn, hdd, mcr, atn, edn, txbx, hdrtxbx
  FcLcb stshf, plcf_bte_chpx, plcf_bte_papx, sttbf_ffn, clx;
};

enum Story : std::size_t { kMain = 0, kFootnotes, kHeaders, kMacros, kComments, kEndnotes, kTextBoxes, kHeaderBoxes };

Result<Fib> parse_fib(std::string_view word) {
  Fib fib;
  if (!fits(word, 0, 34)) return Status::corrupt("the WordDocument stream is too short for its header (FIB)");
  const std::uint16_t ident = u16(word, 0);
  fib.n_fib = u16(word, 2);
  if (ident != 0xA5EC && ident != 0xA5DC) {
    return Status::corrupt("the WordDocument stream does not start with a Word header (FIB)");
  }
  // Word 97 and every later binary Word writes nFib 0xC1 (some betas 0xC0); Word 6/95 (101–105) and older keep
  // their text and formatting in a different layout.
  if (ident == 0xA5DC || fib.n_fib < 0xC0) {
    return Status::unsupported("a Word 6/95 document, which vanthu does not read (save it as Word 97–2003 or .docx)");
  }
  const std::uint16_t flags = u16(word, 0x0A);
  // Checked before anything else: past FibBase, an encrypted file's header may be anything.
  if ((flags & 0x0100) != 0) {
    return Status::unsupported("a password-protected (encrypted) Word document, which vanthu cannot read");
  }
  fib.table_1 = (flags & 0x0200) != 0;
  std::size_t at = 32;
  const std::size_t csw = u16(word, at);
  at += 2 + 2 * csw;
  if (!fits(word, at, 2)) return Status::corrupt("the Word header (FIB) is cut short");
  const std::size_t cslw = u16(word, at);
  at += 2;
  if (cslw < 11 || !fits(word, at, 4 * cslw)) return Status::corrupt("the Word header (FIB) is cut short");
  for (std::size_t i = 0; i < fib.ccp.size(); ++i) fib.ccp[i] = u32(word, at + 4 * (3 + i));
  at += 4 * cslw;
  if (!fits(word, at, 2)) return Status::corrupt("the Word header (FIB) is cut short");
  const std::size_t pairs = u16(word, at);
  at += 2;
  if (pairs < 34 || !fits(word, at, 8 * pairs)) return Status::corrupt("the Word header (FIB) is cut short");
  const auto pair = [&](std::size_t index) { return FcLcb{u32(word, at + 8 * index), u32(word, at + 8 * index + 4)}; };
  fib.stshf = pair(1);
  fib.plcf_bte_chpx = pair(12);
  fib.plcf_bte_papx = pair(13);
  fib.sttbf_ffn = pair(15);
  fib.clx = pair(33);
  return fib;
}

// ---------------------------------------------------------------------------------------------------------------
// The piece table (CLX: Prc* then Pcdt).

struct Piece {
  std::uint32_t cp_begin = 0, cp_end = 0;
  std::size_t fc = 0;          // byte offset of the first character in WordDocument
  bool compressed = false;     // 8-bit
  std::uint16_t prm = 0;
};

struct PieceTable {
  std::vector<Piece> pieces;
  std::vector<std::string_view> prcs;  // grpprls that Prm (fComplex) refer to
};

Result<PieceTable> parse_clx(std::string_view clx) {
  PieceTable table;
  std::size_t at = 0;
  while (fits(clx, at, 1) && u8(clx, at) == 0x01) {  // Prc
    if (!fits(clx, at + 1, 2)) return Status::corrupt("the piece table (CLX) is cut short");
    const std::size_t size = u16(clx, at + 1);
    if (!fits(clx, at + 3, size)) return Status::corrupt("the piece table (CLX) is cut short");
    table.prcs.push_back(clx.substr(at + 3, size));
    at += 3 + size;
  }
  if (!fits(clx, at, 5) || u8(clx, at) != 0x02) return Status::corrupt("the piece table (CLX) has no piece list");
  const std::size_t size = u32(clx, at + 1);
  at += 5;
  if (!fits(clx, at, size) || size < 4 || (size - 4) % 12 != 0) {
    return Status::corrupt("the piece list (PlcPcd) has an impossible size");
  }
  const std::size_t count = (size - 4) / 12;
  const std::size_t descriptors = at + 4 * (count + 1);
  for (std::size_t i = 0; i < count; ++i) {
    Piece piece;
    piece.cp_begin = u32(clx, at + 4 * i);
    piece.cp_end = u32(clx, at + 4 * (i + 1));
    const std::uint32_t fc = u32(clx, descriptors + 8 * i + 2);
    piece.compressed = (fc & 0x40000000u) != 0;
    piece.fc = piece.compressed ? (fc & 0x3FFFFFFFu) / 2 : (fc & 0x3FFFFFFFu);
    piece.prm = u16(clx, descriptors + 8 * i + 6);
    if (piece.cp_end < piece.cp_begin) return Status::corrupt("the piece list (PlcPcd) goes backwards");
    table.pieces.push_back(piece);
  }
  return table;
}

// ---------------------------------------------------------------------------------------------------------------
// Formatted-page (FKP) tables: sorted, disjoint FC ranges with their properties.

template <class Props>
struct FcRange {
  std::uint32_t begin = 0, end = 0;
  Props props;
};

template <class Props>
const Props* find_range(const std::vector<FcRange<Props>>& ranges, std::size_t fc, std::size_t& hint) {
  if (hint < ranges.size() && ranges[hint].begin <= fc && fc < ranges[hint].end) return &ranges[hint].props;
  auto it = std::upper_bound(ranges.begin(), ranges.end(), fc,
                             [](std::size_t value, const FcRange<Props>& range) { return value < range.begin; });
  if (it == ranges.begin()) return nullptr;
  --it;
  if (fc >= it->end) return nullptr;
  hint = static_cast<std::size_t>(it - ranges.begin());
  return &it->props;
}

// Reads a PlcBteChpx/PlcBtePapx and calls read_page(page bytes) for each 512-byte FKP it names.
template <class ReadPage>
Status for_each_fkp(std::string_view word, std::string_view plc, std::string_view what, ReadPage read_page) {
  if (plc.size() < 4 || (plc.size() - 4) % 8 != 0) {
    return Status::corrupt(std::string(what) + " has an impossible size");
  }
  const std::size_t count = (plc.size() - 4) / 8;
  // Each page is a distinct 512-byte page of the stream; a longer list repeats pages and would only multiply work.
  if (count > word.size() / 512) {
    return Status::corrupt(std::string(what) + " lists more pages than the WordDocument stream holds");
  }
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t page = u32(plc, 4 * (count + 1) + 4 * i) & 0x3FFFFFu;
    if (!fits(word, page * 512, 512)) {
      return Status::corrupt(std::string(what) + " points to page " + std::to_string(page) +
                             " beyond the WordDocument stream");
    }
    if (Status status = read_page(word.substr(page * 512, 512)); !status.is_ok()) return status;
  }
  return Status::ok();
}

Result<std::vector<FcRange<CharProps>>> parse_chpx(std::string_view word, std::string_view plc) {
  std::vector<FcRange<CharProps>> ranges;
  Status status = for_each_fkp(word, plc, "the character formatting table", [&](std::string_view page) -> Status {
    const std::size_t runs = u8(page, 511);
    if (4 * (runs + 1) + runs > 511) return Status::corrupt("a character formatting page (CHPX FKP) overflows");
    for (std::size_t r = 0; r < runs; ++r) {
      FcRange<CharProps> range{u32(page, 4 * r), u32(page, 4 * (r + 1)), {}};
      const std::size_t offset = std::size_t{u8(page, 4 * (runs + 1) + r)} * 2;
      if (offset != 0) {  // 0: the run has default formatting
        if (!fits(page, offset, 1) || offset + 1 + u8(page, offset) > 511) {
          return Status::corrupt("a character formatting entry (CHPX) overflows its page");
        }
        apply_char_sprms(page.substr(offset + 1, u8(page, offset)), range.props);
      }
      if (range.end > range.begin) ranges.push_back(range);
    }
    return Status::ok();
  });
  if (!status.is_ok()) return status;
  std::sort(ranges.begin(), ranges.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
  return ranges;
}

Result<std::vector<FcRange<ParaProps>>> parse_papx(std::string_view word, std::string_view plc) {
  std::vector<FcRange<ParaProps>> ranges;
  Status status = for_each_fkp(word, plc, "the paragraph formatting table", [&](std::string_view page) -> Status {
    const std::size_t runs = u8(page, 511);
    if (4 * (runs + 1) + 13 * runs > 511) return Status::corrupt("a paragraph formatting page (PAPX FKP) overflows");
    for (std::size_t r = 0; r < runs; ++r) {
      FcRange<ParaProps> range{u32(page, 4 * r), u32(page, 4 * (r + 1)), {}};
      const std::size_t offset = std::size_t{u8(page, 4 * (runs + 1) + 13 * r)} * 2;
      if (offset != 0) {
        std::size_t start = offset + 1;
        std::size_t size = 0;
        if (!fits(page, offset, 2)) return Status::corrupt("a paragraph formatting entry (PAPX) overflows its page");
        if (u8(page, offset) == 0) {
          size = std::size_t{u8(page, offset + 1)} * 2;
          start = offset + 2;
        } else {
          size = std::size_t{u8(page, offset)} * 2 - 1;
        }
        if (!fits(page, start, size) || start + size > 511 || size < 2) {
          return Status::corrupt("a paragraph formatting entry (PAPX) overflows its page");
        }
        range.props.style = u16(page, start);
        apply_para_sprms(page.substr(start + 2, size - 2), range.props);
      }
      if (range.end > range.begin) ranges.push_back(range);
    }
    return Status::ok();
  });
  if (!status.is_ok()) return status;
  std::sort(ranges.begin(), ranges.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
  return ranges;
}

// ---------------------------------------------------------------------------------------------------------------
// Fonts (SttbfFfn) and styles (STSH).

struct FontEntry {
  std::string name;
  std::uint8_t charset = 0;
};

Result<std::vector<FontEntry>> parse_fonts(std::string_view sttb) {
  std::vector<FontEntry> fonts;
  if (!fits(sttb, 0, 4)) return Status::corrupt("the font table is cut short");
  std::size_t count = u16(sttb, 0);
  std::size_t at = 4;
  if (count == 0xFFFF) return Status::corrupt("the font table uses the extended form, which Word 97 never writes");
  for (std::size_t i = 0; i < count; ++i) {
    if (!fits(sttb, at, 1)) return Status::corrupt("the font table is cut short");
    const std::size_t size = u8(sttb, at);
    if (!fits(sttb, at + 1, size)) return Status::corrupt("the font table is cut short");
    const std::string_view ffn = sttb.substr(at + 1, size);
    FontEntry font;
    // FFN: ffid, wWeight(2), chs, ixchSzAlt, panose(10), fs(24), then the NUL-terminated UTF-16 name.
    if (ffn.size() > 39) {
      font.charset = u8(ffn, 3);
      std::string_view name = ffn.substr(39);
      for (std::size_t c = 0; c + 1 < name.size(); c += 2) {
        if (u16(name, c) == 0) {
          name = name.substr(0, c);
          break;
        }
      }
      font.name = ole2::utf16le_to_utf8(name);
    }
    fonts.push_back(std::move(font));
    at += 1 + size;
  }
  return fonts;
}

struct Style {
  std::uint16_t base = 0x0FFF;  // istdBase; 0x0FFF: none
  ParaProps para;
  CharProps chars;
  bool present = false;
};

struct StyleSheet {
  std::vector<Style> styles;
  std::uint16_t default_font = 0;  // rgftcStandardChp[0]
};

Result<StyleSheet> parse_styles(std::string_view stsh) {
  StyleSheet sheet;
  if (!fits(stsh, 0, 2)) return Status::corrupt("the style sheet is cut short");
  const std::size_t header_size = u16(stsh, 0);
  if (!fits(stsh, 2, header_size) || header_size < 14) return Status::corrupt("the style sheet header is cut short");
  const std::size_t count = u16(stsh, 2);
  const std::size_t base_size = u16(stsh, 4);
  if (header_size >= 14) sheet.default_font = u16(stsh, 2 + 12);
  std::size_t at = 2 + header_size;
  for (std::size_t i = 0; i < count; ++i) {
    Style style;
    if (!fits(stsh, at, 2)) return Status::corrupt("the style sheet is cut short");
    const std::size_t size = u16(stsh, at);
    at += 2;
    if (!fits(stsh, at, size)) return Status::corrupt("the style sheet is cut short");
    const std::string_view std_bytes = stsh.substr(at, size);
    at += size;
    if (size < base_size + 2 || base_size < 10) {
      sheet.styles.push_back(style);
      continue;
    }
    const std::uint16_t kind = u16(std_bytes, 2) & 0x000F;  // stk: 1 paragraph, 2 character
    style.base = static_cast<std::uint16_t>(u16(std_bytes, 2) >> 4);
    const std::size_t upx_count = u16(std_bytes, 4) & 0x000F;
    std::size_t pos = base_size;
    const std::size_t name_chars = u16(std_bytes, pos);
    pos += 2 + 2 * name_chars + 2;  // the name and its NUL
    style.present = true;
    for (std::size_t u = 0; u < upx_count; ++u) {
      if (pos % 2 != 0) ++pos;
      if (!fits(std_bytes, pos, 2)) break;
      const std::size_t upx_size = u16(std_bytes, pos);
      pos += 2;
      if (!fits(std_bytes, pos, upx_size)) break;
      const std::string_view upx = std_bytes.substr(pos, upx_size);
      pos += upx_size;
      if (kind == 1 && u == 0) {
        if (upx.size() >= 2) apply_para_sprms(upx.substr(2), style.para);  // istd, then the grpprl
      } else if ((kind == 1 && u == 1) || (kind == 2 && u == 0)) {
        apply_char_sprms(upx, style.chars);
      }
    }
    sheet.styles.push_back(style);
  }
  return sheet;
}

// A style with everything it inherits: font and the values bold/italic toggles are taken against.
struct ResolvedStyle {
  std::optional<std::uint16_t> font;
  bool bold = false, italic = false;
  std::optional<std::uint8_t> justification;
};

ResolvedStyle resolve_style(const StyleSheet& sheet, std::uint16_t istd) {
  // Walk the base chain (capped: a damaged sheet may loop), then apply from the root down.
  std::vector<const Style*> chain;
  for (std::uint16_t at = istd; at < sheet.styles.size() && chain.size() < 16; at = sheet.styles[at].base) {
    if (!sheet.styles[at].present) break;
    chain.push_back(&sheet.styles[at]);
  }
  ResolvedStyle resolved;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    const Style& style = **it;
    if (style.chars.font) resolved.font = style.chars.font;
    resolved.bold = resolve_toggle(style.chars.bold, resolved.bold);
    resolved.italic = resolve_toggle(style.chars.italic, resolved.italic);
    if (style.para.justification) resolved.justification = style.para.justification;
  }
  return resolved;
}

// ---------------------------------------------------------------------------------------------------------------
// The text walk: characters in CP order → runs → paragraphs.

// Whether a piece is 8-bit or UTF-16 is how Word happened to store it (fast saves mix both, even inside a word), not
// what the text is: a UTF-16 stretch whose characters all exist in CP1252 may well be legacy bytes in CP1252 view.
// Such stretches (consecutive Unicode runs of one font) become bytes again here, so they join their 8-bit neighbours
// and are decoded with them; a stretch with any other character is real Unicode and stays as it is.
void join_cp1252_runs(std::vector<SourceRun>& runs) {
  std::size_t i = 0;
  while (i < runs.size()) {
    if (runs[i].raw_bytes) {
      ++i;
      continue;
    }
    std::size_t j = i;
    std::string joined;
    while (j < runs.size() && !runs[j].raw_bytes && runs[j].font == runs[i].font) joined += runs[j++].text;
    if (text::to_cp1252_bytes(joined)) {
      for (std::size_t k = i; k < j; ++k) {
        runs[k].text = *text::to_cp1252_bytes(runs[k].text);
        runs[k].raw_bytes = true;
      }
    }
    i = j;
  }
}

class DocReader {
public:
  DocReader(const ReaderInput& input, Extracted& out) : m_input(input), m_out(out) {}
  Status read();

private:
  struct PendingRun {
    std::string text;
    bool raw = false;
    CharProps props;
  };

  Status open_streams();
  void read_formatting();
  void walk_story(std::uint32_t begin, std::uint32_t end);
  void take_char(char32_t ch, bool raw, std::size_t fc, const CharProps& props);
  void append_text(std::string_view text, bool raw, const CharProps& props);
  void end_paragraph(std::size_t mark_fc, bool cell_mark);
  void warn(const std::string& message) { m_out.warnings.push_back(std::string(m_input.name) + ": " + message); }

  const ReaderInput& m_input;
  Extracted& m_out;
  std::string m_word, m_table_stream;
  Fib m_fib;
  PieceTable m_pieces;
  std::vector<FontEntry> m_fonts;
  StyleSheet m_styles;
  std::vector<ResolvedStyle> m_resolved;  // per istd, filled once
  std::vector<FcRange<CharProps>> m_chpx;
  std::vector<FcRange<ParaProps>> m_papx;
  bool m_have_papx = false;
  std::size_t m_chpx_hint = 0, m_papx_hint = 0;
  std::vector<bool> m_fields;  // open fields, innermost last: true once past the separator (showing the result)
  std::vector<PendingRun> m_runs;
  std::vector<std::string> m_encodings;
  // Table position of the next cell paragraph.
  bool m_in_table = false;
  int m_table_index = -1, m_row = 0, m_cell = 0;
  bool m_full = false;  // the paragraph limit was reached
  bool m_in_headers = false;  // walking the header/footer story
  std::size_t m_chars_read = 0;  // characters taken from pieces so far, all stories
  bool m_overrun = false;        // the pieces claimed more characters than the stream has
  std::size_t m_embedded = 0;  // embedded OLE objects (their text is not read)
};

Status DocReader::open_streams() {
  Result<ole2::CompoundFile> file = ole2::CompoundFile::open(m_input.bytes);
  if (!file) return file.status();
  const ole2::CompoundFile& cf = file.value();
  if (!cf.has_stream("WordDocument")) {
    if (cf.has_stream("Workbook") || cf.has_stream("Book")) {
      return Status::unsupported("an Excel workbook (.xls), which vanthu does not read");
    }
    if (cf.has_stream("PowerPoint Document")) {
      return Status::unsupported("a PowerPoint presentation (.ppt), which vanthu does not read");
    }
    if (cf.has_stream("EncryptionInfo") || cf.has_stream("EncryptedPackage")) {
      return Status::unsupported("a password-protected (encrypted) Office file, which vanthu cannot read");
    }
    if (cf.has_stream("VisioDocument")) return Status::unsupported("a Visio drawing, which vanthu does not read");
    return Status::unsupported("an OLE2 compound file without a WordDocument stream (not a Word document)");
  }
  for (const ole2::StreamEntry& stream : cf.streams()) {
    if (stream.path.starts_with("ObjectPool/") && stream.path.ends_with("CompObj")) ++m_embedded;
  }
  Result<std::string> word = cf.read_stream("WordDocument");
  if (!word) return word.status();
  m_word = std::move(word.value());
  Result<Fib> fib = parse_fib(m_word);
  if (!fib) return fib.status();
  m_fib = fib.value();
  const char* table_name = m_fib.table_1 ? "1Table" : "0Table";
  Result<std::string> table = cf.read_stream(table_name);
  if (!table) return Status::corrupt(std::string("the ") + table_name + " stream the header names: " +
                                     table.status().message());
  m_table_stream = std::move(table.value());
  if (!fits(m_table_stream, m_fib.clx.fc, m_fib.clx.lcb) || m_fib.clx.lcb == 0) {
    return Status::corrupt("the piece table (CLX) lies outside the table stream");
  }
  Result<PieceTable> pieces = parse_clx(std::string_view(m_table_stream).substr(m_fib.clx.fc, m_fib.clx.lcb));
  if (!pieces) return pieces.status();
  m_pieces = std::move(pieces.value());
  return Status::ok();
}

// Formatting is optional: text read without it is still text (the bytes decide the encoding), so each table that
// fails costs a warning, not the document.
void DocReader::read_formatting() {
  const auto slice = [&](const FcLcb& where) -> std::optional<std::string_view> {
    if (where.lcb == 0 || !fits(m_table_stream, where.fc, where.lcb)) return std::nullopt;
    return std::string_view(m_table_stream).substr(where.fc, where.lcb);
  };
  if (auto sttb = slice(m_fib.sttbf_ffn)) {
    Result<std::vector<FontEntry>> fonts = parse_fonts(*sttb);
    if (fonts) m_fonts = std::move(fonts.value());
    else warn("font table unreadable (" + fonts.status().message() + "); runs are decoded without font names");
  } else {
    warn("no font table; runs are decoded without font names");
  }
  if (auto stsh = slice(m_fib.stshf)) {
    Result<StyleSheet> styles = parse_styles(*stsh);
    if (styles) m_styles = std::move(styles.value());
    else warn("style sheet unreadable (" + styles.status().message() + "); style fonts are not used");
  }
  m_resolved.reserve(m_styles.styles.size());
  for (std::size_t i = 0; i < m_styles.styles.size(); ++i) {
    m_resolved.push_back(resolve_style(m_styles, static_cast<std::uint16_t>(i)));
  }
  if (auto plc = slice(m_fib.plcf_bte_chpx)) {
    Result<std::vector<FcRange<CharProps>>> chpx = parse_chpx(m_word, *plc);
    if (chpx) m_chpx = std::move(chpx.value());
    else warn("character formatting unreadable (" + chpx.status().message() + "); runs are decoded without fonts");
  }
  if (auto plc = slice(m_fib.plcf_bte_papx)) {
    Result<std::vector<FcRange<ParaProps>>> papx = parse_papx(m_word, *plc);
    if (papx) {
      m_papx = std::move(papx.value());
      m_have_papx = true;
    } else {
      warn("paragraph formatting unreadable (" + papx.status().message() + "); table cells are not marked");
    }
  }
}

void DocReader::append_text(std::string_view text, bool raw, const CharProps& props) {
  if (!m_runs.empty() && m_runs.back().raw == raw && m_runs.back().props == props) {
    m_runs.back().text += text;
  } else {
    m_runs.push_back({std::string(text), raw, props});
  }
}

void DocReader::end_paragraph(std::size_t mark_fc, bool cell_mark) {
  ParaProps para;
  if (m_have_papx) {
    if (const ParaProps* found = find_range(m_papx, mark_fc, m_papx_hint)) para = *found;
  }
  const ResolvedStyle style = para.style < m_resolved.size() ? m_resolved[para.style] : ResolvedStyle{};
  std::vector<SourceRun> runs;
  runs.reserve(m_runs.size());
  for (PendingRun& pending : m_runs) {
    // Font: the run's own, else its character style's, else the paragraph style's, else the document default.
    std::optional<std::uint16_t> font = pending.props.font;
    ResolvedStyle char_style;
    if (pending.props.char_style && *pending.props.char_style < m_resolved.size()) {
      char_style = m_resolved[*pending.props.char_style];
    }
    if (!font) font = char_style.font;
    if (!font) font = style.font;
    if (!font) font = m_styles.default_font;
    SourceRun run;
    run.text = std::move(pending.text);
    run.raw_bytes = pending.raw;
    if (*font < m_fonts.size()) run.font = m_fonts[*font].name;
    // Toggles in the run are taken against its styles (a character style can only switch bold on here).
    run.bold = resolve_toggle(pending.props.bold, style.bold || char_style.bold);
    run.italic = resolve_toggle(pending.props.italic, style.italic || char_style.italic);
    runs.push_back(std::move(run));
  }
  m_runs.clear();
  join_cp1252_runs(runs);
  const std::uint8_t justification = para.justification.value_or(style.justification.value_or(0));

  if (m_in_headers) {  // page furniture: recorded once each, not part of the text (nor of its encoding summary)
    std::vector<std::string> header_encodings;
    record_running_header(m_out, decode_runs(runs, header_encodings).text);
    return;
  }
  Paragraph paragraph;
  if (m_have_papx && para.in_table) {
    if (!m_in_table) {
      m_in_table = true;
      ++m_table_index;
      m_row = 0;
      m_cell = 0;
    }
    if (para.row_end) {  // the row-end mark carries no text of its own
      ++m_row;
      m_cell = 0;
      return;
    }
    paragraph.table = m_table_index;
    paragraph.row = m_row;
    paragraph.cell = m_cell;
    if (cell_mark) ++m_cell;
  } else {
    m_in_table = false;
  }
  if (m_out.paragraphs.size() >= m_input.limits.max_paragraphs) {
    if (!m_full) {
      warn("more than " + std::to_string(m_input.limits.max_paragraphs) + " paragraphs; the rest is dropped");
    }
    m_full = true;
    return;
  }
  const DecodedParagraph decoded = decode_runs(runs, m_encodings);
  paragraph.text = decoded.text;
  paragraph.bold = decoded.bold;
  paragraph.italic = decoded.italic;
  paragraph.centered = justification == 1 || justification == 2;
  add_paragraph(m_out, std::move(paragraph));
}

void DocReader::take_char(char32_t ch, bool raw, std::size_t fc, const CharProps& props) {
  // Fields: 0x13 code 0x14 result 0x15. The code ("PAGE", "HYPERLINK …") is never shown; the result is.
  switch (ch) {
    case 0x13: m_fields.push_back(false); return;
    case 0x14: if (!m_fields.empty()) m_fields.back() = true; return;
    case 0x15: if (!m_fields.empty()) m_fields.pop_back(); return;
    default: break;
  }
  const bool shown = std::all_of(m_fields.begin(), m_fields.end(), [](bool result) { return result; });
  if (ch == 0x0D || ch == 0x07) {
    // A paragraph mark inside a field code is still a paragraph mark: text around it must not run together.
    end_paragraph(fc, ch == 0x07);
    return;
  }
  if (!shown || props.deleted || props.hidden) return;
  // Replacements are ASCII, so they join the run they stand in (raw or not) and keep its decoding context.
  switch (ch) {
    case 0x0B: append_text("\n", raw, props); return;  // line break: add_paragraph splits there
    case 0x0C: case 0x0E: end_paragraph(fc, false); return;  // page and column breaks
    case 0x09: append_text("\t", raw, props); return;
    case 0x1E: append_text("-", raw, props); return;  // non-breaking hyphen
    default: break;
  }
  if (ch < 0x20 || props.special) return;  // objects (0x01, 0x08), footnote marks, optional hyphen 0x1F
  // Word keeps the characters of symbol fonts (Symbol, Wingdings) in the private-use page U+F0xx: bullets, boxes and
  // arrows, pictographs rather than text (the RTF reader drops symbol-font bytes the same way). A bullet is not kept
  // as "•" either: alone in its run, detection would read its CP1252 byte as a letter of some legacy table.
  if (!raw && ch >= 0xF000 && ch <= 0xF0FF) return;
  if (raw) {
    const char byte = static_cast<char>(ch);
    append_text(std::string_view(&byte, 1), true, props);
  } else {
    std::string utf8;
    utf8_append(utf8, ch);
    append_text(utf8, false, props);
  }
}

void DocReader::walk_story(std::uint32_t begin, std::uint32_t end) {
  CharProps no_props;
  for (const Piece& piece : m_pieces.pieces) {
    const std::uint32_t from = std::max(begin, piece.cp_begin);
    const std::uint32_t to = std::min(end, piece.cp_end);
    if (from >= to || m_full || m_overrun) continue;
    // Prm with fComplex: a grpprl in the CLX applies to the whole piece (fast-saved formatting).
    CharProps piece_props;
    if ((piece.prm & 1) != 0 && (piece.prm >> 1) < m_pieces.prcs.size()) {
      apply_char_sprms(m_pieces.prcs[piece.prm >> 1], piece_props);
    }
    const std::size_t width = piece.compressed ? 1 : 2;
    const std::size_t first = piece.fc + std::size_t{from - piece.cp_begin} * width;
    const std::size_t count = to - from;
    std::size_t available = count;
    if (!fits(m_word, first, count * width)) {
      available = first < m_word.size() ? (m_word.size() - first) / width : 0;
      warn("a text piece runs past the end of the WordDocument stream; " + std::to_string(count - available) +
           " characters are missing");
    }
    // Every character occupies its own bytes of the stream, so more characters than stream bytes means pieces that
    // repeat the same bytes: stop there rather than multiply the work (and the memory) by the piece count.
    if (m_chars_read + available > m_word.size()) {
      available = m_word.size() - std::min(m_chars_read, m_word.size());
      warn("the piece table covers more text than the WordDocument stream holds; the rest is ignored");
      m_overrun = true;
    }
    m_chars_read += available;
    for (std::size_t i = 0; i < available && !m_full; ++i) {
      const std::size_t fc = first + i * width;
      char32_t ch = 0;
      if (piece.compressed) {
        ch = u8(m_word, fc);
      } else {
        ch = u16(m_word, fc);
        if (ch >= 0xD800 && ch < 0xDC00 && i + 1 < available) {
          const char32_t low = u16(m_word, fc + 2);
          if (low >= 0xDC00 && low < 0xE000) {
            ch = 0x10000 + ((ch - 0xD800) << 10) + (low - 0xDC00);
            ++i;
          }
        }
        if (ch >= 0xD800 && ch < 0xE000) ch = kReplacementChar;
      }
      const CharProps* direct = find_range(m_chpx, fc, m_chpx_hint);
      CharProps props = direct != nullptr ? *direct : no_props;
      if (piece_props.font) props.font = piece_props.font;
      if (piece_props.bold) props.bold = piece_props.bold;
      if (piece_props.italic) props.italic = piece_props.italic;
      props.deleted = props.deleted || piece_props.deleted;
      take_char(ch, piece.compressed, fc, props);
    }
  }
  if (!m_runs.empty()) end_paragraph(m_word.size(), false);  // text after the last mark
  m_fields.clear();
}

Status DocReader::read() {
  if (Status status = open_streams(); !status.is_ok()) return status;
  read_formatting();
  // Stories in CP order ([MS-DOC] 2.3): main text, footnotes, headers, macros, comments, endnotes, text boxes,
  // header text boxes. Footnotes, endnotes and text boxes follow the main text; headers and footers are page
  // furniture and go to running_headers; comments are not the document and are left out.
  std::array<std::uint32_t, 9> starts{};
  for (std::size_t i = 0; i < m_fib.ccp.size(); ++i) {
    starts[i + 1] = starts[i] + std::min<std::uint32_t>(m_fib.ccp[i], 0x7FFFFFFF - starts[i]);
  }
  for (const Story story : {kMain, kFootnotes, kEndnotes, kTextBoxes}) {
    walk_story(starts[story], starts[story + 1]);
  }
  m_in_headers = true;
  walk_story(starts[kHeaders], starts[kHeaders + 1]);
  if (m_embedded > 0) {
    warn(std::to_string(m_embedded) +
         " embedded object(s) (spreadsheets, documents, drawings) whose content is not read");
  }
  m_out.encoding = summarize_encodings(m_encodings);
  if (m_out.paragraphs.empty()) warn("the document has no text");
  return Status::ok();
}

}  // namespace

Status read_doc(const ReaderInput& input, Extracted& out) {
  if (!ole2::has_signature(input.bytes)) {
    return Status::invalid_argument(std::string(input.name) +
                                    ": not a Word 97–2003 document (no OLE2 compound file signature)");
  }
  DocReader reader(input, out);
  Status status = reader.read();
  if (!status.is_ok()) return status.with_context(input.name);
  return Status::ok();
}

}  // namespace vanthu::ingest
