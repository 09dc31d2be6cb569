// SPDX-License-Identifier: Apache-2.0
//
// Opening the index and writing units: the folded syllable layer with positions and the exact one without, bigrams,
// the document's name on every unit, the stored text for snippets, and the boolean terms and values that filters,
// facets and sorting use (fields.h).
#include <cstdlib>
#include <string>

#include "index/fields.h"
#include "index/index_impl.h"
#include "text/text.h"

namespace vanthu::index {
namespace {

std::string prefixed(std::string_view prefix, std::string_view term) {
  std::string out(prefix);
  out += term;
  // Xapian terms are at most 245 bytes; longer "words" (URLs, garbage) are not worth finding.
  if (out.size() > 240) out.resize(240);
  return out;
}

// Also maps where the stored part of the text has its tokens, for snippets. The stored part of a whole document
// also gets exact bigrams for "did you mean" (an article would count them again). A sample: over whole documents
// they cost a fifth of a rebuild (3.3 of 17.5 s on the bench library) for 1.7 points more phrases restored (71.8%
// against 70.1%, scripts/bench suggest). And no weight: counted in a unit's length they would shift BM25's length
// normalisation, and ALQAC's MRR@10 fell from 0.888 to 0.881 when they did.
void index_body(Xapian::Document& doc, const std::string& text, TextMap& map, bool whole_document) {
  std::string previous, previous_exact;
  const std::size_t stored_size = stored_text(text).size();
  text::tokenize(text, [&](const text::Token& token) {
    map.note(token, stored_size);
    if (token.folded.empty()) return;
    const Xapian::termpos position = token.position + 1;
    doc.add_posting(prefixed(kFolded, token.folded), position, kBodyWeight);
    // A syllable written without marks has one key in both layers; the folded term stands for it. Phrases are
    // matched on the folded layer and snippets on the stored text, so the exact layer needs no positions.
    if (token.exact != token.folded) doc.add_term(prefixed(kExact, token.exact), kBodyWeight);
    if (token.kind == text::TokenKind::Compound) return;  // its parts follow and make the pairs
    if (!previous.empty()) doc.add_term(prefixed(kBigram, previous + "_" + token.folded), kBigramWeight);
    if (whole_document && !previous_exact.empty() && token.end <= stored_size)
      doc.add_term(prefixed(kExactBigram, previous_exact + "_" + token.exact), 0);
    previous = token.folded;
    previous_exact = token.exact;
  });
}

void index_title(Xapian::Document& doc, const std::string& title) {
  std::string previous;
  text::tokenize(title, [&](const text::Token& token) {
    if (token.folded.empty()) return;
    doc.add_term(prefixed(kTitle, token.folded), kTitleWeight);
    doc.add_term(prefixed(kTitleExact, token.exact), kTitleWeight);
    if (token.kind == text::TokenKind::Compound) return;
    if (!previous.empty()) doc.add_term(prefixed(kBigram, "S" + previous + "_" + token.folded), kBigramWeight);
    previous = token.folded;
  });
}

std::string unit_id(const SearchUnit& unit) {
  return prefixed(kId, unit.hit.eid.empty() ? unit.hit.uri : unit.hit.uri + "#" + unit.hit.eid);
}

Xapian::Document make_document(SearchUnit& unit, const std::string& id_term) {
  Xapian::Document doc;
  index_body(doc, unit.text, unit.map, unit.hit.eid.empty());
  index_title(doc, unit.name);
  doc.add_boolean_term(id_term);
  doc.add_boolean_term(prefixed(kWork, unit.hit.uri));
  doc.add_boolean_term(prefixed(kUnit, unit.hit.eid.empty() ? "doc" : "art"));
  if (!unit.hit.type.empty()) doc.add_boolean_term(prefixed(kType, text::slugify(unit.hit.type)));
  if (!unit.hit.number.empty()) {
    doc.add_boolean_term(prefixed(kNumber, text::slugify(unit.hit.number)));
    doc.add_term(prefixed(kNumberRank, text::slugify(unit.hit.number)), kNumberWeight);
  }
  text::tokenize(unit.issuer, [&](const text::Token& token) {
    if (!token.folded.empty()) doc.add_boolean_term(prefixed(kIssuer, token.folded));
  });
  if (unit.hit.date.size() >= 4) {
    doc.add_boolean_term(prefixed(kYear, unit.hit.date.substr(0, 4)));
    doc.add_value(kSlotYear, unit.hit.date.substr(0, 4));
    doc.add_value(kSlotDate, unit.hit.date);
  }
  if (!unit.hit.type.empty()) doc.add_value(kSlotType, unit.hit.type);
  if (!unit.issuer.empty()) doc.add_value(kSlotIssuer, unit.issuer);
  doc.set_data(encode_unit(unit));
  doc.add_value(kSlotPassages, encode_passages(unit));
  return doc;
}

}  // namespace

Prepared prepare(const model::Document& document, const std::string& source) {
  Prepared prepared;
  std::vector<SearchUnit> units = units_of(document, source);
  if (units.empty()) return prepared;
  prepared.work_term = prefixed(kWork, units.front().hit.uri);
  prepared.units.reserve(units.size());
  for (SearchUnit& unit : units) {
    std::string id_term = unit_id(unit);
    Xapian::Document xapian_document = make_document(unit, id_term);
    prepared.units.push_back(PreparedUnit{std::move(id_term), std::move(xapian_document)});
  }
  return prepared;
}

// Xapian holds added postings in memory until it flushes (by default every 10,000 documents). Our units are
// whole documents and their articles, far bigger than that default assumes: its in-memory maps grew to 480 MB on
// the 553-document bench library and slowed every insert. Flushing every 1,000 units took a rebuild from 25 s to
// 17 s and 150 MB. A flush is not a commit of ours: the library change the index reflects is only recorded by
// commit(), so a crash between flushes still leaves a gap that catch_up() closes.
constexpr std::size_t kFlushUnits = 1000;

Status Index::Impl::write(Prepared prepared) {
  if (!writable) return Status::internal("index opened read-only");
  forget_statistics();
  try {
    unflushed += prepared.units.size();
    if (unflushed >= kFlushUnits) {
      writable->commit();
      unflushed = 0;
    }
    if (fresh) {
      for (PreparedUnit& unit : prepared.units) writable->add_document(unit.document);
    } else {
      // A new version replaces every unit of the document: articles may have gone.
      if (!prepared.work_term.empty()) writable->delete_document(prepared.work_term);
      for (PreparedUnit& unit : prepared.units) writable->replace_document(unit.id_term, unit.document);
    }
  } catch (const Xapian::Error& error) {
    return Status::io_error(dir.string() + ": index: " + error.get_description());
  }
  return Status::ok();
}

double Index::Impl::units_with(const std::string& term) const {
  std::lock_guard lock(m_statistics_mutex);
  if (m_units_with.size() > 100000) m_units_with.clear();  // queries of garbage words must not grow it without end
  const auto [at, added] = m_units_with.try_emplace(term, 0.0);
  if (added) at->second = static_cast<double>(database().get_termfreq(term));
  return at->second;
}

void Index::Impl::forget_statistics() {
  std::lock_guard lock(m_statistics_mutex);
  m_facets.reset();
  m_units_with.clear();
}

Index::Index(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Index::~Index() {
  if (m_impl && m_impl->writable) {
    try {
      m_impl->writable->close();
    } catch (const Xapian::Error&) {
    }
  }
}

Result<std::unique_ptr<Index>> Index::open(const std::filesystem::path& dir, Access access) {
  auto impl = std::make_unique<Impl>();
  impl->dir = dir;
  impl->fresh = access == Access::Create;
  try {
    switch (access) {
      case Access::Read: impl->readable = std::make_unique<Xapian::Database>(dir.string()); break;
      case Access::Write:
        impl->writable = std::make_unique<Xapian::WritableDatabase>(dir.string(), Xapian::DB_CREATE_OR_OPEN);
        break;
      case Access::Create:
        impl->writable = std::make_unique<Xapian::WritableDatabase>(dir.string(), Xapian::DB_CREATE_OR_OVERWRITE);
        break;
    }
    // An index with units in it keeps the format they were written in; a new or empty one takes this build's.
    const Xapian::Database& database = impl->database();
    const std::string format = database.get_metadata(std::string(kFormatKey));
    if (database.get_doccount() > 0) impl->format = format.empty() ? 1 : std::atoi(format.c_str());
    // A new index says its format with its first flush, before commit() records anything else.
    else if (impl->writable) impl->writable->set_metadata(std::string(kFormatKey), std::to_string(impl->format));
  } catch (const Xapian::DatabaseLockError&) {
    return Status::already_exists(dir.string() + ": the index is being written by another process");
  } catch (const Xapian::DatabaseOpeningError& error) {
    return Status::not_found(dir.string() + ": no search index here (" + error.get_msg() + "); run vanthu reindex");
  } catch (const Xapian::Error& error) {
    return Status::io_error(dir.string() + ": index: " + error.get_description());
  }
  return std::unique_ptr<Index>(new Index(std::move(impl)));
}

Status Index::add(const model::Document& document, const std::string& source) {
  try {
    return m_impl->write(prepare(document, source));
  } catch (const Xapian::Error& error) {
    return Status::io_error(m_impl->dir.string() + ": index: " + error.get_description());
  }
}

Status Index::remove(const std::string& work_uri) {
  if (!m_impl->writable) return Status::internal("index opened read-only");
  m_impl->forget_statistics();
  try {
    m_impl->writable->delete_document(prefixed(kWork, work_uri));
  } catch (const Xapian::Error& error) {
    return Status::io_error(m_impl->dir.string() + ": index: " + error.get_description());
  }
  return Status::ok();
}

Status Index::commit(std::int64_t library_change) {
  if (!m_impl->writable) return Status::internal("index opened read-only");
  try {
    m_impl->writable->set_metadata(std::string(kSyncedChangeKey), std::to_string(library_change));
    m_impl->writable->set_metadata(std::string(kFormatKey), std::to_string(m_impl->format));
    m_impl->writable->commit();
  } catch (const Xapian::Error& error) {
    return Status::io_error(m_impl->dir.string() + ": index commit: " + error.get_description());
  }
  return Status::ok();
}

}  // namespace vanthu::index

namespace vanthu::index {

Result<std::int64_t> Index::synced_change() const {
  try {
    const std::string value = m_impl->database().get_metadata(std::string(kSyncedChangeKey));
    return value.empty() ? std::int64_t{0} : std::stoll(value);
  } catch (const Xapian::Error& error) {
    return Status::io_error(m_impl->dir.string() + ": index: " + error.get_description());
  } catch (const std::exception&) {
    return Status::io_error(m_impl->dir.string() + ": index: the recorded library change is not a number");
  }
}

int Index::format() const { return m_impl->format; }

Result<std::vector<std::string>> Index::works() const {
  std::vector<std::string> uris;
  try {
    const Xapian::Database& database = m_impl->database();
    const std::string prefix(kWork);
    for (auto it = database.allterms_begin(prefix); it != database.allterms_end(prefix); ++it)
      uris.push_back((*it).substr(prefix.size()));
  } catch (const Xapian::Error& error) {
    return Status::io_error(m_impl->dir.string() + ": index: " + error.get_description());
  }
  return uris;
}

}  // namespace vanthu::index
