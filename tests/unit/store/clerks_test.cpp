// SPDX-License-Identifier: Apache-2.0
//
// What clerks do to the library: publish a chosen version, unpublish with a reason, correct a draft's metadata,
// accounts and the audit log that records each of these.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "ingest/ingest.h"
#include "model/model.h"
#include "store/store.h"
#include "structure/structure.h"
#include "support/process.h"
#include "support/structure_support.h"

using namespace vanthu;

namespace {

store::AddResult add(store::Library& library, const std::string& name, const std::string& bytes,
                     store::Publication state) {
  auto added = library.add(store::Original{name, bytes}, test::document_of(bytes, name), state, "clerk.an");
  REQUIRE(added.is_ok());
  return added.value();
}

std::unique_ptr<store::Library> open_library(const std::filesystem::path& dir) {
  auto opened = store::Library::open(dir, store::OpenMode::Write);
  REQUIRE(opened.is_ok());
  return std::move(opened).value();
}

store::DocumentInfo reread(const store::Library& library, std::int64_t id) {
  auto found = library.document_by_id(id);
  REQUIRE(found.is_ok());
  REQUIRE(found.value());
  return *found.value();
}

const std::string kDecisionTitle = "Về việc thành lập tổ công tác";
const std::string kDecision =
    "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 12/QĐ-UBND\nAn Bình, ngày 03 tháng 02 năm 2025\nQUYẾT ĐỊNH\n"
    "Về việc thành lập tổ công tác\nĐiều 1. Thành lập\nThành lập tổ công tác.\n";

}  // namespace

TEST_CASE("A draft is published, then unpublished with a reason", "[store][clerks]") {
  test::TempFolder folder("clerks-publish");
  auto library = open_library(folder.path() / "lib");
  const auto added = add(*library, "qd12.txt", kDecision, store::Publication::Draft);
  CHECK(added.document.state == store::Publication::Draft);
  CHECK(added.document.published_version == 0);
  auto none = library->published_version(added.document);
  REQUIRE(none.is_ok());
  CHECK_FALSE(none.value());

  REQUIRE(library->publish(added.document.id, 0, "clerk.an").is_ok());
  const auto published = reread(*library, added.document.id);
  CHECK(published.state == store::Publication::Published);
  CHECK(published.published_version == 1);
  CHECK(library->publish(added.document.id, 0, "clerk.an").code() == StatusCode::FailedPrecondition);
  CHECK(library->publish(added.document.id, 7, "clerk.an").code() == StatusCode::NotFound);

  CHECK(library->unpublish(added.document.id, "   ", "clerk.an").code() == StatusCode::InvalidArgument);
  REQUIRE(library->unpublish(added.document.id, "Ban hành nhầm số", "clerk.an").is_ok());
  const auto withdrawn = reread(*library, added.document.id);
  CHECK(withdrawn.state == store::Publication::Unpublished);
  auto hidden = library->published_version(withdrawn);
  REQUIRE(hidden.is_ok());
  CHECK_FALSE(hidden.value());
  CHECK(library->unpublish(added.document.id, "again", "clerk.an").code() == StatusCode::FailedPrecondition);

  auto log = library->audit(added.document.id);
  REQUIRE(log.is_ok());
  REQUIRE(log->size() == 3);  // newest first
  CHECK(log->at(0).action == "unpublish");
  CHECK(log->at(0).detail == "Ban hành nhầm số");
  CHECK(log->at(0).who == "clerk.an");
  CHECK(log->at(1).action == "publish");
  CHECK(log->at(2).action == "add");
  CHECK(log->at(0).work_uri == added.document.work_uri);
}

