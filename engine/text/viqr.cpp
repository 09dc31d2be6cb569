// SPDX-License-Identifier: Apache-2.0
#include "text/viqr.h"

#include "base/base.h"
#include "text/letters.h"

namespace vanthu::text::detail {
namespace {

Tone viqr_tone(char c) {
  switch (c) {
    case '\'': return Tone::Acute;
    case '`': return Tone::Grave;
    case '?': return Tone::Hook;
    case '~': return Tone::Tilde;
    case '.': return Tone::Dot;
    default: return Tone::None;
  }
}

char tone_mnemonic(Tone tone) {
  switch (tone) {
    case Tone::Acute: return '\'';
    case Tone::Grave: return '`';
    case Tone::Hook: return '?';
    case Tone::Tilde: return '~';
    case Tone::Dot: return '.';
    case Tone::None: break;
  }
  return 0;
}

// The vowel a modifier mnemonic makes of base, or None.
Vowel apply_modifier(Vowel base, char c) {
  switch (c) {
    case '(': return base == Vowel::A ? Vowel::ABreve : Vowel::None;
    case '^':
      if (base == Vowel::A) return Vowel::ACircumflex;
      if (base == Vowel::E) return Vowel::ECircumflex;
      if (base == Vowel::O) return Vowel::OCircumflex;
      return Vowel::None;
    case '+':
      if (base == Vowel::O) return Vowel::OHorn;
      if (base == Vowel::U) return Vowel::UHorn;
      return Vowel::None;
    default: return Vowel::None;
  }
}

char modifier_mnemonic(Vowel vowel) {
  switch (vowel) {
    case Vowel::ABreve: return '(';
    case Vowel::ACircumflex: case Vowel::ECircumflex: case Vowel::OCircumflex: return '^';
    case Vowel::OHorn: case Vowel::UHorn: return '+';
    default: return 0;
  }
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool is_mnemonic(char c) { return c == '(' || c == '^' || c == '+' || viqr_tone(c) != Tone::None; }

}  // namespace

std::string decode_viqr(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  const auto at = [&](std::size_t i) { return i < text.size() ? text[i] : '\0'; };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\' && (is_mnemonic(at(i + 1)) || at(i + 1) == 'd' || at(i + 1) == 'D')) {  // escaped: literal
      out.push_back(at(++i));
      continue;
    }
    if ((c == 'd' || c == 'D') && (at(i + 1) == 'd' || at(i + 1) == 'D')) {
      utf8_append(out, c == 'D' ? U'Đ' : U'đ');
      ++i;
      continue;
    }
    if (static_cast<unsigned char>(c) >= 0x80) {  // UTF-8 passes through; broken bytes become U+FFFD
      std::size_t pos = i;
      utf8_append(out, utf8_next(text, pos));
      i = pos - 1;
      continue;
    }
    const LetterInfo info = letter_info(static_cast<unsigned char>(c));
    if (!info.is_vowel()) {
      out.push_back(c);
      continue;
    }
    LetterInfo letter = info;
    if (const Vowel modified = apply_modifier(info.vowel, at(i + 1)); modified != Vowel::None) {
      letter.vowel = modified;
      ++i;
    }
    Tone tone = Tone::None;
    if (const Tone t = viqr_tone(at(i + 1)); t != Tone::None) {
      tone = t;
      ++i;
    }
    utf8_append(out, compose_letter(letter, tone, info.upper));
  }
  return out;
}

std::string encode_viqr(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 4);
  bool after_vowel = false;
  char last = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    const char32_t cp = utf8_next(text, pos);
    const LetterInfo info = letter_info(cp);
    if (info.d_stroke) {
      out += info.upper ? "DD" : "dd";
      after_vowel = false;
      last = 'd';
      continue;
    }
    if (info.known()) {
      // A literal d after d would read as đ; a literal mnemonic after a vowel would read as a mark.
      if (info.ascii == 'd' && (last == 'd' || last == 'D')) out.push_back('\\');
      out.push_back(static_cast<char>(info.upper ? info.ascii - 'a' + 'A' : info.ascii));
      if (const char m = modifier_mnemonic(info.vowel)) out.push_back(m);
      if (const char t = tone_mnemonic(info.tone)) out.push_back(t);
      after_vowel = info.is_vowel();
      last = out.back();
      continue;
    }
    if (cp < 0x80 && after_vowel && is_mnemonic(static_cast<char>(cp))) out.push_back('\\');
    utf8_append(out, cp);
    after_vowel = false;
    last = cp < 0x80 ? static_cast<char>(cp) : 0;
  }
  return out;
}

int count_viqr_marks(std::string_view text) {
  int count = 0;
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    const LetterInfo info = letter_info(static_cast<unsigned char>(text[i]));
    if (!info.is_vowel()) continue;
    const char next = text[i + 1];
    if (next == '(' || next == '^' || next == '+' || next == '\'' || next == '`' || next == '~') {
      ++count;
    } else if ((next == '.' || next == '?') && i + 2 < text.size() && is_ascii_letter(text[i + 2])) {
      ++count;
    }
  }
  return count;
}

}  // namespace vanthu::text::detail
