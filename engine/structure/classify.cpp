// SPDX-License-Identifier: Apache-2.0
//
// Line classification. The words that open a provision are few and fixed by the drafting rules (Decree 30/2020,
// Law on legal normative documents); the checks after the word keep running text from being read as structure:
// "Điều 5 của Luật này …" at the start of a line is a sentence, "Điều 5. Phạm vi" is an article.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "base/base.h"
#include "structure/lines.h"
#include "text/text.h"

namespace vanthu::structure {
namespace {

bool is_roman(std::string_view token) {
  if (token.empty() || token.size() > 7) return false;
  for (const char c : token) {
    if (c != 'I' && c != 'V' && c != 'X' && c != 'L' && c != 'C') return false;
  }
  // "C." and "L." alone are letter headings (A., B., C.), not the numbers 100 and 50.
  return token.find_first_of("IVX") != std::string_view::npos;
}

bool is_number_token(std::string_view token) {
  // "5", "5a", "12b", roman numerals, "thứ nhất" handled separately.
  if (token.empty()) return false;
  std::size_t i = 0;
  while (i < token.size() && std::isdigit(static_cast<unsigned char>(token[i])) != 0) ++i;
  if (i == 0) return is_roman(token);
  return i == token.size() || (i + 1 == token.size() && token[i] >= 'a' && token[i] <= 'z');
}

// Splits "Điều 5a. Phạm vi" after the keyword of keyword_bytes bytes into the number token and the rest.
struct NumberedSplit {
  std::string_view token;
  char punctuation = 0;  // '.', ':', ')' or 0
  std::string_view rest;
};

std::optional<NumberedSplit> split_number(std::string_view text, std::size_t keyword_bytes) {
  std::string_view tail = text.substr(keyword_bytes);
  if (tail.empty() || tail.front() != ' ') return std::nullopt;
  while (!tail.empty() && tail.front() == ' ') tail.remove_prefix(1);
  std::size_t end = 0;
  while (end < tail.size() && (std::isalnum(static_cast<unsigned char>(tail[end])) != 0)) ++end;
  NumberedSplit split;
  split.token = tail.substr(0, end);
  if (!is_number_token(split.token)) return std::nullopt;
  tail.remove_prefix(end);
  if (!tail.empty() && (tail.front() == '.' || tail.front() == ':' || tail.front() == ')')) {
    split.punctuation = tail.front();
    tail.remove_prefix(1);
  }
  while (!tail.empty() && (tail.front() == ' ' || tail.front() == '-' || tail.front() == '.')) tail.remove_prefix(1);
  if (tail.starts_with("–")) tail.remove_prefix(std::string_view("–").size());
  while (!tail.empty() && tail.front() == ' ') tail.remove_prefix(1);
  split.rest = tail;
  return split;
}

// Words that, right after "Điều 5", show a sentence that cites an article rather than an article heading.
bool continues_sentence(std::string_view rest) {
  static constexpr std::array<std::string_view, 14> kWords = {
      "cua ", "luat", "nghi dinh", "thong tu", "quyet dinh", "nghi quyet", "nay", "duoc ", "va ", "khoan",
      "diem", "quy dinh", "bo luat", "phap lenh"};
  const std::string folded = fold(rest.substr(0, 24));
  for (const std::string_view word : kWords) {
    if (folded.starts_with(word)) return true;
  }
  return !rest.empty() && rest.front() == ',';
}

struct Keyword {
  std::string_view folded;  // "dieu"
  LineKind kind;
};

constexpr std::array<Keyword, 6> kKeywords = {{
    {"tieu muc", LineKind::Subsection},
    {"dieu", LineKind::Article},
    {"chuong", LineKind::Chapter},
    {"muc", LineKind::Section},
    {"phan", LineKind::Part},
    {"phu luc", LineKind::Appendix},
}};

std::optional<Line> classify_keyword(std::string_view text) {
  const std::string head = fold(text.substr(0, 40));
  for (const Keyword& keyword : kKeywords) {
    if (!head.starts_with(keyword.folded)) continue;
    const std::size_t words = keyword.folded.find(' ') == std::string_view::npos ? 1 : 2;
    if (head.size() > keyword.folded.size() && head[keyword.folded.size()] != ' ') continue;
    const std::size_t keyword_bytes = word_prefix_bytes(text, words);
    std::string_view tail = text.substr(keyword_bytes);
    while (!tail.empty() && tail.front() == ' ') tail.remove_prefix(1);
    const std::string folded_tail = fold(tail.substr(0, 20));
    // "Phần thứ nhất", "PHẦN THỨ HAI": ordinal words.
    if (keyword.kind == LineKind::Part && folded_tail.starts_with("thu ")) {
      const std::size_t ordinal_end = word_prefix_bytes(tail, 2);
      Line line{LineKind::Part, std::string(text.substr(0, keyword_bytes)) + " " + std::string(tail.substr(0, ordinal_end)),
                std::string(trim(tail.substr(ordinal_end)))};
      return line;
    }
    if (keyword.kind == LineKind::Appendix) {
      // "Phụ lục", "PHỤ LỤC I", "Phụ lục số 01": an appendix title line, short.
      if (text.size() > 200) return std::nullopt;
      return Line{LineKind::Appendix, std::string(trim(text)), ""};
    }
    const auto split = split_number(text, keyword_bytes);
    if (!split) continue;
    if (keyword.kind == LineKind::Article) {
      // An article heading: "Điều 5." or "Điều 5:" or "Điều 5" then a capitalised title or nothing.
      if (split->punctuation == 0 && !split->rest.empty() && continues_sentence(split->rest)) return std::nullopt;
      // "Điều 24; Điều 25; …", "Điều 16 Nghị định này) …": a wrapped cross-reference, not a heading.
      if (split->punctuation == 0 && !split->rest.empty() && std::ispunct(static_cast<unsigned char>(split->rest.front())))
        return std::nullopt;
      if (split->punctuation == ')' ) return std::nullopt;
      if (split->punctuation == 0 && !split->rest.empty() && text::to_upper(split->rest.substr(0, 1)) != split->rest.substr(0, 1))
        return std::nullopt;
    }
    if (keyword.kind == LineKind::Section && split->punctuation == 0 && !split->rest.empty() &&
        continues_sentence(split->rest))
      return std::nullopt;
    std::string num(text.substr(0, static_cast<std::size_t>(split->token.data() + split->token.size() - text.data())));
    if (split->punctuation != 0) num += split->punctuation;
    return Line{keyword.kind, std::move(num), std::string(split->rest)};
  }
  return std::nullopt;
}

}  // namespace

std::size_t word_prefix_bytes(std::string_view text, std::size_t words) {
  std::size_t pos = 0;
  for (std::size_t w = 0; w < words; ++w) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    while (pos < text.size() && text[pos] != ' ') ++pos;
  }
  return pos;
}

