// SPDX-License-Identifier: Apache-2.0
//
// Decoding and encoding with a known legacy encoding (§2.2–§2.8). Detection lives in detect.cpp.
#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

#include "text/legacy_tables.h"
#include "text/letters.h"
#include "text/text.h"
#include "text/viqr.h"

namespace vanthu::text {
namespace {

using detail::ByteTable;

const ByteTable* byte_table(Encoding encoding) {
  switch (encoding) {
    case Encoding::Tcvn3: return &detail::kTcvn3;
    case Encoding::Viscii: return &detail::kViscii;
    case Encoding::Vps: return &detail::kVps;
    case Encoding::Cp1258: return &detail::kCp1258;
    case Encoding::Cp1252: return &detail::kCp1252;
    default: return nullptr;
  }
}

std::string decode_table(std::string_view bytes, const ByteTable& table) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  for (char c : bytes) utf8_append(out, table[static_cast<unsigned char>(c)]);
  return out;
}

std::string decode_utf8(std::string_view bytes) {
  if (is_valid_utf8(bytes)) return std::string(bytes);
  std::string out;
  out.reserve(bytes.size());
  for (std::size_t pos = 0; pos < bytes.size();) utf8_append(out, utf8_next(bytes, pos));
  return out;
}

std::optional<detail::Vowel> vowel_of_ascii(unsigned char c) {
  const detail::LetterInfo info = detail::letter_info(c);
  if (!info.is_vowel()) return std::nullopt;
  return info.vowel;
}

// VNI: a base letter followed by a mark byte is one letter; try that before reading the byte alone (§2.3).
std::string decode_vni(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 2);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const unsigned char byte = static_cast<unsigned char>(bytes[i]);
    // The base: an ASCII vowel, or a single-byte vowel that still takes a tone (ơ ư).
    char32_t base = 0;
    if (byte < 0x80) {
      if (vowel_of_ascii(byte)) base = byte;
    } else if (const char32_t single = detail::vni_single(byte); single == U'ơ' || single == U'Ơ' ||
                                                                   single == U'ư' || single == U'Ư') {
      base = single;
    }
    if (base != 0 && i + 1 < bytes.size()) {
      const detail::LetterInfo info = detail::letter_info(base);
      const detail::VniMark mark = detail::vni_mark(info.vowel, static_cast<unsigned char>(bytes[i + 1]));
      if (mark.valid()) {
        detail::LetterInfo marked = info;
        marked.vowel = mark.to;
        utf8_append(out, detail::compose_letter(marked, mark.tone, info.upper));
        ++i;
        continue;
      }
    }
    if (byte < 0x80) {
      out.push_back(static_cast<char>(byte));
    } else if (const char32_t single = detail::vni_single(byte)) {
      utf8_append(out, single);
    } else {
      utf8_append(out, detail::kCp1252[byte]);
    }
  }
  return out;
}

// The reverse of a byte table; the lowest byte wins where two bytes decode alike (TCVN3 Â is 0xA2, not the Latin-1
// fallback 0xC2).
std::optional<unsigned char> table_byte(const ByteTable& table, char32_t cp) {
  for (std::size_t b = 0; b < table.size(); ++b) {
    if (table[b] == cp) return static_cast<unsigned char>(b);
  }
  return std::nullopt;
}

Status unrepresentable(char32_t cp, Encoding encoding) {
  std::string message = "character '";
  utf8_append(message, cp);
  message += "' has no code in ";
  message += encoding_name(encoding);
  return Status::invalid_argument(std::move(message));
}

// CP1258: a letter the repertoire lacks is written as its toneless letter + a combining tone byte (§2.7).
Result<std::string> encode_cp1258(std::string_view text) {
  std::string out;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = utf8_next(text, pos);
    if (auto byte = table_byte(detail::kCp1258, cp)) {
      out.push_back(static_cast<char>(*byte));
      continue;
    }
    const detail::LetterInfo info = detail::letter_info(cp);
    if (!info.is_vowel() || info.tone == detail::Tone::None) return unrepresentable(cp, Encoding::Cp1258);
    const auto base = table_byte(detail::kCp1258, detail::compose_letter(info, detail::Tone::None, info.upper));
    const auto mark = table_byte(detail::kCp1258, detail::tone_mark(info.tone));
    if (!base || !mark) return unrepresentable(cp, Encoding::Cp1258);
    out.push_back(static_cast<char>(*base));
    out.push_back(static_cast<char>(*mark));
  }
  return out;
}