TEST_CASE("A new draft version of a published document stays unseen until it is published", "[store][clerks]") {
  test::TempFolder folder("clerks-version");
  auto library = open_library(folder.path() / "lib");
  const auto first = add(*library, "qd12.txt", kDecision, store::Publication::Published);
  const std::string amended = kDecision + "Điều 2. Hiệu lực\nQuyết định có hiệu lực từ ngày ký.\n";
  const auto second = add(*library, "qd12.txt", amended, store::Publication::Draft);
  CHECK(second.outcome == store::AddOutcome::NewVersion);
  CHECK(second.version == 2);

  auto document = reread(*library, first.document.id);
  CHECK(document.state == store::Publication::Published);
  CHECK(document.published_version == 1);
  auto seen = library->published_version(document);
  REQUIRE(seen.is_ok());
  REQUIRE(seen.value());
  CHECK(seen.value()->number == 1);
  auto listed = library->published();
  REQUIRE(listed.is_ok());
  REQUIRE(listed->size() == 1);
  CHECK(listed->front().version.number == 1);

  // The draft version's facts may be corrected, but not so that the published address moves.
  model::Metadata moved = test::document_of(amended, "qd12.txt").meta;
  moved.date = "2025-02-05";
  CHECK(library->correct(first.document.id, moved, "clerk.an").status().code() == StatusCode::FailedPrecondition);
  moved.date = "2025-02-03";
  moved.title = "Về việc thành lập tổ công tác (sửa)";
  REQUIRE(library->correct(first.document.id, moved, "clerk.an").is_ok());
  CHECK(reread(*library, first.document.id).title == kDecisionTitle);  // the public title until it is published

  REQUIRE(library->publish(first.document.id, 2, "clerk.an").is_ok());
  document = reread(*library, first.document.id);
  CHECK(document.published_version == 2);
  listed = library->published();
  REQUIRE(listed.is_ok());
  CHECK(listed->front().version.number == 2);
  CHECK(document.title == "Về việc thành lập tổ công tác (sửa)");
}

TEST_CASE("Correcting a draft rewrites its XML and moves its address", "[store][clerks]") {
  test::TempFolder folder("clerks-correct");
  auto library = open_library(folder.path() / "lib");
  const auto added = add(*library, "qd12.txt", kDecision, store::Publication::Draft);
  CHECK(added.document.work_uri == "/akn/vn/statement/quyet-dinh/2025-02-03/12-qd-ubnd");

  model::Metadata corrected = test::document_of(kDecision, "qd12.txt").meta;
  corrected.date = "2025-02-04";
  corrected.title = "Về việc thành lập tổ công tác <phòng chống lụt bão>";
  const auto revised = library->correct(added.document.id, corrected, "clerk.an");
  REQUIRE(revised.is_ok());
  CHECK(revised->work_uri == "/akn/vn/statement/quyet-dinh/2025-02-04/12-qd-ubnd");
  CHECK(revised->date == "2025-02-04");
  CHECK(revised->title == "Về việc thành lập tổ công tác <phòng chống lụt bão>");

  auto versions = library->versions(added.document.id);
  REQUIRE(versions.is_ok());
  REQUIRE(versions->size() == 1);
  CHECK(versions->front().revision == 1);
  auto xml = library->xml(versions->front());
  REQUIRE(xml.is_ok());
  CHECK(xml->find("2025-02-04") != std::string::npos);
  CHECK(ingest::sha256_hex(xml.value()) == versions->front().xml_sha256);
  auto problems = library->check();
  REQUIRE(problems.is_ok());
  CHECK(problems->empty());

  auto log = library->audit(added.document.id);
  REQUIRE(log.is_ok());
  CHECK(log->front().action == "edit metadata");
  CHECK(log->front().detail.find("date: \"2025-02-03\" → \"2025-02-04\"") != std::string::npos);

  SECTION("a date that is not a day of the calendar is refused") {
    corrected.date = "2025-02-30";
    CHECK(library->correct(added.document.id, corrected, "clerk.an").status().code() ==
          StatusCode::InvalidArgument);
  }
  SECTION("the address of another document is refused") {
    const std::string other =
        "ỦY BAN NHÂN DÂN\nXÃ AN BÌNH\nSố: 13/QĐ-UBND\nAn Bình, ngày 04 tháng 02 năm 2025\nQUYẾT ĐỊNH\n"
        "Về việc khác\nĐiều 1. Nội dung\nNội dung.\n";
    add(*library, "qd13.txt", other, store::Publication::Published);
    corrected.number = "13/QĐ-UBND";
    CHECK(library->correct(added.document.id, corrected, "clerk.an").status().code() ==
          StatusCode::AlreadyExists);
  }
  SECTION("the version the public sees is never rewritten") {
    REQUIRE(library->publish(added.document.id, 0, "clerk.an").is_ok());
    corrected.title = "Khác";
    CHECK(library->correct(added.document.id, corrected, "clerk.an").status().code() ==
          StatusCode::FailedPrecondition);
  }
}

