// SPDX-License-Identifier: Apache-2.0
//
// "Did you mean": a query typed without diacritics, written back with the marks the library's own text gives those
// words ("ha noi" → "Hà Nội", "hoa giai o co so" → "hòa giải ở cơ sở"). The candidates for each word are the exact
// (E) terms of the index that fold to it; the choice weighs how often each is written and, much more, how often
// neighbouring candidates stand side by side (how many documents write that exact pair), so "co so" becomes
// "cơ sở", not "cơ số".
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "index/fields.h"
#include "index/index_impl.h"
#include "text/text.h"

namespace vanthu::index {
namespace {

constexpr std::size_t kMaxWords = 6;       // longer queries are not retyped
constexpr std::size_t kCandidates = 2;     // per word, the most written marked ones (and the word as typed)
constexpr double kPairWeight = 2.0;        // side-by-side evidence over single-word frequency

// How many documents write a and b side by side, these spellings exactly: the exact bigram's term frequency, one
// look-up (a phrase search for each pair read position lists: 30 ms for a five-word query).
double pair_count(const Xapian::Database& database, const std::string& a, const std::string& b) {
  return static_cast<double>(database.get_termfreq(std::string(kExactBigram) + a + "_" + b));
}

// The exact key of a choice for a word (a Variant whose exact is "" is the word as typed, without marks: its own
// exact key).
const std::string& exact_of(const Variant& choice, const text::Token& word) {
  return choice.exact.empty() ? word.folded : choice.exact;
}

}  // namespace

const Vocabulary& Index::Impl::vocabulary() const {
  std::call_once(m_vocabulary_once, [&] {
    const Xapian::Database& database = this->database();
    const std::string prefix(kExact);
    for (auto it = database.allterms_begin(prefix); it != database.allterms_end(prefix); ++it) {
      const std::string exact = (*it).substr(prefix.size());
      if (!text::is_vietnamese_syllable(exact)) continue;
      m_vocabulary[text::fold_key(exact)].push_back({exact, database.get_collection_freq(*it)});
    }
    for (auto& [folded, variants] : m_vocabulary) {
      std::sort(variants.begin(), variants.end(), [](const auto& a, const auto& b) { return a.count > b.count; });
      if (variants.size() > kCandidates) variants.resize(kCandidates);
    }
  });
  return m_vocabulary;
}

std::optional<std::string> Index::Impl::suggest(const std::string& query) const {
  if (query.empty() || text::has_diacritics(query)) return std::nullopt;
  // The words to retype: not those of field filters (type:bien-ban), which are keys, not prose.
  const auto in_field = [&](std::size_t at) {
    const std::size_t space = query.find_last_of(" \t", at);
    const std::size_t begin = space == std::string::npos ? 0 : space + 1;
    const std::size_t end = std::min(query.find_first_of(" \t", at), query.size());
    return query.substr(begin, end - begin).find(':') != std::string::npos;
  };
  std::vector<text::Token> words;
  text::tokenize(query, [&](const text::Token& token) {
    if (token.kind == text::TokenKind::Word && !token.part && !in_field(token.begin)) words.push_back(token);
  });
  if (words.empty() || words.size() > kMaxWords) return std::nullopt;
  const Xapian::Database& database = this->database();
  const Vocabulary& vocabulary = this->vocabulary();

  // Each word's choices: its most written marked spellings, and the word as typed ("qua", "theo", "ha" for
  // hectares) counted as the occurrences no marked spelling accounts for.
  std::vector<std::vector<Variant>> choices;
  bool any = false;
  for (const text::Token& word : words) {
    std::vector<Variant> options;
    Xapian::termcount marked = 0;
    if (const auto found = vocabulary.find(word.folded); found != vocabulary.end()) {
      for (const Variant& variant : found->second) {
        options.push_back(variant);
        marked += variant.count;
      }
      any = true;
    }
    const Xapian::termcount all = database.get_collection_freq(std::string(kFolded) + word.folded);
    options.push_back({"", all > marked ? all - marked : 0});
    choices.push_back(std::move(options));
  }
  if (!any) return std::nullopt;

  // Best path through the choices (Viterbi): single-word frequency plus side-by-side counts.
  const std::size_t n = choices.size();
  std::vector<std::vector<double>> best(n);
  std::vector<std::vector<std::size_t>> from(n);
  for (std::size_t i = 0; i < n; ++i) {
    best[i].assign(choices[i].size(), -1e300);
    from[i].assign(choices[i].size(), 0);
    for (std::size_t c = 0; c < choices[i].size(); ++c) {
      const double own = std::log1p(static_cast<double>(choices[i][c].count));
      if (i == 0) {
        best[i][c] = own;
        continue;
      }
      for (std::size_t p = 0; p < choices[i - 1].size(); ++p) {
        const bool adjacent = words[i].position == words[i - 1].position + 1;
        const Variant& left = choices[i - 1][p];
        const Variant& right = choices[i][c];
        const double pair =
            adjacent ? kPairWeight * std::log1p(pair_count(database, exact_of(left, words[i - 1]), exact_of(right, words[i])))
                     : 0.0;
        if (best[i - 1][p] + own + pair > best[i][c]) {
          best[i][c] = best[i - 1][p] + own + pair;
          from[i][c] = p;
        }
      }
    }
  }
  std::vector<std::size_t> path(n);
  path[n - 1] = static_cast<std::size_t>(std::max_element(best[n - 1].begin(), best[n - 1].end()) - best[n - 1].begin());
  for (std::size_t i = n - 1; i > 0; --i) path[i - 1] = from[i][path[i]];

  // The query as typed, each retyped word in its place; tones where legal texts put them (hòa, not hoà), and a
  // capital kept where the user typed one.
  std::string suggestion;
  std::size_t at = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const text::Token& word = words[i];
    suggestion.append(query, at, word.begin - at);
    const std::string& exact = choices[i][path[i]].exact;
    std::string written = exact.empty() ? query.substr(word.begin, word.end - word.begin)
                                        : text::place_tones(exact, text::ToneStyle::Old);
    const char first = query[word.begin];
    if (first >= 'A' && first <= 'Z' && !exact.empty()) {
      const auto lead = static_cast<unsigned char>(written[0]);
      const std::size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
      written = text::to_upper(written.substr(0, length)) + written.substr(length);
    }
    suggestion += written;
    at = word.end;
  }
  suggestion.append(query, at, std::string::npos);
  if (suggestion == query) return std::nullopt;
  return suggestion;
}

}  // namespace vanthu::index
