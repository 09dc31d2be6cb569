// SPDX-License-Identifier: Apache-2.0
//
// The index follows the library. The catalog's audit log numbers every change; the index commits the number of the
// last change it reflects together with its data, so after any crash the gap is known exactly and closed here.
#include <algorithm>
#include <string>
#include <unordered_set>

#include "index/index.h"
#include "index/index_impl.h"
#include "store/store.h"

namespace vanthu::index {

Result<std::optional<PublishedXml>> published_xml(const store::Library& library, const store::DocumentInfo& document) {
  Result<std::optional<store::VersionInfo>> version = library.published_version(document);
  if (!version.is_ok()) return version.status();
  if (!version.value()) return std::optional<PublishedXml>();
  Result<std::string> xml = library.xml(*version.value());
  if (!xml.is_ok()) return xml.status();
  return std::optional<PublishedXml>(PublishedXml{std::move(xml).value(), version.value()->source_name});
}

Result<Latest> parse_published(const store::DocumentInfo& document, PublishedXml published) {
  Result<model::Document> parsed = model::from_akn(document.work_uri, published.xml);
  if (!parsed.is_ok()) return parsed.status();
  return Latest{std::move(parsed).value(), std::move(published.source)};
}

Result<std::optional<Latest>> latest_published(const store::Library& library, const store::DocumentInfo& document) {
  Result<std::optional<PublishedXml>> published = published_xml(library, document);
  if (!published.is_ok()) return published.status();
  if (!published.value()) return std::optional<Latest>();
  Result<Latest> latest = parse_published(document, std::move(*published.value()));
  if (!latest.is_ok()) return latest.status();
  return std::optional<Latest>(std::move(latest).value());
}

Result<std::size_t> catch_up(const store::Library& library, Index& index) {
  Result<std::int64_t> synced = index.synced_change();
  if (!synced.is_ok()) return synced.status();
  Result<std::int64_t> last = library.last_change();
  if (!last.is_ok()) return last.status();
  if (synced.value() >= last.value()) return std::size_t{0};
  Result<std::vector<store::DocumentInfo>> changed = library.changed_since(synced.value());
  if (!changed.is_ok()) return changed.status();
  for (const store::DocumentInfo& document : changed.value()) {
    Result<std::optional<Latest>> latest = latest_published(library, document);
    if (!latest.is_ok()) return latest.status();
    const Status status = latest.value() ? index.add(latest.value()->document, latest.value()->source)
                                         : index.remove(document.work_uri);
    if (!status.is_ok()) return status;
  }
  if (Status committed = index.commit(last.value()); !committed.is_ok()) return committed;
  return changed->size();
}

Result<std::size_t> recover(const std::filesystem::path& library_dir) {
  bool older_format = false;
  {
    // Cheap check first, read-only: most opens find the index up to date.
    Result<std::unique_ptr<store::Library>> library = store::Library::open(library_dir, store::OpenMode::ReadOnly);
    if (!library.is_ok()) return library.status();
    Result<std::unique_ptr<Index>> index = Index::open(library_dir / "index", Access::Read);
    Result<std::int64_t> last = library.value()->last_change();
    if (!last.is_ok()) return last.status();
    if (index.is_ok()) {
      older_format = index.value()->format() != Index::kFormat;
      Result<std::int64_t> synced = index.value()->synced_change();
      if (synced.is_ok() && synced.value() >= last.value() && !older_format) return std::size_t{0};
    } else if (last.value() == 0) {
      return std::size_t{0};  // an empty library has nothing to index yet
    }
  }
  Result<std::unique_ptr<store::Library>> library = store::Library::open(library_dir, store::OpenMode::Write);
  if (!library.is_ok()) {
    // Another process is writing; it catches the index up itself.
    if (library.status().code() == StatusCode::AlreadyExists) return std::size_t{0};
    return library.status();
  }
  if (older_format) return rebuild(*library.value());
  Result<std::unique_ptr<Index>> index = Index::open(library_dir / "index", Access::Write);
  if (!index.is_ok()) return index.status();
  return catch_up(*library.value(), *index.value());
}

Result<std::vector<std::string>> disagreements(const store::Library& library, const Index& index) {
  std::vector<std::string> problems;
  Result<std::int64_t> synced = index.synced_change();
  if (!synced.is_ok()) return synced.status();
  Result<std::int64_t> last = library.last_change();
  if (!last.is_ok()) return last.status();
  if (index.format() != Index::kFormat) {
    problems.push_back("index: format " + std::to_string(index.format()) + ", this build's is " +
                       std::to_string(Index::kFormat) + "; vanthu reindex rebuilds it");
  }
  if (synced.value() != last.value()) {
    problems.push_back("index: reflects library change " + std::to_string(synced.value()) + " of " +
                       std::to_string(last.value()) + "; vanthu reindex rebuilds it");
  }
  Result<std::vector<std::string>> indexed = index.works();
  if (!indexed.is_ok()) return indexed.status();
  std::unordered_set<std::string> in_index(indexed->begin(), indexed->end());
  Result<std::vector<store::DocumentInfo>> documents = library.documents();
  if (!documents.is_ok()) return documents.status();
  std::unordered_set<std::string> published;
  for (const store::DocumentInfo& document : documents.value()) {
    if (document.state != store::Publication::Published) continue;
    published.insert(document.work_uri);
    if (!in_index.contains(document.work_uri)) problems.push_back(document.work_uri + ": published but not in the index");
  }
  for (const std::string& uri : indexed.value()) {
    if (!published.contains(uri)) problems.push_back(uri + ": in the index but not published in the catalog");
  }
  return problems;
}

}  // namespace vanthu::index
