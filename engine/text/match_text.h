// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/text: the form of a text that the date, number and reference patterns run on. Each character
// is folded (marks removed, đ → d; lower case unless asked to keep case) and combining marks are dropped, so one
// ASCII pattern matches "ngày", "NGÀY", "ngay" and NFD input alike; a table maps every position back to a byte
// offset in the original, so results point at the text as written.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include <unicode/regex.h>
#include <unicode/unistr.h>

namespace vanthu::text::detail {

enum class FoldCase { Lower, Keep };

struct MatchText {
  icu::UnicodeString text;           // one UTF-16 unit per kept code point (others become U+FFFD)
  std::vector<std::size_t> offsets;  // offsets[i] = byte offset of unit i in the original; one extra at the end

  std::size_t byte_offset(int32_t index) const { return offsets[static_cast<std::size_t>(index)]; }
};

MatchText make_match_text(std::string_view original, FoldCase fold_case);

// A compiled pattern, shared by every call (RegexPattern is immutable and thread-safe once built). Patterns are
// program constants, so a pattern that does not compile is a bug: it is reported on stderr and matches nothing.
class Pattern {
public:
  explicit Pattern(const char* regex, uint32_t flags = 0);
  // A matcher over text, or null when the pattern is broken. The matcher must not outlive text.
  std::unique_ptr<icu::RegexMatcher> matcher(const icu::UnicodeString& text) const;

private:
  std::unique_ptr<icu::RegexPattern> m_pattern;
};

// Group g of the current match as a range of MatchText indices; -1, -1 when the group did not take part.
struct GroupRange {
  int32_t begin = -1, end = -1;
  bool found() const { return begin >= 0; }
};
GroupRange group_range(icu::RegexMatcher& matcher, int32_t group);

// The original bytes of a range of MatchText indices, and the range as an int (for numeric groups).
std::string_view original_slice(std::string_view original, const MatchText& match, GroupRange range);
int group_int(const MatchText& match, GroupRange range);

}  // namespace vanthu::text::detail
