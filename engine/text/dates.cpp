// SPDX-License-Identifier: Apache-2.0
//
// Dates, times and year ranges (§7.1, §7.2 patterns 3–10). The patterns run on the folded lower-case form, in the
// order of the table in §7.2, each on what earlier ones left: document numbers first, then full dates before the
// shapes that a full date contains.
#include <algorithm>
#include <cstdio>

#include "text/match_text.h"
#include "text/text.h"

namespace vanthu::text {
namespace {

using detail::GroupRange;
using detail::MatchText;

constexpr uint32_t kFlags = UREGEX_CASE_INSENSITIVE | UREGEX_UWORD;

// The readable years: anything outside is a number that only looks like a date.
constexpr int kMinYear = 1800, kMaxYear = 2199;

struct Rule {
  DateKind kind;
  const char* regex;
};

// In application order. Groups: see read_mention().
constexpr Rule kRules[] = {
    {DateKind::Full, "\\bngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s*,?\\s+nam\\s+(\\d{4})\\b"},
    {DateKind::Numeric, "(?<![\\d/.-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?![\\d/])"},
    {DateKind::DayMonth, "\\bngay\\s+(\\d{1,2})[/-](\\d{1,2})\\b(?![/.-]\\d)"},
    {DateKind::MonthYear, "\\bthang\\s+(\\d{1,2})(?:\\s+nam\\s+|\\s*[/-]\\s*)(\\d{4})\\b"},
    {DateKind::Quarter, "\\bquy\\s+(iv|i{1,3}|[1-4])(?:\\s+nam\\s+|\\s*/\\s*)(\\d{4})\\b"},
    {DateKind::YearRange, "\\b(?:giai\\s+doan|nhiem\\s+ky|thoi\\s+ky|khoa)\\s+(\\d{4})\\s*-\\s*(\\d{4})\\b"},
    {DateKind::Year, "\\bnam\\s+(\\d{4})\\b"},
    {DateKind::Time, "\\b(\\d{1,2})\\s*(?:gio\\b|h(?=\\d|\\b))(?:\\s*(\\d{1,2})\\b(?:\\s*phut\\b)?)?"},
};
constexpr std::size_t kRuleCount = sizeof(kRules) / sizeof(kRules[0]);

const detail::Pattern& pattern_for(std::size_t rule) {
  static const std::vector<detail::Pattern> compiled = [] {
    std::vector<detail::Pattern> list;
    list.reserve(kRuleCount);
    for (const Rule& r : kRules) list.emplace_back(r.regex, kFlags);
    return list;
  }();
  return compiled[rule];
}

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && (year == 0 || is_leap(year)) ? 29 : kDays[month - 1];
}

bool in_year_range(int year) { return year >= kMinYear && year <= kMaxYear; }

int roman_quarter(std::u16string_view text) {
  if (text == u"i" || text == u"1") return 1;
  if (text == u"ii" || text == u"2") return 2;
  if (text == u"iii" || text == u"3") return 3;
  if (text == u"iv" || text == u"4") return 4;
  return 0;
}

std::u16string_view group_text(const MatchText& match, GroupRange range) {
  if (!range.found()) return {};
  const char16_t* data = match.text.getBuffer();
  return std::u16string_view(data + range.begin, static_cast<std::size_t>(range.end - range.begin));
}

// Reads the current match of rule into mention; false when the numbers do not make a real date or time.
bool read_mention(DateKind kind, icu::RegexMatcher& matcher, const MatchText& match, const DateContext& context,
                  DateMention& mention) {
  const auto number = [&](int32_t group) { return detail::group_int(match, detail::group_range(matcher, group)); };
  mention.kind = kind;
  switch (kind) {
    case DateKind::Full:
      mention.date = {number(3), number(2), number(1)};
      return in_year_range(mention.date.year) && is_valid_date(mention.date);
    case DateKind::Numeric:
      mention.date = {number(4), number(3), number(1)};
      return in_year_range(mention.date.year) && is_valid_date(mention.date);
    case DateKind::DayMonth:
      mention.date = {context.year.value_or(0), number(2), number(1)};
      mention.inferred_year = context.year.has_value();
      return is_valid_date(mention.date);
    case DateKind::MonthYear:
      mention.date = {number(2), number(1), 0};
      return in_year_range(mention.date.year) && is_valid_date(mention.date);
    case DateKind::Quarter: {
      std::u16string lower;
      for (char16_t c : group_text(match, detail::group_range(matcher, 1))) {
        lower.push_back(c >= u'A' && c <= u'Z' ? static_cast<char16_t>(c - u'A' + u'a') : c);
      }
      mention.quarter = roman_quarter(lower);
      mention.date = {number(2), 0, 0};
      return mention.quarter > 0 && in_year_range(mention.date.year);
    }
    case DateKind::YearRange:
      mention.date = {number(1), 0, 0};
      mention.end_date = {number(2), 0, 0};
      return in_year_range(mention.date.year) && in_year_range(mention.end_date.year) &&
             mention.date.year <= mention.end_date.year;
    case DateKind::Year:
      mention.date = {number(1), 0, 0};
      return in_year_range(mention.date.year);
    case DateKind::Time: {
      mention.hour = number(1);
      const GroupRange minutes = detail::group_range(matcher, 2);
      mention.minute = minutes.found() ? number(2) : 0;
      return mention.hour <= 24 && mention.minute < 60;
    }
  }
  return false;
}

}  // namespace

