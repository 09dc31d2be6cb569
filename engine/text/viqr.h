// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/text: VIQR (RFC 1456), Vietnamese written in ASCII with mnemonics after the letter:
// ( breve, ^ circumflex, + horn, then ' sắc, ` huyền, ? hỏi, ~ ngã, . nặng; dd for đ; a backslash makes the next
// mnemonic literal (§2.6).
#pragma once

#include <string>
#include <string_view>

namespace vanthu::text::detail {

// As RFC 1456 says, a mnemonic right after a vowel is always a mark: "Bo^." is "Bộ", and a full stop after a vowel
// is written "ddi\." (word-final nặng and hỏi are far too common to guess otherwise: bộ, họ, để).
std::string decode_viqr(std::string_view text);

// The VIQR form of NFC text; mnemonic characters that would be misread are escaped with a backslash.
std::string encode_viqr(std::string_view text);

// How many places in text look like VIQR mnemonics after a vowel (for the detection pre-filter).
int count_viqr_marks(std::string_view text);

}  // namespace vanthu::text::detail
