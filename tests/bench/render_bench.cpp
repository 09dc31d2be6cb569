// SPDX-License-Identifier: Apache-2.0
//
// render_bench FOLDER HTML_OUT [--repeat N]: every file under FOLDER read and parsed once (not timed), then rendered
// as the document page (render::html over the canonical XML) and as the PDF (render::pdf), best of N rounds, on one
// thread and then on every core (as a site build renders).
// Prints documents/s for HTML, and pages/s and text KB/s for PDF. "Text" is the document's own words — metadata,
// provisions, signatures, Nơi nhận — in UTF-8, the same measure scripts/bench render uses for wkhtmltopdf, which
// prints the pages written to HTML_OUT (one .html per document, CSS inlined, as `vanthu convert --to html` makes).
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <thread>
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
  // One round renders every document with `threads` threads taking the next document in turn; best of N rounds.
  const auto timed = [&](unsigned threads, const auto& render_one) {
    double best = 1e30;
    for (int round = 0; round < repeat; ++round) {
      std::atomic<std::size_t> next{0};
      const auto t0 = Clock::now();
      std::vector<std::thread> pool;
      for (unsigned t = 0; t < threads; ++t)
        pool.emplace_back([&] {
          for (std::size_t i = next++; i < items.size(); i = next++) render_one(items[i]);
        });
      for (std::thread& thread : pool) thread.join();
      best = std::min(best, std::chrono::duration<double>(Clock::now() - t0).count());
    }
    return best;
  };
  std::atomic<std::size_t> html_bytes{0}, pdf_bytes{0}, warnings{0}, failures{0};
  std::atomic<int> pages{0};
  const auto html_one = [&](const Item& item) {
    Result<render::Page> page = render::html(item.xml);
    if (!page.is_ok()) {
      ++failures;
      return;
    }
    html_bytes += page->html.size();
  };
  const auto pdf_one = [&](const Item& item) {
    Result<render::Pdf> pdf = render::pdf(item.document);
    if (!pdf.is_ok()) {
      ++failures;
      return;
    }
    pages += pdf->pages;
    pdf_bytes += pdf->bytes.size();
    warnings += pdf->warnings.size();
  };
  for (const Item& item : items) {
    Result<render::Page> page = render::html(item.xml);
    if (!page.is_ok()) {
      std::fprintf(stderr, "%s: %s\n", item.name.c_str(), page.status().message().c_str());
      return 1;
    }
    (void)write_file_atomic(html_out / (item.name + ".html"), page->html);
  }
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  const double docs = static_cast<double>(items.size());
  const double kb = static_cast<double>(text) / 1024;
  std::printf("documents %zu, text %.1f KB (the documents' own words)\n", items.size(), kb);
  for (const unsigned threads : {1u, cores}) {
    html_bytes = 0;
    const double html_seconds = timed(threads, html_one);
    const double html_mb = static_cast<double>(html_bytes.load()) / repeat / 1e6;
    pages = 0;
    pdf_bytes = warnings = 0;
    const double pdf_seconds = timed(threads, pdf_one);
    const int pdf_pages = pages.load() / repeat;
    std::printf("%u thread(s)\n", threads);
    std::printf("  html  %7.3f s  %7.1f docs/s  %6.1f MB of pages\n", html_seconds, docs / html_seconds, html_mb);
    std::printf("  pdf   %7.3f s  %7.1f docs/s  %d pages  %7.1f pages/s  %7.1f text KB/s  %.1f MB  %zu warnings\n",
                pdf_seconds, docs / pdf_seconds, pdf_pages, pdf_pages / pdf_seconds, kb / pdf_seconds,
                static_cast<double>(pdf_bytes.load()) / repeat / 1e6, warnings.load() / repeat);
    if (threads == cores) break;
  }
  if (failures > 0) {
    std::fprintf(stderr, "render_bench: %zu renders failed\n", failures.load());
    return 1;
  }
  std::printf("text_kb %.1f\n", kb);
  return 0;
}
