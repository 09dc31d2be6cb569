// SPDX-License-Identifier: Apache-2.0
//
// Rebuilding the index from the library: the index is derived, the canonical XML is the truth. The new index is
// built beside the old one and swapped in only when complete, so a crash leaves the old index whole.
//
// Every core writes. Xapian has one writer per database, and its writer (the inverter, then the flush) was the
// bottleneck of a rebuild: one thread at 100% while the one preparing documents idled at a third. So the documents
// are cut into consecutive chunks; each worker thread takes the next chunk, reads its documents from the library
// (one thread at a time: the library's catalog is a single connection), parses and prepares them, and writes them
// into a database of the chunk's own. Xapian's compactor then merges the chunks in their order: the units keep the
// library's order whichever worker wrote them, and the merged index comes out compact (full blocks, about a third
// smaller than one written by adding documents).
#include <algorithm>
#include <atomic>
#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

#include "index/index.h"
#include "index/index_impl.h"
#include "store/store.h"

namespace vanthu::index {
namespace {

namespace fs = std::filesystem;

// A chunk of consecutive documents and the database it is written to.
struct Chunk {
  std::size_t begin = 0, end = 0;
  fs::path dir;
};

// Enough chunks that two workers finish together (a chunk of big laws beside one of short decisions), few enough
// that each is worth a database.
constexpr std::size_t kChunksPerWorker = 8;
constexpr std::size_t kMinChunkDocuments = 8;

// Each worker holds Xapian's postings of a chunk in memory until it flushes (writer.cpp): about 80 MB.
constexpr std::size_t kMaxWorkers = 8;

std::vector<Chunk> chunks_of(std::size_t documents, std::size_t workers, const fs::path& parts) {
  const std::size_t wanted =
      std::max<std::size_t>(1, std::min(workers * kChunksPerWorker, documents / kMinChunkDocuments));
  const std::size_t size = (documents + wanted - 1) / wanted;
  std::vector<Chunk> chunks;
  for (std::size_t begin = 0; begin < documents; begin += size)
    chunks.push_back(Chunk{begin, std::min(documents, begin + size), parts / std::to_string(chunks.size())});
  return chunks;
}

// What the workers share: the library (behind its lock) and the first failure, which stops every worker at its
// next document.
class Workshop {
public:
  Workshop(const store::Library& library, const std::vector<store::DocumentInfo>& documents, std::int64_t change)
      : m_library(library), m_documents(documents), m_change(change) {}

  void work(const Chunk& chunk) {
    if (m_failed) return;
    if (Status status = write(chunk); !status.is_ok()) fail(std::move(status));
  }
  Status status() {
    std::lock_guard lock(m_mutex);
    return m_status;
  }
  std::size_t written() const { return m_written; }

private:
  Status write(const Chunk& chunk) {
    Result<std::unique_ptr<Index>> index = Index::open(chunk.dir, Access::Create);
    if (!index.is_ok()) return index.status();
    for (std::size_t at = chunk.begin; at < chunk.end && !m_failed; ++at) {
      const store::DocumentInfo& document = m_documents[at];
      Result<std::optional<PublishedXml>> published = read(document);
      if (!published.is_ok()) return published.status();
      if (!published.value()) continue;
      Result<Latest> latest = parse_published(document, std::move(*published.value()));
      if (!latest.is_ok()) return latest.status();
      if (Status added = index.value()->add(latest->document, latest->source); !added.is_ok())
        return Status::io_error(document.work_uri + ": " + added.message());
      ++m_written;
    }
    return index.value()->commit(m_change);
  }
  Result<std::optional<PublishedXml>> read(const store::DocumentInfo& document) {
    std::lock_guard lock(m_mutex);
    return published_xml(m_library, document);
  }
  void fail(Status status) {
    std::lock_guard lock(m_mutex);
    if (m_status.is_ok()) m_status = std::move(status);
    m_failed = true;
  }

  const store::Library& m_library;
  const std::vector<store::DocumentInfo>& m_documents;
  const std::int64_t m_change;
  std::mutex m_mutex;  // the library, and m_status
  Status m_status = Status::ok();
  std::atomic<std::size_t> m_written{0};
  std::atomic<bool> m_failed{false};
};

// The chunks' databases merged, in order, into one at dir (the compactor renumbers the units one after another).
Status merge(const std::vector<Chunk>& chunks, const fs::path& dir) {
  try {
    Xapian::Database all;
    for (const Chunk& chunk : chunks) all.add_database(Xapian::Database(chunk.dir.string()));
    all.compact(dir.string());
  } catch (const Xapian::Error& error) {
    return Status::io_error(dir.string() + ": merging the rebuilt index: " + error.get_description());
  }
  return Status::ok();
}

}  // namespace

Result<std::size_t> rebuild(const store::Library& library) {
  const fs::path fresh = library.dir() / "index.new";
  const fs::path parts = library.dir() / "index.parts";
  const fs::path live = library.dir() / "index";
  std::error_code error;
  fs::remove_all(fresh, error);
  fs::remove_all(parts, error);
  // The caller holds the library's writer lock: nothing changes while the index is rebuilt.
  Result<std::int64_t> change = library.last_change();
  if (!change.is_ok()) return change.status();
  Result<std::vector<store::DocumentInfo>> documents = library.documents();
  if (!documents.is_ok()) return documents.status();
  fs::create_directories(parts, error);
  if (error) return Status::io_error(parts.string() + ": cannot create: " + error.message());
  const std::size_t workers = std::min(core_count(), kMaxWorkers);
  const std::vector<Chunk> chunks = chunks_of(documents->size(), workers, parts);
  Workshop workshop(library, documents.value(), change.value());
  parallel_for(chunks.size(), workers, [&](std::size_t chunk) { workshop.work(chunks[chunk]); });
  Status built = workshop.status();
  if (built.is_ok() && !chunks.empty()) built = merge(chunks, fresh);
  fs::remove_all(parts, error);
  if (!built.is_ok()) return built;
  {
    // The merged index (or, for an empty library, a new one) records the change it reflects.
    Result<std::unique_ptr<Index>> index = Index::open(fresh, chunks.empty() ? Access::Create : Access::Write);
    if (!index.is_ok()) return index.status();
    if (Status committed = index.value()->commit(change.value()); !committed.is_ok()) return committed;
  }
  // Swap: the old index stays whole until the new one is complete.
  const fs::path old = library.dir() / "index.old";
  fs::remove_all(old, error);
  if (fs::exists(live)) fs::rename(live, old, error);
  fs::rename(fresh, live, error);
  if (error) return Status::io_error(live.string() + ": cannot put the new index in place: " + error.message());
  fs::remove_all(old, error);
  return workshop.written();
}

}  // namespace vanthu::index
