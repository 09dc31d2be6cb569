// SPDX-License-Identifier: Apache-2.0
#include "server/site.h"

#include <algorithm>
#include "publish/publish.h"

namespace vanthu::server {

Result<std::unique_ptr<Site>> Site::open(const std::filesystem::path& dir, std::string base_url) {
  // As the CLI does before it searches: an index a killed run left behind its library, or one of an older format,
  // is brought up to date first.
  if (Result<std::size_t> recovered = index::recover(dir); !recovered.is_ok()) return recovered.status();
  Result<std::unique_ptr<store::Library>> library = store::Library::open(dir, store::OpenMode::ReadOnly);
  if (!library.is_ok()) return library.status();
  std::unique_ptr<Site> site(new Site());
  site->m_dir = dir;
  site->m_base_url = std::move(base_url);
  site->m_library = std::move(library).value();
  std::lock_guard lock(site->m_mutex);
  if (Status status = site->refresh(); !status.is_ok()) return status;
  // A first reader now: a library without a usable index is said at start, not at the first search.
  Result<std::unique_ptr<index::Index>> reader = index::Index::open(dir / "index", index::Access::Read);
  if (!reader.is_ok()) return reader.status();
  site->m_readers.push_back(std::move(reader).value());
  return site;
}

Status Site::refresh() {
  Result<std::int64_t> change = m_library->last_change();
  if (!change.is_ok()) return change.status();
  if (change.value() == m_change) return Status::ok();
  // Another process changed the library: readers opened from now on see its last commit; the tables are rebuilt.
  Result<std::vector<Published>> published = m_library->published();  // newest publication first
  if (!published.is_ok()) return published.status();
  std::map<std::string, std::string> numbers;
  for (const Published& document : published.value())
    if (!document.info.number.empty()) numbers.emplace(document.info.number, document.info.work_uri);
  Summary summary;
  for (const Published& document : published.value()) {
    const store::DocumentInfo& info = document.info;
    const std::string type = type_label(info);
    ++summary.types[type];
    if (!info.issuer.empty()) ++summary.issuers[info.issuer];
    if (info.date.size() >= 4) {
      const std::string year = info.date.substr(0, 4);
      ++summary.years[year];
      ++summary.years_by_type[year][type];
    }
  }
  std::map<std::string, std::size_t> by_uri;
  for (std::size_t i = 0; i < published->size(); ++i) by_uri.emplace(published.value()[i].info.work_uri, i);
  m_readers.clear();
  m_summary = std::move(summary);
  m_by_uri = std::move(by_uri);
  m_published = std::move(published).value();
  m_numbers = std::move(numbers);
  m_change = change.value();
  return Status::ok();
}

Result<index::Response> Site::search(const index::Request& request) {
  std::unique_ptr<index::Index> reader;
  std::int64_t change = 0;
  {
    std::lock_guard lock(m_mutex);
    if (Status status = refresh(); !status.is_ok()) return status;
    change = m_change;
    if (!m_readers.empty()) {
      reader = std::move(m_readers.back());
      m_readers.pop_back();
    }
  }
  if (!reader) {  // a thread's first search, or the first after a change: a reader of its own (a few ms, once)
    Result<std::unique_ptr<index::Index>> opened = index::Index::open(m_dir / "index", index::Access::Read);
    if (!opened.is_ok()) return opened.status();
    reader = std::move(opened).value();
  }
  Result<index::Response> response = reader->search(request);  // outside the lock: searches run in parallel
  std::lock_guard lock(m_mutex);
  if (change == m_change) m_readers.push_back(std::move(reader));  // a reader of an older commit is dropped
  return response;
}

Result<std::optional<Published>> Site::published(const std::string& uri) {
  std::lock_guard lock(m_mutex);
  if (Status status = refresh(); !status.is_ok()) return status;
  const auto found = m_by_uri.find(uri);
  if (found == m_by_uri.end()) return std::optional<Published>();
  return std::optional<Published>(m_published[found->second]);
}

Result<std::string> Site::xml(const store::VersionInfo& version) {
  std::lock_guard lock(m_mutex);
  return m_library->xml(version);
}

Result<std::string> Site::original(const store::VersionInfo& version) {
  std::lock_guard lock(m_mutex);
  return m_library->original(version);
}

Result<std::vector<Published>> Site::newest(std::size_t count) {
  std::lock_guard lock(m_mutex);
  if (Status status = refresh(); !status.is_ok()) return status;
  return std::vector<Published>(m_published.begin(),
                                m_published.begin() + static_cast<std::ptrdiff_t>(std::min(count, m_published.size())));
}

std::size_t Site::published_count() {
  std::lock_guard lock(m_mutex);
  (void)refresh();
  return m_published.size();
}

Summary Site::summary() {
  std::lock_guard lock(m_mutex);
  (void)refresh();
  return m_summary;
}

Result<std::vector<Published>> Site::browse(Browse facet, const std::string& value) {
  std::lock_guard lock(m_mutex);
  if (Status status = refresh(); !status.is_ok()) return status;
  std::vector<Published> out;
  for (const Published& document : m_published) {
    const store::DocumentInfo& info = document.info;
    const bool match = facet == Browse::Type     ? type_label(info) == value
                       : facet == Browse::Issuer ? info.issuer == value
                                                : info.date.starts_with(value) && value.size() == 4;
    if (match) out.push_back(document);
  }
  return out;
}

std::string Site::href_for_number(std::string_view number) {
  std::lock_guard lock(m_mutex);
  const auto found = m_numbers.find(std::string(number));
  return found == m_numbers.end() ? std::string() : found->second;
}

Result<std::string> Site::feed() {
  std::lock_guard lock(m_mutex);
  publish::SiteOptions options;
  options.base_url = m_base_url;
  return publish::feed(*m_library, options);
}

Result<std::string> Site::sitemap() {
  std::lock_guard lock(m_mutex);
  publish::SiteOptions options;
  options.base_url = m_base_url;
  return publish::sitemap(*m_library, options, {""});
}

}  // namespace vanthu::server
