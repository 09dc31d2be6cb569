// SPDX-License-Identifier: Apache-2.0
//
// `vanthu export` and `vanthu publish` as a journalist and a site operator run them, on a library made from corpus/
// with one draft in it. What they write is checked by tests/integration/verify-bundle.py (Python's own zip, JSON,
// SHA-256 and XML readers) and `unzip -t`, not by vanthu's code.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>
#include <vector>

#include "base/base.h"
#include "support/corpus_library.h"
#include "support/process.h"
#include "support/test_support.h"

using namespace vanthu;
namespace fs = std::filesystem;

namespace {

const fs::path kSource = VANTHU_SOURCE_DIR;
const fs::path kVerify = kSource / "tests" / "integration" / "verify-bundle.py";

test::ProcessResult run_vanthu(const std::vector<std::string>& args) { return test::run_process(VANTHU_BINARY, args); }


std::string all_text_under(const fs::path& dir) {
  std::string text;
  for (const auto& entry : fs::recursive_directory_iterator(dir))
    if (entry.is_regular_file() && entry.path().extension() != ".pdf") text += test::read_or_fail(entry.path());
  return text;
}

}  // namespace

TEST_CASE("vanthu export writes a bundle whose manifest verifies and leaves out what is not published", "[publish]") {
  test::TempFolder folder("publish-bundle");
  const fs::path library = test::make_corpus_library(folder);
  const fs::path ids = folder.path() / "ids.txt";
  REQUIRE(write_file_atomic(ids, "# the set for the article\n"
                                 "/akn/vn/act/nghi-dinh/2026-05-15/156-2026-nd-cp\n"
                                 "/akn/vn/act/thong-tu/2021-06-24/02-2021-tt-bldtbxh\n"
                                 "/akn/vn/statement/quyet-dinh/2025-01-02/99-qd-ubnd\n"
                                 "/akn/vn/act/luat/1999-01-01/khong-co\n")
              .is_ok());
  const fs::path zip = folder.path() / "out" / "bo-van-ban.zip";
  const auto exported = run_vanthu({"export", "--library", library.string(), "--ids", ids.string(), "-o", zip.string()});
  INFO(exported.out << exported.err);
  CHECK(exported.exit_code == 1);  // two of four left out, each said
  CHECK(exported.err.find("99-qd-ubnd: not published (draft)") != std::string::npos);
  CHECK(exported.err.find("khong-co: not in the library") != std::string::npos);
  CHECK(exported.out.find("2 documents") != std::string::npos);

  const auto unzipped = test::run_process("unzip", {"-t", zip.string()});
  CHECK(unzipped.exit_code == 0);
  const auto verified = test::run_process("python3", {kVerify.string(), "bundle", zip.string()});
  INFO(verified.out << verified.err);
  CHECK(verified.exit_code == 0);
  CHECK(verified.out.find("bundle ok: 2 documents") != std::string::npos);
  CHECK(verified.out.find("/akn/vn/act/nghi-dinh/2026-05-15/156-2026-nd-cp") != std::string::npos);

  // A query selects what search finds; nothing found is not a bundle.
  const fs::path by_query = folder.path() / "query.zip";
  const auto queried = run_vanthu({"export", "--library", library.string(), "--query", "hoa giai o co so", "-o", by_query.string()});
  CHECK(queried.exit_code == 0);
  CHECK(test::run_process("python3", {kVerify.string(), "bundle", by_query.string()}).exit_code == 0);
  const auto nothing = run_vanthu({"export", "--library", library.string(), "--query", "zzzyxq", "-o",
                               (folder.path() / "none.zip").string()});
  CHECK(nothing.exit_code == 1);
  CHECK_FALSE(fs::exists(folder.path() / "none.zip"));
  CHECK(run_vanthu({"export", "--library", library.string(), "-o", by_query.string()}).exit_code == 2);  // no selection
}

TEST_CASE("vanthu publish writes a static site of the published library and nothing else", "[publish]") {
  test::TempFolder folder("publish-site");
  const fs::path library = test::make_corpus_library(folder);
  const fs::path site = folder.path() / "site";
  REQUIRE(write_file_atomic(site / "stale.html", "from an earlier site").is_ok());
  const auto published = run_vanthu({"publish", "--library", library.string(), "--site", site.string(), "--base-url",
                                 "https://vanban.example.gov.vn/"});
  INFO(published.out << published.err);
  REQUIRE(published.exit_code == 0);
  // Every published document has its page, PDF and XML at its URI; the feed and the sitemap list them all.
  const auto verified = test::run_process("python3", {kVerify.string(), "site", site.string(), "11"});
  INFO(verified.out << verified.err);
  CHECK(verified.exit_code == 0);
  CHECK(fs::exists(site / "akn/vn/act/nghi-dinh/2026-05-15/156-2026-nd-cp/index.html"));
  CHECK(fs::exists(site / "akn/vn/act/nghi-dinh/2026-05-15/156-2026-nd-cp.pdf"));
  CHECK(fs::exists(site / "theo-loai.html"));
  CHECK_FALSE(fs::exists(site / "stale.html"));  // the site was replaced, not added to
  // The draft is nowhere: not a page, not in a listing, the feed, the sitemap or the offline search.
  CHECK_FALSE(fs::exists(site / "akn/vn/statement/quyet-dinh/2025-01-02/99-qd-ubnd"));
  CHECK(all_text_under(site).find(test::kDraftTitle) == std::string::npos);
  // The feed is Atom by RFC 4287's schema (jing with tests/schemas/atom.rnc), and that check fails a broken feed.
  const fs::path schema = kSource / "tests" / "schemas" / "atom.rnc";
  const auto atom = test::run_process("jing", {"-c", schema.string(), (site / "feed.atom").string()});
  INFO(atom.out << atom.err);
  CHECK(atom.exit_code == 0);
  const fs::path broken = folder.path() / "broken.atom";
  REQUIRE(write_file_atomic(broken, "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title>"
                                    "<updated>hôm nay</updated></feed>")
              .is_ok());
  CHECK(test::run_process("jing", {"-c", schema.string(), broken.string()}).exit_code == 1);
  const std::string feed = test::read_or_fail(site / "feed.atom");
  CHECK(feed.find("<id>https://vanban.example.gov.vn/akn/vn/act/nghi-dinh/2026-05-15/156-2026-nd-cp/</id>") !=
        std::string::npos);
  CHECK(run_vanthu({"publish", "--library", library.string(), "--site", site.string(), "--base-url", "vanban.gov.vn"})
            .exit_code == 2);
}
