// SPDX-License-Identifier: Apache-2.0
//
// ingest_bench FOLDER [--repeat N]: every file under FOLDER, held in memory, through the whole path to validated
// Akoma Ntoso — ingest::read_bytes → structure::build → model::to_akn → model::validate_akn — on one thread.
// Prints MB/s and documents/s for each stage and in all (best of N). Files ingest refuses are counted, not timed.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "base/base.h"
#include "ingest/ingest.h"
#include "model/model.h"
#include "structure/structure.h"

using namespace vanthu;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: ingest_bench FOLDER [--repeat N]\n");
    return 2;
  }
  int repeat = 3;
  for (int i = 2; i + 1 < argc; ++i) {
    if (std::string(argv[i]) == "--repeat") repeat = std::max(1, std::stoi(argv[i + 1]));
  }
  std::vector<std::pair<std::string, std::string>> files;
  std::size_t bytes = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[1])) {
    if (!entry.is_regular_file()) continue;
    Result<std::string> data = read_file(entry.path());
    if (!data.is_ok()) continue;
    bytes += data->size();
    files.emplace_back(entry.path().string(), std::move(data).value());
  }
  std::sort(files.begin(), files.end());
  (void)model::validate_akn("<x/>");  // load the schema once, outside the timing
  double best_total = 1e30, best_read = 0, best_build = 0, best_write = 0, best_validate = 0;
  std::size_t refused = 0, invalid = 0, xml_bytes = 0;
  for (int round = 0; round < repeat; ++round) {
    double read = 0, build = 0, write = 0, validate = 0;
    refused = invalid = xml_bytes = 0;
    for (const auto& [name, data] : files) {
      auto t0 = Clock::now();
      auto extracted = ingest::read_bytes(name, data);
      auto t1 = Clock::now();
      read += std::chrono::duration<double>(t1 - t0).count();
      if (!extracted.is_ok()) {
        ++refused;
        continue;
      }
      model::Document document = structure::build(extracted.value());
      auto t2 = Clock::now();
      const std::string xml = model::to_akn(document);
      auto t3 = Clock::now();
      invalid += !model::validate_akn(xml).is_ok();
      auto t4 = Clock::now();
      build += std::chrono::duration<double>(t2 - t1).count();
      write += std::chrono::duration<double>(t3 - t2).count();
      validate += std::chrono::duration<double>(t4 - t3).count();
      xml_bytes += xml.size();
    }
    const double total = read + build + write + validate;
    if (total < best_total) {
      best_total = total;
      best_read = read;
      best_build = build;
      best_write = write;
      best_validate = validate;
    }
  }
  const double mb = static_cast<double>(bytes) / 1e6;
  std::printf("%zu files, %.1f MB of input, %.1f MB of XML; refused %zu, schema-invalid %zu (best of %d)\n",
              files.size(), mb, static_cast<double>(xml_bytes) / 1e6, refused, invalid, repeat);
  std::printf("  ingest (read + clean-up)  %7.2f s  %7.1f MB/s\n", best_read, mb / best_read);
  std::printf("  structure                 %7.2f s  %7.1f MB/s\n", best_build, mb / best_build);
  std::printf("  AKN writer                %7.2f s  %7.1f MB/s\n", best_write, mb / best_write);
  std::printf("  schema validation         %7.2f s  %7.1f MB/s\n", best_validate, mb / best_validate);
  std::printf("  all, to validated AKN     %7.2f s  %7.1f MB/s  %7.1f docs/s\n", best_total, mb / best_total,
              static_cast<double>(files.size()) / best_total);
  return 0;
}
