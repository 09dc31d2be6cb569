// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/store: what library.cpp (adding, reading, checking) and clerks.cpp (publishing, correcting,
// accounts) share: the open library and where its files live.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "store/catalog.h"
#include "store/store.h"

namespace vanthu::store {

struct Library::Impl {
  std::filesystem::path dir;
  std::unique_ptr<Catalog> catalog;
  int lock_fd = -1;

  ~Impl();
};

// <root>/ab/abcdef…<suffix>
std::filesystem::path sharded(const std::filesystem::path& root, const std::string& sha256, std::string_view suffix);
// The canonical XML of a version: <dir>/xml/ab/<original sha256>.xml, and ….r<N>.xml for its Nth correction.
std::filesystem::path xml_path(const std::filesystem::path& dir, const std::string& original_sha256, int revision);
// Writes bytes to path unless a file is already there (content-addressed files never change).
Status write_once(const std::filesystem::path& path, std::string_view bytes);

// The catalog key of the work a document with this metadata belongs to: its URI, or "URI~N" when its URI is weak (no
// number or no full date: minutes named by title) and another work from a differently named file holds it.
// own_id is the document being corrected (its own key is not a collision); 0 when adding. holder is the document
// that already has the key, if any (for a strong URI it may be another work: the caller decides).
struct WorkKey {
  std::string key;
  std::optional<DocumentInfo> holder;
};
Result<WorkKey> choose_work_key(const Catalog& catalog, const model::Metadata& meta, const std::string& source,
                                std::int64_t own_id);

}  // namespace vanthu::store
