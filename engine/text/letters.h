// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/text: the Vietnamese alphabet as data. Every precomposed Vietnamese letter (134 of them) and
// every ASCII letter maps to (base letter, vowel modifier, tone, case), and back. The hot loops of tokenizing,
// tone canonicalization and folding run on these tables instead of calling ICU per character.
#pragma once

#include <array>
#include <cstdint>

namespace vanthu::text::detail {

// Tones in the order the keyboard conventions number them; None is thanh ngang (no mark).
enum class Tone : std::uint8_t { None = 0, Grave = 1, Hook = 2, Tilde = 3, Acute = 4, Dot = 5 };

// The twelve vowel letters without tone. Zero means "not a vowel".
enum class Vowel : std::uint8_t { None = 0, A, ABreve, ACircumflex, E, ECircumflex, I, O, OCircumflex, OHorn, U,
                                  UHorn, Y };
inline constexpr int kVowelCount = 12;

// What a code point is, as far as Vietnamese spelling is concerned.
struct LetterInfo {
  char ascii = 0;            // the folded base letter, lower case ('a'..'z'); 0 if not a letter we know
  Vowel vowel = Vowel::None;
  Tone tone = Tone::None;
  bool upper = false;
  bool d_stroke = false;     // đ or Đ (folds to d but is a letter of its own)
  constexpr bool known() const { return ascii != 0; }
  constexpr bool is_vowel() const { return vowel != Vowel::None; }
};

// Code points [toneless, grave, hook, tilde, acute, dot] for each vowel, lower case then upper case.
inline constexpr char32_t kLowerVowels[kVowelCount][6] = {
    {U'a', U'à', U'ả', U'ã', U'á', U'ạ'}, {U'ă', U'ằ', U'ẳ', U'ẵ', U'ắ', U'ặ'}, {U'â', U'ầ', U'ẩ', U'ẫ', U'ấ', U'ậ'},
    {U'e', U'è', U'ẻ', U'ẽ', U'é', U'ẹ'}, {U'ê', U'ề', U'ể', U'ễ', U'ế', U'ệ'}, {U'i', U'ì', U'ỉ', U'ĩ', U'í', U'ị'},
    {U'o', U'ò', U'ỏ', U'õ', U'ó', U'ọ'}, {U'ô', U'ồ', U'ổ', U'ỗ', U'ố', U'ộ'}, {U'ơ', U'ờ', U'ở', U'ỡ', U'ớ', U'ợ'},
    {U'u', U'ù', U'ủ', U'ũ', U'ú', U'ụ'}, {U'ư', U'ừ', U'ử', U'ữ', U'ứ', U'ự'}, {U'y', U'ỳ', U'ỷ', U'ỹ', U'ý', U'ỵ'},
};
inline constexpr char32_t kUpperVowels[kVowelCount][6] = {
    {U'A', U'À', U'Ả', U'Ã', U'Á', U'Ạ'}, {U'Ă', U'Ằ', U'Ẳ', U'Ẵ', U'Ắ', U'Ặ'}, {U'Â', U'Ầ', U'Ẩ', U'Ẫ', U'Ấ', U'Ậ'},
    {U'E', U'È', U'Ẻ', U'Ẽ', U'É', U'Ẹ'}, {U'Ê', U'Ề', U'Ể', U'Ễ', U'Ế', U'Ệ'}, {U'I', U'Ì', U'Ỉ', U'Ĩ', U'Í', U'Ị'},
    {U'O', U'Ò', U'Ỏ', U'Õ', U'Ó', U'Ọ'}, {U'Ô', U'Ồ', U'Ổ', U'Ỗ', U'Ố', U'Ộ'}, {U'Ơ', U'Ờ', U'Ở', U'Ỡ', U'Ớ', U'Ợ'},
    {U'U', U'Ù', U'Ủ', U'Ũ', U'Ú', U'Ụ'}, {U'Ư', U'Ừ', U'Ử', U'Ữ', U'Ứ', U'Ự'}, {U'Y', U'Ỳ', U'Ỷ', U'Ỹ', U'Ý', U'Ỵ'},
};
inline constexpr char kVowelAscii[kVowelCount] = {'a', 'a', 'a', 'e', 'e', 'i', 'o', 'o', 'o', 'u', 'u', 'y'};

// All Vietnamese letters live below U+1F00; the table covers that range directly.
inline constexpr char32_t kLetterTableSize = 0x1F00;

namespace build {
struct PackedTable {
  std::array<LetterInfo, kLetterTableSize> entries{};
};
constexpr PackedTable make_letter_table() {
  PackedTable table;
  for (char c = 'a'; c <= 'z'; ++c) {
    table.entries[static_cast<std::size_t>(c)] = LetterInfo{c, Vowel::None, Tone::None, false, false};
    table.entries[static_cast<std::size_t>(c - 'a' + 'A')] = LetterInfo{c, Vowel::None, Tone::None, true, false};
  }
  for (int v = 0; v < kVowelCount; ++v) {
    for (int t = 0; t < 6; ++t) {
      const LetterInfo lower{kVowelAscii[v], static_cast<Vowel>(v + 1), static_cast<Tone>(t), false, false};
      LetterInfo upper = lower;
      upper.upper = true;
      table.entries[kLowerVowels[v][t]] = lower;
      table.entries[kUpperVowels[v][t]] = upper;
    }
  }
  table.entries[U'đ'] = LetterInfo{'d', Vowel::None, Tone::None, false, true};
  table.entries[U'Đ'] = LetterInfo{'d', Vowel::None, Tone::None, true, true};
  return table;
}
inline constexpr PackedTable kLetterTable = make_letter_table();
}  // namespace build

// What cp is; LetterInfo{} (not known) for anything outside the Vietnamese and ASCII alphabets.
constexpr LetterInfo letter_info(char32_t cp) {
  return cp < kLetterTableSize ? build::kLetterTable.entries[cp] : LetterInfo{};
}

// The code point for a letter described by info, with tone and case replaced. REQUIRES: info.known().
constexpr char32_t compose_letter(const LetterInfo& info, Tone tone, bool upper) {
  if (info.is_vowel()) {
    const int v = static_cast<int>(info.vowel) - 1;
    return upper ? kUpperVowels[v][static_cast<int>(tone)] : kLowerVowels[v][static_cast<int>(tone)];
  }
  if (info.d_stroke) return upper ? U'Đ' : U'đ';
  return static_cast<char32_t>(upper ? info.ascii - 'a' + 'A' : info.ascii);
}

// The toneless lower-case letter for info (ệ → ê, Đ → đ, Q → q). REQUIRES: info.known().
constexpr char32_t base_letter(const LetterInfo& info) { return compose_letter(info, Tone::None, false); }

// Vowel letters that carry a modifier (ă â ê ô ơ ư): the tone goes on them first.
constexpr bool has_modifier(Vowel v) {
  return v == Vowel::ABreve || v == Vowel::ACircumflex || v == Vowel::ECircumflex || v == Vowel::OCircumflex ||
         v == Vowel::OHorn || v == Vowel::UHorn;
}

// The combining mark for a tone, and the tone for a combining mark (Tone::None if cp is not a tone mark).
constexpr char32_t tone_mark(Tone tone) {
  switch (tone) {
    case Tone::Grave: return 0x0300;
    case Tone::Hook: return 0x0309;
    case Tone::Tilde: return 0x0303;
    case Tone::Acute: return 0x0301;
    case Tone::Dot: return 0x0323;
    case Tone::None: break;
  }
  return 0;
}
constexpr Tone tone_of_mark(char32_t cp) {
  switch (cp) {
    case 0x0300: case 0x0340: return Tone::Grave;
    case 0x0309: return Tone::Hook;
    case 0x0303: return Tone::Tilde;
    case 0x0301: case 0x0341: return Tone::Acute;
    case 0x0323: return Tone::Dot;
    default: return Tone::None;
  }
}

// Ð (eth), ð, Ɖ (African D) and ɖ look like Đ đ and arrive through Latin-1/CP1258 mix-ups (§1.3): the Đ or đ they
// stand for, or 0 for any other code point.
constexpr char32_t d_stroke_for_lookalike(char32_t cp) {
  switch (cp) {
    case 0x00D0: case 0x0189: return U'Đ';
    case 0x00F0: case 0x0256: return U'đ';
    default: return 0;
  }
}

// Combining marks (the general category Mn ranges that occur in Latin text). Used to decide when the fast paths
// must hand a token to ICU for normalization.
constexpr bool is_combining_mark(char32_t cp) {
  return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
         (cp >= 0x20D0 && cp <= 0x20FF) || (cp >= 0xFE20 && cp <= 0xFE2F);
}

}  // namespace vanthu::text::detail
