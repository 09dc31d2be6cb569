// SPDX-License-Identifier: Apache-2.0
#include "store/catalog.h"

#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>
#include <Poco/Data/Statement.h>
#include <Poco/Exception.h>
#include <Poco/Tuple.h>

#include <algorithm>
#include <map>
#include <mutex>

namespace vanthu::store {

using namespace Poco::Data::Keywords;
using Poco::Data::Session;

namespace {

constexpr const char* kSchema[] = {
    "CREATE TABLE IF NOT EXISTS documents ("
    " id INTEGER PRIMARY KEY, work_key TEXT NOT NULL UNIQUE, work_uri TEXT NOT NULL,"
    " type TEXT, number TEXT, issuer TEXT, date TEXT, title TEXT,"
    " state TEXT NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS versions ("
    " id INTEGER PRIMARY KEY, document_id INTEGER NOT NULL REFERENCES documents(id), number INTEGER NOT NULL,"
    " original_sha256 TEXT NOT NULL UNIQUE, source_name TEXT NOT NULL, format TEXT NOT NULL,"
    " xml_sha256 TEXT NOT NULL, created_at TEXT NOT NULL, UNIQUE (document_id, number))",
    // Append-only: rows are inserted, never updated or deleted.
    "CREATE TABLE IF NOT EXISTS audit ("
    " id INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL, action TEXT NOT NULL,"
    " document_id INTEGER, detail TEXT)",
    "CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "INSERT OR IGNORE INTO settings (key, value) VALUES ('schema_version', '1')",
    // Documents are looked up by their public address (the server's FRBR URI routes).
    "CREATE INDEX IF NOT EXISTS documents_by_uri ON documents (work_uri)",
};

// Schema 2 (clerks): the version the public sees is recorded, so a clerk's new version of a published document stays
// a draft until it is published; a draft version's XML can be revised (metadata corrected) into a new file; clerk
// accounts. Libraries of schema 1 are upgraded when opened, in one transaction.
constexpr const char* kSchema2[] = {
    "ALTER TABLE documents ADD COLUMN published_version INTEGER",
    "UPDATE documents SET published_version = (SELECT MAX(number) FROM versions v WHERE v.document_id = documents.id)"
    " WHERE state = 'published'",
    "ALTER TABLE versions ADD COLUMN revision INTEGER NOT NULL DEFAULT 0",
    "CREATE TABLE IF NOT EXISTS users ("
    " id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS audit_by_document ON audit (document_id)",
    "UPDATE settings SET value = '2' WHERE key = 'schema_version'",
};

Publication publication_from(const std::string& name) {
  if (name == "published") return Publication::Published;
  if (name == "unpublished") return Publication::Unpublished;
  return Publication::Draft;
}

Status failure(const std::filesystem::path& file, const Poco::Exception& error) {
  return Status::io_error(file.string() + ": catalog: " + error.displayText());
}

// Brings a catalog of an older schema up to the current one. Readers run it too: a server opened on a library an
// older vanthu wrote must read the new columns.
void upgrade(Session& session) {
  std::string version;
  session << "SELECT value FROM settings WHERE key = 'schema_version'", into(version), now;
  if (version != "1") return;
  // IMMEDIATE takes the write lock first, so of two processes opening an old library only one upgrades it.
  session << "BEGIN IMMEDIATE", now;
  try {
    std::string again;
    session << "SELECT value FROM settings WHERE key = 'schema_version'", into(again), now;
    if (again == "1") {
      for (const char* statement : kSchema2) session << statement, now;
    }
    session << "COMMIT", now;
  } catch (const Poco::Exception&) {
    session << "ROLLBACK", now;
    throw;
  }
}

}  // namespace

struct Catalog::Impl {
  std::filesystem::path file;
  std::unique_ptr<Session> session;
};

Catalog::Catalog(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Catalog::~Catalog() = default;

Result<std::unique_ptr<Catalog>> Catalog::open(const std::filesystem::path& file, bool create) {
  static std::once_flag registered;
  std::call_once(registered, [] { Poco::Data::SQLite::Connector::registerConnector(); });
  if (!create && !std::filesystem::exists(file)) return Status::not_found(file.string() + ": no catalog here");
  auto impl = std::make_unique<Impl>();
  impl->file = file;
  try {
    impl->session = std::make_unique<Session>("SQLite", file.string());
    Session& session = *impl->session;
    // WAL keeps readers going while a writer commits; FULL makes each commit durable before it returns.
    session << "PRAGMA journal_mode=WAL", now;
    session << "PRAGMA synchronous=FULL", now;
    session << "PRAGMA foreign_keys=ON", now;
    session << "PRAGMA busy_timeout=5000", now;
    if (create) {
      for (const char* statement : kSchema) session << statement, now;
    }
    upgrade(session);
  } catch (const Poco::Exception& error) {
    return failure(file, error);
  }
  return std::unique_ptr<Catalog>(new Catalog(std::move(impl)));
}

namespace {

using DocumentRow = Poco::Tuple<std::int64_t, std::string, std::string, std::string, std::string, std::string,
                                std::string, std::string, int, int>;

constexpr const char* kDocumentColumns =
    "SELECT d.id, d.work_uri, d.type, d.number, d.issuer, d.date, d.title, d.state,"
    " (SELECT COUNT(*) FROM versions v WHERE v.document_id = d.id), COALESCE(d.published_version, 0)"
    " FROM documents d";

DocumentInfo document_from(const DocumentRow& row) {
  return DocumentInfo{row.get<0>(), row.get<1>(), row.get<2>(), row.get<3>(), row.get<4>(),      row.get<5>(),
                      row.get<6>(), publication_from(row.get<7>()), row.get<8>(), row.get<9>()};
}

std::vector<DocumentInfo> documents_from(const std::vector<DocumentRow>& rows) {
  std::vector<DocumentInfo> documents;
  documents.reserve(rows.size());
  for (const DocumentRow& row : rows) documents.push_back(document_from(row));
  return documents;
}

}  // namespace

namespace {

// The one document whose column (a catalog column name, never user input) equals key.
template <class Key>
Result<std::optional<DocumentInfo>> one_document(Session& session, const std::filesystem::path& file,
                                                 const char* column, Key key) {
  try {
    std::vector<DocumentRow> rows;
    session << std::string(kDocumentColumns) + " WHERE d." + column + " = ?", into(rows), use(key), now;
    if (rows.empty()) return std::optional<DocumentInfo>();
    return std::optional<DocumentInfo>(document_from(rows.front()));
  } catch (const Poco::Exception& error) {
    return failure(file, error);
  }
}

}  // namespace

Result<std::optional<DocumentInfo>> Catalog::document_by_key(const std::string& work_key) const {
  return one_document(*m_impl->session, m_impl->file, "work_key", work_key);
}

Result<std::optional<DocumentInfo>> Catalog::document_by_uri(const std::string& work_uri) const {
  return one_document(*m_impl->session, m_impl->file, "work_uri", work_uri);
}

Result<std::optional<DocumentInfo>> Catalog::document_by_id(std::int64_t id) const {
  return one_document(*m_impl->session, m_impl->file, "id", id);
}

Result<std::string> Catalog::work_key(std::int64_t id) const {
  try {
    std::vector<std::string> keys;
    std::int64_t document_id = id;
    *m_impl->session << "SELECT work_key FROM documents WHERE id = ?", into(keys), use(document_id), now;
    return keys.empty() ? std::string() : keys.front();
  } catch (const Poco::Exception& error) {
    return failure(m_impl->file, error);
  }
}

Result<std::vector<std::string>> Catalog::source_names(std::int64_t document_id) const {
  try {
    std::vector<std::string> names;
    std::int64_t id = document_id;
    *m_impl->session << "SELECT source_name FROM versions WHERE document_id = ? ORDER BY number", into(names), use(id),
        now;
    return names;
  } catch (const Poco::Exception& error) {
    return failure(m_impl->file, error);
  }
}

Result<AddResult> Catalog::add(const NewVersion& version) {
  Session& session = *m_impl->session;
  try {
    session.begin();
    NewVersion v = version;  // Poco binds by reference to non-const values
    std::string state(publication_name(v.state));
    std::vector<Poco::Tuple<std::int64_t, std::string>> existing;  // (id, state) of the work, when known
    session << "SELECT id, state FROM documents WHERE work_key = ?", into(existing), use(v.work_key), now;
    std::int64_t document_id = 0;
    std::string current_state;
    AddOutcome outcome = AddOutcome::Added;
    if (existing.empty()) {
      session << "INSERT INTO documents (work_key, work_uri, type, number, issuer, date, title, state, created_at,"
                 " updated_at, published_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
          use(v.work_key), use(v.work_uri), use(v.type), use(v.number), use(v.issuer), use(v.date), use(v.title),
          use(state), use(v.at), use(v.at), now;
      session << "SELECT last_insert_rowid()", into(document_id), now;
    } else {
      document_id = existing.front().get<0>();
      current_state = existing.front().get<1>();
      outcome = AddOutcome::NewVersion;
    }
    int number = 0;
    session << "SELECT COALESCE(MAX(number), 0) + 1 FROM versions WHERE document_id = ?", into(number),
        use(document_id), now;
    session << "INSERT INTO versions (document_id, number, original_sha256, source_name, format, xml_sha256,"
               " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        use(document_id), use(number), use(v.original_sha256), use(v.source_name), use(v.format), use(v.xml_sha256),
        use(v.at), now;
    if (v.state == Publication::Published) {
      // A published version becomes the one the public sees, and its facts describe the document.
      session << "UPDATE documents SET type = ?, number = ?, issuer = ?, date = ?, title = ?, state = 'published',"
                 " published_version = ?, updated_at = ? WHERE id = ?",
          use(v.type), use(v.number), use(v.issuer), use(v.date), use(v.title), use(number), use(v.at),
          use(document_id), now;
    } else if (outcome == AddOutcome::NewVersion && current_state != "published") {
      // A draft version of a document the public does not see describes it; a published document keeps the facts
      // of its published version until this one is published.
      session << "UPDATE documents SET type = ?, number = ?, issuer = ?, date = ?, title = ?, updated_at = ? "
                 "WHERE id = ?",
          use(v.type), use(v.number), use(v.issuer), use(v.date), use(v.title), use(v.at), use(document_id), now;
    }
    std::string action = outcome == AddOutcome::Added ? "add" : "new version";
    std::string detail = v.source_name + " (" + v.original_sha256 + "), version " + std::to_string(number) +
                         ", " + state;
    session << "INSERT INTO audit (at, who, action, document_id, detail) VALUES (?, ?, ?, ?, ?)", use(v.at),
        use(v.who), use(action), use(document_id), use(detail), now;
    session.commit();
    AddResult result;
    result.outcome = outcome;
    result.version = number;
    Result<std::optional<DocumentInfo>> document = document_by_id(document_id);
    if (!document.is_ok()) return document.status();
    if (document.value()) result.document = *document.value();
    return result;
  } catch (const Poco::Exception& error) {
    try {
      if (session.isTransaction()) session.rollback();
    } catch (const Poco::Exception&) {
    }
    return failure(m_impl->file, error);
  }
}

Result<std::vector<DocumentInfo>> Catalog::documents() const {
  try {
    std::vector<DocumentRow> rows;
    *m_impl->session << std::string(kDocumentColumns) + " ORDER BY d.id", into(rows), now;
    return documents_from(rows);
  } catch (const Poco::Exception& error) {
    return failure(m_impl->file, error);
  }
}

Result<std::int64_t> Catalog::last_change() const {
  try {
    std::int64_t change = 0;
    *m_impl->session << "SELECT COALESCE(MAX(id), 0) FROM audit", into(change), now;
    return change;
  } catch (const Poco::Exception& error) {
    return failure(m_impl->file, error);
  }
}

Result<std::vector<DocumentInfo>> Catalog::changed_since(std::int64_t change) const {
  try {
    std::vector<DocumentRow> rows;
    std::int64_t after = change;
    *m_impl->session << std::string(kDocumentColumns) +
                            " WHERE d.id IN (SELECT document_id FROM audit WHERE id > ?) ORDER BY d.id",
        into(rows), use(after), now;
    return documents_from(rows);
  } catch (const Poco::Exception& error) {
    return failure(m_impl->file, error);
  }
}

namespace {

using VersionRow = Poco::Tuple<std::int64_t, std::int64_t, int, std::string, std::string, std::string, std::string,
                               std::string, int>;

constexpr const char* kVersionColumns =
    "SELECT v.id, v.document_id, v.number, v.original_sha256, v.source_name, v.format, v.xml_sha256, v.created_at,"
    " v.revision FROM versions v";

VersionInfo version_from(const VersionRow& row) {
  return VersionInfo{row.get<0>(), row.get<1>(), row.get<2>(), row.get<3>(), row.get<4>(),
                     row.get<5>(), row.get<6>(), row.get<7>(), row.get<8>()};
}

}  // namespace

Result<std::optional<VersionInfo>> Catalog::version_by_original(const std::string& sha256) const {
  try {
    std::vector<VersionRow> rows;
    std::string key = sha256;
    *m_impl->session << std::string(kVersionColumns) + " WHERE v.original_sha256 = ?", into(rows), use(key), now;
    if (rows.empty()) return std::optional<VersionInfo>();
    return std::optional<VersionInfo>(version_from(rows.front()));
  } catch (const Poco::Exception& error) {
    return failure(m_impl->file, error);
  }
}

Result<std::vector<VersionInfo>> Catalog::versions(std::int64_t document_id) const {
  try {
    std::vector<VersionRow> rows;
    std::int64_t id = document_id;
    *m_impl->session << std::string(kVersionColumns) + " WHERE v.document_id = ? ORDER BY v.number", into(rows),
        use(id), now;
    std::vector<VersionInfo> versions;
    for (const VersionRow& row : rows) versions.push_back(version_from(row));
    return versions;
  } catch (const Poco::Exception& error) {
    return failure(m_impl->file, error);
  }
}

Result<std::vector<std::pair<DocumentInfo, VersionInfo>>> Catalog::published() const {
  try {
    // Two queries for the whole library, not one per document: the site, the feed and the server read this often.
    std::vector<DocumentRow> documents;
    *m_impl->session << std::string(kDocumentColumns) + " WHERE d.state = 'published' ORDER BY d.id", into(documents),
        now;
    std::vector<VersionRow> newest;
    *m_impl->session << std::string(kVersionColumns) +
                            " JOIN documents d ON d.id = v.document_id AND d.published_version = v.number"
                            " WHERE d.state = 'published'",
        into(newest), now;
    std::map<std::int64_t, VersionInfo> by_document;
    for (const VersionRow& row : newest) by_document.emplace(row.get<1>(), version_from(row));
    std::vector<std::pair<DocumentInfo, VersionInfo>> out;
    for (const DocumentRow& row : documents) {
      const auto version = by_document.find(row.get<0>());
      if (version != by_document.end()) out.emplace_back(document_from(row), version->second);
    }
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      return a.second.created_at != b.second.created_at ? a.second.created_at > b.second.created_at
                                                        : a.first.date > b.first.date;
    });
    return out;
  } catch (const Poco::Exception& error) {
    return failure(m_impl->file, error);
  }
}

