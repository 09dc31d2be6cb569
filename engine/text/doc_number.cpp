// SPDX-License-Identifier: Apache-2.0
//
// Document numbers and symbols (§6.1, §7.2 patterns 1 and 2).
#include <algorithm>

#include "text/letters.h"
#include "text/match_text.h"
#include "text/text.h"

namespace vanthu::text {
namespace {

// On the case-keeping folded form (Đ reads as D). A symbol is groups of a capital followed by letters or '&' and
// at most two digits (QH13), joined by '-' (or '/' in older numbers such as 30/2000/TTLT/BTC-UBTDTT).
#define VANTHU_SYMBOL "[A-Z][A-Za-z&]*\\d{0,2}(?:[-/][A-Z][A-Za-z&]*\\d{0,2})*"
const detail::Pattern& party_number() {
  static const detail::Pattern pattern(
      "(?<![\\p{L}\\d/.:-])(\\d{1,5})-([A-Z][A-Za-z]*)/([A-Z][A-Za-z\\d]*(?:-[A-Z][A-Za-z\\d]*)*)(?![\\p{L}\\d])");
  return pattern;
}
const detail::Pattern& state_number() {
  static const detail::Pattern pattern("(?<![\\p{L}\\d/.:-])(\\d{1,5}[a-z]?)(?:/(\\d{4}))?/(" VANTHU_SYMBOL
                                       ")(?![\\p{L}\\d])");
  return pattern;
}
#undef VANTHU_SYMBOL

std::vector<std::string> split_symbol(std::string_view symbol) {
  std::vector<std::string> groups;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= symbol.size(); ++i) {
    if (i == symbol.size() || symbol[i] == '-' || symbol[i] == '/') {
      if (i > start) groups.emplace_back(symbol.substr(start, i - start));
      start = i + 1;
    }
  }
  return groups;
}

// Fills type and issuers from the symbol's groups. A Party number (số-LOẠI/CƠQUAN) always starts with its type; a
// state number does when its first group is a known type code (also typed without marks: "QD-UBND" is a Quyết
// định), and otherwise is all issuers (80/2015/QH13, 456/UBND-VP).
void read_symbol(DocNumber& number, std::vector<std::string> groups) {
  if (!groups.empty()) {
    const DocumentType* type = find_document_type(groups.front());
    const bool is_type_code = type != nullptr && !type->code.empty();
    if (number.party || is_type_code) {
      number.type_code = std::move(groups.front());
      if (is_type_code) number.type_name = std::string(type->name);
      groups.erase(groups.begin());
    }
  }
  number.issuers = std::move(groups);
}

// A symbol group is a code: all capitals (NĐ, HĐND, QH13, L), or capitals with a lower-case letter inside (TTg,
// CTr, QyĐ, TrS). "Ngày" in "Số 1524/Ngày 29-12-2024" (a gazette page header) is a word, not a group.
bool is_symbol_group(std::string_view group) {
  int capitals = 0, lower = 0;
  for (std::size_t pos = 0; pos < group.size();) {
    const detail::LetterInfo info = detail::letter_info(utf8_next(group, pos));
    if (!info.known()) continue;  // digits (QH13) and '&' (GD&ĐT)
    ++(info.upper ? capitals : lower);
  }
  return capitals >= 2 || (capitals == 1 && lower == 0);
}

bool overlaps(const std::vector<DocNumber>& found, std::size_t begin, std::size_t end) {
  return std::any_of(found.begin(), found.end(),
                     [&](const DocNumber& n) { return begin < n.end && n.begin < end; });
}

}  // namespace

std::vector<DocNumber> find_doc_numbers(std::string_view text) {
  std::vector<DocNumber> found;
  const detail::MatchText match = detail::make_match_text(text, detail::FoldCase::Keep);
  for (const bool party : {true, false}) {
    auto matcher = (party ? party_number() : state_number()).matcher(match.text);
    if (!matcher) continue;
    UErrorCode status = U_ZERO_ERROR;
    while (matcher->find(status) && U_SUCCESS(status)) {
      const detail::GroupRange whole = detail::group_range(*matcher, 0);
      const std::size_t begin = match.byte_offset(whole.begin), end = match.byte_offset(whole.end);
      if (overlaps(found, begin, end)) continue;
      // số-LOẠI/CƠQUAN (Party) or số[/năm]/SYMBOL (state): the symbol is what follows the number and year.
      const std::string_view number_part = detail::original_slice(text, match, detail::group_range(*matcher, 1));
      const std::string_view symbol =
          party ? text.substr(begin + number_part.size() + 1, end - begin - number_part.size() - 1)
                : detail::original_slice(text, match, detail::group_range(*matcher, 3));
      std::vector<std::string> groups = split_symbol(symbol);
      if (!std::all_of(groups.begin(), groups.end(), [](const std::string& g) { return is_symbol_group(g); })) {
        continue;
      }
      DocNumber number;
      number.begin = begin;
      number.end = end;
      number.text = std::string(text.substr(begin, end - begin));
      number.number = std::string(number_part);
      number.symbol = std::string(symbol);
      number.party = party;
      if (const detail::GroupRange year = detail::group_range(*matcher, 2); !party && year.found()) {
        number.year = detail::group_int(match, year);
      }
      number.normative = number.year.has_value();
      read_symbol(number, std::move(groups));
      found.push_back(std::move(number));
    }
  }
  std::sort(found.begin(), found.end(), [](const DocNumber& a, const DocNumber& b) { return a.begin < b.begin; });
  return found;
}

std::optional<DocNumber> parse_doc_number(std::string_view text) {
  std::vector<DocNumber> found = find_doc_numbers(text);
  if (found.empty()) return std::nullopt;
  // Only a label may come before the number ("Số:", "Luật số:"): no digits, nothing long.
  const std::string_view before = text.substr(0, found.front().begin);
  if (before.size() > 40 || std::any_of(before.begin(), before.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  return std::move(found.front());
}

}  // namespace vanthu::text
