// SPDX-License-Identifier: Apache-2.0
//
// Test helper: a search index in a scratch folder, holding documents made from text through the real pipeline
// (structure_support.h) and committed, ready to search.
#pragma once

#include <catch2/catch.hpp>

#include <filesystem>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "index/index.h"
#include "support/structure_support.h"

namespace vanthu::test {

// documents: (text, source file name) pairs, added in order.
inline std::unique_ptr<index::Index> index_of(const std::filesystem::path& dir,
                                              const std::vector<std::pair<std::string, std::string>>& documents) {
  auto opened = index::Index::open(dir, index::Access::Write);
  REQUIRE(opened.is_ok());
  std::unique_ptr<index::Index> search_index = std::move(opened).value();
  for (const auto& [text, source] : documents) REQUIRE(search_index->add(document_of(text), source).is_ok());
  REQUIRE(search_index->commit(1).is_ok());
  return search_index;
}

}  // namespace vanthu::test