namespace {

// Runs body in one transaction; any Poco failure rolls it back and becomes a Status naming the catalog.
template <class Body>
Status in_transaction(Session& session, const std::filesystem::path& file, Body body) {
  try {
    session.begin();
    body();
    session.commit();
    return Status::ok();
  } catch (const Poco::Exception& error) {
    try {
      if (session.isTransaction()) session.rollback();
    } catch (const Poco::Exception&) {
    }
    return failure(file, error);
  }
}

void insert_audit(Session& session, std::string at, std::string who, std::string action,
                  std::optional<std::int64_t> document_id, std::string detail) {
  if (document_id) {
    std::int64_t id = *document_id;
    session << "INSERT INTO audit (at, who, action, document_id, detail) VALUES (?, ?, ?, ?, ?)", use(at), use(who),
        use(action), use(id), use(detail), now;
  } else {
    session << "INSERT INTO audit (at, who, action, document_id, detail) VALUES (?, ?, ?, NULL, ?)", use(at),
        use(who), use(action), use(detail), now;
  }
}

}  // namespace

Status Catalog::set_publication(const StateChange& change) {
  Session& session = *m_impl->session;
  return in_transaction(session, m_impl->file, [&] {
    StateChange c = change;
    std::string state(publication_name(c.state));
    std::int64_t id = c.document_id;
    if (c.state == Publication::Published) {
      session << "UPDATE documents SET state = ?, published_version = ?, type = ?, number = ?, issuer = ?, date = ?,"
                 " title = ?, updated_at = ? WHERE id = ?",
          use(state), use(c.version), use(c.facts.type), use(c.facts.number), use(c.facts.issuer),
          use(c.facts.date), use(c.facts.title), use(c.at), use(id), now;
    } else {
      session << "UPDATE documents SET state = ?, published_version = NULL, updated_at = ? WHERE id = ?", use(state),
          use(c.at), use(id), now;
    }
    insert_audit(session, c.at, c.who, c.action, c.document_id, c.detail);
  });
}

