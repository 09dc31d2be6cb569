// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/index: the searchable units of a document (the whole document, and each of its own articles)
// and what a hit carries back.
#pragma once

#include <string>
#include <vector>

#include "index/index.h"
#include "model/model.h"

namespace vanthu::index {

struct SearchUnit {
  Hit hit;           // uri, eid, source, type, number, title, date (score and snippet empty)
  std::string text;  // the accented text searched and shown in snippets
  std::string issuer;
  std::string name;  // the document's name as searched with every unit: type + title ("Luật Đất đai")
};

std::vector<SearchUnit> units_of(const model::Document& document, const std::string& source);

// Hit fields and text in the Xapian document data, and back.
std::string encode_unit(const SearchUnit& unit);
SearchUnit decode_unit(const std::string& data);

}  // namespace vanthu::index
