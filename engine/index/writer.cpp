// SPDX-License-Identifier: Apache-2.0
//
// Opening the index and writing units: both syllable layers at the same positions, bigrams, the document's name
// on every unit, and the boolean terms and values that filters, facets and sorting use (fields.h).
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

void index_body(Xapian::Document& doc, const std::string& text) {
  std::string previous;
  text::tokenize(text, [&](const text::Token& token) {
    if (token.folded.empty()) return;
    const Xapian::termpos position = token.position + 1;
    doc.add_posting(prefixed(kFolded, token.folded), position, kBodyWeight);
    if (token.exact != token.folded) doc.add_posting(prefixed(kExact, token.exact), position, kBodyWeight);
    else doc.add_posting(prefixed(kExact, token.exact), position, 0);
    if (token.kind == text::TokenKind::Compound) return;  // its parts follow and make the pairs
    if (!previous.empty()) doc.add_term(prefixed(kBigram, previous + "_" + token.folded), kBigramWeight);
    previous = token.folded;
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

Xapian::Document make_document(const SearchUnit& unit) {
  Xapian::Document doc;
  index_body(doc, unit.text);
  index_title(doc, unit.name);
  const std::string id = unit.hit.eid.empty() ? unit.hit.uri : unit.hit.uri + "#" + unit.hit.eid;
  doc.add_boolean_term(prefixed(kId, id));
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
  return doc;
}

}  // namespace

Index::Index(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Index::~Index() {
  if (m_impl && m_impl->writable) {
    try {
      m_impl->writable->close();
    } catch (const Xapian::Error&) {
    }
  }
}

Result<std::unique_ptr<Index>> Index::open(const std::filesystem::path& dir, bool write) {
  auto impl = std::make_unique<Impl>();
  impl->dir = dir;
  try {
    if (write) {
      impl->writable = std::make_unique<Xapian::WritableDatabase>(dir.string(), Xapian::DB_CREATE_OR_OPEN);
    } else {
      impl->readable = std::make_unique<Xapian::Database>(dir.string());
    }
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
  if (!m_impl->writable) return Status::internal("index opened read-only");
  try {
    const std::vector<SearchUnit> units = units_of(document, source);
    // A new version replaces every unit of the document: articles may have gone.
    if (!units.empty()) m_impl->writable->delete_document(prefixed(kWork, units.front().hit.uri));
    for (const SearchUnit& unit : units) {
      const std::string id = unit.hit.eid.empty() ? unit.hit.uri : unit.hit.uri + "#" + unit.hit.eid;
      m_impl->writable->replace_document(prefixed(kId, id), make_document(unit));
    }
  } catch (const Xapian::Error& error) {
    return Status::io_error(m_impl->dir.string() + ": index: " + error.get_description());
  }
  return Status::ok();
}

Status Index::commit() {
  if (!m_impl->writable) return Status::ok();
  try {
    m_impl->writable->commit();
  } catch (const Xapian::Error& error) {
    return Status::io_error(m_impl->dir.string() + ": index commit: " + error.get_description());
  }
  return Status::ok();
}

}  // namespace vanthu::index