Status Catalog::revise(const Revision& revision) {
  Session& session = *m_impl->session;
  return in_transaction(session, m_impl->file, [&] {
    Revision r = revision;
    std::int64_t version_id = r.version_id, document_id = r.document_id;
    session << "UPDATE versions SET revision = ?, xml_sha256 = ? WHERE id = ?", use(r.revision), use(r.xml_sha256),
        use(version_id), now;
    if (r.describes_document) {
      session << "UPDATE documents SET work_key = ?, work_uri = ?, type = ?, number = ?, issuer = ?, date = ?,"
                 " title = ?, updated_at = ? WHERE id = ?",
          use(r.work_key), use(r.work_uri), use(r.facts.type), use(r.facts.number), use(r.facts.issuer),
          use(r.facts.date), use(r.facts.title), use(r.at), use(document_id), now;
    }
    insert_audit(session, r.at, r.who, "edit metadata", r.document_id, r.detail);
  });
}

Status Catalog::add_user(const std::string& name, const std::string& password_hash, const std::string& who,
                         const std::string& at) {
  Session& session = *m_impl->session;
  return in_transaction(session, m_impl->file, [&] {
    std::string n = name, hash = password_hash, created = at;
    session << "INSERT INTO users (name, password_hash, created_at) VALUES (?, ?, ?)", use(n), use(hash),
        use(created), now;
    insert_audit(session, at, who, "user add", std::nullopt, "clerk account " + name);
  });
}

