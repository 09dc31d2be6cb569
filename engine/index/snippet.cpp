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
#include <unordered_map>
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
    if (m_map.masks.empty()) return bits.size();  // a text without tokens: one stretch, nothing to narrow
    WordMask mask = m_map.masks[first];
    if (first + 1 < m_map.masks.size())
      for (std::size_t i = 0; i < mask.size(); ++i) mask[i] |= m_map.masks[first + 1][i];
    return static_cast<std::size_t>(std::count_if(bits.begin(), bits.end(), [&](std::uint32_t bit) { return has_bit(mask, bit); }));
  }

private:
  std::string_view m_text;
  const TextMap& m_map;
};

// The tokens of the stored text, stretch by stretch: each stretch is tokenized at most once per snippet (the
// candidates overlap, and the window shown is among them), and each spelling is keyed once.
class Passage {
public:
  Passage(std::string_view text, const Stretches& stretches, const std::vector<QueryWord>& words)
      : m_text(text), m_stretches(stretches), m_words(words), m_tokens(stretches.count()),
        m_read(stretches.count(), false) {}

  // The tokens of stretch s that do not continue a compound, with the query word each is.
  const std::vector<Seen>& stretch(std::size_t s) {
    if (m_read[s]) return m_tokens[s];
    m_read[s] = true;
    const std::size_t from = m_stretches.offset(s), to = m_stretches.offset(s + 1);
    if (from >= to) return m_tokens[s];
    const std::uint32_t base = m_stretches.position(s);
    text::tokenize(
        m_text.substr(from, to - from),
        [&](const text::Token& token) {
          if (token.part) return;
          const std::string_view spelling = m_text.substr(from + token.begin, token.end - token.begin);
          m_tokens[s].push_back(Seen{base + token.position, from + token.begin, from + token.end, word_of(spelling)});
        },
        text::TokenKeys::None);
    return m_tokens[s];
  }

private:
  // The query word a spelling is, if any: a word typed with marks is only its own spelling ("cơ" is not "có"), a
  // word typed without is every spelling that folds to it.
  int word_of(std::string_view spelling) {
    const auto [at, added] = m_spellings.try_emplace(spelling, -1);
    if (!added) return at->second;
    const std::string folded = text::fold_key(spelling);
    std::string exact;
    for (std::size_t w = 0; w < m_words.size(); ++w) {
      if (m_words[w].folded != folded) continue;
      if (!m_words[w].exact.empty()) {
        if (exact.empty()) exact = text::exact_key(spelling);
        if (m_words[w].exact != exact) continue;
      }
      at->second = static_cast<int>(w);
      break;
    }
    return at->second;
  }

  std::string_view m_text;
  const Stretches& m_stretches;
  const std::vector<QueryWord>& m_words;
  std::vector<std::vector<Seen>> m_tokens;
  std::vector<bool> m_read;
  std::unordered_map<std::string_view, int> m_spellings;
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
  Passage passage(text, stretches, words);

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
    const std::size_t s = claims[c].second;
    std::vector<Seen> tokens = passage.stretch(s);
    if (s + 1 < stretches.count()) {
      const std::vector<Seen>& next = passage.stretch(s + 1);
      tokens.insert(tokens.end(), next.begin(), next.end());
    }
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
  for (std::size_t s = stretches.holding(first); s < stretches.count() && !more; ++s) {
    for (const Seen& token : passage.stretch(s)) {
      if (token.position < first) continue;
      if (shown.size() == kWindowTokens) {
        more = true;
        break;
      }
      shown.push_back(token);
    }
  }
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
