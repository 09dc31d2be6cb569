// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/index: the state behind Index, shared by writer.cpp and search.cpp.
#pragma once

#include <xapian.h>

#include <filesystem>
#include <memory>
#include <string>

#include "index/index.h"
#include "index/units.h"

namespace vanthu::index {

struct Index::Impl {
  std::filesystem::path dir;
  std::unique_ptr<Xapian::WritableDatabase> writable;
  std::unique_ptr<Xapian::Database> readable;
  const Xapian::Database& database() const { return writable ? *writable : *readable; }
};

// The query a request's text and filters make (query.cpp). InvalidArgument for queries that say nothing.
struct BuiltQuery {
  Xapian::Query query;
  std::vector<std::string> highlight;  // folded keys to mark in snippets
};
Result<BuiltQuery> build_query(const Request& request);

// The passage of text around the first match of any highlight key, matches wrapped in <mark>, HTML-escaped.
std::string make_snippet(const std::string& text, const std::vector<std::string>& highlight);

}  // namespace vanthu::index
