// SPDX-License-Identifier: Apache-2.0
#include "text/icu_util.h"

#include <unicode/bytestream.h>
#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace vanthu::text::detail {
namespace {

icu::UnicodeString to_unicode(std::string_view text) {
  return icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
}

std::string to_utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

const icu::Normalizer2* nfc_instance() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* instance = icu::Normalizer2::getNFCInstance(status);
  return U_SUCCESS(status) ? instance : nullptr;
}

const icu::Normalizer2* nfd_instance() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* instance = icu::Normalizer2::getNFDInstance(status);
  return U_SUCCESS(status) ? instance : nullptr;
}

}  // namespace

std::string icu_nfc(std::string_view text) {
  const icu::Normalizer2* nfc = nfc_instance();
  if (nfc == nullptr) return std::string(text);
  std::string out;
  out.reserve(text.size());
  icu::StringByteSink<std::string> sink(&out);
  UErrorCode status = U_ZERO_ERROR;
  nfc->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink, nullptr, status);
  return U_SUCCESS(status) ? out : std::string(text);
}

bool icu_is_nfc(std::string_view text) {
  const icu::Normalizer2* nfc = nfc_instance();
  if (nfc == nullptr) return true;
  UErrorCode status = U_ZERO_ERROR;
  const bool normalized =
      nfc->isNormalizedUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), status);
  return U_SUCCESS(status) && normalized;
}

std::string icu_strip_marks(std::string_view text) {
  const icu::Normalizer2* nfd = nfd_instance();
  if (nfd == nullptr) return std::string(text);
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString decomposed = nfd->normalize(to_unicode(text), status);
  if (U_FAILURE(status)) return std::string(text);
  icu::UnicodeString kept;
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 cp = decomposed.char32At(i);
    if (u_charType(cp) != U_NON_SPACING_MARK) kept.append(cp);
    i += U16_LENGTH(cp);
  }
  return icu_nfc(to_utf8(kept));
}

std::string icu_lower(std::string_view text) { return to_utf8(to_unicode(text).toLower(icu::Locale::getRoot())); }
std::string icu_upper(std::string_view text) { return to_utf8(to_unicode(text).toUpper(icu::Locale::getRoot())); }

std::string icu_vi_sort_key(std::string_view text) {
  static const icu::Collator* const collator = [] {
    UErrorCode status = U_ZERO_ERROR;
    icu::Collator* built = icu::Collator::createInstance(icu::Locale("vi"), status);
    if (U_FAILURE(status)) {
      delete built;
      return static_cast<icu::Collator*>(nullptr);
    }
    return built;
  }();
  if (collator == nullptr) return {};
  const icu::UnicodeString unicode = to_unicode(text);
  std::string key(64, '\0');
  for (;;) {
    const int32_t needed = collator->getSortKey(unicode, reinterpret_cast<uint8_t*>(key.data()),
                                                static_cast<int32_t>(key.size()));
    if (needed <= static_cast<int32_t>(key.size())) {
      key.resize(needed > 0 ? static_cast<std::size_t>(needed) - 1 : 0);  // drop the terminating zero byte
      return key;
    }
    key.resize(static_cast<std::size_t>(needed));
  }
}

bool icu_is_letter(char32_t cp) { return u_isalpha(static_cast<UChar32>(cp)) != 0; }
bool icu_is_digit(char32_t cp) { return u_isdigit(static_cast<UChar32>(cp)) != 0; }
bool icu_is_mark(char32_t cp) {
  const auto type = u_charType(static_cast<UChar32>(cp));
  return type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK || type == U_ENCLOSING_MARK;
}
bool icu_is_format(char32_t cp) { return u_charType(static_cast<UChar32>(cp)) == U_FORMAT_CHAR; }

}  // namespace vanthu::text::detail