Result<std::optional<std::string>> Catalog::password_hash(const std::string& name) const {
  try {
    std::vector<std::string> hashes;
    std::string n = name;
    *m_impl->session << "SELECT password_hash FROM users WHERE name = ?", into(hashes), use(n), now;
    if (hashes.empty()) return std::optional<std::string>();
    return std::optional<std::string>(hashes.front());
  } catch (const Poco::Exception& error) {
    return failure(m_impl->file, error);
  }
}

Result<std::vector<AuditEntry>> Catalog::audit(std::int64_t document_id, std::size_t limit) const {
  try {
    using Row = Poco::Tuple<std::int64_t, std::string, std::string, std::string, std::int64_t, std::string,
                            std::string, std::string>;
    std::vector<Row> rows;
    std::int64_t id = document_id;
    std::int64_t count = static_cast<std::int64_t>(limit);
    *m_impl->session << "SELECT a.id, a.at, a.who, a.action, COALESCE(a.document_id, 0), COALESCE(d.work_uri, ''),"
                        " COALESCE(d.title, ''), COALESCE(a.detail, '') FROM audit a"
                        " LEFT JOIN documents d ON d.id = a.document_id"
                        " WHERE ? = 0 OR a.document_id = ? ORDER BY a.id DESC LIMIT ?",
        into(rows), use(id), use(id), use(count), now;
    std::vector<AuditEntry> entries;
    entries.reserve(rows.size());
    for (const Row& row : rows) {
      entries.push_back(AuditEntry{row.get<0>(), row.get<1>(), row.get<2>(), row.get<3>(), row.get<4>(), row.get<5>(),
                                   row.get<6>(), row.get<7>()});
    }
    return entries;
  } catch (const Poco::Exception& error) {
    return failure(m_impl->file, error);
  }
}

}  // namespace vanthu::store
