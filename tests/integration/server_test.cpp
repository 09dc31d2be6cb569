// SPDX-License-Identifier: Apache-2.0
//
// `vanthu serve` as a citizen's browser and a program meet it: the real binary on 127.0.0.1 with a port the system
// picks, a library made from corpus/ with one draft, and plain HTTP requests (Poco's client, not our code).
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "base/base.h"
#include "support/corpus_library.h"
#include "support/process.h"
#include "support/served.h"
#include "support/test_support.h"

using namespace vanthu;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

const fs::path kSource = VANTHU_SOURCE_DIR;
const std::string kLaw = "/akn/vn/act/luat/2013-06-20/35-2013-qh13";

using test::Answer;
using test::Served;
using test::contains;


}  // namespace

TEST_CASE("vanthu serve shows the published library to citizens and nothing else", "[server]") {
  test::TempFolder folder("server");
  const fs::path library = test::make_corpus_library(folder);
  Served server(library);

  const Answer home = server.get("/");
  CHECK(home.status == 200);
  CHECK(contains(home.body, "<html lang=\"vi\">"));
  CHECK(contains(home.body, "HÒA GIẢI Ở CƠ SỞ"));
  CHECK_FALSE(contains(home.body, test::kDraftTitle));
  CHECK(contains(home.header("Content-Security-Policy"), "default-src 'none'"));
  CHECK(home.header("X-Content-Type-Options") == "nosniff");

  // A search without diacritics: marked snippets, the suggestion with them, facets as links, a next page.
  const Answer search = server.get("/search?q=hoa+giai+o+co+so");
  CHECK(search.status == 200);
  CHECK(contains(search.body, "<mark>"));
  CHECK(contains(search.body, "hòa giải ở cơ sở</a>?"));
  CHECK(contains(search.body, "Loại văn bản"));
  const Answer first = server.get("/search?q=v%C3%A0&unit=article");  // "và" in articles: more than one page
  CHECK(contains(first.body, "rel=\"next\" href=\"/search?q=v%C3%A0&amp;unit=article&amp;page=2\""));
  const Answer second = server.get("/search?q=v%C3%A0&unit=article&page=2");
  CHECK(contains(second.body, "rel=\"prev\""));
  CHECK(contains(second.body, "<ol class=\"hits\" start=\"11\">"));
  const Answer filtered = server.get("/search?q=hoa+giai&type=Lu%E1%BA%ADt");  // type=Luật
  CHECK(filtered.status == 200);
  CHECK(contains(filtered.body, "aria-current=\"true\""));
  const Answer articles = server.get("/search?q=h%C3%B2a+gi%E1%BA%A3i+vi%C3%AAn&unit=article");
  CHECK(contains(articles.body, kLaw + "#art_"));

  // The JSON API answers exactly what `vanthu search --json` prints.
  const Answer api = server.get("/api/search?q=hoa%20giai%20o%20co%20so&limit=5");
  CHECK(api.status == 200);
  CHECK(api.header("Content-Type") == "application/json; charset=utf-8");
  const auto cli = test::run_process(VANTHU_BINARY, {"search", "--library", library.string(), "--json", "--limit", "5",
                                                     "hoa giai o co so"});
  CHECK(api.body == cli.out);

  // The document at its URI: the page, its PDF, its XML and the original, with an ETag the browser can reuse.
  const Answer page = server.get(kLaw);
  CHECK(page.status == 200);
  CHECK(contains(page.body, "id=\"art_1\""));
  CHECK(contains(page.body, "href=\"" + kLaw + ".pdf\""));
  const std::string tag = page.header("ETag");
  CHECK_FALSE(tag.empty());
  CHECK(server.get(kLaw, {{"If-None-Match", tag}}).status == 304);
  CHECK(server.get(kLaw + "/").status == 200);
  const Answer pdf = server.get(kLaw + ".pdf");
  CHECK(pdf.status == 200);
  CHECK(pdf.body.starts_with("%PDF-"));
  const Answer xml = server.get(kLaw + ".xml");
  CHECK(contains(xml.body, "<akomaNtoso"));
  const Answer original = server.get(kLaw + "/original");
  CHECK(contains(original.header("Content-Disposition"), "attachment"));
  const Answer facts = server.get("/api/documents" + kLaw);
  CHECK(contains(facts.body, "\"number\": \"35/2013/QH13\""));

  // A draft is not there, wherever one looks.
  for (const std::string& hidden :
       {test::kDraftUri, test::kDraftUri + ".pdf", test::kDraftUri + ".xml", test::kDraftUri + "/original"}) {
    INFO(hidden);
    CHECK(server.get(hidden).status == 404);
  }
  CHECK(server.get("/api/documents" + test::kDraftUri).status == 404);
  CHECK_FALSE(contains(server.get("/api/search?q=th%E1%BB%AD%20nghi%E1%BB%87m").body, test::kDraftUri));
  CHECK_FALSE(contains(server.get("/feed.atom").body, test::kDraftTitle));
  CHECK_FALSE(contains(server.get("/sitemap.xml").body, test::kDraftUri));

  const Answer health = server.get("/healthz");
  CHECK(health.status == 200);
  CHECK(contains(health.body, "\"status\": \"ok\""));
  const test::ProcessResult stopped = server.stop();
  CHECK(stopped.exit_code == 0);
  CHECK(contains(stopped.out, "stopping"));
}

