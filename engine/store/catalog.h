// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/store: the SQLite catalog (Poco::Data). Every Poco exception is caught here and becomes a
// Status; nothing of Poco leaves this file pair.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/base.h"
#include "store/store.h"

namespace vanthu::store {

struct NewVersion {
  std::string work_key;   // the catalog's identity of the work (its URI, made unique when needed)
  std::string work_uri;
  std::string type, number, issuer, date, title;
  Publication state = Publication::Draft;
  std::string original_sha256;
  std::string source_name;
  std::string format;
  std::string xml_sha256;
  std::string who;
  std::string at;         // UTC ISO 8601
};

class Catalog {
public:
  static Result<std::unique_ptr<Catalog>> open(const std::filesystem::path& file, bool create);
  ~Catalog();

  // The version made from these original bytes, if any.
  Result<std::optional<VersionInfo>> version_by_original(const std::string& sha256) const;
  // The document with this id, if any.
  Result<std::optional<DocumentInfo>> document_by_id(std::int64_t id) const;
  // The document with this work key, if any.
  Result<std::optional<DocumentInfo>> document_by_key(const std::string& work_key) const;
  Result<std::optional<DocumentInfo>> document_by_uri(const std::string& work_uri) const;
  // The source names of a document's versions (to tell a new version from a different work with the same URI).
  Result<std::vector<std::string>> source_names(std::int64_t document_id) const;

  // Inserts the document when new (or updates its facts), the version and the audit row, in one transaction.
  Result<AddResult> add(const NewVersion& version);

  Result<std::vector<DocumentInfo>> documents() const;
  Result<std::vector<VersionInfo>> versions(std::int64_t document_id) const;
  // Published documents with their newest version, newest version first (then newest document date).
  Result<std::vector<std::pair<DocumentInfo, VersionInfo>>> published() const;

  // The newest audit row's id (0 for an empty catalog), and the documents named by audit rows after a given one.
  Result<std::int64_t> last_change() const;
  Result<std::vector<DocumentInfo>> changed_since(std::int64_t change) const;

private:
  struct Impl;
  explicit Catalog(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace vanthu::store