// VNI: search the mark bytes for the one that turns the letter's base into it.
Result<std::string> encode_vni(std::string_view text) {
  std::string out;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = utf8_next(text, pos);
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
      continue;
    }
    bool done = false;
    for (int b = 0x80; b <= 0xFF && !done; ++b) {
      if (detail::vni_single(static_cast<unsigned char>(b)) == cp) {
        out.push_back(static_cast<char>(b));
        done = true;
      }
    }
    const detail::LetterInfo info = detail::letter_info(cp);
    if (!done && info.is_vowel()) {
      // Bases: the ASCII vowels, and ơ ư (single bytes F4/D4, F6/D6).
      static constexpr std::array<char32_t, 8> kBases = {U'a', U'e', U'i', U'o', U'u', U'y', U'ơ', U'ư'};
      for (char32_t base_cp : kBases) {
        const detail::LetterInfo base = detail::letter_info(base_cp);
        for (int b = 0xE0; b <= 0xFF && !done; ++b) {
          const detail::VniMark mark = detail::vni_mark(base.vowel, static_cast<unsigned char>(b));
          if (!mark.valid() || mark.to != info.vowel || mark.tone != info.tone) continue;
          const char32_t base_letter = detail::compose_letter(base, detail::Tone::None, info.upper);
          if (base_letter < 0x80) {
            out.push_back(static_cast<char>(base_letter));
          } else {
            for (int s = 0x80; s <= 0xFF; ++s) {
              if (detail::vni_single(static_cast<unsigned char>(s)) == base_letter) out.push_back(static_cast<char>(s));
            }
          }
          out.push_back(static_cast<char>(info.upper ? b - 0x20 : b));
          done = true;
        }
        if (done) break;
      }
    }
    if (!done) {
      auto byte = table_byte(detail::kCp1252, cp);
      if (!byte) return unrepresentable(cp, Encoding::Vni);
      out.push_back(static_cast<char>(*byte));
    }
  }
  return out;
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

}  // namespace

std::string_view encoding_name(Encoding encoding) {
  switch (encoding) {
    case Encoding::Utf8: return "utf-8";
    case Encoding::DoubleUtf8: return "utf-8-double";
    case Encoding::Tcvn3: return "tcvn3";
    case Encoding::Vni: return "vni";
    case Encoding::Viscii: return "viscii";
    case Encoding::Vps: return "vps";
    case Encoding::Cp1258: return "cp1258";
    case Encoding::Viqr: return "viqr";
    case Encoding::Cp1252: return "cp1252";
  }
  return "unknown";
}

std::optional<Encoding> encoding_from_name(std::string_view name) {
  const std::string key = lower_ascii(name);
  static constexpr std::array<std::pair<std::string_view, Encoding>, 17> kNames = {{
      {"utf-8", Encoding::Utf8}, {"utf8", Encoding::Utf8}, {"ascii", Encoding::Utf8},
      {"utf-8-double", Encoding::DoubleUtf8}, {"tcvn3", Encoding::Tcvn3}, {"abc", Encoding::Tcvn3},
      {"vn3", Encoding::Tcvn3}, {"vni", Encoding::Vni}, {"vni-windows", Encoding::Vni},
      {"viscii", Encoding::Viscii}, {"vps", Encoding::Vps}, {"cp1258", Encoding::Cp1258},
      {"windows-1258", Encoding::Cp1258}, {"viqr", Encoding::Viqr}, {"cp1252", Encoding::Cp1252},
      {"windows-1252", Encoding::Cp1252}, {"latin1", Encoding::Cp1252},
  }};
  for (const auto& [known, encoding] : kNames) {
    if (key == known) return encoding;
  }
  return std::nullopt;
}

