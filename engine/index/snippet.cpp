// SPDX-License-Identifier: Apache-2.0
//
// Snippets on the accented original: Xapian's own highlighter marks only exact unprefixed terms, and our folded
// layer would never match the text people read. The text is tokenized again, each token's folded key compared with
// the query's, and the window with the first match is cut at token boundaries and marked.
#include <algorithm>
#include <string>
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
  std::vector<text::Token> tokens;
  text::tokenize(text, [&](const text::Token& token) {
    if (!token.part && !token.folded.empty()) tokens.push_back(token);
  });
  if (tokens.empty()) return {};
  const auto matches = [&](const text::Token& token) {
    return std::find(highlight.begin(), highlight.end(), token.folded) != highlight.end();
  };
  // The window that shows the most different query words, starting a little before its first match.
  std::size_t best = 0, best_score = 0;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!matches(tokens[i])) continue;
    std::vector<std::string_view> seen;
    for (std::size_t j = i; j < tokens.size() && j < i + kWindowTokens - 5; ++j) {
      if (matches(tokens[j]) && std::find(seen.begin(), seen.end(), tokens[j].folded) == seen.end())
        seen.push_back(tokens[j].folded);
    }
    if (seen.size() > best_score) {
      best_score = seen.size();
      best = i;
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
    if (matches(tokens[i])) {
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