std::string fold_with_offsets(std::string_view text, std::vector<std::size_t>* offsets) {
  std::string out;
  out.reserve(text.size());
  if (offsets != nullptr) offsets->clear();
  bool space = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const char32_t cp = utf8_next(text, pos);
    if (cp == ' ' || cp == '\t' || cp == 0xA0) {
      space = !out.empty();
      continue;
    }
    if (space) {
      out += ' ';
      if (offsets != nullptr) offsets->push_back(start);
    }
    space = false;
    const std::size_t before = out.size();
    if (cp < 0x80) {
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(cp)));
    } else {
      out += text::fold_key(text.substr(start, pos - start));
    }
    if (offsets != nullptr) offsets->insert(offsets->end(), out.size() - before, start);
  }
  return out;
}

std::string fold(std::string_view text) { return fold_with_offsets(text, nullptr); }

bool starts_with_folded(std::string_view text, std::string_view folded_prefix) {
  return fold(text.substr(0, folded_prefix.size() * 3 + 8)).starts_with(folded_prefix);
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

bool is_upper_line(std::string_view text) {
  int letters = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const char32_t cp = utf8_next(text, pos);
    const std::string_view ch = text.substr(start, pos - start);
    if (cp < 0x80 ? std::isalpha(static_cast<int>(cp)) != 0 : cp >= 0xC0) {
      if (text::to_upper(ch) != ch) return false;
      ++letters;
    }
  }
  return letters >= 2;
}

