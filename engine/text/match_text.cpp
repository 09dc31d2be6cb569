// SPDX-License-Identifier: Apache-2.0
#include "text/match_text.h"

#include "base/base.h"
#include "text/letters.h"

namespace vanthu::text::detail {

MatchText make_match_text(std::string_view original, FoldCase fold_case) {
  MatchText match;
  match.offsets.reserve(original.size() + 1);
  std::size_t pos = 0;
  while (pos < original.size()) {
    const std::size_t start = pos;
    const char32_t cp = utf8_next(original, pos);
    if (is_combining_mark(cp)) continue;  // its letter already stands for it
    char16_t unit = 0;
    if (const LetterInfo info = letter_info(cp); info.known()) {
      const bool upper = info.upper && fold_case == FoldCase::Keep;
      unit = static_cast<char16_t>(upper ? info.ascii - 'a' + 'A' : info.ascii);
    } else if (cp == 0x00A0 || cp == 0x202F || cp == 0x2007) {
      unit = u' ';  // no-break spaces are spaces to a pattern
    } else if (cp == 0x2013 || cp == 0x2014 || cp == 0x2010 || cp == 0x2011) {
      unit = u'-';  // dashes in "2021 – 2025" and hyphens
    } else if (cp <= 0xFFFF && (cp < 0xD800 || cp > 0xDFFF)) {
      unit = static_cast<char16_t>(cp);
    } else {
      unit = u'\uFFFD';
    }
    match.text.append(unit);
    match.offsets.push_back(start);
  }
  match.offsets.push_back(original.size());
  return match;
}

Pattern::Pattern(const char* regex, uint32_t flags) {
  UErrorCode status = U_ZERO_ERROR;
  UParseError where{};
  m_pattern.reset(icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(regex), flags, where, status));
  if (U_FAILURE(status)) {
    m_pattern.reset();
    log_error(std::string("text::Pattern: cannot compile ") + regex + ": " + u_errorName(status) + " at offset " +
              std::to_string(where.offset));
  }
}

std::unique_ptr<icu::RegexMatcher> Pattern::matcher(const icu::UnicodeString& text) const {
  if (!m_pattern) return nullptr;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::RegexMatcher> result(m_pattern->matcher(text, status));
  if (U_FAILURE(status)) return nullptr;
  return result;
}

GroupRange group_range(icu::RegexMatcher& matcher, int32_t group) {
  UErrorCode status = U_ZERO_ERROR;
  const int32_t begin = matcher.start(group, status);
  const int32_t end = matcher.end(group, status);
  if (U_FAILURE(status) || begin < 0) return {};
  return {begin, end};
}

std::string_view original_slice(std::string_view original, const MatchText& match, GroupRange range) {
  if (!range.found()) return {};
  const std::size_t begin = match.byte_offset(range.begin);
  const std::size_t end = match.byte_offset(range.end);
  return original.substr(begin, end - begin);
}

int group_int(const MatchText& match, GroupRange range) {
  if (!range.found()) return 0;
  int value = 0;
  for (int32_t i = range.begin; i < range.end; ++i) {
    const char16_t c = match.text.charAt(i);
    if (c < u'0' || c > u'9') break;
    if (value > 100000) return value;  // numbers here are days, months, years: stop before overflow
    value = value * 10 + (c - u'0');
  }
  return value;
}

}  // namespace vanthu::text::detail
