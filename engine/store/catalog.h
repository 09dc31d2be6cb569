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

// The facts of a document the catalog keeps beside its XML (for listings without reading every file).
struct Facts {
  std::string type, number, issuer, date, title;
};

struct StateChange {
  std::int64_t document_id = 0;
  Publication state = Publication::Draft;
  int version = 0;      // the version the public sees from now on (Published only)
  Facts facts;          // that version's facts (Published only)
  std::string action;   // the audit row's action: "publish", "unpublish"
  std::string detail;   // the audit row's detail: the reason, the version
  std::string who, at;
};

// A draft version whose XML was rewritten (metadata corrected): its new revision file and the document's new facts
// and address.
struct Revision {
  std::int64_t document_id = 0;
  std::int64_t version_id = 0;
  int revision = 0;
  std::string xml_sha256;
  std::string work_key, work_uri;
  Facts facts;
  bool describes_document = true;  // false: the document is published and keeps its published version's facts
  std::string detail;  // what changed, for the audit log
  std::string who, at;
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
  // The work key of the document with this id ("" when there is none).
  Result<std::string> work_key(std::int64_t id) const;
  // The source names of a document's versions (to tell a new version from a different work with the same URI).
  Result<std::vector<std::string>> source_names(std::int64_t document_id) const;

  // Inserts the document when new (or updates its facts), the version and the audit row, in one transaction.
  Result<AddResult> add(const NewVersion& version);

  Result<std::vector<DocumentInfo>> documents() const;
  Result<std::vector<VersionInfo>> versions(std::int64_t document_id) const;
  // Published documents with the version the public sees, newest version first (then newest document date).
  Result<std::vector<std::pair<DocumentInfo, VersionInfo>>> published() const;

  // Publication state changes and metadata revisions, each with its audit row in one transaction.
  Status set_publication(const StateChange& change);
  Status revise(const Revision& revision);

  // Clerk accounts: the stored password hash of a name, none when there is no such account.
  Status add_user(const std::string& name, const std::string& password_hash, const std::string& who,
                  const std::string& at);
  Result<std::optional<std::string>> password_hash(const std::string& name) const;

  // The newest audit rows first; document_id 0 means every document.
  Result<std::vector<AuditEntry>> audit(std::int64_t document_id, std::size_t limit) const;

  // The newest audit row's id (0 for an empty catalog), and the documents named by audit rows after a given one.
  Result<std::int64_t> last_change() const;
  Result<std::vector<DocumentInfo>> changed_since(std::int64_t change) const;

private:
  struct Impl;
  explicit Catalog(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace vanthu::store
