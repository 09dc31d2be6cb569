// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "index/index.h"
#include "store/store.h"
#include "support/index_support.h"
#include "support/process.h"
#include "support/structure_support.h"

using namespace vanthu;

namespace {

const char* kDecree =
    "CHÍNH PHỦ\nSố: 30/2020/NĐ-CP\nHà Nội, ngày 05 tháng 3 năm 2020\nNGHỊ ĐỊNH\nVề công tác văn thư\n"
    "Điều 1. Phạm vi điều chỉnh\nNghị định này quy định về công tác văn thư của Ủy ban nhân dân các cấp.\n"
    "Điều 2. Hòa giải ở cơ sở\nViệc hòa giải do tổ hòa giải thực hiện.\n";
const char* kCircular =
    "BỘ TÀI CHÍNH\nSố: 12/2021/TT-BTC\nHà Nội, ngày 01 tháng 2 năm 2021\nTHÔNG TƯ\nHướng dẫn thuế\n"
    "Điều 1. Phạm vi\nThông tư này hướng dẫn thuế giá trị gia tăng.\n";

struct Fixture {
  test::TempFolder folder{"index"};
  std::unique_ptr<index::Index> index;
  Fixture() : index(test::index_of(folder.path() / "index", {{kDecree, "nd30.txt"}, {kCircular, "tt12.txt"}})) {}
  index::Response search(const std::string& query, index::Unit unit = index::Unit::Document) {
    index::Request request;
    request.query = query;
    request.unit = unit;
    auto response = index->search(request);
    INFO(query << ": " << response.status().to_string());
    REQUIRE(response.is_ok());
    return std::move(response).value();
  }
};

}  // namespace

TEST_CASE("Queries with and without diacritics find the same document", "[index]") {
  Fixture f;
  for (const char* query : {"công tác văn thư", "cong tac van thu", "CONG TAC VAN THU"}) {
    const auto response = f.search(query);
    REQUIRE_FALSE(response.hits.empty());
    CHECK(response.hits[0].uri == "/akn/vn/act/nghi-dinh/2020-03-05/30-2020-nd-cp");
  }
}

TEST_CASE("Article hits point at the provision with a marked snippet", "[index]") {
  Fixture f;
  const auto response = f.search("hoa giai", index::Unit::Article);
  REQUIRE_FALSE(response.hits.empty());
  CHECK(response.hits[0].eid == "art_2");
  CHECK(response.hits[0].snippet.find("<mark>hòa</mark> <mark>giải</mark>") != std::string::npos);
}

TEST_CASE("A word typed with marks ranks its own spelling first", "[index]") {
  const auto decision = [](const std::string& number, const std::string& word) {
    return "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSố: " + number + "/QĐ-UBND\nHà Giang, ngày 05 tháng 3 năm 2020\n"
           "QUYẾT ĐỊNH\nVề giá bán\nĐiều 1. Giá bán\nGiá bán lẻ được " + word + " xuống theo quyết định này.\n";
  };
  test::TempFolder folder("spelling");
  const auto index = test::index_of(folder.path() / "index", {{decision("101", "hạ"), "101.txt"},
                                                              {decision("102", "hà"), "102.txt"}});
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"hạ xuống", "101/QĐ-UBND"},
      {"hà xuống", "102/QĐ-UBND"},
      // A long query: "hạ" is in half the units that have "ha", not nearly all, so its spelling still counts.
      {"giá bán lẻ được hạ xuống theo quyết định", "101/QĐ-UBND"},
      {"giá bán lẻ được hà xuống theo quyết định", "102/QĐ-UBND"},
  };
  for (const auto& [query, first] : cases) {
    index::Request request;
    request.query = query;
    const auto response = index->search(request);
    INFO(query);
    REQUIRE(response.is_ok());
    REQUIRE(response->hits.size() == 2);
    CHECK(response->hits[0].number == first);
    CHECK(response->hits[0].score > response->hits[1].score);
  }
}

TEST_CASE("A document number typed any way finds its document first", "[index]") {
  Fixture f;
  for (const char* query : {"30/2020/NĐ-CP", "30/2020/nd-cp", "nghị định 30/2020", "30/2020/ND-CP thuế"}) {
    const auto response = f.search(query);
    REQUIRE_FALSE(response.hits.empty());
    CHECK(response.hits[0].number == "30/2020/NĐ-CP");
  }
}

TEST_CASE("Abbreviations find their spelled-out phrase", "[index]") {
  Fixture f;
  const auto response = f.search("UBND");
  REQUIRE_FALSE(response.hits.empty());
  CHECK(response.hits[0].number == "30/2020/NĐ-CP");
}

