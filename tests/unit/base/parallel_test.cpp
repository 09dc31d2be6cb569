// SPDX-License-Identifier: Apache-2.0
#include <catch2/catch.hpp>

#include <atomic>
#include <vector>

#include "base/base.h"

using namespace vanthu;

TEST_CASE("parallel_for runs every task once whatever the number of threads", "[base]") {
  struct Case {
    std::size_t count, max_threads;
  };
  for (const Case& c : std::vector<Case>{{0, 0}, {1, 0}, {100, 0}, {100, 1}, {7, 3}, {3, 8}}) {
    std::vector<std::atomic<int>> runs(c.count);
    parallel_for(c.count, c.max_threads, [&](std::size_t i) { ++runs[i]; });
    INFO("count " << c.count << " threads " << c.max_threads);
    for (const std::atomic<int>& run : runs) CHECK(run == 1);
  }
  CHECK(core_count() >= 1);
}
