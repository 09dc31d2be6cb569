// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/index: the state behind Index, shared by writer.cpp and search.cpp.
#pragma once

#include <xapian.h>

#include <array>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <vector>
#include <string>
#include <string_view>

#include "index/index.h"
#include "index/units.h"

namespace vanthu::index {

// A document turned into Xapian documents, one per unit, ready to write; built without touching the database.
struct PreparedUnit {
  std::string id_term;  // Q<uri> or Q<uri>#<eid>
  Xapian::Document document;
};
struct Prepared {
  std::string work_term;  // XW<uri>: every unit of the document, deleted together when a new version comes
  std::vector<PreparedUnit> units;
};
Prepared prepare(const model::Document& document, const std::string& source);

// The index's own spellings: folded key → its most written exact keys, with how often each is written.
struct Variant {
  std::string exact;
  Xapian::termcount count = 0;
};
using Vocabulary = std::unordered_map<std::string, std::vector<Variant>>;

// Facets (facets.cpp): every unit's type, issuer and year as small ids, read once per reader from the value slots,
// and a match spy that counts them over the whole match set.
inline constexpr std::size_t kFacetCount = 3;  // type, issuer, year
struct FacetTable {
  std::array<std::vector<std::string>, kFacetCount> values;          // id → value; id 0 is "no value"
  std::vector<std::array<std::uint16_t, kFacetCount>> units;         // document id → ids
  static FacetTable read(const Xapian::Database& database);
};
class FacetSpy : public Xapian::MatchSpy {
public:
  explicit FacetSpy(const FacetTable& table);
  void operator()(const Xapian::Document& document, double weight) override;
  // The 20 most frequent values of each facet with their counts, into facets["type"|"issuer"|"year"].
  void results(std::map<std::string, std::map<std::string, std::size_t>>& facets) const;

private:
  const FacetTable& m_table;
  std::array<std::vector<std::size_t>, kFacetCount> m_counts;
};

struct Index::Impl {
  std::filesystem::path dir;
  std::unique_ptr<Xapian::WritableDatabase> writable;
  std::unique_ptr<Xapian::Database> readable;
  bool fresh = false;  // Access::Create: every document arrives once, so add instead of replace
  int format = Index::kFormat;
  std::size_t unflushed = 0;  // units written since Xapian last flushed them to disk
  const Xapian::Database& database() const { return writable ? *writable : *readable; }
  Status write(Prepared prepared);  // Xapian errors become Status

  // suggest.cpp: the query with diacritics restored, for a query typed without any; nullopt when nothing changes.
  // The vocabulary is read from the index once, on first use (a reader sees the index as it was opened).
  std::optional<std::string> suggest(const std::string& query) const;
  const Vocabulary& vocabulary() const;
  // The facet table of the index as this reader sees it, read on first use.
  std::shared_ptr<const FacetTable> facets() const;
  // In how many units a term is found, looked up once per reader: a question asks about forty terms, and they recur
  // from question to question. query.cpp leaves the most frequent out of the ranking (fields.h, kFrequentShare).
  double units_with(const std::string& term) const;
  // What a reader remembers of the index (facets, term counts); a writer forgets it on every change.
  void forget_statistics();

private:
  mutable std::once_flag m_vocabulary_once;
  mutable Vocabulary m_vocabulary;
  mutable std::mutex m_statistics_mutex;
  mutable std::shared_ptr<const FacetTable> m_facets;
  mutable std::unordered_map<std::string, double> m_units_with;
};

// The newest version of a published document, read back from the library's canonical XML; nullopt when the document
// is not published (drafts and withdrawn documents stay out of search) or has no version (follow.cpp).
struct Latest {
  model::Document document;
  std::string source;  // the original's file name
};
Result<std::optional<Latest>> latest_published(const store::Library& library, const store::DocumentInfo& document);
// The same in two steps: what is read from the library (which one thread at a time may use), then the parse (which
// threads can do side by side).
struct PublishedXml {
  std::string xml;
  std::string source;
};
Result<std::optional<PublishedXml>> published_xml(const store::Library& library, const store::DocumentInfo& document);
Result<Latest> parse_published(const store::DocumentInfo& document, PublishedXml published);

// The query a request's text and filters make (query.cpp), with the index's term statistics at hand. InvalidArgument
// for queries that say nothing.
// A query word as snippets mark it: by its exact key when it was typed with marks (so "cơ" does not mark "có"),
// by its folded key when typed without.
struct QueryWord {
  std::string exact;   // the exact key, or "" for a word typed without marks
  std::string folded;  // the folded key; a compound's ("30/2020/nd-cp") marks that compound, never its parts
  friend auto operator<=>(const QueryWord&, const QueryWord&) = default;
};
struct BuiltQuery {
  Xapian::Query query;
  std::vector<QueryWord> highlight;  // distinct, sorted
};
// The index's statistics as the query builder sees them: how many units it has, and how many contain a term.
struct TermCounts {
  double units = 0;
  std::function<double(const std::string& term)> units_with;  // Index::Impl::units_with
};
Result<BuiltQuery> build_query(const Request& request, const TermCounts& counts);

// A hit on its way out of a search: its unit as decoded, and its Xapian document for what is read only for the hits
// shown (the passages, for snippets).
struct RankedUnit {
  SearchUnit unit;
  Xapian::Document document;
};
// Re-ranking (rerank.cpp): among the first depth hits (in score order), articles whose headings the query covers
// move up, by kHeadingBoost and kHeadingPower (fields.h), their scores adjusted; the hits after them stay as they are.
void rerank_by_headings(std::vector<RankedUnit>& hits, std::size_t depth, const std::vector<QueryWord>& words);

// Snippets (snippet.cpp): the passage of a unit's stored text that shows the most different query words, at most
// 30 tokens, matches wrapped in <mark>, HTML-escaped, "… " before and " …" after when text is left out.
std::string make_snippet(std::string_view text, const TextMap& map, const std::vector<QueryWord>& words);

}  // namespace vanthu::index
