// SPDX-License-Identifier: Apache-2.0
//
// Snippets on the accented original: Xapian's own highlighter marks only exact unprefixed terms, and our folded
// layer would never match the text people read. The text is tokenized again (spans only), each distinct spelling
// folded once and compared with the query's keys, and the window with the most query words is cut at token
// boundaries and marked. This runs on the whole stored text of every hit, so it is the hottest part of a search:
// a law of 20,000 tokens has a few thousand distinct spellings, and only those are keyed.
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "index/index_impl.h"
#include "text/text.h"

namespace vanthu::index {
namespace {

constexpr std::size_t kWindowTokens = 30;

void escape_into(std::string& out, std::string_view text) {
  for (const char c : text) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
}

}  // namespace

std::string make_snippet(const std::string& text, const std::vector<std::string>& highlight) {
  // Each token once: where it stands in the text and which query word it is (-1: none). Only the span is kept, not
  // the token's keys: this runs on the stored text of every hit.
  struct Span {
    std::size_t begin, end;
  };
  std::vector<Span> tokens;
  std::vector<int> word_of;
  std::unordered_map<std::string_view, int> seen;  // a spelling as written → its query word (-1: none, -2: no key)
  const std::string_view all(text);
  text::tokenize(
      text,
      [&](const text::Token& token) {
        if (token.part) return;
        const std::string_view word = all.substr(token.begin, token.end - token.begin);
        auto [at, added] = seen.try_emplace(word, -1);
        if (added) {
          const std::string folded = text::fold_key(word);
          const auto found = std::find(highlight.begin(), highlight.end(), folded);
          at->second = folded.empty() ? -2 : found == highlight.end() ? -1 : static_cast<int>(found - highlight.begin());
        }
        if (at->second == -2) return;
        word_of.push_back(at->second);
        tokens.push_back(Span{token.begin, token.end});
      },
      text::TokenKeys::None);
  if (tokens.empty()) return {};
  const auto matches = [&](std::size_t i) { return word_of[i] >= 0; };
  // The window that shows the most different query words, starting a little before its first match: one pass with
  // a sliding window of kWindowTokens - 5 tokens and a count per query word.
  constexpr std::size_t kSpan = kWindowTokens - 5;
  std::vector<int> in_window(highlight.size(), 0);
  std::size_t distinct = 0, best = 0, best_score = 0;
  for (std::size_t j = tokens.size(); j-- > 0;) {
    // Window [j, j + kSpan): add j, drop j + kSpan.
    if (matches(j) && in_window[static_cast<std::size_t>(word_of[j])]++ == 0) ++distinct;
    if (j + kSpan < tokens.size() && matches(j + kSpan) &&
        --in_window[static_cast<std::size_t>(word_of[j + kSpan])] == 0)
      --distinct;
    if (matches(j) && distinct >= best_score) {
      best_score = distinct;
      best = j;
    }
  }
  const std::size_t begin = best > 5 ? best - 5 : 0;
  const std::size_t end = std::min(tokens.size(), begin + kWindowTokens);
  std::string out;
  if (begin > 0) out += "… ";
  std::size_t cursor = tokens[begin].begin;
  for (std::size_t i = begin; i < end; ++i) {
    escape_into(out, std::string_view(text).substr(cursor, tokens[i].begin - cursor));
    const std::string_view word = std::string_view(text).substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
    if (matches(i)) {
      out += "<mark>";
      escape_into(out, word);
      out += "</mark>";
    } else {
      escape_into(out, word);
    }
    cursor = tokens[i].end;
  }
  if (end < tokens.size()) out += " …";
  return out;
}

}  // namespace vanthu::index
