// SPDX-License-Identifier: Apache-2.0
//
// Running a request: the query (query.cpp), BM25, optional date sort, facets counted over the whole match set
// (facets.cpp), and snippets on the hits (snippet.cpp).
#include <string>
#include <vector>

#include "index/fields.h"
#include "index/index_impl.h"

namespace vanthu::index {

Result<Response> Index::search(const Request& request) const {
  Result<BuiltQuery> built = build_query(request, [&](const std::string& term) { return m_impl->frequent(term); });
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
    // Facets count the whole match set up to this many units, enough for a province's library.
    constexpr Xapian::doccount kCheckAtLeast = 10000;
    const Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                               static_cast<Xapian::doccount>(request.limit), kCheckAtLeast);
    response.total = mset.get_matches_estimated();
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      const Xapian::Document document = it.get_document();
      SearchUnit unit = decode_unit(document.get_data());
      decode_passages(document.get_value(kSlotPassages), unit);
      unit.hit.score = it.get_weight();
      unit.hit.snippet = make_snippet(unit.text, unit.map, built->highlight);
      response.hits.push_back(std::move(unit.hit));
    }
    facets.results(response.facets);
    response.suggestion = m_impl->suggest(request.query);
  } catch (const Xapian::Error& error) {
    return Status::internal(m_impl->dir.string() + ": search: " + error.get_description());
  }
  return response;
}

}  // namespace vanthu::index
