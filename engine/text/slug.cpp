// SPDX-License-Identifier: Apache-2.0
#include "text/icu_util.h"
#include "text/letters.h"
#include "text/text.h"

namespace vanthu::text {

std::string slugify(std::string_view text) {
  // Marks go first so letters from other scripts fold too (é → e); Đ has no decomposition and the table folds it.
  const std::string stripped = detail::icu_strip_marks(text);
  std::string out;
  out.reserve(stripped.size());
  bool pending_dash = false;
  std::size_t pos = 0;
  while (pos < stripped.size()) {
    const char32_t cp = utf8_next(stripped, pos);
    char c = 0;
    if (cp >= '0' && cp <= '9') {
      c = static_cast<char>(cp);
    } else if (const detail::LetterInfo info = detail::letter_info(cp); info.known()) {
      c = info.ascii;
    }
    if (c == 0) {
      pending_dash = !out.empty();
      continue;
    }
    if (pending_dash) out.push_back('-');
    pending_dash = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace vanthu::text
