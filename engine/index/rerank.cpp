// SPDX-License-Identifier: Apache-2.0
//
// Re-ranking article hits by their headings. A question often names the provision it is about in the words of its
// heading ("quyền của bên cầm cố" asks for the article "Quyền của bên cầm cố", not "Nghĩa vụ của bên cầm cố", whose
// body shares more words with the question). BM25 over the body cannot see that: it rewards the words an article
// has, never the heading words a question leaves out. So among the best hits, the share of its heading's words the
// question has (its coverage) lifts an article, steeply: a heading covered whole counts, half of one hardly.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "index/fields.h"
#include "index/index_impl.h"
#include "text/text.h"

namespace vanthu::index {
namespace {

// The share of the heading's distinct folded words that are among the query's words; 0 for no heading.
double coverage(const std::string& heading, const std::vector<QueryWord>& words) {
  std::vector<std::string> keys;
  text::tokenize(heading, [&](const text::Token& token) {
    if (!token.part && !token.folded.empty()) keys.push_back(token.folded);
  });
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  if (keys.empty()) return 0;
  const auto asked = std::count_if(keys.begin(), keys.end(), [&](const std::string& key) {
    return std::any_of(words.begin(), words.end(), [&](const QueryWord& word) { return word.folded == key; });
  });
  return static_cast<double>(asked) / static_cast<double>(keys.size());
}

}  // namespace

void rerank_by_headings(std::vector<RankedUnit>& hits, std::size_t depth, const std::vector<QueryWord>& words) {
  const auto end = hits.begin() + static_cast<std::ptrdiff_t>(std::min(depth, hits.size()));
  if (hits.begin() == end) return;
  const double best = hits.front().unit.hit.score;
  for (auto hit = hits.begin(); hit != end; ++hit)
    hit->unit.hit.score += kHeadingBoost * best * std::pow(coverage(hit->unit.heading, words), kHeadingPower);
  std::stable_sort(hits.begin(), end,
                   [](const RankedUnit& a, const RankedUnit& b) { return a.unit.hit.score > b.unit.hit.score; });
}

}  // namespace vanthu::index
