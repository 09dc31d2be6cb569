// SPDX-License-Identifier: Apache-2.0
//
// engine/render on documents built in code: what the page and the PDF must hold, and the bad inputs of issue 5
// (a 5,000-row table, a 2,000-page law, a 3,000-character title, scripts the font lacks). PDFs are checked through
// poppler's pdftotext and qpdf, never by their bytes.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "base/base.h"
#include "model/model.h"
#include "render/render.h"
#include "support/process.h"

using namespace vanthu;

namespace {

model::Document decree() {
  model::Document doc;
  doc.meta.kind = model::DocumentKind::Act;
  doc.meta.type = "Nghị định";
  doc.meta.type_as_written = "NGHỊ ĐỊNH";
  doc.meta.number = "30/2020/NĐ-CP";
  doc.meta.issuer = "CHÍNH PHỦ";
  doc.meta.place = "Hà Nội";
  doc.meta.date = "2020-03-05";
  doc.meta.date_as_written = "Hà Nội, ngày 05 tháng 3 năm 2020";
  doc.meta.title = "Về công tác văn thư";
  doc.meta.motto = {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"};
  doc.meta.signers = {{"TM. CHÍNH PHỦ", "THỦ TƯỚNG", "Nguyễn Xuân Phúc"}};
  doc.citations = {"Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;"};
  doc.recipients = {"- Ban Bí thư Trung ương Đảng;", "- Lưu: VT, KSTT (2b)."};
  model::Node chapter{model::NodeKind::Chapter, "Chương I", "QUY ĐỊNH CHUNG", "", "", "", "", {}};
  model::Node article{model::NodeKind::Article, "Điều 1.", "Phạm vi điều chỉnh", "", "", "", "", {}};
  article.children.push_back({model::NodeKind::Clause, "1.", "", "Nghị định này quy định về công tác văn thư.", "", "", "", {}});
  article.children.push_back({model::NodeKind::Clause, "2.", "", "Xem khoản 1 Điều này và Điều 2 của Nghị định số 99/2016/NĐ-CP.", "", "", "", {}});
  chapter.children.push_back(article);
  doc.body.push_back(chapter);
  return doc;
}

std::string pdf_text(const std::string& bytes, test::TempFolder& folder) {
  const auto path = folder.path() / "out.pdf";
  REQUIRE(write_file_atomic(path, bytes).is_ok());
  const test::ProcessResult check = test::run_process("qpdf", {"--check", path.string()});
  INFO(check.out << check.err);
  CHECK(check.exit_code == 0);
  const test::ProcessResult text = test::run_process("pdftotext", {"-enc", "UTF-8", path.string(), "-"});
  REQUIRE(text.exit_code == 0);
  return text.out;
}

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

}  // namespace

TEST_CASE("The page carries the header, anchors, links, metadata and JSON-LD", "[render]") {
  render::HtmlOptions options;
  options.pdf_href = "nd.pdf";
  options.status = "Đã công bố";
  options.resolve = [](std::string_view number) {
    return number == "99/2016/NĐ-CP" ? std::string("/akn/vn/act/nghi-dinh/2016-07-01/99-2016-nd-cp") : std::string();
  };
  const Result<render::Page> page = render::html(model::to_akn(decree()), options);
  REQUIRE(page.is_ok());
  const std::string& html = page->html;
  CHECK(html.starts_with("<!DOCTYPE html>"));
  CHECK(contains(html, "<html lang=\"vi\">"));
  CHECK(contains(html, "<title>Nghị định số 30/2020/NĐ-CP: Về công tác văn thư</title>"));
  CHECK(contains(html, "id=\"chp_I\""));
  CHECK(contains(html, "id=\"art_1__para_2\""));
  CHECK(contains(html, "href=\"#art_1__para_1\">khoản 1 Điều này</a>"));  // this document's own provision
  CHECK(contains(html, "href=\"/akn/vn/act/nghi-dinh/2016-07-01/99-2016-nd-cp#art_2\">Điều 2 của Nghị định số 99/2016/NĐ-CP</a>"));
  CHECK(contains(html, "\"@type\":\"Legislation\""));
  CHECK(contains(html, "\"legislationIdentifier\":\"30/2020/NĐ-CP\""));
  CHECK(contains(html, "<dd>Đã công bố</dd>"));
  CHECK(contains(html, "href=\"nd.pdf\""));
  CHECK_FALSE(contains(html, "XML (Akoma Ntoso)"));  // no xml_href: not offered
}

TEST_CASE("Markup and script in a document come out as text", "[render]") {
  model::Document doc = decree();
  doc.meta.title = "<script>alert('x')</script> & \"quotes\" </script>";
  doc.meta.issuer = "</script><b>";
  doc.body.front().children.front().heading = "<img src=x onerror=alert(1)>";
  const Result<render::Page> page = render::html(model::to_akn(doc));
  REQUIRE(page.is_ok());
  CHECK_FALSE(contains(page->html, "<script>alert"));
  CHECK_FALSE(contains(page->html, "<img src=x"));
  CHECK_FALSE(contains(page->html, "</script><b>"));
  CHECK(contains(page->html, "&lt;script&gt;alert('x')&lt;/script&gt;"));
  CHECK(contains(page->html, "\\u003c/script>\\u003cb>"));  // inside the JSON-LD
}

TEST_CASE("Input that is not Akoma Ntoso is refused with a reason", "[render]") {
  for (const std::string bad : {"", "<html/>", "<akomaNtoso>", "not xml at all"}) {
    INFO(bad);
    const Result<render::Page> page = render::html(bad);
    REQUIRE_FALSE(page.is_ok());
    CHECK(page.status().code() == StatusCode::InvalidArgument);
  }
}

TEST_CASE("The PDF has the Decree 30 header, the body, signatures, metadata and bookmarks", "[render]") {
  test::TempFolder folder("vanthu-render-pdf");
  const Result<render::Pdf> pdf = render::pdf(decree());
  REQUIRE(pdf.is_ok());
  CHECK(pdf->pages == 1);
  CHECK(pdf->warnings.empty());
  const std::string text = pdf_text(pdf->bytes, folder);
  for (const char* expected : {"CHÍNH PHỦ", "Số: 30/2020/NĐ-CP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                               "Độc lập - Tự do - Hạnh phúc", "Hà Nội, ngày 05 tháng 3 năm 2020", "NGHỊ ĐỊNH",
                               "Về công tác văn thư", "Chương I", "Điều 1. Phạm vi điều chỉnh", "Nơi nhận:",
                               "THỦ TƯỚNG", "Nguyễn Xuân Phúc"}) {
    INFO(expected);
    CHECK(contains(text, expected));
  }
  const auto path = folder.path() / "out.pdf";
  const test::ProcessResult info = test::run_process("pdfinfo", {path.string()});
  CHECK(contains(info.out, "Author:          CHÍNH PHỦ"));
  CHECK(contains(info.out, "Title:           Nghị định số 30/2020/NĐ-CP: Về công tác văn thư"));
  CHECK(contains(info.out, "Page size:       595.276 x 841.89 pts (A4)"));
  // Bookmarks: the chapter, with its article inside, pointing at page 1.
  const test::ProcessResult outline = test::run_process("qpdf", {"--json", "--json-key=outlines", path.string()});
  CHECK(contains(outline.out, "\"title\": \"Chương I QUY ĐỊNH CHUNG\""));
  CHECK(contains(outline.out, "\"title\": \"Điều 1. Phạm vi điều chỉnh\""));
  CHECK(contains(outline.out, "\"destpageposfrom1\": 1"));
  const test::ProcessResult fonts = test::run_process("pdffonts", {path.string()});
  CHECK(contains(fonts.out, "LiberationSerif"));
  CHECK_FALSE(contains(fonts.out, " no  "));  // every font embedded
}

TEST_CASE("A 5000-row table is laid out on as many pages as it needs, nothing dropped", "[render]") {
  test::TempFolder folder("vanthu-render-table");
  model::Document doc = decree();
  model::Node table{model::NodeKind::Table, "", "", "", "", "", "", {}};
  for (int r = 1; r <= 5000; ++r) {
    model::Node row{model::NodeKind::Row, "", "", "", "", "", "", {}};
    for (const std::string& cell : {std::to_string(r), "Xã Phú Lâm " + std::to_string(r), std::string("12.345")})
      row.children.push_back({model::NodeKind::Cell, "", "", cell, "", "", "", {}});
    table.children.push_back(row);
  }
  doc.body.front().children.front().children.push_back(table);
  const Result<render::Pdf> pdf = render::pdf(doc);
  REQUIRE(pdf.is_ok());
  CHECK(pdf->pages > 100);
  const std::string text = pdf_text(pdf->bytes, folder);
  CHECK(contains(text, "Xã Phú Lâm 1\n"));
  CHECK(contains(text, "Xã Phú Lâm 2500\n"));
  CHECK(contains(text, "Xã Phú Lâm 5000\n"));
  CHECK(contains(text, "Nguyễn Xuân Phúc"));  // the signature after the table still comes
  const Result<render::Page> page = render::html(model::to_akn(doc));
  REQUIRE(page.is_ok());
  CHECK(contains(page->html, "<td>Xã Phú Lâm 5000</td>"));
}

TEST_CASE("A law of 2000 pages and a title of 3000 characters lay out whole", "[render]") {
  test::TempFolder folder("vanthu-render-long");
  model::Document doc = decree();
  std::string title;
  while (title.size() < 3000) title += "quy định chi tiết một số điều và biện pháp thi hành ";
  doc.meta.title = title;
  model::Node& chapter = doc.body.front();
  std::string sentence;
  while (sentence.size() < 1800) sentence += "Cơ quan, tổ chức có trách nhiệm thực hiện đúng quy định. ";
  for (int a = 2; a <= 2400; ++a) {
    model::Node article{model::NodeKind::Article, "Điều " + std::to_string(a) + ".", "Trách nhiệm thi hành", "", "", "", "", {}};
    article.children.push_back({model::NodeKind::Clause, "1.", "", sentence, "", "", "", {}});
    article.children.push_back({model::NodeKind::Clause, "2.", "", sentence, "", "", "", {}});
    chapter.children.push_back(article);
  }
  const Result<render::Pdf> pdf = render::pdf(doc);
  REQUIRE(pdf.is_ok());
  CHECK(pdf->pages >= 2000);
  const std::string text = pdf_text(pdf->bytes, folder);
  CHECK(contains(text, "Điều 2400. Trách nhiệm thi hành"));
  CHECK(contains(text, "Nguyễn Xuân Phúc"));
  // The title's last words are there: nothing of the header was cut.
  CHECK(contains(text, "biện pháp thi"));
}

TEST_CASE("Characters the font lacks fall back and are named in a warning", "[render]") {
  test::TempFolder folder("vanthu-render-scripts");
  model::Document doc = decree();
  doc.body.front().children.front().children.front().text = "Tên gọi 越南 và biểu tượng 🇻🇳👍 trong văn bản.";
  const Result<render::Pdf> pdf = render::pdf(doc);
  REQUIRE(pdf.is_ok());
  REQUIRE_FALSE(pdf->warnings.empty());
  std::string all;
  for (const std::string& warning : pdf->warnings) all += warning + "\n";
  INFO(all);
  CHECK(contains(all, "Điều 1"));
  CHECK(contains(all, "CJK 2"));
  CHECK(contains(all, "emoji"));
  const std::string text = pdf_text(pdf->bytes, folder);
  CHECK(contains(text, "Tên gọi"));
  CHECK(contains(text, "trong văn bản."));
}