TEST_CASE("Clerk accounts keep salted slow hashes and verify only the right password", "[store][clerks]") {
  test::TempFolder folder("clerks-users");
  auto library = open_library(folder.path() / "lib");
  REQUIRE(library->add_user("clerk.an", "mật khẩu dài", "admin").is_ok());
  CHECK(library->add_user("clerk.an", "another password", "admin").code() == StatusCode::AlreadyExists);
  CHECK(library->add_user("bad name", "long enough", "admin").code() == StatusCode::InvalidArgument);
  CHECK(library->add_user("short", "1234567", "admin").code() == StatusCode::InvalidArgument);

  const auto right = library->verify_user("clerk.an", "mật khẩu dài");
  REQUIRE(right.is_ok());
  CHECK(right.value());
  const auto wrong = library->verify_user("clerk.an", "mật khẩu sai");
  REQUIRE(wrong.is_ok());
  CHECK_FALSE(wrong.value());
  const auto nobody = library->verify_user("nobody", "mật khẩu dài");
  REQUIRE(nobody.is_ok());
  CHECK_FALSE(nobody.value());

  // The hash is stored, never the password: not in the catalog, not in its write-ahead log.
  for (const char* file : {"catalog.sqlite", "catalog.sqlite-wal"}) {
    const auto bytes = vanthu::read_file(folder.path() / "lib" / file);
    if (!bytes.is_ok()) continue;
    CHECK(bytes->find("mật khẩu dài") == std::string::npos);
  }
  bool hash_stored = false;
  for (const char* file : {"catalog.sqlite", "catalog.sqlite-wal"}) {
    const auto bytes = vanthu::read_file(folder.path() / "lib" / file);
    hash_stored = hash_stored || (bytes.is_ok() && bytes->find("pbkdf2-sha256$600000$") != std::string::npos);
  }
  CHECK(hash_stored);
  auto log = library->audit();
  REQUIRE(log.is_ok());
  REQUIRE_FALSE(log->empty());
  CHECK(log->front().action == "user add");
  CHECK(log->front().who == "admin");
}

TEST_CASE("A library of the first schema is upgraded when opened", "[store][clerks]") {
  test::TempFolder folder("clerks-upgrade");
  const std::filesystem::path dir = folder.path() / "lib";
  std::int64_t id = 0;
  {
    auto library = open_library(dir);
    id = add(*library, "qd12.txt", kDecision, store::Publication::Published).document.id;
  }
  // Back to schema 1, as vanthu before the clerks' desk wrote it (SQLite's own tool, not our code).
  const std::string downgrade =
      "import sqlite3, sys\n"
      "db = sqlite3.connect(sys.argv[1])\n"
      "for s in ['ALTER TABLE documents DROP COLUMN published_version', 'ALTER TABLE versions DROP COLUMN revision',\n"
      "          'DROP TABLE users', 'DROP INDEX audit_by_document',\n"
      "          \"UPDATE settings SET value = '1' WHERE key = 'schema_version'\"]:\n"
      "    db.execute(s)\n"
      "db.commit()\n";
  const auto downgraded = test::run_process("python3", {"-c", downgrade, (dir / "catalog.sqlite").string()});
  INFO(downgraded.err);
  REQUIRE(downgraded.exit_code == 0);

  auto reader = store::Library::open(dir, store::OpenMode::ReadOnly);
  REQUIRE(reader.is_ok());
  const auto document = reread(*reader.value(), id);
  CHECK(document.published_version == 1);  // what the public saw before stays what it sees
  auto listed = reader.value()->published();
  REQUIRE(listed.is_ok());
  CHECK(listed->size() == 1);
  reader.value().reset();
  auto library = open_library(dir);
  CHECK(library->add_user("clerk.an", "mật khẩu dài", "admin").is_ok());
}
