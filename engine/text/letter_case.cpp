// SPDX-License-Identifier: Apache-2.0
//
// Case mapping: the Vietnamese and ASCII letters through the tables, anything else through ICU's root locale.
#include "text/icu_util.h"
#include "text/letters.h"
#include "text/text.h"

namespace vanthu::text {
namespace {

// Maps every letter of text to upper or lower case; nullopt if a non-ASCII code point is not in the tables.
std::optional<std::string> map_case_by_table(std::string_view text, bool upper) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const unsigned char byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      ++pos;
      char c = static_cast<char>(byte);
      if (upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      if (!upper && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      out.push_back(c);
      continue;
    }
    const char32_t cp = utf8_next(text, pos);
    const detail::LetterInfo info = detail::letter_info(cp);
    if (!info.known()) return std::nullopt;
    utf8_append(out, detail::compose_letter(info, info.tone, upper));
  }
  return out;
}

}  // namespace

std::string to_lower(std::string_view text) {
  if (auto mapped = map_case_by_table(text, false)) return std::move(*mapped);
  return detail::icu_lower(text);
}

std::string to_upper(std::string_view text) {
  if (auto mapped = map_case_by_table(text, true)) return std::move(*mapped);
  return detail::icu_upper(text);
}

}  // namespace vanthu::text
