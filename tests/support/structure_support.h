// SPDX-License-Identifier: Apache-2.0
//
// Test helper: a document from text, through the real pipeline (ingest::read_bytes, structure::build); name is the
// file name it is read as (its extension picks the reader when the content cannot).
#pragma once

#include <catch2/catch.hpp>

#include <string>

#include "ingest/ingest.h"
#include "model/model.h"
#include "structure/structure.h"

namespace vanthu::test {

inline model::Document document_of(const std::string& text, const std::string& name = "doc.txt") {
  const auto read = ingest::read_bytes(name, text);
  REQUIRE(read.is_ok());
  return structure::build(read.value());
}

}  // namespace vanthu::test
