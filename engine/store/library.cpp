// SPDX-License-Identifier: Apache-2.0
//
// The library directory: layout, the writer lock, adding a version (files first, then one catalog transaction), and
// the integrity check.
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <chrono>
#include <algorithm>
#include <ctime>
#include <string>

#include "ingest/ingest.h"
#include "store/catalog.h"
#include "store/library_impl.h"
#include "store/store.h"

namespace vanthu::store {
namespace {

std::string base_name(std::string_view path) {
  const auto slash = path.find_last_of("/\\");
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

}  // namespace

// Writes bytes to path unless a file is already there (content-addressed files never change).
Status write_once(const std::filesystem::path& path, std::string_view bytes) {
  std::error_code error;
  if (std::filesystem::exists(path, error)) return Status::ok();
  std::filesystem::create_directories(path.parent_path(), error);
  if (error) return Status::io_error(path.parent_path().string() + ": cannot create: " + error.message());
  return write_file_atomic(path, bytes);
}

std::filesystem::path sharded(const std::filesystem::path& root, const std::string& sha256, std::string_view suffix) {
  return root / sha256.substr(0, 2) / (sha256 + std::string(suffix));
}

std::filesystem::path xml_path(const std::filesystem::path& dir, const std::string& original_sha256, int revision) {
  return sharded(dir / "xml", original_sha256, revision == 0 ? ".xml" : ".r" + std::to_string(revision) + ".xml");
}

Result<WorkKey> choose_work_key(const Catalog& catalog, const model::Metadata& meta, const std::string& source,
                                std::int64_t own_id) {
  model::Metadata plain = meta;
  plain.work_suffix.clear();
  const std::string uri = model::work_uri(plain);
  // A URI built from a number and a date names one work; one built from a title alone ("Họp giao ban tuần") may be
  // shared by unrelated minutes, so there a version must also come from a file of the same name.
  const bool strong_uri = !meta.number.empty() && meta.date.size() == 10;
  std::string key = uri;
  for (int suffix = 2;; ++suffix) {
    Result<std::optional<DocumentInfo>> existing = catalog.document_by_key(key);
    if (!existing.is_ok()) return existing.status();
    if (!existing.value() || strong_uri || existing.value()->id == own_id) return WorkKey{key, existing.value()};
    Result<std::vector<std::string>> names = catalog.source_names(existing.value()->id);
    if (!names.is_ok()) return names.status();
    if (own_id == 0 && std::find(names->begin(), names->end(), source) != names->end())
      return WorkKey{key, existing.value()};
    key = uri + "~" + std::to_string(suffix);
  }
}

Library::Impl::~Impl() {
  if (lock_fd >= 0) ::close(lock_fd);  // closing releases the flock
}

std::string_view publication_name(Publication state) {
  switch (state) {
    case Publication::Draft: return "draft";
    case Publication::Published: return "published";
    case Publication::Unpublished: return "unpublished";
  }
  return "draft";
}

std::string_view add_outcome_name(AddOutcome outcome) {
  switch (outcome) {
    case AddOutcome::Added: return "added";
    case AddOutcome::NewVersion: return "new version";
    case AddOutcome::Unchanged: return "unchanged";
  }
  return "added";
}


Library::Library(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Library::~Library() = default;

const std::filesystem::path& Library::dir() const { return m_impl->dir; }

Result<std::unique_ptr<Library>> Library::open(const std::filesystem::path& dir, OpenMode mode) {
  auto impl = std::make_unique<Impl>();
  impl->dir = dir;
  const bool write = mode == OpenMode::Write;
  std::error_code error;
  if (write) {
    for (const char* sub : {"originals", "xml"}) {
      std::filesystem::create_directories(dir / sub, error);
      if (error) return Status::io_error(dir.string() + ": cannot create the library: " + error.message());
    }
    const std::filesystem::path lock = dir / "writer.lock";
    impl->lock_fd = ::open(lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (impl->lock_fd < 0) return Status::io_error(lock.string() + ": cannot open the writer lock");
    // One writer at a time; a second writer is told so at once rather than interleaving with the first.
    if (::flock(impl->lock_fd, LOCK_EX | LOCK_NB) != 0) {
      return Status::already_exists(dir.string() + ": another process is writing to this library; try again when it "
                                                   "has finished");
    }
  } else if (!std::filesystem::is_directory(dir, error)) {
    return Status::not_found(dir.string() + ": no library here (vanthu ingest creates one)");
  }
  Result<std::unique_ptr<Catalog>> catalog = Catalog::open(dir / "catalog.sqlite", write);
  if (!catalog.is_ok()) return catalog.status();
  impl->catalog = std::move(catalog).value();
  return std::unique_ptr<Library>(new Library(std::move(impl)));
}

Result<AddResult> Library::add(const Original& original, const model::Document& document, Publication state,
                               std::string_view who) {
  const std::string sha256 = original.sha256.empty() ? ingest::sha256_hex(original.bytes) : std::string(original.sha256);
  Result<std::optional<VersionInfo>> known = m_impl->catalog->version_by_original(sha256);
  if (!known.is_ok()) return known.status();
  if (known.value()) {
    // The same bytes again: nothing to do, and nothing is written.
    AddResult result;
    result.outcome = AddOutcome::Unchanged;
    result.version = known.value()->number;
    Result<std::optional<DocumentInfo>> stored = m_impl->catalog->document_by_id(known.value()->document_id);
    if (!stored.is_ok()) return stored.status();
    if (stored.value()) result.document = *stored.value();
    return result;
  }

  const model::Metadata& meta = document.meta;
  const std::string uri = model::work_uri(meta);
  const std::string source = base_name(original.name);
  std::string key;
  if (original.version_of == 0) {
    Result<WorkKey> found = choose_work_key(*m_impl->catalog, meta, source, 0);
    if (!found.is_ok()) return found.status();
    key = std::move(found->key);
  } else {
    // The target's key is its URI, or its URI plus "~N": the new file must name the same work.
    Result<std::string> target_key = m_impl->catalog->work_key(original.version_of);
    if (!target_key.is_ok()) return target_key.status();
    key = std::move(target_key).value();
    if (key.empty()) return Status::not_found("no document " + std::to_string(original.version_of));
    if (key != uri && !key.starts_with(uri + "~")) {
      Result<std::optional<DocumentInfo>> target = m_impl->catalog->document_by_id(original.version_of);
      const std::string target_uri = target.is_ok() && target.value() ? target.value()->work_uri : key;
      return Status::invalid_argument(std::string(original.name) + " reads as " + uri + ", not as a version of " +
                                      target_uri + " (its number, date or type differ)");
    }
  }

  // A work that shares the URI of another gets an address of its own ("…-2"), in its XML and in the catalog.
  model::Document stored = document;
  if (key != uri) stored.meta.work_suffix = key.substr(uri.size() + 1);
  const std::string xml = model::to_akn(stored);
  if (Status valid = model::validate_akn(xml); !valid.is_ok()) {
    return Status::internal(std::string(original.name) + ": the canonical XML is not schema-valid: " + valid.message());
  }
  // Files first, each atomic; only then the catalog row that points at them.
  if (Status written = write_once(sharded(m_impl->dir / "originals", sha256, ""), original.bytes); !written.is_ok())
    return written;
  if (Status written = write_once(xml_path(m_impl->dir, sha256, 0), xml); !written.is_ok()) return written;

  NewVersion version;
  version.work_key = key;
  version.work_uri = model::work_uri(stored.meta);
  version.type = meta.type;
  version.number = meta.number;
  version.issuer = meta.issuer;
  version.date = meta.date;
  version.title = meta.title;
  version.state = state;
  version.original_sha256 = sha256;
  version.source_name = source;
  version.format = meta.source_format;
  version.xml_sha256 = ingest::sha256_hex(xml);
  version.who = std::string(who);
  version.at = utc_now();
  Result<AddResult> added = m_impl->catalog->add(version);
  if (added.is_ok()) added->work_suffix = stored.meta.work_suffix;
  return added;
}

Result<std::vector<DocumentInfo>> Library::documents() const { return m_impl->catalog->documents(); }

Result<std::optional<DocumentInfo>> Library::document(const std::string& work_uri) const {
  return m_impl->catalog->document_by_uri(work_uri);
}

Result<std::optional<DocumentInfo>> Library::document_by_id(std::int64_t id) const {
  return m_impl->catalog->document_by_id(id);
}

Result<std::vector<VersionInfo>> Library::versions(std::int64_t document_id) const {
  return m_impl->catalog->versions(document_id);
}

Result<std::int64_t> Library::last_change() const { return m_impl->catalog->last_change(); }

Result<std::vector<DocumentInfo>> Library::changed_since(std::int64_t change) const {
  return m_impl->catalog->changed_since(change);
}

Result<std::optional<VersionInfo>> Library::published_version(const DocumentInfo& document) const {
  if (document.state != Publication::Published) return std::optional<VersionInfo>();
  Result<std::vector<VersionInfo>> all = versions(document.id);
  if (!all.is_ok()) return all.status();
  for (const VersionInfo& version : all.value())
    if (version.number == document.published_version) return std::optional<VersionInfo>(version);
  return std::optional<VersionInfo>();
}

Result<std::vector<Published>> Library::published() const {
  Result<std::vector<std::pair<DocumentInfo, VersionInfo>>> rows = m_impl->catalog->published();
  if (!rows.is_ok()) return rows.status();
  std::vector<Published> out;
  out.reserve(rows->size());
  for (auto& [info, version] : rows.value()) out.push_back(Published{std::move(info), std::move(version)});
  return out;
}

Result<std::string> Library::xml(const VersionInfo& version) const {
  return vanthu::read_file(xml_path(m_impl->dir, version.original_sha256, version.revision));
}

Result<std::string> Library::original(const VersionInfo& version) const {
  return vanthu::read_file(sharded(m_impl->dir / "originals", version.original_sha256, ""));
}

Result<std::vector<std::string>> Library::check() const {
  std::vector<std::string> problems;
  Result<std::vector<DocumentInfo>> documents = m_impl->catalog->documents();
  if (!documents.is_ok()) return documents.status();
  for (const DocumentInfo& document : documents.value()) {
    Result<std::vector<VersionInfo>> versions = m_impl->catalog->versions(document.id);
    if (!versions.is_ok()) return versions.status();
    if (versions->empty()) problems.push_back(document.work_uri + ": a document without versions");
    for (const VersionInfo& version : versions.value()) {
      const std::string where = document.work_uri + " version " + std::to_string(version.number);
      Result<std::string> bytes = original(version);
      if (!bytes.is_ok()) {
        problems.push_back(where + ": original missing (" + version.original_sha256 + ")");
      } else if (ingest::sha256_hex(bytes.value()) != version.original_sha256) {
        problems.push_back(where + ": original changed on disk (" + version.original_sha256 + ")");
      }
      Result<std::string> text = xml(version);
      if (!text.is_ok()) {
        problems.push_back(where + ": XML missing");
        continue;
      }
      if (ingest::sha256_hex(text.value()) != version.xml_sha256) problems.push_back(where + ": XML changed on disk");
      if (Status valid = model::validate_akn(text.value()); !valid.is_ok())
        problems.push_back(where + ": XML not schema-valid: " + valid.message());
    }
  }
  return problems;
}

}  // namespace vanthu::store
