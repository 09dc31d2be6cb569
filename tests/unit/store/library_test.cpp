// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "ingest/ingest.h"
#include "store/store.h"
#include "structure/structure.h"
#include "support/process.h"
#include "support/structure_support.h"

using namespace vanthu;

namespace {

Result<store::AddResult> add(store::Library& library, const std::string& name, const std::string& bytes,
                             store::Publication state = store::Publication::Published) {
  return library.add(store::Original{name, bytes}, test::document_of(bytes, name), state, "test");
}

const std::string kDecree =
    "CHÍNH PHỦ\nSố: 10/2025/NĐ-CP\nHà Nội, ngày 02 tháng 01 năm 2025\nNGHỊ ĐỊNH\nQuy định thử nghiệm\n"
    "Điều 1. Phạm vi\nNội dung một.\n";

std::unique_ptr<store::Library> open_library(const std::filesystem::path& dir) {
  auto opened = store::Library::open(dir, store::OpenMode::Write);
  REQUIRE(opened.is_ok());
  return std::move(opened).value();
}

}  // namespace

TEST_CASE("Adding the same bytes twice changes nothing", "[store]") {
  test::TempFolder folder("store-same");
  auto library = open_library(folder.path() / "lib");
  const auto first = add(*library, "nd10.txt", kDecree);
  REQUIRE(first.is_ok());
  CHECK(first->outcome == store::AddOutcome::Added);
  CHECK(first->version == 1);
  CHECK(first->document.work_uri == "/akn/vn/act/nghi-dinh/2025-01-02/10-2025-nd-cp");
  CHECK(first->document.state == store::Publication::Published);
  const auto second = add(*library, "copy-of-nd10.txt", kDecree);
  REQUIRE(second.is_ok());
  CHECK(second->outcome == store::AddOutcome::Unchanged);
  CHECK(second->document.id == first->document.id);
  const auto documents = library->documents();
  REQUIRE(documents.is_ok());
  CHECK(documents->size() == 1);
}

TEST_CASE("Changed bytes of the same work become its next version", "[store]") {
  test::TempFolder folder("store-version");
  auto library = open_library(folder.path() / "lib");
  REQUIRE(add(*library, "nd10.txt", kDecree).is_ok());
  const auto changed = add(*library, "nd10.txt", kDecree + "Điều 2. Hiệu lực\nNội dung hai.\n");
  REQUIRE(changed.is_ok());
  CHECK(changed->outcome == store::AddOutcome::NewVersion);
  CHECK(changed->version == 2);
  CHECK(changed->document.versions == 2);
  const auto versions = library->versions(changed->document.id);
  REQUIRE(versions.is_ok());
  REQUIRE(versions->size() == 2);
  const auto xml = library->xml(versions->back());
  REQUIRE(xml.is_ok());
  CHECK(xml->find("Điều 2.") != std::string::npos);
  const auto original = library->original(versions->front());
  REQUIRE(original.is_ok());
  CHECK(original.value() == kDecree);
}

TEST_CASE("Unrelated minutes with the same title stay apart", "[store]") {
  test::TempFolder folder("store-weak");
  auto library = open_library(folder.path() / "lib");
  const std::string minutes_a = "BIÊN BẢN\nHọp giao ban tuần\nThời gian: 8 giờ.\nNội dung A.\n";
  const std::string minutes_b = "BIÊN BẢN\nHọp giao ban tuần\nThời gian: 9 giờ.\nNội dung B.\n";
  const auto a = add(*library, "xa-an-binh.txt", minutes_a);
  const auto b = add(*library, "xa-phu-lam.txt", minutes_b);
  REQUIRE(a.is_ok());
  REQUIRE(b.is_ok());
  CHECK(b->outcome == store::AddOutcome::Added);
  CHECK(a->document.id != b->document.id);
  // Each keeps a public address of its own, in the catalog and in its canonical XML alike.
  CHECK(a->work_suffix.empty());
  CHECK(b->work_suffix == "2");
  CHECK(b->document.work_uri == a->document.work_uri + "-2");
  const auto versions = library->versions(b->document.id);
  REQUIRE(versions.is_ok());
  const auto xml = library->xml(versions->back());
  REQUIRE(xml.is_ok());
  const auto stored = model::from_akn("b", xml.value());
  REQUIRE(stored.is_ok());
  CHECK(model::work_uri(stored->meta) == b->document.work_uri);
  CHECK(model::validate_akn(xml.value()).is_ok());
  // A new version of the second one stays the second one.
  const auto b2 = add(*library, "xa-phu-lam.txt", minutes_b + "Bổ sung.\n");
  REQUIRE(b2.is_ok());
  CHECK(b2->outcome == store::AddOutcome::NewVersion);
  CHECK(b2->document.work_uri == b->document.work_uri);
}

TEST_CASE("Drafts are stored as drafts", "[store]") {
  test::TempFolder folder("store-draft");
  auto library = open_library(folder.path() / "lib");
  const auto added = add(*library, "nd10.txt", kDecree, store::Publication::Draft);
  REQUIRE(added.is_ok());
  CHECK(added->document.state == store::Publication::Draft);
}

TEST_CASE("A second writer is refused while the first holds the library", "[store]") {
  test::TempFolder folder("store-lock");
  auto first = open_library(folder.path() / "lib");
  const auto second = store::Library::open(folder.path() / "lib", store::OpenMode::Write);
  REQUIRE_FALSE(second.is_ok());
  CHECK(second.status().message().find("another process is writing") != std::string::npos);
  first.reset();
  CHECK(store::Library::open(folder.path() / "lib", store::OpenMode::Write).is_ok());
}

TEST_CASE("Check finds originals and XML changed or missing on disk", "[store]") {
  test::TempFolder folder("store-check");
  const std::filesystem::path dir = folder.path() / "lib";
  auto library = open_library(dir);
  const auto added = add(*library, "nd10.txt", kDecree);
  REQUIRE(added.is_ok());
  auto clean = library->check();
  REQUIRE(clean.is_ok());
  CHECK(clean->empty());
  const std::string sha = ingest::sha256_hex(kDecree);
  std::ofstream(dir / "originals" / sha.substr(0, 2) / sha, std::ios::binary | std::ios::trunc) << "tampered";
  std::filesystem::remove(dir / "xml" / sha.substr(0, 2) / (sha + ".xml"));
  auto problems = library->check();
  REQUIRE(problems.is_ok());
  REQUIRE(problems->size() == 2);
  CHECK(problems->at(0).find("original changed on disk") != std::string::npos);
  CHECK(problems->at(1).find("XML missing") != std::string::npos);
}

TEST_CASE("Opening a library that does not exist for reading says so", "[store]") {
  const auto opened = store::Library::open("/nonexistent/vanthu-library", store::OpenMode::ReadOnly);
  REQUIRE_FALSE(opened.is_ok());
  CHECK(opened.status().code() == StatusCode::NotFound);
}
