// SPDX-License-Identifier: Apache-2.0
#include "server/editor.h"

#include <chrono>
#include <thread>

#include "index/index.h"
#include "ingest/ingest.h"
#include "structure/structure.h"

namespace vanthu::server {
namespace {

// Opens the library for writing, waiting up to 10 s for another writer to finish, runs change, then catches the
// index up; refused(status) answers when the library cannot be opened. A change whose index update fails is still
// stored: the next writer (or `vanthu reindex`) catches up.
template <class Change, class Refused>
auto with_writer(Site& site, Change change, Refused refused) -> decltype(change(std::declval<store::Library&>())) {
  constexpr auto kPatience = std::chrono::seconds(10);
  const auto deadline = std::chrono::steady_clock::now() + kPatience;
  Result<std::unique_ptr<store::Library>> opened = store::Library::open(site.dir(), store::OpenMode::Write);
  while (!opened.is_ok() && opened.status().code() == StatusCode::AlreadyExists &&
         std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    opened = store::Library::open(site.dir(), store::OpenMode::Write);
  }
  if (!opened.is_ok()) return refused(opened.status());
  store::Library& library = *opened.value();
  auto out = change(library);
  Result<std::unique_ptr<index::Index>> search_index = index::Index::open(site.dir() / "index", index::Access::Write);
  Result<std::size_t> caught =
      search_index.is_ok() ? index::catch_up(library, *search_index.value()) : Result<std::size_t>(search_index.status());
  if (!caught.is_ok()) log_error("server: the index did not take in a clerk's change: " + caught.status().message());
  return out;
}

template <class Change>
auto with_writer(Site& site, Change change) {
  return with_writer(site, change, [](const Status& status) { return decltype(change(std::declval<store::Library&>()))(status); });
}

}  // namespace

std::vector<Stored> store_uploads(Site& site, const std::vector<Upload>& files, const std::string& who,
                                  std::int64_t version_of) {
  return with_writer(site, [&](store::Library& library) {
    std::vector<Stored> out;
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
      Result<store::AddResult> added = library.add(original, document, store::Publication::Draft, who);
      if (added.is_ok()) {
        stored.added = std::move(added).value();
      } else {
        stored.status = added.status();
      }
      out.push_back(std::move(stored));
    }
    return out;
  }, [&](const Status& status) {
    std::vector<Stored> refused;
    for (const Upload& file : files) refused.push_back(Stored{file.filename, status, {}, {}});
    return refused;
  });
}

Status publish_document(Site& site, std::int64_t id, int version, const std::string& who) {
  return with_writer(site, [&](store::Library& library) { return library.publish(id, version, who); });
}

Status unpublish_document(Site& site, std::int64_t id, const std::string& reason, const std::string& who) {
  return with_writer(site, [&](store::Library& library) { return library.unpublish(id, reason, who); });
}

Result<store::DocumentInfo> correct_document(Site& site, std::int64_t id, const model::Metadata& corrected,
                                             const std::string& who) {
  return with_writer(site, [&](store::Library& library) { return library.correct(id, corrected, who); });
}

}  // namespace vanthu::server
