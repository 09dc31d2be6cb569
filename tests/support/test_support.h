// SPDX-License-Identifier: Apache-2.0
//
// Helpers shared by the tests: where the test data lives, and reading it.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "base/base.h"

namespace vanthu::test {

inline std::filesystem::path test_data(const std::string& name) { return std::filesystem::path(VANTHU_TEST_DATA) / name; }
inline std::filesystem::path shared_data(const std::string& name) {
  return std::filesystem::path(VANTHU_SHARED_DATA) / name;
}

// The whole file; fails the test (with the path) when it cannot be read.
inline std::string read_or_fail(const std::filesystem::path& path) {
  Result<std::string> data = read_file(path);
  INFO(path.string());
  REQUIRE(data.is_ok());
  return std::move(data).value();
}

// Golden files: UPDATE_GOLDEN=1 rewrites them from the code (review the diff); otherwise they are compared.
inline bool updating_golden() {
  const char* update = std::getenv("UPDATE_GOLDEN");
  return update != nullptr && std::string(update) == "1";
}

// Compares actual with the golden file byte for byte, or writes it when updating.
inline void check_golden(const std::filesystem::path& golden, const std::string& actual) {
  if (updating_golden()) {
    std::filesystem::create_directories(golden.parent_path());
    REQUIRE(write_file_atomic(golden, actual).is_ok());
    return;
  }
  const Result<std::string> expected = read_file(golden);
  INFO("golden file " << golden.string() << " (UPDATE_GOLDEN=1 creates it)");
  REQUIRE(expected.is_ok());
  CHECK(expected.value() == actual);
}

// The lines of a file, without their line feeds.
inline std::vector<std::string> lines_of(const std::string& data) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < data.size()) {
    std::size_t end = data.find('\n', start);
    if (end == std::string::npos) end = data.size();
    lines.push_back(data.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

}  // namespace vanthu::test
