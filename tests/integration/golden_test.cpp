// SPDX-License-Identifier: Apache-2.0
//
// Golden files for ingest → Akoma Ntoso: every document under corpus/ is converted and compared byte for byte with
// tests/golden/ingest/<path>.xml (the writer is deterministic, so a diff is a real change). A file vanthu refuses
// (an image-only PDF) has its message in <path>.error.txt instead. UPDATE_GOLDEN=1 rewrites them; review the diff
// (scripts/update-golden prints it). Every output must also validate against the schema.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "base/base.h"
#include "ingest/ingest.h"
#include "model/model.h"
#include "structure/structure.h"
#include "support/test_support.h"

using namespace vanthu;
namespace fs = std::filesystem;

namespace {

const fs::path kCorpus = fs::path(VANTHU_SOURCE_DIR) / "corpus";
const fs::path kGolden = fs::path(VANTHU_SOURCE_DIR) / "tests" / "golden" / "ingest";

std::vector<fs::path> corpus_documents() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(kCorpus)) {
    if (!entry.is_regular_file()) continue;
    const std::string name = entry.path().filename().string();
    if (name == "README.md" || name.ends_with(".truth.txt")) continue;
    files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("Every corpus document converts to its golden Akoma Ntoso", "[golden]") {
  const std::vector<fs::path> files = corpus_documents();
  REQUIRE(files.size() >= 30);
  int converted = 0;
  for (const fs::path& file : files) {
    const fs::path relative = fs::relative(file, kCorpus);
    INFO(relative.string());
    const auto read = ingest::read_file(file);
    if (!read.is_ok()) {
      // Refusals are golden too: the message must stay clear and name the file (relative, so it is stable).
      std::string message = read.status().message();
      const std::string prefix = file.string();
      if (message.starts_with(prefix)) message = relative.string() + message.substr(prefix.size());
      test::check_golden(kGolden / (relative.string() + ".error.txt"), message + "\n");
      continue;
    }
    ingest::Extracted extracted = read.value();
    extracted.source = relative.string();
    // Messages name the file as it was given; the goldens must not depend on where the clone lives.
    for (std::string& warning : extracted.warnings) {
      if (const auto at = warning.find(file.string()); at != std::string::npos)
        warning.replace(at, file.string().size(), relative.string());
    }
    const model::Document document = structure::build(extracted);
    const std::string xml = model::to_akn(document);
    const Status valid = model::validate_akn(xml);
    INFO(valid.to_string());
    CHECK(valid.is_ok());
    test::check_golden(kGolden / (relative.string() + ".xml"), xml);
    ++converted;
  }
  CHECK(converted >= 30);
}
