// SPDX-License-Identifier: Apache-2.0
//
// Bad input: each gets a clear error naming the file and the cause (or a warning and a best-effort document),
// quickly and without a crash. Zip bombs, ../ entries and deep HTML are in docx_html_pdf_test.cpp; entity attacks on
// XML in model_test.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "ingest/ingest.h"

using namespace vanthu;

TEST_CASE("An empty file is refused with its name", "[ingest]") {
  const auto read = ingest::read_bytes("empty.txt", "");
  REQUIRE_FALSE(read.is_ok());
  CHECK(read.status().message() == "empty.txt: the file is empty");
}

TEST_CASE("Binary garbage named .txt is refused as binary", "[ingest]") {
  std::mt19937 random(42);
  std::string garbage(64 * 1024, '\0');
  for (char& c : garbage) c = static_cast<char>(random() & 0xFF);
  const auto read = ingest::read_bytes("garbage.txt", garbage);
  REQUIRE_FALSE(read.is_ok());
  CHECK(read.status().message().starts_with("garbage.txt: binary data, not text"));
}

TEST_CASE("A file over the size limit is refused before it is read", "[ingest]") {
  const std::filesystem::path path = std::filesystem::temp_directory_path() / "vanthu-100mb.txt";
  {
    std::ofstream out(path, std::ios::binary);
    out.seekp((100 << 20) - 1);
    out.put('a');
  }
  const auto read = ingest::read_file(path);
  std::filesystem::remove(path);
  REQUIRE_FALSE(read.is_ok());
  CHECK(read.status().message().find("100 MB, larger than the 64 MB") != std::string::npos);
  CHECK(read.status().message().starts_with(path.string()));
}

TEST_CASE("A missing file and a folder are told apart", "[ingest]") {
  const auto missing = ingest::read_file("/nonexistent/x.docx");
  REQUIRE_FALSE(missing.is_ok());
  CHECK(missing.status().code() == StatusCode::NotFound);
  const auto folder = ingest::read_file(std::filesystem::temp_directory_path());
  REQUIRE_FALSE(folder.is_ok());
  CHECK(folder.status().message().find("is a folder") != std::string::npos);
}

TEST_CASE("Truncated and hostile containers fail cleanly", "[ingest]") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"cut.docx", std::string("PK\x03\x04\x14\x00\x00\x00", 8)},
      {"cut.doc", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(100, '\x01')},
      {"cut.pdf", "%PDF-1.4\n1 0 obj\n<<"},
      {"cut.rtf", "{\\rtf1{{{{{{"},
      {"evil.xml", "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><akomaNtoso>&x;</akomaNtoso>"},
  };
  for (const auto& [name, bytes] : cases) {
    INFO(name);
    const auto read = ingest::read_bytes(name, bytes);
    if (!read.is_ok()) {
      CHECK(read.status().message().starts_with(name));
    } else {
      CHECK_FALSE(read->warnings.empty());
    }
  }
}
