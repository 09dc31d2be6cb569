// SPDX-License-Identifier: Apache-2.0
//
// The tokenizer (§3): syllables, numbers and compound symbols with term positions and byte offsets.
//
// A token is built from groups: a group is a run of letters, digits and combining marks, with an apostrophe
// allowed between letters (H'Mông) and '.' or ',' between digits (1.250, 98,5). Groups joined by single '/' or
// '-' form a Compound when one of them has a digit and the joins include '/' or every group is a number
// (158/2025/NĐ-CP, 26-5-2022, 2021-2026); the whole is emitted first, then each group as a part. Otherwise every
// group is a token of its own (NĐ-CP → nđ, cp; Ê-đê → ê, đê).
#include <array>

#include "text/icu_util.h"
#include "text/keys.h"
#include "text/letters.h"
#include "text/text.h"

namespace vanthu::text {
namespace {

enum class CharClass : std::uint8_t { Separator, Letter, Digit, Mark, Apostrophe, Joiner, DecimalPoint };

constexpr std::array<CharClass, 128> make_ascii_classes() {
  std::array<CharClass, 128> classes{};
  for (int c = 'a'; c <= 'z'; ++c) classes[static_cast<std::size_t>(c)] = CharClass::Letter;
  for (int c = 'A'; c <= 'Z'; ++c) classes[static_cast<std::size_t>(c)] = CharClass::Letter;
  for (int c = '0'; c <= '9'; ++c) classes[static_cast<std::size_t>(c)] = CharClass::Digit;
  classes['\''] = CharClass::Apostrophe;
  classes['/'] = CharClass::Joiner;
  classes['-'] = CharClass::Joiner;
  classes['.'] = CharClass::DecimalPoint;
  classes[','] = CharClass::DecimalPoint;
  return classes;
}
constexpr std::array<CharClass, 128> kAsciiClasses = make_ascii_classes();

struct Char {
  CharClass cls = CharClass::Separator;
  char32_t cp = 0;
  std::size_t next = 0;  // byte offset just past this character
};

Char char_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return {CharClass::Separator, 0, pos};
  const unsigned char byte = static_cast<unsigned char>(text[pos]);
  if (byte < 0x80) return {kAsciiClasses[byte], byte, pos + 1};
  std::size_t next = pos;
  const char32_t cp = utf8_next(text, next);
  if (detail::letter_info(cp).known()) return {CharClass::Letter, cp, next};
  if (cp == U'\u2019') return {CharClass::Apostrophe, cp, next};
  if (cp == U'\u2010' || cp == U'\u2011') return {CharClass::Joiner, cp, next};  // Unicode hyphens
  if (detail::icu_is_letter(cp)) return {CharClass::Letter, cp, next};
  if (detail::icu_is_digit(cp)) return {CharClass::Digit, cp, next};
  if (detail::icu_is_mark(cp)) return {CharClass::Mark, cp, next};
  return {CharClass::Separator, cp, next};
}

struct Group {
  std::size_t begin = 0, end = 0;
  bool has_digit = false;
  bool has_letter = false;
};

// Reads the group that starts at pos (a letter or digit).
Group scan_group(std::string_view text, std::size_t pos) {
  Group group{pos, pos, false, false};
  CharClass previous = CharClass::Separator;
  while (pos < text.size()) {
    const Char c = char_at(text, pos);
    switch (c.cls) {
      case CharClass::Letter: group.has_letter = true; break;
      case CharClass::Digit: group.has_digit = true; break;
      case CharClass::Mark:
        if (previous == CharClass::Separator) return group;
        break;
      case CharClass::Apostrophe:
        if (previous != CharClass::Letter && previous != CharClass::Mark) return group;
        if (char_at(text, c.next).cls != CharClass::Letter) return group;
        break;
      case CharClass::DecimalPoint:
        if (previous != CharClass::Digit || char_at(text, c.next).cls != CharClass::Digit) return group;
        break;
      default: return group;
    }
    if (c.cls != CharClass::Mark) previous = c.cls;
    pos = c.next;
    group.end = pos;
  }
  return group;
}

class Tokenizer {
public:
  Tokenizer(std::string_view text, const std::function<void(const Token&)>& sink, TokenKeys keys)
      : m_text(text), m_sink(sink), m_keys(keys) {}

  void run() {
    std::size_t pos = 0;
    std::array<Group, 16> groups{};
    while (pos < m_text.size()) {
      const Char c = char_at(m_text, pos);
      if (c.cls != CharClass::Letter && c.cls != CharClass::Digit) {
        pos = c.next;
        continue;
      }
      // The first group, then any groups joined to it by a single '/' or '-'.
      std::size_t count = 0;
      bool any_digit = false, slash = false, all_numbers = true;
      Group group = scan_group(m_text, pos);
      for (;;) {
        groups[count++] = group;
        any_digit = any_digit || group.has_digit;
        all_numbers = all_numbers && !group.has_letter;
        if (count == groups.size()) break;  // a longer chain goes on as a new token
        const Char joiner = char_at(m_text, group.end);
        if (joiner.cls != CharClass::Joiner) break;
        const CharClass after = char_at(m_text, joiner.next).cls;
        if (after != CharClass::Letter && after != CharClass::Digit) break;
        slash = slash || joiner.cp == '/';
        group = scan_group(m_text, joiner.next);
      }
      pos = group.end;

      const bool compound = count >= 2 && any_digit && (slash || all_numbers);
      if (compound) emit(TokenKind::Compound, false, groups[0].begin, groups[count - 1].end);
      for (std::size_t i = 0; i < count; ++i) {
        const TokenKind kind = groups[i].has_letter ? TokenKind::Word : TokenKind::Number;
        emit(kind, compound, groups[i].begin, groups[i].end);
      }
    }
  }

private:
  void emit(TokenKind kind, bool part, std::size_t begin, std::size_t end) {
    m_token.kind = kind;
    m_token.part = part;
    m_token.position = m_position;
    m_token.begin = begin;
    m_token.end = end;
    if (m_keys == TokenKeys::Both) detail::word_keys(m_text.substr(begin, end - begin), m_token.exact, m_token.folded);
    m_sink(m_token);
    if (kind != TokenKind::Compound) ++m_position;  // a compound shares its first part's position
  }

  std::string_view m_text;
  const std::function<void(const Token&)>& m_sink;
  TokenKeys m_keys;
  Token m_token;  // reused so key strings keep their capacity across tokens
  std::uint32_t m_position = 0;
};

}  // namespace

void tokenize(std::string_view text, const std::function<void(const Token&)>& sink, TokenKeys keys) {
  Tokenizer(text, sink, keys).run();
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 5);
  tokenize(text, [&](const Token& token) { tokens.push_back(token); });
  return tokens;
}

}  // namespace vanthu::text
