// SPDX-License-Identifier: Apache-2.0
//
// Facet counts (type, issuer, year) over the whole match set. Xapian's ValueCountMatchSpy reads each matching
// unit's values from disk, three reads per unit and query, which cost a search more than its ranking did. The
// values of a unit never change while a reader is open, so each reader reads every unit's facet values once, as
// small ids in a table indexed by document id, and the spy counts ids.
#include <algorithm>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "index/fields.h"
#include "index/index_impl.h"

namespace vanthu::index {
namespace {

struct FacetSlot {
  Xapian::valueno slot;
  const char* name;  // the key in Response::facets
};
constexpr FacetSlot kFacetSlots[kFacetCount] = {{kSlotType, "type"}, {kSlotIssuer, "issuer"}, {kSlotYear, "year"}};

constexpr std::size_t kTopValues = 20;  // per facet, the most frequent values

}  // namespace

FacetTable FacetTable::read(const Xapian::Database& database) {
  FacetTable table;
  table.units.resize(static_cast<std::size_t>(database.get_lastdocid()) + 1);
  for (std::size_t facet = 0; facet < kFacetCount; ++facet) {
    std::unordered_map<std::string, std::uint16_t> ids;
    std::vector<std::string>& values = table.values[facet];
    values.emplace_back();  // id 0: no value
    const Xapian::valueno slot = kFacetSlots[facet].slot;
    for (auto it = database.valuestream_begin(slot); it != database.valuestream_end(slot); ++it) {
      const auto [at, added] = ids.try_emplace(*it, std::uint16_t{0});
      if (added && values.size() < 0xFFFF) {  // beyond 65,535 distinct values, the rest are left uncounted
        at->second = static_cast<std::uint16_t>(values.size());
        values.push_back(*it);
      }
      if (it.get_docid() < table.units.size()) table.units[it.get_docid()][facet] = at->second;
    }
  }
  return table;
}

std::shared_ptr<const FacetTable> Index::Impl::facets() const {
  std::lock_guard lock(m_statistics_mutex);
  if (!m_facets) m_facets = std::make_shared<const FacetTable>(FacetTable::read(database()));
  return m_facets;
}

FacetSpy::FacetSpy(const FacetTable& table) : m_table(table) {
  for (std::size_t facet = 0; facet < kFacetCount; ++facet) m_counts[facet].assign(table.values[facet].size(), 0);
}

void FacetSpy::operator()(const Xapian::Document& document, double) {
  const Xapian::docid id = document.get_docid();
  if (id >= m_table.units.size()) return;
  const auto& unit = m_table.units[id];
  for (std::size_t facet = 0; facet < kFacetCount; ++facet) ++m_counts[facet][unit[facet]];
}

void FacetSpy::results(std::map<std::string, std::map<std::string, std::size_t>>& facets) const {
  for (std::size_t facet = 0; facet < kFacetCount; ++facet) {
    std::vector<std::uint16_t> ids;
    for (std::size_t id = 1; id < m_counts[facet].size(); ++id)
      if (m_counts[facet][id] > 0) ids.push_back(static_cast<std::uint16_t>(id));
    // The most frequent first, ties by value, as Xapian's own spy orders them.
    const auto& values = m_table.values[facet];
    const auto& counts = m_counts[facet];
    const std::size_t top = std::min(ids.size(), kTopValues);
    std::partial_sort(ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(top), ids.end(),
                      [&](std::uint16_t a, std::uint16_t b) {
                        return counts[a] != counts[b] ? counts[a] > counts[b] : values[a] < values[b];
                      });
    auto& out = facets[kFacetSlots[facet].name];
    for (std::size_t i = 0; i < top; ++i) out[values[ids[i]]] = counts[ids[i]];
  }
}

}  // namespace vanthu::index
