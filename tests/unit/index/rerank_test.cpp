// SPDX-License-Identifier: Apache-2.0
//
// Article hits re-ranked by their headings: the article a question names by its heading comes first even when
// another article's body shares more of the question's words; pages past the re-ranked depth stay consistent; the
// re-ranking itself on hits made by hand (index_impl.h, private to the index module).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "index/index.h"
#include "index/index_impl.h"
#include "support/index_support.h"
#include "support/process.h"

using namespace vanthu;

namespace {

// Article 2's body repeats the question's words; article 1's heading is what the question asks about.
std::string code_of_pledges() {
  std::string text =
      "QUỐC HỘI\nSố: 91/2015/QH13\nHà Nội, ngày 24 tháng 11 năm 2015\nBỘ LUẬT\nDân sự\n"
      "Điều 1. Quyền của bên cầm cố\nYêu cầu chấm dứt việc sử dụng tài sản.\n"
      "Điều 2. Nghĩa vụ của bên cầm cố\nBên cầm cố giao tài sản cầm cố cho bên nhận cầm cố; bên cầm cố báo cho "
      "bên nhận cầm cố về quyền của người thứ ba đối với tài sản cầm cố.\n";
  // Enough other articles that the depth of the re-ranking matters for paging.
  for (int i = 3; i <= 45; ++i)
    text += "Điều " + std::to_string(i) + ". Quy định khác số " + std::to_string(i) + "\nTài sản của bên thứ " +
            std::to_string(i) + " được bảo đảm.\n";
  return text;
}

index::Response search(index::Index& search_index, const std::string& query, index::Unit unit,
                       std::size_t offset = 0, std::size_t limit = 10) {
  index::Request request;
  request.query = query;
  request.unit = unit;
  request.offset = offset;
  request.limit = limit;
  auto response = search_index.search(request);
  REQUIRE(response.is_ok());
  return std::move(response).value();
}

}  // namespace

TEST_CASE("An article whose heading the question names comes first", "[index]") {
  test::TempFolder folder("rerank");
  const std::unique_ptr<index::Index> opened = test::index_of(folder.path() / "index", {{code_of_pledges(), "blds.txt"}});
  index::Index& search_index = *opened;

  for (const char* query : {"Điều nào sau đây KHÔNG đúng về quyền của bên cầm cố?",
                            "dieu nao sau day khong dung ve quyen cua ben cam co"}) {
    INFO(query);
    const index::Response articles = search(search_index, query, index::Unit::Article);
    REQUIRE(articles.hits.size() >= 2);
    CHECK(articles.hits[0].eid == "art_1");
    CHECK(articles.hits[0].score >= articles.hits[1].score);
  }

  // Page after page, the same list as in one page: the pages that straddle the re-ranked depth and those past it
  // fit together, no article repeated or missed.
  const char* asked = "tài sản của bên cầm cố";
  const index::Response whole = search(search_index, asked, index::Unit::Article, 0, 100);
  REQUIRE(whole.hits.size() == 45);
  std::vector<std::string> paged;
  for (std::size_t offset = 0; offset < 60; offset += 7)
    for (const index::Hit& hit : search(search_index, asked, index::Unit::Article, offset, 7).hits)
      paged.push_back(hit.eid);
  std::vector<std::string> listed;
  for (const index::Hit& hit : whole.hits) listed.push_back(hit.eid);
  CHECK(paged == listed);

  // Documents have no headings to re-rank by.
  const index::Response documents = search(search_index, "quyền của bên cầm cố", index::Unit::Document);
  REQUIRE(documents.hits.size() == 1);
  CHECK(documents.hits[0].eid.empty());
}

TEST_CASE("Re-ranking moves covered headings up among the first hits only", "[index]") {
  const auto hit = [](const char* eid, double score, const char* heading) {
    index::RankedUnit ranked;
    ranked.unit.hit.eid = eid;
    ranked.unit.hit.score = score;
    ranked.unit.heading = heading;
    return ranked;
  };
  std::vector<index::QueryWord> words;
  for (const char* word : {"quyen", "cua", "ben", "cam", "co"}) words.push_back(index::QueryWord{"", word});
  const auto order = [&](std::size_t depth) {
    std::vector<index::RankedUnit> hits = {hit("art_2", 10.0, "Nghĩa vụ của bên cầm cố"),
                                           hit("art_1", 9.5, "Quyền của bên cầm cố"), hit("art_9", 9.0, "")};
    index::rerank_by_headings(hits, depth, words);
    std::string eids;
    for (const index::RankedUnit& ranked : hits) eids += ranked.unit.hit.eid + " ";
    return eids;
  };
  // Covered whole: + 0.3 × 10; two thirds covered: + 0.3 × 10 × (2/3)³.
  CHECK(order(3) == "art_1 art_2 art_9 ");
  CHECK(order(20) == "art_1 art_2 art_9 ");
  // Only the first hit re-ranked: nothing can move past it.
  CHECK(order(1) == "art_2 art_1 art_9 ");
  CHECK(order(0) == "art_2 art_1 art_9 ");
}
