// SPDX-License-Identifier: Apache-2.0
//
// Snippets as a citizen reads them, through Index::search: the passage with the query's words, found far into a
// long text; marks on the accented original; compounds marked whole; the text escaped. The record snippets read
// (units.h, private to the index module). And an index of an older format, which recover() rebuilds.
#include <catch2/catch.hpp>

#include <xapian.h>

#include <string>

#include "index/index.h"
#include "index/units.h"
#include "store/store.h"
#include "text/text.h"
#include "support/index_support.h"
#include "support/process.h"
#include "support/structure_support.h"

using namespace vanthu;

namespace {

// A decree whose article 2 puts the passage to find after some 400 tokens of other text, and more after it.
std::string decree() {
  std::string filler;
  for (int i = 0; i < 40; ++i) filler += "Công tác văn thư lưu trữ được thực hiện thường xuyên. ";
  return "CHÍNH PHỦ\nSố: 45/2021/NĐ-CP\nHà Nội, ngày 05 tháng 3 năm 2021\nNGHỊ ĐỊNH\nVề tổ chức thanh tra\n"
         "Điều 1. Phạm vi\nNghị định này áp dụng cho mọi cơ quan.\n"
         "Điều 2. Trách nhiệm\n" + filler +
         "Tổ hòa giải ở cơ sở có trách nhiệm báo cáo theo Nghị định số 30/2020/NĐ-CP và Thông tư số 12/2020/TT-BTC "
         "về mẫu <script>alert(1)</script> & \"biểu\". " + filler + "\n";
}

struct Case {
  const char* query;
  const char* shows;      // in the snippet
  const char* never = "";  // not in the snippet
};

}  // namespace

TEST_CASE("Snippets show the passage with the query words and mark them on the accented text", "[index]") {
  test::TempFolder folder("snippet");
  const std::unique_ptr<index::Index> opened = test::index_of(folder.path() / "index", {{decree(), "nd45.txt"}});
  index::Index& search_index = *opened;

  const Case cases[] = {
      // Far into the text, with text left out before and after.
      {"hòa giải cơ sở", "… ", ""},
      {"hòa giải cơ sở", "<mark>hòa</mark> <mark>giải</mark> ở <mark>cơ</mark> <mark>sở</mark> có", "<mark>có</mark>"},
      {"hòa giải cơ sở", " …", ""},
      // Typed without marks, every spelling that folds to a word is that word.
      {"hoa giai co so", "<mark>hòa</mark> <mark>giải</mark> ở <mark>cơ</mark> <mark>sở</mark> <mark>có</mark>"},
      // A document number marks that number whole, not the numbers that share its parts.
      {"30/2020/nđ-cp", "<mark>30/2020/NĐ-CP</mark>", "<mark>12/2020/TT-BTC</mark>"},
      {"30/2020/nđ-cp", "12/2020/TT-BTC", "<mark>2020</mark>"},
      // What the text says is shown as text.
      {"alert", "&lt;script&gt;<mark>alert</mark>(1)&lt;/script&gt; &amp; &quot;biểu&quot;", "<script>"},
      // Words only in the title: the snippet is the beginning of the text.
      {"thanh tra", "Điều 1. Phạm vi", "… Điều 1"},
  };
  for (const Case& c : cases) {
    index::Request request;
    request.query = c.query;
    const auto response = search_index.search(request);
    INFO(c.query);
    REQUIRE(response.is_ok());
    REQUIRE(response->hits.size() == 1);
    const std::string& snippet = response->hits[0].snippet;
    INFO(snippet);
    CHECK(snippet.find(c.shows) != std::string::npos);
    if (*c.never) CHECK(snippet.find(c.never) == std::string::npos);
  }

  // Article hits have their own passages.
  index::Request request;
  request.query = "phạm vi cơ quan";
  request.unit = index::Unit::Article;
  const auto articles = search_index.search(request);
  REQUIRE(articles.is_ok());
  REQUIRE_FALSE(articles->hits.empty());
  CHECK(articles->hits[0].eid == "art_1");
  CHECK(articles->hits[0].snippet == "Điều 1. <mark>Phạm</mark> <mark>vi</mark> Nghị định này áp dụng cho mọi "
                                     "<mark>cơ</mark> <mark>quan</mark>.");
}