TEST_CASE("Filters facets and exclusions", "[index]") {
  Fixture f;
  CHECK(f.search("phạm vi type:thong-tu").hits.size() == 1);
  CHECK(f.search("phạm vi year:2020").hits.size() == 1);
  CHECK(f.search("phạm vi issuer:\"Bộ Tài chính\"").hits.size() <= 2);
  CHECK(f.search("phạm vi -thuế").hits.size() == 1);
  CHECK(f.search("phạm vi date:2021-01-01..2021-12-31").hits.size() == 1);
  const auto response = f.search("phạm vi");
  CHECK(response.facets.at("type").at("Nghị định") == 1);
  CHECK(response.facets.at("type").at("Thông tư") == 1);
}

TEST_CASE("Malformed queries get a message and never an exception", "[index]") {
  Fixture f;
  for (const std::string& query :
       {std::string(""), std::string("!!! ... ,,,"), std::string("\"chưa đóng"), std::string("type:"),
        std::string("date:abc..def"), std::string("year:20x0")}) {
    index::Request request;
    request.query = query;
    const auto response = f.index->search(request);
    INFO(query);
    REQUIRE_FALSE(response.is_ok());
    CHECK_FALSE(response.status().message().empty());
  }
  index::Request huge;
  huge.query = std::string(10000, 'a');
  CHECK(f.index->search(huge).is_ok());
}

TEST_CASE("Rebuilding from the library indexes published documents only", "[index]") {
  test::TempFolder folder("rebuild");
  auto opened = store::Library::open(folder.path() / "lib", store::OpenMode::Write);
  REQUIRE(opened.is_ok());
  store::Library& library = *opened.value();
  REQUIRE(library.add(store::Original{"nd30.txt", kDecree}, test::document_of(kDecree), store::Publication::Published,
                      "test").is_ok());
  REQUIRE(library.add(store::Original{"tt12.txt", kCircular}, test::document_of(kCircular), store::Publication::Draft,
                      "test").is_ok());
  const auto built = index::rebuild(library);
  REQUIRE(built.is_ok());
  CHECK(built.value() == 1);
  auto search_index = index::Index::open(folder.path() / "lib" / "index", index::Access::Read);
  REQUIRE(search_index.is_ok());
  index::Request request;
  request.query = "phạm vi";
  const auto response = search_index.value()->search(request);
  REQUIRE(response.is_ok());
  REQUIRE(response->hits.size() == 1);
  CHECK(response->hits[0].number == "30/2020/NĐ-CP");
}

namespace {

// Decisions of the same length with the same words, told apart by their numbers: they rank equal, so a search lists
// them in the order the index holds them.
std::string decision(int number) {
  return "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG\nSố: " + std::to_string(number) + "/QĐ-UBND\n"
         "Hà Giang, ngày 05 tháng 3 năm 2020\nQUYẾT ĐỊNH\nVề việc giao đất\n"
         "Điều 1. Phạm vi\nQuyết định này giao đất cho xã.\n";
}

}  // namespace

TEST_CASE("A rebuild written in chunks side by side keeps the library's order and takes new versions after", "[index]") {
  test::TempFolder folder("chunks");
  auto opened = store::Library::open(folder.path() / "lib", store::OpenMode::Write);
  REQUIRE(opened.is_ok());
  store::Library& library = *opened.value();
  // 60 decisions, every fifth a draft: several chunks, whatever the number of cores.
  std::vector<std::string> published;
  for (int number = 100; number < 160; ++number) {
    const std::string text = decision(number);
    const auto publication = number % 5 == 0 ? store::Publication::Draft : store::Publication::Published;
    REQUIRE(library.add(store::Original{std::to_string(number) + ".txt", text}, test::document_of(text), publication,
                        "test").is_ok());
    if (publication == store::Publication::Published) published.push_back(std::to_string(number) + "/QĐ-UBND");
  }
  const auto built = index::rebuild(library);
  REQUIRE(built.is_ok());
  CHECK(built.value() == published.size());
  CHECK_FALSE(std::filesystem::exists(folder.path() / "lib" / "index.parts"));
  {
    auto search_index = index::Index::open(folder.path() / "lib" / "index", index::Access::Read);
    REQUIRE(search_index.is_ok());
    CHECK(search_index.value()->synced_change().value() == library.last_change().value());
    CHECK(search_index.value()->format() == index::Index::kFormat);
    CHECK(index::disagreements(library, *search_index.value()).value().empty());
    index::Request request;
    request.query = "giao đất";
    request.limit = 100;
    const auto response = search_index.value()->search(request);
    REQUIRE(response.is_ok());
    std::vector<std::string> numbers;
    for (const index::Hit& hit : response->hits) numbers.push_back(hit.number);
    CHECK(numbers == published);
  }
  // The merged index takes a new version of a document like any other.
  auto writable = index::Index::open(folder.path() / "lib" / "index", index::Access::Write);
  REQUIRE(writable.is_ok());
  const std::string changed = decision(101) + "Điều 2. Hiệu lực\nQuyết định này có hiệu lực từ ngày ký.\n";
  REQUIRE(writable.value()->add(test::document_of(changed), "101.txt").is_ok());
  REQUIRE(writable.value()->commit(library.last_change().value()).is_ok());
  index::Request request;
  request.query = "hiệu lực";
  const auto response = writable.value()->search(request);
  REQUIRE(response.is_ok());
  REQUIRE(response->hits.size() == 1);
  CHECK(response->hits[0].number == "101/QĐ-UBND");
  request.query = "giao đất";
  request.limit = 100;
  CHECK(writable.value()->search(request).value().hits.size() == published.size());
}