TEST_CASE("vanthu serve refuses what it does not serve and escapes what it is sent", "[server]") {
  test::TempFolder folder("server-bad");
  const fs::path library = test::make_corpus_library(folder);
  Served server(library);

  const Answer script = server.get("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
  CHECK_FALSE(contains(script.body, "<script>alert(1)"));
  CHECK(contains(script.body, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  const Answer quote = server.get("/search?q=%22");  // an unclosed quote: said to the reader, a 400
  CHECK(quote.status == 400);
  CHECK(contains(quote.body, "role=\"alert\""));
  CHECK(server.get("/api/search?q=").status == 400);
  CHECK(server.get("/api/search?q=thu%E1%BA%BF&limit=100000").status == 400);
  CHECK(server.get("/search?q=thu%E1%BA%BF&page=0").status == 400);
  for (const char* path : {"/akn/../../etc/passwd", "/akn/%2e%2e/%2e%2e/etc/passwd", "/etc/passwd",
                                  "/akn/vn/act/luat/1999-01-01/khong-co", "/nope"}) {
    INFO(path);
    CHECK(server.get(path).status == 404);
  }
  CHECK(server.get("/api/nope").status == 404);
  const Answer post = server.get("/search", {}, Poco::Net::HTTPRequest::HTTP_POST);
  CHECK(post.status == 405);
  CHECK(post.header("Allow") == "GET, HEAD");
  const Answer head = server.get(kLaw, {}, Poco::Net::HTTPRequest::HTTP_HEAD);
  CHECK(head.status == 200);
  CHECK(head.body.empty());
}

TEST_CASE("What is ingested while vanthu serve runs appears without a restart", "[server]") {
  test::TempFolder folder("server-live");
  const fs::path library = folder.path() / "lib";
  REQUIRE(test::run_process(VANTHU_BINARY, {"ingest", "--library", library.string(),
                                            (kSource / "corpus" / "laws" / "Luat-hoa-giai-o-co-so-nam-2013-197282.txt").string()})
              .exit_code == 0);
  Served server(library);
  CHECK(server.get("/akn/vn/act/nghi-dinh/2026-05-15/156-2026-nd-cp").status == 404);
  REQUIRE(test::run_process(VANTHU_BINARY, {"ingest", "--library", library.string(),
                                            (kSource / "corpus" / "gazette" / "nghi-dinh-so-156-2026-nd-cp-469581.txt").string()})
              .exit_code == 0);
  CHECK(server.get("/akn/vn/act/nghi-dinh/2026-05-15/156-2026-nd-cp").status == 200);
  CHECK(contains(server.get("/api/search?q=t%E1%BB%91%20c%C3%A1o").body, "156-2026-nd-cp"));  // tố cáo
}
