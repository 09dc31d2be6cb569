// SPDX-License-Identifier: Apache-2.0
//
// Snippets on the accented original: Xapian's own highlighter marks only exact unprefixed terms, and our folded
// layer would never match the text people read. A hit's stored text can be 16 KB, and tokenizing all of it for every
// hit cost more than the ranking, so the unit's text map (units.h) narrows the search first: each stretch of about
// 32 tokens has a mask of its folded keys; the stretch pairs whose masks hold the most query words are tokenized
// and scored for real (a mask can claim a word it does not have), and the best window of the best pair is shown.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "index/index_impl.h"
#include "text/text.h"

namespace vanthu::index {
namespace {

constexpr std::uint32_t kWindowTokens = 30;
constexpr std::uint32_t kLeadTokens = 5;  // shown before the first match of the window
constexpr std::uint32_t kSpan = kWindowTokens - kLeadTokens;
constexpr std::size_t kCandidates = 3;    // stretch pairs tokenized and scored for real

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

// A token of a stretch, with the query word its folded key is (-1: none).
struct Seen {
  std::uint32_t position = 0;
  std::size_t begin = 0, end = 0;  // bytes in the stored text
  int word = -1;
};

// The stretches of a text: from checkpoint i to checkpoint i + 1 (the last to the end of the text).
class Stretches {
public:
  Stretches(std::string_view text, const TextMap& map) : m_text(text), m_map(map) {}
  std::size_t count() const { return std::max<std::size_t>(m_map.checkpoints.size(), 1); }
  std::uint32_t position(std::size_t i) const { return m_map.checkpoints.empty() ? 0 : m_map.checkpoints[i].position; }
  std::size_t offset(std::size_t i) const {
    if (m_map.checkpoints.empty()) return i == 0 ? 0 : m_text.size();
    return i < m_map.checkpoints.size() ? std::min<std::size_t>(m_map.checkpoints[i].offset, m_text.size()) : m_text.size();
  }
  // The stretch that holds a position.
  std::size_t holding(std::uint32_t position) const {
    const auto& checkpoints = m_map.checkpoints;
    auto it = std::upper_bound(checkpoints.begin(), checkpoints.end(), position,
                               [](std::uint32_t p, const Checkpoint& c) { return p < c.position; });
    return it == checkpoints.begin() ? 0 : static_cast<std::size_t>(it - checkpoints.begin()) - 1;
  }
  // How many query words (by their mask bits) stretches [first, first + 2) may hold.
  std::size_t claimed(std::size_t first, const std::vector<std::uint32_t>& bits) const {
    if (m_map.masks.size() != m_map.checkpoints.size() || m_map.masks.empty()) return bits.size();
    WordMask mask = m_map.masks[first];
    if (first + 1 < m_map.masks.size())
      for (std::size_t i = 0; i < mask.size(); ++i) mask[i] |= m_map.masks[first + 1][i];
    return static_cast<std::size_t>(std::count_if(bits.begin(), bits.end(), [&](std::uint32_t bit) { return has_bit(mask, bit); }));
  }

private:
  std::string_view m_text;
  const TextMap& m_map;
};

// Tokenizes the stored text from stretch first on, calling sink with each token that is not part of a compound,
// until sink returns false or stretch last is done.
template <typename Sink>
void walk(std::string_view text, const Stretches& stretches, std::size_t first, std::size_t last, Sink sink) {
  bool going = true;
  for (std::size_t s = first; s <= last && s < stretches.count() && going; ++s) {
    const std::size_t from = stretches.offset(s), to = stretches.offset(s + 1);
    if (from >= to) continue;
    const std::uint32_t base = stretches.position(s);
    text::tokenize(text.substr(from, to - from), [&](const text::Token& token) {
      if (!going || token.part) return;
      going = sink(base + token.position, from + token.begin, from + token.end, token);
    });
  }
}

// The query word a token is, if any: a word typed with marks is only its own spelling ("cơ" is not "có"), a word
// typed without is every spelling that folds to it.
class Matcher {
public:
  explicit Matcher(const std::vector<QueryWord>& words) : m_words(words) {}
  Seen see(std::uint32_t position, std::size_t begin, std::size_t end, const text::Token& token) {
    Seen seen{position, begin, end, -1};
    for (std::size_t w = 0; w < m_words.size(); ++w) {
      if (m_words[w].folded != token.folded || (!m_words[w].exact.empty() && m_words[w].exact != token.exact)) continue;
      seen.word = static_cast<int>(w);
      break;
    }
    return seen;
  }

private:
  const std::vector<QueryWord>& m_words;
};

// The best window among tokens: the first position of the kSpan positions that hold the most different query
// words (the earliest on ties), and how many.
std::pair<std::uint32_t, std::size_t> best_window(const std::vector<Seen>& tokens, std::size_t words) {
  std::vector<std::uint32_t> in_window(words, 0);
  std::size_t distinct = 0, best_distinct = 0, end = 0;
  std::uint32_t best = tokens.empty() ? 0 : tokens.front().position;
  for (std::size_t begin = 0; begin < tokens.size(); ++begin) {
    if (tokens[begin].word < 0) continue;
    while (end < tokens.size() && tokens[end].position < tokens[begin].position + kSpan) {
      if (tokens[end].word >= 0 && in_window[static_cast<std::size_t>(tokens[end].word)]++ == 0) ++distinct;
      ++end;
    }
    if (distinct > best_distinct) {
      best_distinct = distinct;
      best = tokens[begin].position;
    }
    if (--in_window[static_cast<std::size_t>(tokens[begin].word)] == 0) --distinct;
  }
  return {best, best_distinct};
}

}  // namespace

std::string make_snippet(std::string_view text, const TextMap& map, const std::vector<QueryWord>& words) {
  if (text.empty()) return {};
  const Stretches stretches(text, map);
  Matcher matcher(words);

  // The stretch pairs whose masks claim the most query words, then the best real window among them.
  std::vector<std::uint32_t> bits;
  for (const QueryWord& word : words) bits.push_back(mask_bit(word.folded));
  std::vector<std::pair<std::size_t, std::size_t>> claims;  // (claimed words, first stretch)
  for (std::size_t s = 0; s < stretches.count(); ++s) claims.emplace_back(stretches.claimed(s, bits), s);
  const std::size_t candidates = std::min(kCandidates, claims.size());
  std::partial_sort(claims.begin(), claims.begin() + static_cast<std::ptrdiff_t>(candidates), claims.end(),
                    [](const auto& a, const auto& b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
  std::uint32_t best = 0;
  std::size_t best_distinct = 0;
  for (std::size_t c = 0; c < candidates && claims[c].first > best_distinct; ++c) {
    std::vector<Seen> tokens;
    walk(text, stretches, claims[c].second, claims[c].second + 1,
         [&](std::uint32_t position, std::size_t begin, std::size_t end, const text::Token& token) {
           tokens.push_back(matcher.see(position, begin, end, token));
           return true;
         });
    const auto [window, distinct] = best_window(tokens, words.size());
    if (distinct > best_distinct || (distinct == best_distinct && distinct > 0 && window < best)) {
      best = window;
      best_distinct = distinct;
    }
  }

  // The window: from kLeadTokens before its first match, kWindowTokens tokens, and whether any follow.
  const std::uint32_t first = best > kLeadTokens ? best - kLeadTokens : 0;
  std::vector<Seen> shown;
  bool more = false;
  walk(text, stretches, stretches.holding(first), stretches.count(),
       [&](std::uint32_t position, std::size_t begin, std::size_t end, const text::Token& token) {
         if (position < first) return true;
         if (shown.size() == kWindowTokens) {
           more = true;
           return false;
         }
         shown.push_back(matcher.see(position, begin, end, token));
         return true;
       });
  if (shown.empty()) return {};
  std::string out;
  if (first > 0) out += "… ";
  std::size_t cursor = shown.front().begin;
  for (const Seen& token : shown) {
    escape_into(out, text.substr(cursor, token.begin - cursor));
    const bool marked = token.word >= 0;
    if (marked) out += "<mark>";
    escape_into(out, text.substr(token.begin, token.end - token.begin));
    if (marked) out += "</mark>";
    cursor = token.end;
  }
  if (more) {
    out += " …";
  } else {
    // The end of the text: its closing punctuation too ("quan."), within reason.
    std::string_view rest = utf8_truncate(text.substr(cursor), 16);
    while (!rest.empty() && std::isspace(static_cast<unsigned char>(rest.back()))) rest.remove_suffix(1);
    escape_into(out, rest);
  }
  return out;
}

}  // namespace vanthu::index
