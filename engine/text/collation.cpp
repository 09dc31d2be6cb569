// SPDX-License-Identifier: Apache-2.0
//
// Vietnamese dictionary order (§8). ICU's "vi" tailoring does the work; root collation gets Vietnamese wrong.
#include "text/icu_util.h"
#include "text/text.h"

namespace vanthu::text {

std::string sort_key(std::string_view text) { return detail::icu_vi_sort_key(text); }

}  // namespace vanthu::text
