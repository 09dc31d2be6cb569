// SPDX-License-Identifier: Apache-2.0
//
// Running a request: the query (query.cpp), BM25, optional date sort, facets counted over the whole match set
// (facets.cpp), article hits re-ranked by their headings (rerank.cpp), and snippets on the hits (snippet.cpp).
#include <algorithm>
#include <string>
#include <vector>

#include "index/fields.h"
#include "index/index_impl.h"

namespace vanthu::index {

Result<Response> Index::search(const Request& request) const {
  const TermCounts counts{static_cast<double>(m_impl->database().get_doccount()),
                          [&](const std::string& term) { return m_impl->units_with(term); }};
  Result<BuiltQuery> built = build_query(request, counts);
  if (!built.is_ok()) return built.status();
  Response response;
  response.query = request.query;
  try {
    Xapian::Enquire enquire(m_impl->database());
    enquire.set_query(built->query);
    enquire.set_weighting_scheme(Xapian::BM25Weight(kBm25K1, 0, 1, kBm25B, 0.5));
    if (request.sort != Sort::Relevance) {
      enquire.set_sort_by_value_then_relevance(kSlotDate, request.sort == Sort::DateNewest);
    }
    const std::shared_ptr<const FacetTable> table = m_impl->facets();
    FacetSpy facets(*table);
    enquire.add_matchspy(&facets);
    // Article hits ranked by relevance are re-ranked by their headings among the best kRerankDepth, the rest left in
    // Xapian's order: a page that starts among them is cut from that list, a page past them is Xapian's own (the
    // re-ranking only reorders the best kRerankDepth, so pages never repeat or miss a unit).
    const bool rerank =
        request.unit == Unit::Article && request.sort == Sort::Relevance && request.offset < kRerankDepth;
    const std::size_t first = rerank ? 0 : request.offset;
    const std::size_t count = rerank ? std::max(kRerankDepth, request.offset + request.limit) : request.limit;
    // Facets count the whole match set up to this many units, enough for a province's library.
    constexpr Xapian::doccount kCheckAtLeast = 10000;
    const Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(first),
                                               static_cast<Xapian::doccount>(count), kCheckAtLeast);
    response.total = mset.get_matches_estimated();
    std::vector<RankedUnit> hits;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      Xapian::Document document = it.get_document();
      RankedUnit hit{decode_unit(document.get_data()), std::move(document)};
      hit.unit.hit.score = it.get_weight();
      hits.push_back(std::move(hit));
    }
    if (rerank) {
      rerank_by_headings(hits, kRerankDepth, built->highlight);
      hits.erase(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(std::min(hits.size(), request.offset)));
      if (hits.size() > request.limit) hits.resize(request.limit);
    }
    for (RankedUnit& hit : hits) {
      decode_passages(hit.document.get_value(kSlotPassages), hit.unit);
      hit.unit.hit.snippet = make_snippet(hit.unit.text, hit.unit.map, built->highlight);
      response.hits.push_back(std::move(hit.unit.hit));
    }
    facets.results(response.facets);
    response.suggestion = m_impl->suggest(request.query);
  } catch (const Xapian::Error& error) {
    return Status::internal(m_impl->dir.string() + ": search: " + error.get_description());
  }
  return response;
}

}  // namespace vanthu::index
