// SPDX-License-Identifier: Apache-2.0
#include "server/editor.h"

#include <chrono>
#include <thread>

#include "index/index.h"
#include "ingest/ingest.h"
#include "structure/structure.h"

namespace vanthu::server {
namespace {

// The library opened for writing, waiting up to 10 s for another writer (`vanthu ingest`, another clerk) to finish.
Result<std::unique_ptr<store::Library>> open_for_writing(const Site& site) {
  constexpr auto kPatience = std::chrono::seconds(10);
  const auto deadline = std::chrono::steady_clock::now() + kPatience;
  Result<std::unique_ptr<store::Library>> opened = store::Library::open(site.dir(), store::OpenMode::Write);
  while (!opened.is_ok() && opened.status().code() == StatusCode::AlreadyExists &&
         std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    opened = store::Library::open(site.dir(), store::OpenMode::Write);
  }
  return opened;
}

// Brings the search index up to what was just changed. A change whose index update fails is still stored: the next
// writer (or `vanthu reindex`) catches up.
void take_into_index(const Site& site, const store::Library& library) {
  Result<std::unique_ptr<index::Index>> search_index = index::Index::open(site.dir() / "index", index::Access::Write);
  Result<std::size_t> caught =
      search_index.is_ok() ? index::catch_up(library, *search_index.value()) : Result<std::size_t>(search_index.status());
  if (!caught.is_ok()) log_error("server: the index did not take in a clerk's change: " + caught.status().message());
}

}  // namespace

std::vector<Stored> store_uploads(Site& site, const std::vector<Upload>& files, const std::string& who,
                                  std::int64_t version_of) {
  std::vector<Stored> out;
  Result<std::unique_ptr<store::Library>> library = open_for_writing(site);
  if (!library.is_ok()) {
    for (const Upload& file : files) out.push_back(Stored{file.filename, library.status(), {}, {}});
    return out;
  }
  for (const Upload& file : files) {
    Stored stored;
    stored.filename = file.filename;
    Result<ingest::Extracted> extracted = ingest::read_bytes(file.filename, file.bytes);
    if (!extracted.is_ok()) {
      stored.status = extracted.status();
      out.push_back(std::move(stored));
      continue;
    }
    model::Document document = structure::build(extracted.value());
    stored.warnings = document.warnings;
    store::Original original{file.filename, file.bytes, extracted->sha256};
    original.version_of = version_of;
    Result<store::AddResult> added = library.value()->add(original, document, store::Publication::Draft, who);
    if (added.is_ok()) {
      stored.added = std::move(added).value();
    } else {
      stored.status = added.status();
    }
    out.push_back(std::move(stored));
  }
  take_into_index(site, *library.value());
  return out;
}

Status publish_document(Site& site, std::int64_t id, int version, const std::string& who) {
  Result<std::unique_ptr<store::Library>> library = open_for_writing(site);
  if (!library.is_ok()) return library.status();
  Status done = library.value()->publish(id, version, who);
  take_into_index(site, *library.value());
  return done;
}

Status unpublish_document(Site& site, std::int64_t id, const std::string& reason, const std::string& who) {
  Result<std::unique_ptr<store::Library>> library = open_for_writing(site);
  if (!library.is_ok()) return library.status();
  Status done = library.value()->unpublish(id, reason, who);
  take_into_index(site, *library.value());
  return done;
}

Result<store::DocumentInfo> correct_document(Site& site, std::int64_t id, const model::Metadata& corrected,
                                             const std::string& who) {
  Result<std::unique_ptr<store::Library>> library = open_for_writing(site);
  if (!library.is_ok()) return library.status();
  Result<store::DocumentInfo> done = library.value()->correct(id, corrected, who);
  take_into_index(site, *library.value());
  return done;
}

}  // namespace vanthu::server
