// SPDX-License-Identifier: Apache-2.0
//
// index: Vietnamese full-text search over the library (ARCHITECTURE.md §5), on Xapian. Every document is indexed
// as one unit and every one of its own articles (Điều) as another, linked to it, so a hit can point at the
// provision. Each syllable is indexed twice — the folded key (no marks, đ→d, i/y merged) with its position, for
// phrases, and the exact key (NFC, lower case, canonical tone place) — plus folded syllable bigrams. Queries with
// diacritics use both layers with exact matches weighted up; queries without use the folded layer.
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

// The answer as one JSON object (ARCHITECTURE.md §7), the same for `vanthu search --json` and /api/search.
std::string to_json(const Response& response);

// How an index is opened. Create is for building a new index (reindex): the directory is emptied first and every
// document is added once, which skips the look-ups that replacing needs.
enum class Access : std::uint8_t { Read, Write, Create };

class Index {
public:
  // What the index stores and how (terms, values, document data). An index of an older format is rebuilt by
  // recover(); one written before formats were numbered is format 1. 2 and 3: text maps for snippets (3 drops a
  // count nothing read).
  static constexpr int kFormat = 3;

  // Opens the index in dir (created when writing and missing).
  static Result<std::unique_ptr<Index>> open(const std::filesystem::path& dir, Access access);
  ~Index();
  Index(const Index&) = delete;
  Index& operator=(const Index&) = delete;

  // Adds or replaces a document and its article units; source is the original's file name.
  Status add(const model::Document& document, const std::string& source);
  // Takes every unit of a document out (unpublished, withdrawn).
  Status remove(const std::string& work_uri);
  // Makes what was added durable, recording that the index now reflects the library up to library_change
  // (store::Library::last_change); the two are committed together.
  Status commit(std::int64_t library_change);

  // The library change this index last committed (0 for a new index).
  Result<std::int64_t> synced_change() const;
  // The format of the units already in the index: kFormat for a new one. Adding to an index of an older format
  // does not change its format, so recover() still knows to rebuild it.
  int format() const;
  // The work URIs of every document in the index.
  Result<std::vector<std::string>> works() const;

  Result<Response> search(const Request& request) const;

private:
  struct Impl;
  explicit Index(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

// Rebuilds <library>/index from the published documents' latest XML (drafts stay out), beside the old index, then
// swaps them. Returns the number of documents indexed.
Result<std::size_t> rebuild(const store::Library& library);

// Brings the index up to the library: every document changed after the index's synced change is indexed again
// (published) or taken out (anything else), then committed. A run killed after storing documents but before its
// index commit leaves exactly this gap. Returns the number of documents brought up to date.
Result<std::size_t> catch_up(const store::Library& library, Index& index);

// Opens the library and its index for writing and catches up, when the index is behind and no other process is
// writing (a writer catches up itself); rebuilds the index when it is of an older format. Readers call it first,
// as a database replays its journal on open.
Result<std::size_t> recover(const std::filesystem::path& library_dir);

// Where the index and the library disagree: changes not taken in, published documents missing, documents indexed
// that are not published. One line each; empty when they agree.
Result<std::vector<std::string>> disagreements(const store::Library& library, const Index& index);

}  // namespace vanthu::index
