// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "base/base.h"

namespace vanthu {
namespace {

std::filesystem::path fresh_folder(const std::string& name) {
  const std::filesystem::path folder =
      std::filesystem::temp_directory_path() / ("vanthu-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(folder);
  return folder;
}

TEST_CASE("write_file_atomic creates folders and replaces files whole", "[base]") {
  const std::filesystem::path folder = fresh_folder("atomic");
  const std::filesystem::path path = folder / "a" / "b" / "doc.xml";
  REQUIRE(write_file_atomic(path, "first").is_ok());
  CHECK(read_file(path).value() == "first");
  REQUIRE(write_file_atomic(path, "second, longer").is_ok());
  CHECK(read_file(path).value() == "second, longer");
  // No temporary file is left beside the result.
  int entries = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(path.parent_path())) ++entries;
  CHECK(entries == 1);
  std::filesystem::remove_all(folder);
}

TEST_CASE("write_file_atomic reports a folder it cannot create and leaves the old file", "[base]") {
  const std::filesystem::path folder = fresh_folder("blocked");
  std::filesystem::create_directories(folder);
  const std::filesystem::path blocker = folder / "file";
  std::ofstream(blocker) << "keep me";
  const Status status = write_file_atomic(blocker / "child.txt", "x");  // a file where a folder should be
  CHECK(status.code() == StatusCode::IoError);
  CHECK(status.message().find("file") != std::string::npos);
  CHECK(read_file(blocker).value() == "keep me");
  std::filesystem::remove_all(folder);
}

TEST_CASE("read_file names the path in its errors", "[base]") {
  const Result<std::string> missing = read_file("/nonexistent/vanthu/doc.txt");
  REQUIRE_FALSE(missing.is_ok());
  CHECK(missing.status().code() == StatusCode::NotFound);
  CHECK(missing.status().message().find("/nonexistent/vanthu/doc.txt") != std::string::npos);

  const Result<std::string> folder = read_file(std::filesystem::temp_directory_path());
  CHECK(folder.status().code() == StatusCode::InvalidArgument);
}

}  // namespace
}  // namespace vanthu
