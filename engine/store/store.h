// SPDX-License-Identifier: Apache-2.0
//
// store: the library on disk (ARCHITECTURE.md §4). One directory holds the originals byte for byte (content-addressed
// by SHA-256), the canonical XML of every version, and a SQLite catalog of documents, versions, publication state and
// an append-only audit log. The search index (engine/index) is derived from the XML and lives beside them.
//
//   <library>/originals/ab/abcdef…      the source file, named by its SHA-256
//   <library>/xml/ab/abcdef….xml        the canonical Akoma Ntoso of the version made from that original
//   <library>/catalog.sqlite            documents, versions, audit
//   <library>/writer.lock               held while a process writes
//
// Contracts:
// - Crash safety: files are written atomically (temp, fsync, rename) before the catalog row that names them is
//   committed in one SQLite transaction; a crash leaves at worst an unreferenced file, never a row without its file.
// - Re-adding the same bytes changes nothing. New bytes for a known work become its next version.
// - One writer at a time: opening for writing while another process writes fails with a clear message.
// - Never throws; SQLite and file-system failures are Status values naming the library.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"
#include "model/model.h"

namespace vanthu::store {

enum class Publication : std::uint8_t { Draft, Published, Unpublished };
std::string_view publication_name(Publication state);  // "draft", "published", "unpublished"

enum class OpenMode : std::uint8_t { ReadOnly, Write };

struct DocumentInfo {
  std::int64_t id = 0;
  std::string work_uri;   // the FRBR work URI, the document's permanent address
  std::string type, number, issuer, date, title;
  Publication state = Publication::Draft;
  int versions = 0;
  int published_version = 0;  // the version number the public sees; 0 when it sees none
};

struct VersionInfo {
  std::int64_t id = 0;
  std::int64_t document_id = 0;
  int number = 0;                // 1, 2, … within its document
  std::string original_sha256;
  std::string source_name;       // the file name it came from
  std::string format;            // "txt", "docx", …
  std::string xml_sha256;
  std::string created_at;        // UTC, ISO 8601
  int revision = 0;              // how many times a clerk corrected this version's metadata before publishing it
};

// One row of the append-only audit log.
struct AuditEntry {
  std::int64_t id = 0;
  std::string at;       // UTC, ISO 8601
  std::string who;      // "vanthu ingest", a clerk's name
  std::string action;   // "add", "new version", "edit metadata", "publish", "unpublish", "user add"
  std::int64_t document_id = 0;  // 0 for actions on no document
  std::string work_uri, title;   // the document's, as it is now
  std::string detail;
};

// A document the public sees, with the version it sees (its published version).
struct Published {
  DocumentInfo info;
  VersionInfo version;
};

enum class AddOutcome : std::uint8_t { Added, NewVersion, Unchanged };
std::string_view add_outcome_name(AddOutcome outcome);  // "added", "new version", "unchanged"

struct AddResult {
  AddOutcome outcome = AddOutcome::Added;
  DocumentInfo document;
  int version = 0;
  // The suffix the work's URI was given because another work already had that URI (model::Metadata::work_suffix);
  // whoever indexes or renders the document it added sets it on their copy, so every address agrees.
  std::string work_suffix;
};

// What the library was given: the original's name (a path or upload name), its bytes, and their SHA-256 when the
// caller already has it (ingest computes it while reading); empty means the library computes it.
struct Original {
  std::string_view name;
  std::string_view bytes;
  std::string_view sha256 = {};
  // A clerk's "new version of this document": the id of the document it must become a version of (its address
  // must be that document's, or add() refuses it with InvalidArgument); 0 finds the work by its address.
  std::int64_t version_of = 0;
};

class Library {
public:
  // Opens the library in dir. Write creates it when missing and takes the writer lock.
  static Result<std::unique_ptr<Library>> open(const std::filesystem::path& dir, OpenMode mode);
  ~Library();
  Library(const Library&) = delete;
  Library& operator=(const Library&) = delete;

  const std::filesystem::path& dir() const;

  // Stores original and the document made from it (its canonical XML is written here, validated first). who is
  // recorded in the audit log ("vanthu ingest", a clerk's name).
  Result<AddResult> add(const Original& original, const model::Document& document, Publication state,
                        std::string_view who);

  Result<std::vector<DocumentInfo>> documents() const;
  // The document at a public address (its FRBR work URI), in any publication state; none when there is none.
  Result<std::optional<DocumentInfo>> document(const std::string& work_uri) const;
  Result<std::vector<VersionInfo>> versions(std::int64_t document_id) const;

  // Every change to the catalog (a version added, a publication state changed) appends an audit row; its id orders
  // the changes. Whatever follows the library (the search index) records the last change it has taken in, and
  // asks for the documents changed after it to catch up.
  Result<std::int64_t> last_change() const;
  Result<std::vector<DocumentInfo>> changed_since(std::int64_t change) const;

  // Clerks' actions. Each writes its audit row in the same transaction as the change.
  // Publishes a version (0: the newest) of a document: the public sees that version from now on. Re-publishing the
  // version already public is refused (FailedPrecondition), as is a version that does not exist (NotFound).
  Status publish(std::int64_t document_id, int version, std::string_view who);
  // Takes a published document out of public view; the reason is required and goes into the audit log.
  Status unpublish(std::int64_t document_id, std::string_view reason, std::string_view who);
  // Replaces the metadata of a document's newest version while the public does not see that version (a draft, or a
  // new version of a published document): its XML is rewritten as a new file, and the document's facts and address
  // follow. The corrected address must not be another document's (AlreadyExists), and a published document's
  // address never moves (FailedPrecondition). Returns the document as it is now.
  Result<DocumentInfo> correct(std::int64_t document_id, const model::Metadata& corrected, std::string_view who);

  // Clerk accounts. Passwords are kept as salted PBKDF2-HMAC-SHA256 hashes (600,000 iterations); the name must be
  // 1–64 letters, digits, '.', '-' or '_'; the password at least 8 characters.
  Status add_user(std::string_view name, std::string_view password, std::string_view who);
  // True when the account exists and the password is its password; takes about as long either way.
  Result<bool> verify_user(std::string_view name, std::string_view password) const;

  // The audit log, newest first: of one document, or of everything (document_id 0).
  Result<std::vector<AuditEntry>> audit(std::int64_t document_id = 0, std::size_t limit = 200) const;
  Result<std::optional<DocumentInfo>> document_by_id(std::int64_t id) const;

  // The version the public sees: the published version of a published document; none for drafts and unpublished
  // ones.
  Result<std::optional<VersionInfo>> published_version(const DocumentInfo& document) const;
  // Every published document with that version, newest publication first (then newest document date).
  Result<std::vector<Published>> published() const;

  // The canonical XML and the original bytes of a version.
  Result<std::string> xml(const VersionInfo& version) const;
  Result<std::string> original(const VersionInfo& version) const;

  // Verifies every version: the original exists and hashes to its name, the XML exists, matches its recorded hash
  // and validates against the schema. Each problem is one line naming the document and what is wrong.
  Result<std::vector<std::string>> check() const;

private:
  struct Impl;
  explicit Library(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace vanthu::store
