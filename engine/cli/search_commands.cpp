// SPDX-License-Identifier: Apache-2.0
//
// `vanthu search` (one query, or --queries FILE: one JSON line per query line, same order) and `vanthu reindex`
// (rebuild the index from the library's XML beside the old one, then swap, so a crash leaves the old index whole).
#include <algorithm>
#include <fstream>
#include <iostream>
#include <ostream>
#include <sstream>
#include <string>

#include "base/base.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "index/index.h"
#include "store/store.h"

namespace vanthu::cli {
namespace {

namespace fs = std::filesystem;

void print_human(std::ostream& out, const index::Response& response) {
  out << response.total << " results for \"" << response.query << "\"\n";
  if (response.suggestion) out << "Did you mean: " << *response.suggestion << '\n';
  int rank = 0;
  for (const index::Hit& hit : response.hits) {
    std::string snippet = hit.snippet;
    for (const auto& [from, to] : {std::pair<std::string, std::string>{"<mark>", "["}, {"</mark>", "]"},
                                   {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&amp;", "&"}}) {
      for (auto at = snippet.find(from); at != std::string::npos; at = snippet.find(from, at + to.size()))
        snippet.replace(at, from.size(), to);
    }
    out << ++rank << ". " << hit.type << (hit.number.empty() ? "" : " " + hit.number) << " — " << hit.title << '\n'
        << "   " << hit.uri << (hit.eid.empty() ? "" : "#" + hit.eid) << "  (" << hit.date << ")\n"
        << "   " << snippet << "\n";
  }
}

}  // namespace

int run_search(const CommandContext& context) {
  Args args(context.args);
  if (answered_help(args, context,
                    "usage: vanthu search [--library DIR] [--json] [--limit N] [--offset N] [--sort relevance|date|oldest]\n"
                   "                     [--unit document|article] [--filter FIELD:VALUE]... (QUERY | --queries FILE)\n"
                   "  query words with or without diacritics, \"phrases\", -word, AND/OR/NOT, type: issuer: year:\n"
                   "  number: date:FROM..TO\n")) return kExitOk;
  const bool json = args.flag("--json");
  bool ok = true;
  const fs::path dir = library_dir(args, context, ok);
  auto limit = args.option("--limit");
  auto offset = args.option("--offset");
  auto sort = args.option("--sort");
  auto unit = args.option("--unit");
  auto filters = args.options("--filter");
  auto queries_file = args.option("--queries");
  auto positionals = args.positionals();
  if (!ok || !limit.is_ok() || !offset.is_ok() || !sort.is_ok() || !unit.is_ok() || !filters.is_ok() || !queries_file.is_ok() || !positionals.is_ok()) {
    context.err << "usage: vanthu search [--library DIR] [--json] [--limit N] [--unit document|article] QUERY\n";
    return kExitUsage;
  }
  index::Request base;
  // --limit 1..1000 and --offset 0..100000: pages of results, as the web UI asks for them.
  const auto number = [&](const std::optional<std::string>& text, const char* flag, std::size_t low, std::size_t high,
                          std::size_t& into) {
    if (!text) return true;
    const bool digits = !text->empty() && text->size() < 10 &&
                        std::all_of(text->begin(), text->end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digits) into = static_cast<std::size_t>(std::stoul(*text));
    if (!digits || into < low || into > high) {
      context.err << "vanthu search: " << flag << " is a number from " << low << " to " << high << '\n';
      return false;
    }
    return true;
  };
  if (!number(limit.value(), "--limit", 1, 1000, base.limit) ||
      !number(offset.value(), "--offset", 0, 100000, base.offset))
    return kExitUsage;
  if (sort.value()) {
    if (*sort.value() == "date") base.sort = index::Sort::DateNewest;
    else if (*sort.value() == "oldest") base.sort = index::Sort::DateOldest;
    else if (*sort.value() != "relevance") {
      context.err << "vanthu search: --sort is relevance, date (newest first) or oldest\n";
      return kExitUsage;
    }
  }
  if (unit.value()) {
    if (*unit.value() == "article") base.unit = index::Unit::Article;
    else if (*unit.value() != "document") {
      context.err << "vanthu search: --unit is document or article\n";
      return kExitUsage;
    }
  }
  for (const std::string& filter : filters.value()) {
    const auto colon = filter.find(':');
    if (colon == std::string::npos || colon == 0) {
      context.err << "vanthu search: --filter takes FIELD:VALUE, not '" << filter << "'\n";
      return kExitUsage;
    }
    base.filters.emplace_back(filter.substr(0, colon), filter.substr(colon + 1));
  }
  std::vector<std::string> queries;
  if (queries_file.value()) {
    Result<std::string> text = read_input(*queries_file.value(), context.in);
    if (!text.is_ok()) {
      context.err << "vanthu search: " << text.status().message() << '\n';
      return exit_code_for(text.status());
    }
    std::istringstream lines(text.value());
    for (std::string line; std::getline(lines, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      queries.push_back(line);
    }
  } else {
    std::string query;
    for (const std::string& word : positionals.value()) query += (query.empty() ? "" : " ") + word;
    queries.push_back(query);
  }
  // Documents a killed run stored but did not index become searchable first (a no-op when the index is current).
  if (Result<std::size_t> recovered = index::recover(dir); !recovered.is_ok()) {
    context.err << "vanthu search: " << recovered.status().message() << '\n';
    if (recovered.status().code() == StatusCode::NotFound) return kExitNotFound;  // no library at all
  }
  Result<std::unique_ptr<index::Index>> opened = index::Index::open(dir / "index", index::Access::Read);
  if (!opened.is_ok()) {
    context.err << "vanthu search: " << opened.status().message() << '\n';
    return exit_code_for(opened.status());
  }
  int exit_code = kExitOk;
  for (const std::string& query : queries) {
    index::Request request = base;
    request.query = query;
    Result<index::Response> response = opened.value()->search(request);
    if (!response.is_ok()) {
      if (json && queries_file.value()) {
        context.out << "{\"query\": " << json_quote(query) << ", \"error\": " << json_quote(response.status().message())
                    << "}\n";
      } else {
        context.err << "vanthu search: " << response.status().message() << '\n';
      }
      exit_code = queries_file.value() ? kExitSomeFailed : kExitUsage;
      continue;
    }
    if (json) context.out << index::to_json(response.value()) << '\n';
    else print_human(context.out, response.value());
  }
  return exit_code;
}

int run_reindex(const CommandContext& context) {
  Args args(context.args);
  if (answered_help(args, context,
                    "usage: vanthu reindex [--library DIR]\n  rebuild the search index from the library's XML\n")) return kExitOk;
  bool ok = true;
  const fs::path dir = library_dir(args, context, ok);
  if (!ok) return kExitUsage;
  Result<std::unique_ptr<store::Library>> library = store::Library::open(dir, store::OpenMode::Write);
  if (!library.is_ok()) {
    context.err << "vanthu reindex: " << library.status().message() << '\n';
    return exit_code_for(library.status());
  }
  Result<std::size_t> built = index::rebuild(*library.value());
  if (!built.is_ok()) {
    context.err << "vanthu reindex: " << built.status().message() << '\n';
    return exit_code_for(built.status());
  }
  context.out << "reindexed " << built.value() << " documents into " << (dir / "index").string() << '\n';
  return kExitOk;
}


}  // namespace vanthu::cli
