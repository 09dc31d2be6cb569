// SPDX-License-Identifier: Apache-2.0
//
// `vanthu export (--query Q | --ids FILE) -o BUNDLE.zip`: a bundle for journalists, and `vanthu publish --site DIR`:
// the static site of the published library. Documents left out (unknown, not published, failed to render) are
// reported one per line; the command then exits 1, having written everything else.
#include <ostream>
#include <string>
#include <vector>

#include "base/base.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "index/index.h"
#include "publish/publish.h"
#include "store/store.h"

namespace vanthu::cli {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMaxExported = 1000;  // a bundle is a set a person reads, not the whole library

// The published documents a query finds, best first (what a journalist sees in search, page after page).
Result<std::vector<std::string>> uris_for_query(const fs::path& dir, const std::string& query) {
  if (Result<std::size_t> recovered = index::recover(dir); !recovered.is_ok()) return recovered.status();
  Result<std::unique_ptr<index::Index>> opened = index::Index::open(dir / "index", index::Access::Read);
  if (!opened.is_ok()) return opened.status();
  std::vector<std::string> uris;
  index::Request request;
  request.query = query;
  request.limit = 100;
  while (uris.size() < kMaxExported) {
    Result<index::Response> response = opened.value()->search(request);
    if (!response.is_ok()) return response.status();
    for (const index::Hit& hit : response->hits) uris.push_back(hit.uri);
    if (response->hits.size() < request.limit) break;
    request.offset += request.limit;
  }
  if (uris.size() > kMaxExported) uris.resize(kMaxExported);
  return uris;
}

int finish(const CommandContext& context, const char* command, const publish::Report& report, const std::string& what) {
  for (const std::string& problem : report.problems) context.err << command << ": " << problem << '\n';
  context.out << what << ": " << report.documents << " documents, " << report.files << " files";
  if (!report.problems.empty()) context.out << "; " << report.problems.size() << " problems (above)";
  context.out << '\n';
  return report.problems.empty() ? kExitOk : kExitSomeFailed;
}

}  // namespace

int run_export(const CommandContext& context) {
  Args args(context.args);
  constexpr const char* kUsage = "usage: vanthu export [--library DIR] (--query Q | --ids FILE) -o BUNDLE.zip\n";
  if (answered_help(args, context,
                    std::string(kUsage) +
                        "  a zip with each document's page, PDF, XML and original, an index page with an offline\n"
                        "  search, and manifest.json (FRBR URI, title, number, dates, SHA-256 of every file).\n"
                        "  --ids FILE: one FRBR work URI per line ('-' reads standard input)\n")) return kExitOk;
  bool ok = true;
  const fs::path dir = library_dir(args, context, ok);
  auto query = args.option("--query");
  auto ids = args.option("--ids");
  auto output = args.option("-o");
  if (output.is_ok() && !output.value()) output = args.option("--output");
  auto positionals = args.positionals();
  if (!ok || !query.is_ok() || !ids.is_ok() || !output.is_ok() || !positionals.is_ok() || !positionals->empty() ||
      !output.value() || query.value().has_value() == ids.value().has_value()) {
    context.err << kUsage;
    return kExitUsage;
  }
  Result<std::unique_ptr<store::Library>> library = store::Library::open(dir, store::OpenMode::ReadOnly);
  if (!library.is_ok()) {
    context.err << "vanthu export: " << library.status().message() << '\n';
    return exit_code_for(library.status());
  }
  publish::BundleRequest request;
  if (query.value()) {
    Result<std::vector<std::string>> uris = uris_for_query(dir, *query.value());
    if (!uris.is_ok()) {
      context.err << "vanthu export: " << uris.status().message() << '\n';
      return uris.status().code() == StatusCode::InvalidArgument ? kExitUsage : exit_code_for(uris.status());
    }
    request.uris = std::move(uris).value();
    request.selection = "Tìm kiếm: " + *query.value();
  } else {
    Result<std::string> text = read_input(*ids.value(), context.in);
    if (!text.is_ok()) {
      context.err << "vanthu export: " << text.status().message() << '\n';
      return exit_code_for(text.status());
    }
    request.uris = publish::uris_in_list(text.value());
    request.selection = "Danh sách: " + fs::path(*ids.value()).filename().string();
  }
  if (request.uris.empty()) {
    context.err << "vanthu export: nothing to export: "
                << (query.value() ? "the query finds no document" : "the list names no document") << '\n';
    return kExitSomeFailed;
  }
  Result<publish::Report> report = publish::export_bundle(*library.value(), request, *output.value());
  if (!report.is_ok()) {
    context.err << "vanthu export: " << report.status().message() << '\n';
    return report.status().code() == StatusCode::InvalidArgument ? kExitSomeFailed : exit_code_for(report.status());
  }
  return finish(context, "vanthu export", report.value(), *output.value());
}

int run_publish(const CommandContext& context) {
  Args args(context.args);
  constexpr const char* kUsage = "usage: vanthu publish [--library DIR] --site DIR [--base-url URL]\n";
  if (answered_help(args, context,
                    std::string(kUsage) +
                        "  a static site of every published document: pages at their FRBR URIs, PDF and XML beside\n"
                        "  them, pages by type, issuer and year, feed.atom, sitemap.xml, an offline search.\n"
                        "  --base-url: where the site will be served (for the feed and the sitemap);\n"
                        "  default http://127.0.0.1:8080/\n")) return kExitOk;
  bool ok = true;
  const fs::path dir = library_dir(args, context, ok);
  auto site = args.option("--site");
  auto base_url = args.option("--base-url");
  auto positionals = args.positionals();
  if (!ok || !site.is_ok() || !base_url.is_ok() || !positionals.is_ok() || !positionals->empty() || !site.value()) {
    context.err << kUsage;
    return kExitUsage;
  }
  publish::SiteOptions options;
  if (base_url.value()) {
    const std::string& url = *base_url.value();
    if (!url.starts_with("http://") && !url.starts_with("https://")) {
      context.err << "vanthu publish: --base-url is an absolute http:// or https:// address, not '" << url << "'\n";
      return kExitUsage;
    }
    options.base_url = url;
  }
  Result<std::unique_ptr<store::Library>> library = store::Library::open(dir, store::OpenMode::ReadOnly);
  if (!library.is_ok()) {
    context.err << "vanthu publish: " << library.status().message() << '\n';
    return exit_code_for(library.status());
  }
  Result<publish::Report> report = publish::publish_site(*library.value(), *site.value(), options);
  if (!report.is_ok()) {
    context.err << "vanthu publish: " << report.status().message() << '\n';
    return exit_code_for(report.status());
  }
  return finish(context, "vanthu publish", report.value(), *site.value());
}

}  // namespace vanthu::cli
