// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include "base/base.h"

namespace vanthu {
namespace {

TEST_CASE("utf8_next decodes and never stalls on bad bytes", "[base]") {
  struct Case {
    std::string bytes;
    std::u32string expected;
  };
  const Case cases[] = {
      {"Vi\xe1\xbb\x87t", U"Việt"},
      {"\xf0\x9f\x93\x9c", U"\U0001F4DC"},
      {"a\xffz", U"a\uFFFDz"},               // invalid byte
      {"\xc3", U"\uFFFD"},                   // truncated sequence
      {"\xc0\xaf", U"\uFFFD\uFFFD"},         // overlong '/'
      {"\xed\xa0\x80", U"\uFFFD\uFFFD\uFFFD"},  // surrogate
  };
  for (const Case& c : cases) {
    INFO(c.bytes);
    std::u32string decoded;
    for (std::size_t pos = 0; pos < c.bytes.size();) decoded.push_back(utf8_next(c.bytes, pos));
    CHECK(decoded == c.expected);
  }
}

TEST_CASE("utf8_append and is_valid_utf8 agree", "[base]") {
  std::string out;
  for (char32_t cp : {U'a', U'đ', U'ệ', U'\U0001F4DC'}) utf8_append(out, cp);
  CHECK(out == "ađệ\U0001F4DC");
  CHECK(is_valid_utf8(out));
  CHECK(is_valid_utf8("\xef\xbf\xbd"));  // a real U+FFFD is valid
  CHECK_FALSE(is_valid_utf8("\xad\xee"));
  CHECK(utf8_truncate("Việt", 3) == "Vi");  // does not cut ệ in two
}

TEST_CASE("json_quote escapes what JSON requires and keeps Vietnamese", "[base]") {
  CHECK(json_quote("Điều 1. \"Phạm vi\"\n\t\\") == "\"Điều 1. \\\"Phạm vi\\\"\\n\\t\\\\\"");
  CHECK(json_quote(std::string("a\x01", 2)) == "\"a\\u0001\"");
  CHECK(json_quote("bad\xff") == "\"bad\xef\xbf\xbd\"");
}

}  // namespace
}  // namespace vanthu
