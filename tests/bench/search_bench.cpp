// SPDX-License-Identifier: Apache-2.0
//
// search_bench LIBRARY QUERIES [--passes N] [--unit document|article]: warm query latency, as peers.sh
// measures its peers. The index is opened once; one untimed pass over every query line, then N timed passes in the
// same process, each query a full vanthu search (parse, BM25 top 10, facets, snippets, suggestion). Prints p50, p95,
// p99 and mean per pass, and the median of each over passes. scripts/bench also gives it the questions with their
// diacritics stripped, as a citizen without a Vietnamese keyboard types them, which also runs "did you mean".
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "index/index.h"

using namespace vanthu;
using Clock = std::chrono::steady_clock;

namespace {

// Nearest-rank percentile, as peers.py computes it.
double percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  const auto rank = static_cast<long>(p / 100.0 * static_cast<double>(values.size()) + 0.5 + 0.5) - 1;
  return values[static_cast<std::size_t>(std::clamp(rank, 0L, static_cast<long>(values.size()) - 1))];
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: search_bench LIBRARY QUERIES [--passes N] [--unit document|article]\n");
    return 2;
  }
  int passes = 3;
  index::Request base;
  for (int i = 3; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--passes" && i + 1 < argc) passes = std::max(1, std::stoi(argv[++i]));
    else if (arg == "--unit" && i + 1 < argc) base.unit = std::string(argv[++i]) == "article" ? index::Unit::Article
                                                                                            : index::Unit::Document;
  }
  std::vector<std::string> queries;
  std::ifstream in(argv[2]);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    queries.push_back(line);
  }
  if (queries.empty()) {
    std::fprintf(stderr, "search_bench: %s: no queries\n", argv[2]);
    return 2;
  }
  auto opened = index::Index::open(std::string(argv[1]) + "/index", index::Access::Read);
  if (!opened.is_ok()) {
    std::fprintf(stderr, "search_bench: %s\n", opened.status().to_string().c_str());
    return 1;
  }
  index::Index& search_index = *opened.value();

  std::size_t with_hits = 0, failed = 0;
  const auto run = [&](const std::string& query) {
    index::Request request = base;
    request.query = query;
    auto response = search_index.search(request);
    if (!response.is_ok()) ++failed;
    return response.is_ok() && !response->hits.empty();
  };
  for (const std::string& query : queries) with_hits += run(query) ? 1 : 0;  // warm-up, untimed

  std::vector<double> p50s, p95s, p99s, means;
  std::vector<std::pair<double, std::size_t>> slowest;  // (ms, query) of the last pass
  for (int pass = 0; pass < passes; ++pass) {
    std::vector<double> ms;
    ms.reserve(queries.size());
    slowest.clear();
    for (std::size_t q = 0; q < queries.size(); ++q) {
      const auto start = Clock::now();
      run(queries[q]);
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
      slowest.emplace_back(ms.back(), q);
    }
    double sum = 0;
    for (double m : ms) sum += m;
    p50s.push_back(percentile(ms, 50));
    p95s.push_back(percentile(ms, 95));
    p99s.push_back(percentile(ms, 99));
    means.push_back(sum / static_cast<double>(ms.size()));
    std::printf("pass %d: p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  mean %.2f ms\n", pass + 1, p50s.back(), p95s.back(),
                p99s.back(), means.back());
  }
  std::sort(slowest.rbegin(), slowest.rend());
  for (std::size_t i = 0; i < std::min<std::size_t>(3, slowest.size()); ++i)
    std::printf("slowest: %.2f ms  %s\n", slowest[i].first, queries[slowest[i].second].substr(0, 100).c_str());
  std::printf("%s: %zu queries (%s), %zu with hits, %zu refused: p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  mean %.2f ms "
              "(median of %d warm passes)\n",
              argv[2], queries.size(), base.unit == index::Unit::Article ? "article units" : "documents", with_hits, failed, median(p50s), median(p95s),
              median(p99s), median(means), passes);
  return 0;
}
