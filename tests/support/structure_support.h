// SPDX-License-Identifier: Apache-2.0
//
// Test helper: a document from text, through the real pipeline (ingest::read_bytes as a .txt, structure::build).
#pragma once

#include <catch2/catch.hpp>

#include <string>

#include "ingest/ingest.h"
#include "model/model.h"
#include "structure/structure.h"

namespace vanthu::test {

inline model::Document document_of(const std::string& text) {
  const auto read = ingest::read_bytes("doc.txt", text);
  REQUIRE(read.is_ok());
  return structure::build(read.value());
}

}  // namespace vanthu::test