TEST_CASE("An index of an older format is rebuilt when the library is next opened for search", "[index]") {
  test::TempFolder folder("format");
  const std::filesystem::path dir = folder.path() / "lib";
  {
    auto opened = store::Library::open(dir, store::OpenMode::Write);
    REQUIRE(opened.is_ok());
    const model::Document document = test::document_of(decree());
    REQUIRE(opened.value()->add(store::Original{"nd45.txt", decree()}, document, store::Publication::Published, "test")
                .is_ok());
    REQUIRE(index::rebuild(*opened.value()).is_ok());
  }
  {
    auto search_index = index::Index::open(dir / "index", index::Access::Read);
    REQUIRE(search_index.is_ok());
    CHECK(search_index.value()->format() == index::Index::kFormat);
  }
  // As a build from before formats were numbered left it: no format recorded.
  {
    Xapian::WritableDatabase database((dir / "index").string(), Xapian::DB_OPEN);
    database.set_metadata("vanthu.index_format", "");
    database.commit();
  }
  {
    auto library = store::Library::open(dir, store::OpenMode::ReadOnly);
    REQUIRE(library.is_ok());
    auto search_index = index::Index::open(dir / "index", index::Access::Read);
    REQUIRE(search_index.is_ok());
    CHECK(search_index.value()->format() == 1);
    const auto problems = index::disagreements(*library.value(), *search_index.value());
    REQUIRE(problems.is_ok());
    REQUIRE(problems->size() == 1);
    CHECK(problems->front().find("format 1") != std::string::npos);
  }
  // Writing to it keeps its format: what was indexed before is still in the old one.
  {
    auto writable = index::Index::open(dir / "index", index::Access::Write);
    REQUIRE(writable.is_ok());
    REQUIRE(writable.value()->commit(writable.value()->synced_change().value()).is_ok());
    CHECK(writable.value()->format() == 1);
  }
  const auto recovered = index::recover(dir);
  REQUIRE(recovered.is_ok());
  CHECK(recovered.value() == 1);
  auto search_index = index::Index::open(dir / "index", index::Access::Read);
  REQUIRE(search_index.is_ok());
  CHECK(search_index.value()->format() == index::Index::kFormat);
  index::Request request;
  request.query = "hòa giải";
  const auto response = search_index.value()->search(request);
  REQUIRE(response.is_ok());
  REQUIRE(response->hits.size() == 1);
  CHECK(response->hits[0].snippet.find("<mark>hòa</mark> <mark>giải</mark>") != std::string::npos);
}

TEST_CASE("A unit's passages record reads back as written and a damaged one is refused", "[index]") {
  index::SearchUnit unit;
  unit.text = "Điều 5. Hòa giải ở cơ sở. " + std::string(40000, 'a');  // past the 16 KB kept
  const std::size_t stored = index::stored_text(unit.text).size();
  text::tokenize(unit.text, [&](const text::Token& token) { unit.map.note(token, stored); });
  REQUIRE(unit.map.checkpoints.size() == 1);  // one long "word" after the first seven tokens
  const std::string record = index::encode_passages(unit);

  index::SearchUnit back;
  REQUIRE(index::decode_passages(record, back));
  CHECK(back.text == index::stored_text(unit.text));
  CHECK(back.text.size() == 16 * 1024);
  CHECK(back.map.checkpoints.front().offset == 0);
  REQUIRE(back.map.masks.size() == 1);
  CHECK(index::has_bit(back.map.masks[0], index::mask_bit("hoa")));
  CHECK(back.map.masks == unit.map.masks);

  const std::string cut[] = {"", record.substr(0, 6), record.substr(0, 20)};
  for (const std::string& damaged : cut) {
    index::SearchUnit none;
    CHECK_FALSE(index::decode_passages(damaged, none));
    CHECK(none.text.empty());
  }
}