// Family names that open most Vietnamese names, folded. A line in capitals is taken for a name only when it starts
// with one: "NGUYỄN VĂN AN" is a name, "KẾ TOÁN TRƯỞNG" (a role in a form) is not.
bool starts_with_family_name(std::string_view text) {
  static constexpr std::string_view kFamilyNames[] = {
      "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo",
      "duong", "ly", "dinh", "lam", "mai", "trinh", "truong", "luong", "ha", "cao", "dao", "doan", "vuong",
      "trieu", "ta", "quach", "luu", "chu", "thai", "to", "kieu", "khong", "giang", "la", "ma", "mong", "lo", "be",
      "hau", "nong", "ong", "tong", "tang", "lai", "van", "diep", "au", "banh", "thach", "son", "danh", "kim"};
  const std::string folded = fold(text.substr(0, std::min<std::size_t>(text.size(), 16)));
  const std::string first = folded.substr(0, folded.find(' '));
  for (const std::string_view name : kFamilyNames) {
    if (first == name) return true;
  }
  return false;
}

bool looks_like_name(std::string_view text) {
  text = trim(text);
  if (text.empty() || text.size() > 60) return false;
  if (is_upper_line(text) && !starts_with_family_name(text)) return false;
  int words = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    const std::size_t start = pos;
    while (pos < text.size() && text[pos] != ' ') ++pos;
    if (pos == start) break;
    const std::string_view word = text.substr(start, pos - start);
    std::size_t first_end = 0;
    const char32_t first = utf8_next(word, first_end);
    if (!(first < 0x80 ? std::isalpha(static_cast<int>(first)) != 0 : first >= 0xC0)) return false;
    const std::string_view head = word.substr(0, first_end);
    if (text::to_upper(head) != head) return false;
    ++words;
  }
  return words >= 2 && words <= 6;
}

WithoutRule without_trailing_rule(std::string_view text) {
  static constexpr std::array<std::string_view, 4> kLongDashes = {"\u2014", "\u2013", "\u2015", "\u2500"};  // — – ― ─
  WithoutRule out{text, 0};
  while (!out.rest.empty()) {
    const char last = out.rest.back();
    std::size_t mark = 0;
    if (last == '-' || last == '_' || last == '=' || last == '*' || last == '~' || last == '.') {
      mark = 1;
    } else if (last != ' ' && last != '\t') {
      const auto dash = std::find_if(kLongDashes.begin(), kLongDashes.end(),
                                     [&](std::string_view d) { return out.rest.ends_with(d); });
      if (dash == kLongDashes.end()) break;
      mark = dash->size();
    }
    out.rest.remove_suffix(mark == 0 ? 1 : mark);
    if (mark > 0) ++out.marks;
  }
  return out;
}

Line classify_line(std::string_view text) {
  text = trim(text);
  if (text.empty()) return {};
  // Separators: lines that are only a rule.
  if (text.size() >= 3 && without_trailing_rule(text).rest.empty()) return {LineKind::Separator, "", ""};
  if (auto keyword = classify_keyword(text)) return *keyword;

  // "1." "12." (clause); "1.2." stays text inside clauses; "a)" "đ)" (point); "I." (roman heading).
  std::size_t digits = 0;
  while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits])) != 0) ++digits;
  if (digits > 0 && digits <= 3 && digits < text.size() && (text[digits] == '.' || text[digits] == ')') &&
      (digits + 1 == text.size() || text[digits + 1] == ' ')) {
    return {LineKind::Clause, std::string(text.substr(0, digits + 1)), std::string(trim(text.substr(digits + 1)))};
  }
  if (text.size() >= 2 && ((text[0] >= 'a' && text[0] <= 'z' && text[1] == ')') ||
                           (text.starts_with("đ)")))) {
    const std::size_t len = text.starts_with("đ)") ? std::string_view("đ)").size() : 2;
    return {LineKind::Point, std::string(text.substr(0, len)), std::string(trim(text.substr(len)))};
  }
  {
    std::size_t roman = 0;
    while (roman < text.size() && is_roman(text.substr(0, roman + 1))) ++roman;
    if (roman > 0 && roman < text.size() && text[roman] == '.' && (roman + 1 == text.size() || text[roman + 1] == ' ')) {
      return {LineKind::Roman, std::string(text.substr(0, roman + 1)), std::string(trim(text.substr(roman + 1)))};
    }
  }
  for (const std::string_view bullet : {"- ", "+ ", "• ", "– ", "— ", "* "}) {
    if (text.starts_with(bullet)) {
      return {LineKind::Indent, std::string(trim(bullet)), std::string(trim(text.substr(bullet.size())))};
    }
  }
  return {LineKind::Text, "", std::string(text)};
}

}  // namespace vanthu::structure
