// SPDX-License-Identifier: Apache-2.0
//
// text_bench: throughput of the engine/text pipeline that indexing runs on every document, against the naive
// baseline of an ICU Transliterator chain, on the same text in the same run.
//
//   text_bench [FOLDER] [--repeat N] [--no-baseline]
//
// FOLDER (default ../shared/data/vn-laws-fulltext/raw) is read into memory first, so disk time is left out.
// Each measurement runs N times (default 5) and the fastest run counts: on a shared, noisy machine the minimum is
// the best estimate of the cost itself. One thread throughout: the numbers are per core.
//
// Measured:
//   normalize          normalize(): mojibake check, format characters, NFC, look-alike and stray-mark repair
//   tokenize+keys      tokenize(): syllables, positions, offsets, E key (canonical tones) and F key (folding)
//   pipeline           both, as indexing will run them
//   icu-translit       ICU Transliterator "NFD; [:Nonspacing Mark:] Remove; NFC", then "đ > d; Đ > D;",
//                      per line, UTF-8 → UTF-16 → UTF-8 (the naive fold: no tone canonicalization, no tokens)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include "base/base.h"
#include "text/text.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Corpus {
  std::vector<std::string> files;
  std::size_t bytes = 0;
};

Corpus load(const std::filesystem::path& folder) {
  Corpus corpus;
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.is_regular_file()) paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  for (const auto& path : paths) {
    vanthu::Result<std::string> data = vanthu::read_file(path);
    if (!data.is_ok()) {
      std::fprintf(stderr, "text_bench: %s\n", data.status().to_string().c_str());
      continue;
    }
    corpus.bytes += data->size();
    corpus.files.push_back(std::move(data).value());
  }
  return corpus;
}

// The fastest of repeat runs of work over the whole corpus, in seconds. work returns a checksum so the compiler
// cannot drop it.
double best_seconds(int repeat, const std::function<std::size_t()>& work, std::size_t& checksum) {
  double best = 1e30;
  for (int i = 0; i < repeat; ++i) {
    const auto start = Clock::now();
    checksum += work();
    best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
  }
  return best;
}

// The naive fold as ICU offers it: the standard chain by ID (ICU's fastest form of it), then a rule for đ, which
// has no decomposition and survives the chain.
struct Baseline {
  std::unique_ptr<icu::Transliterator> strip_marks;
  std::unique_ptr<icu::Transliterator> d_stroke;
};

std::optional<Baseline> make_baseline() {
  UErrorCode status = U_ZERO_ERROR;
  UParseError where{};
  Baseline baseline;
  baseline.strip_marks.reset(icu::Transliterator::createInstance(
      icu::UnicodeString::fromUTF8("NFD; [:Nonspacing Mark:] Remove; NFC"), UTRANS_FORWARD, status));
  baseline.d_stroke.reset(icu::Transliterator::createFromRules(
      "vanthu-d-stroke", icu::UnicodeString::fromUTF8("đ > d; Đ > D;"), UTRANS_FORWARD, where, status));
  if (U_FAILURE(status)) {
    std::fprintf(stderr, "text_bench: cannot build the ICU baseline: %s\n", u_errorName(status));
    return std::nullopt;
  }
  return baseline;
}

}  // namespace

int main(int argc, char** argv) {
  std::filesystem::path folder = "../shared/data/vn-laws-fulltext/raw";
  int repeat = 5;
  bool with_baseline = true;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--no-baseline") {
      with_baseline = false;
    } else if (arg == "--repeat" && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else {
      folder = arg;
    }
  }
  const Corpus corpus = load(folder);
  if (corpus.files.empty()) {
    std::fprintf(stderr, "text_bench: no files in %s\n", folder.c_str());
    return 1;
  }
  const double megabytes = static_cast<double>(corpus.bytes) / 1e6;
  std::printf("text_bench: %zu files, %.1f MB from %s, best of %d runs, one thread\n\n", corpus.files.size(),
              megabytes, folder.c_str(), repeat);

  std::vector<std::string> normalized(corpus.files.size());
  std::size_t checksum = 0;
  const double normalize_s = best_seconds(repeat, [&] {
    std::size_t sum = 0;
    for (std::size_t i = 0; i < corpus.files.size(); ++i) {
      normalized[i] = vanthu::text::normalize(corpus.files[i]);
      sum += normalized[i].size();
    }
    return sum;
  }, checksum);

  std::size_t tokens = 0;
  const auto count_tokens = [&](const std::string& text) {
    std::size_t sum = 0;
    vanthu::text::tokenize(text, [&](const vanthu::text::Token& token) {
      sum += token.exact.size() + token.folded.size();
      ++tokens;
    });
    return sum;
  };
  const double tokenize_s = best_seconds(repeat, [&] {
    std::size_t sum = 0;
    tokens = 0;
    for (const std::string& text : normalized) sum += count_tokens(text);
    return sum;
  }, checksum);

  const double pipeline_s = best_seconds(repeat, [&] {
    std::size_t sum = 0;
    tokens = 0;
    for (const std::string& file : corpus.files) sum += count_tokens(vanthu::text::normalize(file));
    return sum;
  }, checksum);

  double baseline_s = 0;
  if (auto baseline = with_baseline ? make_baseline() : std::nullopt) {
    baseline_s = best_seconds(repeat, [&] {
      std::size_t sum = 0;
      // Line by line (one paragraph each in these files): on a whole document each removed mark shifts the rest
      // of the string, which would make ICU look slower than it is.
      for (const std::string& file : corpus.files) {
        std::size_t start = 0;
        while (start < file.size()) {
          std::size_t end = file.find('\n', start);
          if (end == std::string::npos) end = file.size();
          icu::UnicodeString text = icu::UnicodeString::fromUTF8(
              icu::StringPiece(file.data() + start, static_cast<int32_t>(end - start)));
          baseline->strip_marks->transliterate(text);
          baseline->d_stroke->transliterate(text);
          std::string out;
          text.toUTF8String(out);
          sum += out.size();
          start = end + 1;
        }
      }
      return sum;
    }, checksum);
  }

  const auto row = [&](const char* name, double seconds) {
    std::printf("%-16s %8.3f s %9.1f MB/s\n", name, seconds, megabytes / seconds);
  };
  row("normalize", normalize_s);
  row("tokenize+keys", tokenize_s);
  row("pipeline", pipeline_s);
  if (baseline_s > 0) row("icu-translit", baseline_s);
  std::printf("\n%zu tokens (%.1f M tokens/s in the pipeline)\n", tokens, static_cast<double>(tokens) / 1e6 / pipeline_s);
  if (baseline_s > 0) {
    std::printf("pipeline / icu-translit speed ratio: %.1fx (the pipeline also tokenizes and builds two keys)\n",
                baseline_s / pipeline_s);
  }
  std::printf("target: pipeline >= 50 MB/s on one core: %s\n", megabytes / pipeline_s >= 50 ? "met" : "NOT met");
  std::printf("(checksum %zu)\n", checksum);
  return 0;
}
