// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/index: the state behind Index, shared by writer.cpp and search.cpp.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <vector>
#include <string>

#include "index/index.h"
#include "index/units.h"

namespace vanthu::index {

// A document turned into Xapian documents, one per unit, ready to write; built without touching the database, so
// a rebuild can prepare the next document on one core while the other writes this one.
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

struct Index::Impl {
  std::filesystem::path dir;
  std::unique_ptr<Xapian::WritableDatabase> writable;
  std::unique_ptr<Xapian::Database> readable;
  bool fresh = false;  // Access::Create: every document arrives once, so add instead of replace
  const Xapian::Database& database() const { return writable ? *writable : *readable; }
  Status write(Prepared prepared);  // Xapian errors become Status

  // suggest.cpp: the query with diacritics restored, for a query typed without any; nullopt when nothing changes.
  // The vocabulary is read from the index once, on first use (a reader sees the index as it was opened).
  std::optional<std::string> suggest(const std::string& query) const;
  const Vocabulary& vocabulary() const;

private:
  mutable std::once_flag m_vocabulary_once;
  mutable Vocabulary m_vocabulary;
};

// The newest version of a published document, read back from the library's canonical XML; nullopt when the document
// is not published (drafts and withdrawn documents stay out of search) or has no version (follow.cpp).
struct Latest {
  model::Document document;
  std::string source;  // the original's file name
};
Result<std::optional<Latest>> latest_published(const store::Library& library, const store::DocumentInfo& document);

// The query a request's text and filters make (query.cpp), with the database's term statistics at hand. InvalidArgument
// for queries that say nothing.
struct BuiltQuery {
  Xapian::Query query;
  std::vector<std::string> highlight;  // folded keys to mark in snippets
};
Result<BuiltQuery> build_query(const Request& request, const Xapian::Database& database);

// The passage of text around the first match of any highlight key, matches wrapped in <mark>, HTML-escaped.
std::string make_snippet(const std::string& text, const std::vector<std::string>& highlight);

}  // namespace vanthu::index