std::optional<Encoding> encoding_for_font(std::string_view font_name) {
  const std::string font = lower_ascii(font_name);
  if (font.starts_with(".vn")) return Encoding::Tcvn3;
  // The ABC (TCVN3) faces also travel without their dot ("VnTime", "VNTimeH", "VnSouthern(Ds)") once a file has been
  // through another word processor. Only the known face names: "VNSTCVN3" and friends are something else.
  static constexpr std::string_view kAbcFaces[] = {"vntime", "vnarial", "vnsouthern", "vnavant", "vnhelvet",
                                                   "vncentury", "vncourier", "vnbook", "vnlucida", "vnshelley"};
  for (const std::string_view face : kAbcFaces) {
    if (font.starts_with(face)) return Encoding::Tcvn3;
  }
  if (font.starts_with("vni-") || font.starts_with("vni ")) return Encoding::Vni;
  if (font.starts_with("vps")) return Encoding::Vps;
  if (font.starts_with("viscii") || font.starts_with("vi-")) return Encoding::Viscii;
  return std::nullopt;
}

bool is_uppercase_font(std::string_view font_name) {
  // ".VnTimeH", ".VnArialH", and the dotless "VnTimeH" / "VnTimeH(Ds)" of converted files.
  std::string_view name = font_name;
  if (const auto paren = name.find('('); paren != std::string_view::npos) name = name.substr(0, paren);
  while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
  return name.size() > 4 && name.back() == 'H' && encoding_for_font(name) == Encoding::Tcvn3;
}

std::optional<std::string> to_cp1252_bytes(std::string_view text) {
  std::string bytes;
  bytes.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = utf8_next(text, pos);
    if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF) || (cp >= 0x80 && cp <= 0x9F)) {
      bytes.push_back(static_cast<char>(cp));
      continue;
    }
    const auto byte = table_byte(detail::kCp1252, cp);
    if (!byte) return std::nullopt;
    bytes.push_back(static_cast<char>(*byte));
  }
  return bytes;
}

std::string decode_as(std::string_view bytes, Encoding encoding, LetterCase letter_case) {
  std::string out;
  switch (encoding) {
    case Encoding::Utf8: out = decode_utf8(bytes); break;
    case Encoding::DoubleUtf8: {
      const std::string once = decode_utf8(bytes);
      const auto original = to_cp1252_bytes(once);
      out = original && is_valid_utf8(*original) ? *original : repair_mojibake(once);
      break;
    }
    case Encoding::Vni: out = decode_vni(bytes); break;
    case Encoding::Viqr: out = detail::decode_viqr(bytes); break;
    case Encoding::Cp1258: out = nfc(decode_table(bytes, detail::kCp1258)); break;  // its tone bytes are marks
    default: out = decode_table(bytes, *byte_table(encoding)); break;
  }
  return letter_case == LetterCase::Upper ? to_upper(out) : out;
}

Result<std::string> encode_as(std::string_view text, Encoding encoding) {
  const std::string composed = nfc(text);
  switch (encoding) {
    case Encoding::Utf8: return composed;
    case Encoding::DoubleUtf8: return decode_table(composed, detail::kCp1252);
    case Encoding::Cp1258: return encode_cp1258(composed);
    case Encoding::Vni: return encode_vni(composed);
    case Encoding::Viqr: return detail::encode_viqr(composed);
    default: break;
  }
  const ByteTable& table = *byte_table(encoding);
  std::string out;
  out.reserve(composed.size());
  for (std::size_t pos = 0; pos < composed.size();) {
    const char32_t cp = utf8_next(composed, pos);
    const auto byte = table_byte(table, cp);
    // The cells VN3 leaves unused read as Latin-1 when decoding, but a .VnTime font has no such glyph there.
    const bool tcvn3_unused_cell = encoding == Encoding::Tcvn3 && byte && detail::is_unused_tcvn3_cell(*byte);
    if (!byte || tcvn3_unused_cell) return unrepresentable(cp, encoding);
    out.push_back(static_cast<char>(*byte));
  }
  return out;
}

}  // namespace vanthu::text
