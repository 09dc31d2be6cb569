// SPDX-License-Identifier: Apache-2.0
//
// References to provisions and documents (§7.2 "References to other documents"). Patterns run on the folded
// lower-case form; what they capture is read back from the original text.
#include <algorithm>

#include "text/letters.h"
#include "text/match_text.h"
#include "text/text.h"

namespace vanthu::text {
namespace {

using detail::GroupRange;
using detail::MatchText;

constexpr uint32_t kFlags = 0;  // the match text is already lower case and folded: no case folding, and plain word
                                // boundaries (UREGEX_UWORD ran a break iterator at every \\b)

// Document types as they are cited, longest first so "thông tư liên tịch" wins over "thông tư".
#define VANTHU_TYPES                                                                                              \
  "thong\\s+tu\\s+lien\\s+tich|thong\\s+tu|nghi\\s+dinh|nghi\\s+quyet\\s+lien\\s+tich|nghi\\s+quyet|"             \
  "quyet\\s+dinh|bo\\s+luat|luat|phap\\s+lenh|lenh|hien\\s+phap|chi\\s+thi|ke\\s+hoach|cong\\s+van|huong\\s+dan|" \
  "thong\\s+bao|quy\\s+dinh|quy\\s+che|van\\s+ban\\s+hop\\s+nhat|cong\\s+dien|chuong\\s+trinh|de\\s+an"

// "Nghị định số 30/…": group 1 the type, matched backwards from a number found first (it must end where the
// number starts). Anchoring on the numbers is what makes it cheap: a forward search for any of the types tries
// every position of the text.
const detail::Pattern& type_before_number() {
  static const detail::Pattern pattern("\\b(" VANTHU_TYPES ")\\s+(?:so\\s*:?\\s*)?$", kFlags);
  return pattern;
}
constexpr int32_t kTypeWindow = 48;  // the longest lead-in, "văn bản hợp nhất số: ", is 22 units
const detail::Pattern& named_law() {
  // "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", "Bộ luật Dân sự 2015", "Luật Bảo hiểm y tế
  // số 25/2008/QH12": the name, then a date (groups 3-5), a year (6) or a number (starting at the match end).
  static const detail::Pattern pattern(
      "\\b(bo\\s+luat|luat|phap\\s+lenh)\\s+((?!so\\b|nay\\b)\\p{L}[\\p{L},]*(?:\\s+(?!luat\\b|bo\\s+luat\\b|ngay\\b|so\\b)"
      "\\p{L}[\\p{L},]*){0,14}?)\\s+(?:ngay\\s+(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4})\\b|(?:nam\\s+)?(\\d{4})\\b"
      "|so\\s*:?\\s*(?=\\d))",
      kFlags);
  return pattern;
}
const detail::Pattern& constitution() {  // "Hiến pháp năm 2013": the one normative document cited by year alone
  static const detail::Pattern pattern("\\bhien\\s+phap(?:\\s+nam)?\\s+(\\d{4})\\b", kFlags);
  return pattern;
}
const detail::Pattern& date_after() {  // ", ngày 05 tháng 3 năm 2020" or " ngày 05/3/2020" right after a number
  static const detail::Pattern pattern(
      "\\s*,?\\s*ngay\\s+(?:(\\d{1,2})\\s+thang\\s+(\\d{1,2})\\s+nam\\s+(\\d{4})|(\\d{1,2})[/.-](\\d{1,2})[/.-]"
      "(\\d{4}))\\b",
      kFlags);
  return pattern;
}
const detail::Pattern& issuer_after() {  // " của Chính phủ" up to "về …", a verb of the title, or punctuation
  static const detail::Pattern pattern(
      "\\s*,?\\s+cua\\s+(.+?)(?=\\s+(?:ve|quy\\s+dinh|huong\\s+dan|sua\\s+doi|ban\\s+hanh|thi\\s+hanh|ngay)\\b|\\s*[;,.:()]"
      "|\\s*$)",
      kFlags);
  return pattern;
}
const detail::Pattern& subject_after() {  // " về công tác văn thư"
  static const detail::Pattern pattern("\\s+((?:ve|quy\\s+dinh|huong\\s+dan)\\s+.+?)(?=\\s*[;.]|\\s*$)", kFlags);
  return pattern;
}
const detail::Pattern& provision() {
  static const detail::Pattern pattern(
      "\\b(?:diem\\s+([a-z]\\d?)\\s+)?(?:khoan\\s+(\\d+[a-z]?)\\s+)?dieu\\s+(\\d+[a-z]?|nay)\\b(?:\\s+muc\\s+(\\d+))?"
      "(?:\\s+chuong\\s+([ivxlc]+)\\b)?(?:\\s+phan\\s+(thu\\s+\\p{L}+|[ivxlc]+)\\b)?",
      kFlags);
  return pattern;
}
const detail::Pattern& this_document() {  // "của Nghị định này" right after a provision
  static const detail::Pattern pattern("\\s*,?\\s*(?:cua\\s+)?(?:" VANTHU_TYPES "|van\\s+ban)\\s+nay\\b", kFlags);
  return pattern;
}
const detail::Pattern& joiner_to_citation() {  // what may sit between a provision and the document it is in
  static const detail::Pattern pattern("\\s*,?\\s*(?:cua\\s+|tai\\s+)?", kFlags);
  return pattern;
}
const detail::Pattern& annex() {
  static const detail::Pattern pattern("\\b(?:tai|theo|kem\\s+theo)\\s+(phu\\s+luc\\s+([ivxlc]+|\\d+[a-z]?))\\b", kFlags);
  return pattern;
}
#undef VANTHU_TYPES

// Matches pattern at exactly position start of the match text (end of the text as the limit); the length
// matched, or -1.
int32_t match_at(const detail::Pattern& pattern, const MatchText& match, int32_t start,
                 std::unique_ptr<icu::RegexMatcher>& matcher) {
  matcher = pattern.matcher(match.text);
  if (!matcher) return -1;
  UErrorCode status = U_ZERO_ERROR;
  const int32_t line_end = [&] {
    const int32_t newline = match.text.indexOf(u'\n', start);
    return newline < 0 ? match.text.length() : newline;
  }();
  matcher->region(start, line_end, status);
  if (U_FAILURE(status) || !matcher->lookingAt(status) || U_FAILURE(status)) return -1;
  return detail::group_range(*matcher, 0).end - start;
}

int32_t index_of_byte(const MatchText& match, std::size_t byte) {
  return static_cast<int32_t>(std::lower_bound(match.offsets.begin(), match.offsets.end(), byte) -
                              match.offsets.begin());
}

std::string normalized_type(std::string_view written) {
  if (const DocumentType* type = find_document_type(written)) return std::string(type->name);
  return std::string(written);
}

struct Citation {
  int32_t begin = 0, end = 0;  // match text indices
  DocumentCitation document;
};

// Date, issuer and subject that follow a cited number; advances end past what was read.
void read_tail(std::string_view text, const MatchText& match, Citation& citation) {
  std::unique_ptr<icu::RegexMatcher> matcher;
  if (const int32_t length = match_at(date_after(), match, citation.end, matcher); length > 0) {
    const auto number = [&](int32_t group) { return detail::group_int(match, detail::group_range(*matcher, group)); };
    const Date date = detail::group_range(*matcher, 1).found() ? Date{number(3), number(2), number(1)}
                                                               : Date{number(6), number(5), number(4)};
    if (is_valid_date(date)) citation.document.date = date;
    citation.end += length;
  }
  if (const int32_t length = match_at(issuer_after(), match, citation.end, matcher); length > 0) {
    citation.document.issuer = std::string(detail::original_slice(text, match, detail::group_range(*matcher, 1)));
    citation.end += length;
  }
  if (const int32_t length = match_at(subject_after(), match, citation.end, matcher); length > 0) {
    std::string_view subject = detail::original_slice(text, match, detail::group_range(*matcher, 1));
    if (subject.starts_with("về ") || subject.starts_with("Về ")) subject.remove_prefix(std::string_view("về ").size());
    citation.document.subject = std::string(subject);
    citation.end += length;
  }
}

// Both citation shapes end in a number ("Nghị định số 30/…", "Luật Báo chí số 103/…") found where the pattern
// stopped: cite it, read what follows it, and say whether there was one.
bool cite_number_at(std::string_view text, const MatchText& match, const std::vector<DocNumber>& numbers,
                    int32_t at, Citation& citation) {
  const std::size_t byte = match.byte_offset(at);
  const auto number = std::find_if(numbers.begin(), numbers.end(), [&](const DocNumber& n) { return n.begin == byte; });
  if (number == numbers.end()) return false;
  citation.document.number = *number;
  citation.end = index_of_byte(match, number->end);
  read_tail(text, match, citation);
  return true;
}

std::vector<Citation> find_citations(std::string_view text, const MatchText& match) {
  std::vector<Citation> citations;
  const std::vector<DocNumber> numbers = find_doc_numbers(text);
  if (auto matcher = type_before_number().matcher(match.text); matcher && !numbers.empty()) {
    matcher->useTransparentBounds(true);  // \b at the window's start sees the letter before it
    matcher->useAnchoringBounds(true);    // $ is the window's end: where the number starts
    for (const DocNumber& number : numbers) {
      const int32_t at = index_of_byte(match, number.begin);
      UErrorCode status = U_ZERO_ERROR;
      matcher->region(std::max<int32_t>(0, at - kTypeWindow), at, status);
      if (U_FAILURE(status) || !matcher->find(status) || U_FAILURE(status)) continue;
      Citation citation;
      citation.begin = detail::group_range(*matcher, 0).begin;
      citation.document.type =
          normalized_type(detail::original_slice(text, match, detail::group_range(*matcher, 1)));
      if (cite_number_at(text, match, numbers, at, citation)) citations.push_back(std::move(citation));
    }
  }
  if (auto matcher = named_law().matcher(match.text)) {
    UErrorCode status = U_ZERO_ERROR;
    while (matcher->find(status) && U_SUCCESS(status)) {
      const GroupRange name = detail::group_range(*matcher, 2);
      const std::string_view written_name = detail::original_slice(text, match, name);
      // A law's name is capitalized ("Luật Đất đai"); "Luật này có hiệu lực…" is not a citation.
      std::size_t first_end = 0;
      if (written_name.empty() || !detail::letter_info(utf8_next(written_name, first_end)).upper) continue;
      const GroupRange whole = detail::group_range(*matcher, 0);
      Citation citation;
      citation.begin = whole.begin;
      citation.end = whole.end;
      citation.document.type =
          normalized_type(detail::original_slice(text, match, detail::group_range(*matcher, 1)));
      citation.document.name = std::string(written_name);
      const auto number = [&](int32_t group) { return detail::group_int(match, detail::group_range(*matcher, group)); };
      if (detail::group_range(*matcher, 3).found() || detail::group_range(*matcher, 6).found()) {
        const Date date = detail::group_range(*matcher, 3).found() ? Date{number(5), number(4), number(3)}
                                                                   : Date{number(6), 0, 0};
        if (is_valid_date(date)) citation.document.date = date;
      } else if (!cite_number_at(text, match, numbers, whole.end, citation)) {  // "… số 25/2008/QH12"
        continue;
      }
      const bool overlapping = std::any_of(citations.begin(), citations.end(), [&](const Citation& c) {
        return citation.begin < c.end && c.begin < citation.end;
      });
      if (!overlapping) citations.push_back(std::move(citation));
    }
  }
  if (auto matcher = constitution().matcher(match.text)) {
    UErrorCode status = U_ZERO_ERROR;
    while (matcher->find(status) && U_SUCCESS(status)) {
      const GroupRange whole = detail::group_range(*matcher, 0);
      Citation citation;
      citation.begin = whole.begin;
      citation.end = whole.end;
      citation.document.type = "Hiến pháp";
      citation.document.date = Date{detail::group_int(match, detail::group_range(*matcher, 1)), 0, 0};
      citations.push_back(std::move(citation));
    }
  }
  std::sort(citations.begin(), citations.end(), [](const Citation& a, const Citation& b) { return a.begin < b.begin; });
  return citations;
}

// "Điều 5." or "Điều 5:" at the start of a line is the heading of article 5, not a reference to it.
bool is_heading(const MatchText& match, GroupRange whole) {
  int32_t i = whole.begin - 1;
  while (i >= 0 && (match.text.charAt(i) == u' ' || match.text.charAt(i) == u'\t')) --i;
  const bool line_start = i < 0 || match.text.charAt(i) == u'\n';
  const char16_t next = whole.end < match.text.length() ? match.text.charAt(whole.end) : u'\n';
  return line_start && (next == u'.' || next == u':');
}

}  // namespace

std::vector<Reference> find_references(std::string_view text) {
  const MatchText match = detail::make_match_text(text, detail::FoldCase::Lower);
  std::vector<Citation> citations = find_citations(text, match);
  std::vector<bool> attached(citations.size(), false);
  std::vector<Reference> references;

  if (auto matcher = provision().matcher(match.text)) {
    UErrorCode status = U_ZERO_ERROR;
    while (matcher->find(status) && U_SUCCESS(status)) {
      const GroupRange whole = detail::group_range(*matcher, 0);
      if (is_heading(match, whole)) continue;
      Reference reference;
      const auto slice = [&](int32_t group) {
        return std::string(detail::original_slice(text, match, detail::group_range(*matcher, group)));
      };
      reference.point = slice(1);
      reference.clause = slice(2);
      reference.article = slice(3);
      reference.section = slice(4);
      reference.chapter = slice(5);
      reference.part = slice(6);
      if (fold_key(reference.article) == "nay") {
        reference.article.clear();
        reference.this_article = true;
      }
      int32_t end = whole.end;
      std::unique_ptr<icu::RegexMatcher> tail;
      if (const int32_t length = match_at(this_document(), match, end, tail); length > 0) {
        reference.self = true;
        end += length;
      } else if (const int32_t gap = match_at(joiner_to_citation(), match, end, tail); gap >= 0) {
        for (std::size_t i = 0; i < citations.size(); ++i) {
          if (!attached[i] && citations[i].begin == end + gap) {
            reference.document = citations[i].document;
            attached[i] = true;
            end = citations[i].end;
            break;
          }
        }
      }
      reference.begin = match.byte_offset(whole.begin);
      reference.end = match.byte_offset(end);
      references.push_back(std::move(reference));
    }
  }
  if (auto matcher = annex().matcher(match.text)) {
    UErrorCode status = U_ZERO_ERROR;
    while (matcher->find(status) && U_SUCCESS(status)) {
      const GroupRange span = detail::group_range(*matcher, 1);
      Reference reference;
      reference.annex = std::string(detail::original_slice(text, match, detail::group_range(*matcher, 2)));
      reference.begin = match.byte_offset(span.begin);
      reference.end = match.byte_offset(span.end);
      references.push_back(std::move(reference));
    }
  }
  for (std::size_t i = 0; i < citations.size(); ++i) {
    if (attached[i]) continue;
    Reference reference;
    reference.document = std::move(citations[i].document);
    reference.begin = match.byte_offset(citations[i].begin);
    reference.end = match.byte_offset(citations[i].end);
    references.push_back(std::move(reference));
  }
  std::sort(references.begin(), references.end(),
            [](const Reference& a, const Reference& b) { return a.begin < b.begin; });
  return references;
}

}  // namespace vanthu::text
