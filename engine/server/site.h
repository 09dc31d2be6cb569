// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/server: the library as the server shows it (site.cpp). One catalog connection serves every
// request thread under a lock, and its answers the server needs often (published documents, numbers) are kept in
// memory. Searches run in parallel, each on an index reader of its own taken from a pool. Before a search the
// catalog's last change is checked: when another process (ingest, a clerk) changed the library, the tables are
// rebuilt and the pooled readers are dropped, so the next searches see the new commit.
#pragma once

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "base/base.h"
#include "index/index.h"
#include "server/sessions.h"
#include "store/store.h"

namespace vanthu::server {

using store::Published;  // a document the public may see, with the version it sees

// How many published documents there are of each type, issuer and year, and per year by type (the home page's
// browse lists and chart). Computed when the library changes, not per request.
struct Summary {
  std::map<std::string, std::size_t> types, issuers, years;
  std::map<std::string, std::map<std::string, std::size_t>> years_by_type;  // year → type → count
};

// The type a document is counted and browsed under: its own, or "Chưa rõ loại" when it has none.
inline std::string type_label(const store::DocumentInfo& info) {
  return info.type.empty() ? std::string("Chưa rõ loại") : info.type;
}

// Which facts browse() filters on.
enum class Browse : std::uint8_t { Type, Issuer, Year };

class Site {
public:
  static Result<std::unique_ptr<Site>> open(const std::filesystem::path& dir, std::string base_url);

  const std::string& base_url() const { return m_base_url; }
  const std::filesystem::path& dir() const { return m_dir; }

  // Who is signed in, and who failed to sign in too often.
  Sessions& sessions() { return m_sessions; }
  LoginThrottle& throttle() { return m_throttle; }

  // Runs read(library) under the lock, for the clerks' pages, which see every document in any state. read must not
  // keep the reference.
  template <class Read>
  auto with_library(Read read) {
    std::lock_guard lock(m_mutex);
    return read(static_cast<const store::Library&>(*m_library));
  }

  Result<index::Response> search(const index::Request& request);
  // The published document at uri; none for unknown, draft and unpublished ones.
  Result<std::optional<Published>> published(const std::string& uri);
  Result<std::string> xml(const store::VersionInfo& version);
  Result<std::string> original(const store::VersionInfo& version);
  // Published documents, newest publication first.
  Result<std::vector<Published>> newest(std::size_t count);
  std::size_t published_count();
  Summary summary();
  // The published documents whose type, issuer or year is value, newest first.
  Result<std::vector<Published>> browse(Browse facet, const std::string& value);
  // The page of the published document with this number ("30/2020/NĐ-CP"), "" when the library has none.
  std::string href_for_number(std::string_view number);
  Result<std::string> feed();
  Result<std::string> sitemap();

private:
  Site() = default;
  Status refresh();  // REQUIRES: m_mutex held

  std::mutex m_mutex;
  std::filesystem::path m_dir;
  std::string m_base_url;
  std::unique_ptr<store::Library> m_library;
  std::vector<std::unique_ptr<index::Index>> m_readers;  // idle readers of the index at m_change
  std::int64_t m_change = -1;                  // the catalog change the readers and the tables below reflect
  std::map<std::string, std::string> m_numbers;  // number → work URI of published documents
  std::vector<Published> m_published;            // newest publication first
  std::map<std::string, std::size_t> m_by_uri;   // work URI → its place in m_published
  Summary m_summary;
  Sessions m_sessions;
  LoginThrottle m_throttle;
};

}  // namespace vanthu::server
