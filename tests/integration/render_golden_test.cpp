// SPDX-License-Identifier: Apache-2.0
//
// Golden files for XML → HTML and XML → PDF. Every canonical XML under tests/golden/ingest/ becomes a page compared
// byte for byte with tests/golden/html/<path>.html (citations between corpus documents resolve to their URIs, as in
// a library). A decree, a circular with an appendix and a minutes become PDFs compared by what a reader gets out of
// them — page count and pdftotext's text in tests/golden/pdf/<name>.txt — never by bytes; each must pass
// `qpdf --check`. UPDATE_GOLDEN=1 rewrites them; review the diff. The pages are also checked by the Nu Html Checker
// (tests/html/check-html, registered as its own test).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "base/base.h"
#include "model/model.h"
#include "render/render.h"
#include "support/process.h"
#include "support/test_support.h"

using namespace vanthu;
namespace fs = std::filesystem;

namespace {

const fs::path kGolden = fs::path(VANTHU_SOURCE_DIR) / "tests" / "golden";

std::vector<fs::path> canonical_xml() {
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(kGolden / "ingest"))
    if (entry.is_regular_file() && entry.path().extension() == ".xml") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

TEST_CASE("Every canonical XML renders to its golden page", "[golden]") {
  const std::vector<fs::path> files = canonical_xml();
  REQUIRE(files.size() >= 30);
  // The corpus as a small library: a number cited in one document links to the document that carries it.
  std::map<std::string, std::string> uris;
  for (const fs::path& file : files) {
    const Result<model::Document> document = model::from_akn(file.string(), test::read_or_fail(file));
    REQUIRE(document.is_ok());
    if (!document->meta.number.empty()) uris.emplace(document->meta.number, model::work_uri(document->meta));
  }
  render::HtmlOptions options;
  options.pdf_href = "document.pdf";
  options.xml_href = "document.xml";
  options.original_href = "original";
  options.status = "Đã công bố";
  options.home_href = "/";
  options.stylesheet_href = "/vanthu.css";  // the CSS once, in templates/html/, not in every golden
  options.resolve = [&uris](std::string_view number) {
    const auto found = uris.find(std::string(number));
    return found == uris.end() ? std::string() : found->second;
  };
  for (const fs::path& file : files) {
    const fs::path relative = fs::relative(file, kGolden / "ingest");
    INFO(relative.string());
    const Result<render::Page> page = render::html(test::read_or_fail(file), options);
    if (!page.is_ok()) FAIL(page.status().to_string());
    std::string name = relative.string();
    name.replace(name.size() - 4, 4, ".html");
    test::check_golden(kGolden / "html" / name, page->html);
  }
}

TEST_CASE("A decree, a circular with an appendix and a minutes print as their golden text", "[golden]") {
  const std::vector<std::string> documents = {
      "gazette/nghi-dinh-so-156-2026-nd-cp-469581.txt.xml",
      "gazette/thong-tu-so-06-2023-tt-bldtbxh-39796.txt.xml",
      "minutes/hdnd-xa-phu-lam-ky-hop-thu-11.docx.xml",
  };
  test::TempFolder folder("vanthu-pdf-golden");
  for (const std::string& name : documents) {
    INFO(name);
    const fs::path file = kGolden / "ingest" / name;
    const Result<model::Document> document = model::from_akn(file.string(), test::read_or_fail(file));
    REQUIRE(document.is_ok());
    const Result<render::Pdf> pdf = render::pdf(document.value());
    REQUIRE(pdf.is_ok());
    CHECK(pdf->warnings.empty());
    const fs::path out = folder.path() / "out.pdf";
    REQUIRE(write_file_atomic(out, pdf->bytes).is_ok());
    const test::ProcessResult check = test::run_process("qpdf", {"--check", out.string()});
    INFO(check.out << check.err);
    CHECK(check.exit_code == 0);
    const test::ProcessResult text = test::run_process("pdftotext", {"-enc", "UTF-8", out.string(), "-"});
    REQUIRE(text.exit_code == 0);
    // pdftotext gives back what was drawn; Vietnamese must come out composed (NFC), as it went in.
    CHECK(text.out.find("\xCC") == std::string::npos);  // no combining diacritical marks (U+0300–U+033F)
    std::string golden = name;
    golden.replace(golden.size() - 4, 4, ".txt");
    test::check_golden(kGolden / "pdf" / golden, "pages: " + std::to_string(pdf->pages) + "\n" + text.out);
  }
}
