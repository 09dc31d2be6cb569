// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/text: the one routine behind exact_key, fold_key and the tokenizer's keys, so the three can
// never disagree.
#pragma once

#include <string>
#include <string_view>

namespace vanthu::text::detail {

// Writes the E key and the F key of word into exact and folded (both cleared first). Inner apostrophes are
// dropped from both keys (H'Mông → hmông / hmong) since people type the name either way.
void word_keys(std::string_view word, std::string& exact, std::string& folded);

}  // namespace vanthu::text::detail
