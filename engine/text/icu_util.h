// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/text: the few ICU calls the module makes, behind std types so no other file (and no other
// module) sees an ICU type. ICU reports errors through UErrorCode; these helpers fall back to returning the input
// unchanged, since every caller can live with unnormalized text but not with an exception.
#pragma once

#include <string>
#include <string_view>

namespace vanthu::text::detail {

std::string icu_nfc(std::string_view text);
bool icu_is_nfc(std::string_view text);
// NFD, every nonspacing mark removed, NFC again: "Ðiều" stays "Ðieu" (no decomposition for Đ, Ð), "é" → "e".
std::string icu_strip_marks(std::string_view text);
std::string icu_lower(std::string_view text);
std::string icu_upper(std::string_view text);

// ICU's sort key for text under the "vi" collator (the collator is built once and shared: its const methods are
// thread-safe). Empty when the collator cannot be built.
std::string icu_vi_sort_key(std::string_view text);

// Character classes for code points outside the Vietnamese/ASCII tables.
bool icu_is_letter(char32_t cp);    // general category L*
bool icu_is_digit(char32_t cp);     // Nd
bool icu_is_mark(char32_t cp);      // Mn, Mc, Me
bool icu_is_format(char32_t cp);    // Cf (soft hyphen, zero-width characters, BOM)

}  // namespace vanthu::text::detail
