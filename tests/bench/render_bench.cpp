// SPDX-License-Identifier: Apache-2.0
//
// render_bench FOLDER HTML_OUT [--repeat N]: every file under FOLDER read and parsed once (not timed), then rendered
// as the document page (render::html over the canonical XML) and as the PDF (render::pdf), one thread, best of N.
// Prints documents/s for HTML, and pages/s and text KB/s for PDF. "Text" is the document's own words — metadata,
// provisions, signatures, Nơi nhận — in UTF-8, the same measure scripts/bench render uses for wkhtmltopdf, which
// prints the pages written to HTML_OUT (one .html per document, CSS inlined, as `vanthu convert --to html` makes).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "base/base.h"
#include "ingest/ingest.h"
#include "model/model.h"
#include "render/render.h"
#include "structure/structure.h"

using namespace vanthu;
using Clock = std::chrono::steady_clock;

namespace {

std::size_t text_bytes(const std::vector<model::Node>& nodes) {
  std::size_t bytes = 0;
  for (const model::Node& node : nodes)
    bytes += node.num.size() + node.heading.size() + node.text.size() + node.by.size() + text_bytes(node.children);
  return bytes;
}

std::size_t text_bytes(const model::Document& doc) {
  const model::Metadata& meta = doc.meta;
  std::size_t bytes = meta.issuer.size() + meta.number.size() + meta.date_as_written.size() + meta.title.size() +
                      meta.type_as_written.size() + text_bytes(doc.preface) + text_bytes(doc.body) +
                      text_bytes(doc.closing);
  for (const std::string& motto : meta.motto) bytes += motto.size();
  for (const std::string& line : doc.citations) bytes += line.size();
  for (const std::string& line : doc.formula) bytes += line.size();
  for (const std::string& line : doc.recipients) bytes += line.size();
  for (const model::Signer& signer : meta.signers) bytes += signer.capacity.size() + signer.role.size() + signer.name.size();
  for (const model::Attachment& attachment : doc.attachments)
    bytes += attachment.heading.size() + attachment.title.size() + text_bytes(attachment.body);
  return bytes;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: render_bench FOLDER HTML_OUT [--repeat N]\n");
    return 2;
  }
  int repeat = 3;
  for (int i = 3; i + 1 < argc; ++i)
    if (std::string(argv[i]) == "--repeat") repeat = std::max(1, std::stoi(argv[i + 1]));
  const std::filesystem::path html_out = argv[2];
  std::filesystem::create_directories(html_out);

  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[1]))
    if (entry.is_regular_file()) paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  struct Item {
    std::string name;
    model::Document document;
    std::string xml;
  };
  std::vector<Item> items;
  std::size_t text = 0;
  for (const auto& path : paths) {
    Result<ingest::Extracted> extracted = ingest::read_file(path);
    if (!extracted.is_ok()) continue;
    Item item{path.stem().string(), structure::build(extracted.value()), {}};
    item.xml = model::to_akn(item.document);
    text += text_bytes(item.document);
    items.push_back(std::move(item));
  }
  if (items.empty()) {
    std::fprintf(stderr, "render_bench: no document under %s\n", argv[1]);
    return 1;
  }
  double best_html = 1e30, best_pdf = 1e30;
  int pages = 0;
  std::size_t html_bytes = 0, pdf_bytes = 0, warnings = 0;
  for (int round = 0; round < repeat; ++round) {
    html_bytes = 0;
    const auto t0 = Clock::now();
    for (const Item& item : items) {
      Result<render::Page> page = render::html(item.xml);
      if (!page.is_ok()) {
        std::fprintf(stderr, "%s: %s\n", item.name.c_str(), page.status().message().c_str());
        return 1;
      }
      html_bytes += page->html.size();
      if (round == 0) (void)write_file_atomic(html_out / (item.name + ".html"), page->html);
    }
    const auto t1 = Clock::now();
    pages = 0;
    pdf_bytes = warnings = 0;
    for (const Item& item : items) {
      Result<render::Pdf> pdf = render::pdf(item.document);
      if (!pdf.is_ok()) {
        std::fprintf(stderr, "%s: %s\n", item.name.c_str(), pdf.status().message().c_str());
        return 1;
      }
      pages += pdf->pages;
      pdf_bytes += pdf->bytes.size();
      warnings += pdf->warnings.size();
    }
    const auto t2 = Clock::now();
    best_html = std::min(best_html, std::chrono::duration<double>(t1 - t0).count());
    best_pdf = std::min(best_pdf, std::chrono::duration<double>(t2 - t1).count());
  }
  const double docs = static_cast<double>(items.size());
  std::printf("documents %zu, text %.1f KB (the documents' own words)\n", items.size(), static_cast<double>(text) / 1024);
  std::printf("html  %7.3f s  %7.1f docs/s  %6.1f MB of pages\n", best_html, docs / best_html,
              static_cast<double>(html_bytes) / 1e6);
  std::printf("pdf   %7.3f s  %7.1f docs/s  %d pages  %7.1f pages/s  %7.1f text KB/s  %.1f MB  %zu warnings\n",
              best_pdf, docs / best_pdf, pages, pages / best_pdf, static_cast<double>(text) / 1024 / best_pdf,
              static_cast<double>(pdf_bytes) / 1e6, warnings);
  std::printf("text_kb %.1f\n", static_cast<double>(text) / 1024);
  return 0;
}