std::string to_iso(const Date& date) {
  if (date.year == 0) return {};
  char buffer[16];
  if (date.month == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d", date.year);
  } else if (date.day == 0) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", date.year, date.month);
  } else {
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  }
  return buffer;
}

bool is_valid_date(const Date& date) {
  if (date.year < 0 || date.year > 9999) return false;
  if (date.month == 0) return date.day == 0;
  if (date.month < 1 || date.month > 12) return false;
  return date.day == 0 || (date.day >= 1 && date.day <= days_in_month(date.year, date.month));
}

std::vector<DateMention> find_dates(std::string_view text, const DateContext& context) {
  const MatchText match = detail::make_match_text(text, detail::FoldCase::Lower);
  std::vector<bool> taken(static_cast<std::size_t>(match.text.length()), false);
  const auto free = [&](GroupRange range) {
    return std::none_of(taken.begin() + range.begin, taken.begin() + range.end, [](bool t) { return t; });
  };
  const auto take = [&](GroupRange range) { std::fill(taken.begin() + range.begin, taken.begin() + range.end, true); };

  // Document numbers are not dates (12/2022 in 12/2022/NQ-HĐND).
  for (const DocNumber& number : find_doc_numbers(text)) {
    const auto first = std::lower_bound(match.offsets.begin(), match.offsets.end(), number.begin);
    const auto last = std::lower_bound(match.offsets.begin(), match.offsets.end(), number.end);
    take({static_cast<int32_t>(first - match.offsets.begin()), static_cast<int32_t>(last - match.offsets.begin())});
  }

  std::vector<DateMention> mentions;
  for (std::size_t rule = 0; rule < kRuleCount; ++rule) {
    auto matcher = pattern_for(rule).matcher(match.text);
    if (!matcher) continue;
    UErrorCode status = U_ZERO_ERROR;
    while (matcher->find(status) && U_SUCCESS(status)) {
      const GroupRange whole = detail::group_range(*matcher, 0);
      if (whole.end == whole.begin || !free(whole)) continue;
      DateMention mention;
      if (!read_mention(kRules[rule].kind, *matcher, match, context, mention)) continue;
      mention.begin = match.byte_offset(whole.begin);
      mention.end = match.byte_offset(whole.end);
      take(whole);
      mentions.push_back(mention);
    }
  }
  std::sort(mentions.begin(), mentions.end(),
            [](const DateMention& a, const DateMention& b) { return a.begin < b.begin; });
  return mentions;
}

std::optional<Date> parse_date(std::string_view text, const DateContext& context) {
  for (const DateMention& mention : find_dates(text, context)) {
    const bool calendar_date =
        mention.kind == DateKind::Full || mention.kind == DateKind::Numeric || mention.kind == DateKind::DayMonth;
    if (calendar_date) return mention.date;
  }
  return std::nullopt;
}

}  // namespace vanthu::text
