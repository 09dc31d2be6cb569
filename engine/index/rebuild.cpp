// SPDX-License-Identifier: Apache-2.0
//
// Rebuilding the index from the library: the index is derived, the canonical XML is the truth. The new index is
// built beside the old one and swapped in only when complete, so a crash leaves the old index whole.
//
// Two cores, two stages: a reader thread loads, parses and tokenizes the next documents (prepare) while this thread
// writes the previous ones into Xapian, which is single-writer. A short bounded queue keeps memory flat.
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "index/index.h"
#include "index/index_impl.h"
#include "store/store.h"

namespace vanthu::index {
namespace {

namespace fs = std::filesystem;

// The hand-over between the reader and the writer. The reader pushes prepared documents, then a final status; the
// writer pops until it gets that status. Either side can stop the other (close).
class Handover {
public:
  // False when the writer has stopped: the reader stops too.
  bool push(Prepared prepared) {
    std::unique_lock lock(m_mutex);
    m_space.wait(lock, [&] { return m_queue.size() < kDepth || m_closed; });
    if (m_closed) return false;
    m_queue.push_back(std::move(prepared));
    m_ready.notify_one();
    return true;
  }
  void finish(Status status) {
    std::lock_guard lock(m_mutex);
    m_end = std::move(status);
    m_ready.notify_one();
  }
  // The next document, or nullopt when the reader has finished (its status is then in end()).
  std::optional<Prepared> pop() {
    std::unique_lock lock(m_mutex);
    m_ready.wait(lock, [&] { return !m_queue.empty() || m_end.has_value(); });
    if (m_queue.empty()) return std::nullopt;
    Prepared next = std::move(m_queue.front());
    m_queue.pop_front();
    m_space.notify_one();
    return next;
  }
  void close() {
    std::lock_guard lock(m_mutex);
    m_closed = true;
    m_space.notify_one();
  }
  Status end() {
    std::lock_guard lock(m_mutex);
    return m_end.value_or(Status::ok());
  }

private:
  static constexpr std::size_t kDepth = 8;
  std::mutex m_mutex;
  std::condition_variable m_ready, m_space;
  std::deque<Prepared> m_queue;
  std::optional<Status> m_end;
  bool m_closed = false;
};

// The reader stage: every published document's latest XML, parsed and prepared.
void read_documents(const store::Library& library, Handover& handover) {
  Result<std::vector<store::DocumentInfo>> documents = library.documents();
  if (!documents.is_ok()) return handover.finish(documents.status());
  for (const store::DocumentInfo& document : documents.value()) {
    Result<std::optional<Latest>> latest = latest_published(library, document);
    if (!latest.is_ok()) return handover.finish(latest.status());
    if (!latest.value()) continue;
    try {
      if (!handover.push(prepare(latest.value()->document, latest.value()->source))) return handover.finish(Status::ok());
    } catch (const Xapian::Error& error) {
      return handover.finish(Status::internal(document.work_uri + ": index: " + error.get_description()));
    }
  }
  handover.finish(Status::ok());
}

}  // namespace

Result<std::size_t> rebuild(const store::Library& library) {
  const fs::path fresh = library.dir() / "index.new";
  const fs::path live = library.dir() / "index";
  std::error_code error;
  fs::remove_all(fresh, error);
  std::size_t count = 0;
  {
    // The caller holds the library's writer lock: nothing changes while the index is rebuilt.
    Result<std::int64_t> change = library.last_change();
    if (!change.is_ok()) return change.status();
    Result<std::unique_ptr<Index>> index = Index::open(fresh, Access::Create);
    if (!index.is_ok()) return index.status();
    Handover handover;
    std::thread reader([&] { read_documents(library, handover); });
    Status written = Status::ok();
    while (std::optional<Prepared> next = handover.pop()) {
      written = index.value()->m_impl->write(std::move(*next));
      if (!written.is_ok()) break;
      ++count;
    }
    handover.close();
    reader.join();
    if (!written.is_ok()) return written;
    if (Status read = handover.end(); !read.is_ok()) return read;
    if (Status committed = index.value()->commit(change.value()); !committed.is_ok()) return committed;
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
