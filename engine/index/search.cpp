// SPDX-License-Identifier: Apache-2.0
//
// Running a request: the query (query.cpp), BM25, optional date sort, facets counted by Xapian match spies over the
// whole match set, and snippets on the hits.
#include <string>

#include "index/fields.h"
#include "index/index_impl.h"

namespace vanthu::index {

Result<Response> Index::search(const Request& request) const {
  Result<BuiltQuery> built = build_query(request, m_impl->database());
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
    Xapian::ValueCountMatchSpy types(kSlotType), issuers(kSlotIssuer), years(kSlotYear);
    enquire.add_matchspy(&types);
    enquire.add_matchspy(&issuers);
    enquire.add_matchspy(&years);
    // Facets count the whole match set up to this many units, enough for a province's library.
    constexpr Xapian::doccount kCheckAtLeast = 10000;
    const Xapian::MSet mset = enquire.get_mset(static_cast<Xapian::doccount>(request.offset),
                                               static_cast<Xapian::doccount>(request.limit), kCheckAtLeast);
    response.total = mset.get_matches_estimated();
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      SearchUnit unit = decode_unit(it.get_document().get_data());
      unit.hit.score = it.get_weight();
      unit.hit.snippet = make_snippet(unit.text, built->highlight);
      response.hits.push_back(std::move(unit.hit));
    }
    const auto facet = [&](Xapian::ValueCountMatchSpy& spy, const char* name) {
      auto& counts = response.facets[name];
      for (auto it = spy.top_values_begin(20); it != spy.top_values_end(20); ++it)
        counts[*it] = static_cast<std::size_t>(it.get_termfreq());
    };
    facet(types, "type");
    facet(issuers, "issuer");
    facet(years, "year");
    response.suggestion = m_impl->suggest(request.query);
  } catch (const Xapian::Error& error) {
    return Status::internal(m_impl->dir.string() + ": search: " + error.get_description());
  }
  return response;
}

}  // namespace vanthu::index
