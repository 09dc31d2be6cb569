// SPDX-License-Identifier: Apache-2.0
//
// Rebuilding the index from the library: the index is derived, the canonical XML is the truth. The new index is
// built beside the old one and swapped in only when complete, so a crash leaves the old index whole.
#include <filesystem>
#include <string>

#include "index/index.h"
#include "store/store.h"

namespace vanthu::index {

namespace fs = std::filesystem;

Result<std::size_t> rebuild(const store::Library& library) {
  const fs::path fresh = library.dir() / "index.new";
  const fs::path live = library.dir() / "index";
  std::error_code error;
  fs::remove_all(fresh, error);
  std::size_t count = 0;
  {
    Result<std::unique_ptr<Index>> index = Index::open(fresh, true);
    if (!index.is_ok()) return index.status();
    Result<std::vector<store::DocumentInfo>> documents = library.documents();
    if (!documents.is_ok()) return documents.status();
    for (const store::DocumentInfo& document : documents.value()) {
      if (document.state != store::Publication::Published) continue;  // drafts stay invisible to search
      Result<std::vector<store::VersionInfo>> versions = library.versions(document.id);
      if (!versions.is_ok() || versions->empty()) continue;
      Result<std::string> xml = library.xml(versions->back());
      if (!xml.is_ok()) return xml.status();
      Result<model::Document> parsed = model::from_akn(document.work_uri, xml.value());
      if (!parsed.is_ok()) return parsed.status();
      if (Status added = index.value()->add(parsed.value(), versions->back().source_name); !added.is_ok()) return added;
      ++count;
    }
    if (Status committed = index.value()->commit(); !committed.is_ok()) return committed;
  }
  // Swap: the old index stays whole until the new one is complete.
  const fs::path old = library.dir() / "index.old";
  fs::remove_all(old, error);
  if (fs::exists(live)) fs::rename(live, old, error);
  fs::rename(fresh, live, error);
  if (error) return Status::io_error(live.string() + ": cannot put the new index in place: " + error.message());
  fs::remove_all(old, error);
  return count;
}

}  // namespace vanthu::index
