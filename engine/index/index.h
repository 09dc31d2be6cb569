// SPDX-License-Identifier: Apache-2.0
//
// index: Vietnamese full-text search over the library (ARCHITECTURE.md §5), on Xapian. Every document is indexed
// as one unit and every one of its own articles (Điều) as another, linked to it, so a hit can point at the
// provision. Each syllable is indexed twice at the same position — the exact key (NFC, lower case, canonical tone
// place) and the folded key (no marks, đ→d, i/y merged) — plus folded syllable bigrams. Queries with diacritics use
// both layers with exact matches weighted up; queries without use the folded layer.
//
// Contracts:
// - The index is derived: it can be rebuilt from the canonical XML at any time (the library's reindex).
// - Never throws; Xapian errors become Status values. Bad queries (empty, only punctuation, unbalanced quotes,
//   "type:" with no value) get a clear InvalidArgument.
// - Only published documents are indexed for the public; the caller decides what to add.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/base.h"
#include "model/model.h"
#include "store/store.h"

namespace vanthu::index {

enum class Unit : std::uint8_t { Document, Article };
enum class Sort : std::uint8_t { Relevance, DateNewest, DateOldest };

struct Request {
  std::string query;
  Unit unit = Unit::Document;
  std::vector<std::pair<std::string, std::string>> filters;  // ("type", "Nghị định"), ("year", "2020") …
  Sort sort = Sort::Relevance;
  std::size_t offset = 0;
  std::size_t limit = 10;
};

struct Hit {
  std::string uri;       // FRBR work URI of the document
  std::string eid;       // "art_5" for an article hit; "" for a document
  std::string source;    // original file name
  std::string type, number, title, date;
  double score = 0;
  std::string snippet;   // the matching passage of the accented text, matches in <mark>…</mark>, text escaped
};

struct Response {
  std::string query;
  std::size_t total = 0;  // estimated matches
  std::vector<Hit> hits;
  std::map<std::string, std::map<std::string, std::size_t>> facets;  // "type" → {"Nghị định": 12, …}
  std::optional<std::string> suggestion;                             // the query with diacritics restored
};

class Index {
public:
  // Opens the index in dir (created when writing and missing).
  static Result<std::unique_ptr<Index>> open(const std::filesystem::path& dir, bool write);
  ~Index();
  Index(const Index&) = delete;
  Index& operator=(const Index&) = delete;

  // Adds or replaces a document and its article units; source is the original's file name.
  Status add(const model::Document& document, const std::string& source);
  Status commit();

  Result<Response> search(const Request& request) const;

private:
  struct Impl;
  explicit Index(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

// Rebuilds <library>/index from the published documents' latest XML (drafts stay out), beside the old index, then
// swaps them. Returns the number of documents indexed.
Result<std::size_t> rebuild(const store::Library& library);

}  // namespace vanthu::index