TEST_CASE("A rebuild whose chunks hold only drafts gives an index of the published ones or an empty one", "[index]") {
  for (const int published_from : {110, 200}) {  // the second half published; nothing published
    test::TempFolder folder("drafts");
    auto opened = store::Library::open(folder.path() / "lib", store::OpenMode::Write);
    REQUIRE(opened.is_ok());
    store::Library& library = *opened.value();
    for (int number = 100; number < 120; ++number) {
      const std::string text = decision(number);
      const auto publication = number >= published_from ? store::Publication::Published : store::Publication::Draft;
      REQUIRE(library.add(store::Original{std::to_string(number) + ".txt", text}, test::document_of(text), publication,
                          "test").is_ok());
    }
    const auto built = index::rebuild(library);
    INFO(published_from << ": " << built.status().to_string());
    REQUIRE(built.is_ok());
    const std::size_t expected = published_from < 120 ? static_cast<std::size_t>(120 - published_from) : 0;
    CHECK(built.value() == expected);
    auto search_index = index::Index::open(folder.path() / "lib" / "index", index::Access::Read);
    REQUIRE(search_index.is_ok());
    CHECK(search_index.value()->works().value().size() == expected);
    CHECK(index::disagreements(library, *search_index.value()).value().empty());
  }
}

TEST_CASE("An index behind its library is found out by disagreements and closed by catch_up", "[index]") {
  test::TempFolder folder("follow");
  auto opened = store::Library::open(folder.path() / "lib", store::OpenMode::Write);
  REQUIRE(opened.is_ok());
  store::Library& library = *opened.value();
  const model::Document decree = test::document_of(kDecree);
  REQUIRE(library.add(store::Original{"nd30.txt", kDecree}, decree, store::Publication::Published, "test").is_ok());
  auto writable = index::Index::open(folder.path() / "lib" / "index", index::Access::Write);
  REQUIRE(writable.is_ok());
  index::Index& search_index = *writable.value();
  REQUIRE(search_index.add(decree, "nd30.txt").is_ok());
  REQUIRE(search_index.commit(library.last_change().value()).is_ok());
  CHECK(index::disagreements(library, search_index).value().empty());

  // Stored, then "killed" before the index commit: the index is one change and one document behind.
  REQUIRE(library.add(store::Original{"tt12.txt", kCircular}, test::document_of(kCircular),
                      store::Publication::Published, "test").is_ok());
  const auto behind = index::disagreements(library, search_index);
  REQUIRE(behind.is_ok());
  CHECK(behind->size() == 2);

  const auto caught = index::catch_up(library, search_index);
  REQUIRE(caught.is_ok());
  CHECK(caught.value() == 1);
  CHECK(index::disagreements(library, search_index).value().empty());
  CHECK(search_index.synced_change().value() == library.last_change().value());
  CHECK(index::catch_up(library, search_index).value() == 0);
  index::Request request;
  request.query = "thuế giá trị gia tăng";
  const auto response = search_index.search(request);
  REQUIRE(response.is_ok());
  REQUIRE_FALSE(response->hits.empty());
  CHECK(response->hits[0].number == "12/2021/TT-BTC");
}

TEST_CASE("A number typed with the year of its date finds a decision whose number has no year", "[index]") {
  Fixture f;
  const char* decision =
      "BỘ KẾ HOẠCH VÀ ĐẦU TƯ\nSố: 1373/QĐ-BKHĐT\nHà Nội, ngày 29 tháng 7 năm 2022\nQUYẾT ĐỊNH\n"
      "Về việc đính chính Thông tư\nĐiều 1. Đính chính\nĐính chính một số lỗi của Thông tư.\n";
  REQUIRE(f.index->add(test::document_of(decision), "qd1373.txt").is_ok());
  REQUIRE(f.index->commit(2).is_ok());
  for (const char* query : {"quyết định 1373/2022", "quyet dinh 1373/2022", "1373/QĐ-BKHĐT"}) {
    INFO(query);
    const auto response = f.search(query);
    REQUIRE_FALSE(response.hits.empty());
    CHECK(response.hits[0].number == "1373/QĐ-BKHĐT");
  }
}
