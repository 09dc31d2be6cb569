// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/text: the cheap test for double-encoded UTF-8 that keeps repair off the common path.
#pragma once

#include <string_view>

namespace vanthu::text::detail {

// True when text contains the CP1252 view of a UTF-8 lead byte followed by a continuation byte's view: the
// signature of double-encoded Vietnamese ("Ã²", "á»‡", "Ä‘").
bool looks_double_encoded(std::string_view text);

}  // namespace vanthu::text::detail
