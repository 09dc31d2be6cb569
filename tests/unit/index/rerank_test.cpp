// SPDX-License-Identifier: Apache-2.0
//
// Article hits re-ranked by their headings: the article a question names by its heading comes first even when
// another article's body shares more of the question's words; pages past the re-ranked depth stay consistent.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "index/index.h"
#include "support/process.h"
#include "support/structure_support.h"

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
  auto opened = index::Index::open(folder.path() / "index", index::Access::Write);
  REQUIRE(opened.is_ok());
  index::Index& search_index = *opened.value();
  REQUIRE(search_index.add(test::document_of(code_of_pledges()), "blds.txt").is_ok());
  REQUIRE(search_index.commit(1).is_ok());

  for (const char* query : {"Điều nào sau đây KHÔNG đúng về quyền của bên cầm cố?",
                            "dieu nao sau day khong dung ve quyen cua ben cam co"}) {
    INFO(query);
    const index::Response articles = search(search_index, query, index::Unit::Article);
    REQUIRE(articles.hits.size() >= 2);
    CHECK(articles.hits[0].eid == "art_1");
    CHECK(articles.hits[0].score >= articles.hits[1].score);
  }

  // Page after page, every article once: the re-ranked pages and the pages past them fit together.
  std::set<std::string> seen;
  std::size_t shown = 0;
  for (std::size_t offset = 0; offset < 60; offset += 7) {
    const index::Response page = search(search_index, "tài sản của bên", index::Unit::Article, offset, 7);
    for (const index::Hit& hit : page.hits) seen.insert(hit.eid);
    shown += page.hits.size();
  }
  CHECK(shown == seen.size());
  CHECK(seen.size() == 45);

  // Documents have no headings to re-rank by.
  const index::Response documents = search(search_index, "quyền của bên cầm cố", index::Unit::Document);
  REQUIRE(documents.hits.size() == 1);
  CHECK(documents.hits[0].eid.empty());
}
