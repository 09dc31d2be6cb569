// SPDX-License-Identifier: Apache-2.0
//
// End to end, the library as its users lean on it: `vanthu ingest` killed at random moments, two writers at once,
// and `vanthu search` given the queries people really type, bad ones included.
#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <set>
#include <sstream>

#include "support/process.h"
#include "support/test_support.h"

namespace vanthu {
namespace {

namespace fs = std::filesystem;

test::ProcessResult vanthu(const std::vector<std::string>& args) { return test::run_process(VANTHU_BINARY, args); }

// The work URIs a `vanthu ingest` run reported as stored: complete lines only, a killed run may end mid-line.
std::set<std::string> reported_stored(const std::string& out) {
  std::set<std::string> uris;
  std::istringstream lines(out);
  std::string line;
  while (std::getline(lines, line)) {
    if (lines.eof()) break;  // no newline: cut off by the kill
    std::istringstream words(line);
    std::string outcome, word;
    words >> outcome;
    if (outcome != "added" && outcome != "new" && outcome != "unchanged") continue;
    while (words >> word) {
      if (word.starts_with("/akn/")) uris.insert(word);
    }
  }
  return uris;
}

// The work URIs of every published document the search index returns.
std::set<std::string> searchable(const std::string& library) {
  const auto listed = vanthu({"search", "--library", library, "--json", "--limit", "1000", "unit:document"});
  REQUIRE(listed.exit_code == 0);
  std::set<std::string> uris;
  for (std::size_t at = listed.out.find("\"uri\": \""); at != std::string::npos;
       at = listed.out.find("\"uri\": \"", at + 1)) {
    const std::size_t begin = at + 8;
    uris.insert(listed.out.substr(begin, listed.out.find('"', begin) - begin));
  }
  return uris;
}

}  // namespace

TEST_CASE("vanthu ingest killed at random points leaves a library that opens checks and finds what it reported",
          "[cli][library]") {
  test::TempFolder folder("crash");
  const std::string corpus = std::string(VANTHU_SOURCE_DIR) + "/corpus";
  const std::string library = (folder.path() / "lib").string();

  // How long a whole run takes here (sanitizers, a loaded machine), so kills land all through it.
  const auto started = std::chrono::steady_clock::now();
  const auto whole = vanthu({"ingest", "--library", (folder.path() / "timing").string(), corpus});
  const auto run_time = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
  REQUIRE(whole.exit_code <= 1);  // corpus/ holds one image-only PDF that is refused by design
  const std::set<std::string> all = reported_stored(whole.out);
  REQUIRE(all.size() > 20);

  const unsigned seed = std::random_device{}();
  INFO("seed " << seed << ", a whole run takes " << run_time.count() << " ms");
  std::mt19937 random(seed);
  std::uniform_int_distribution<long> moment(0, run_time.count());
  std::set<std::string> stored;
  for (int round = 0; round < 6; ++round) {
    const std::chrono::milliseconds after(moment(random));
    INFO("round " << round << ": killed after " << after.count() << " ms");
    const auto killed = test::run_process_killed_after(VANTHU_BINARY, {"ingest", "--library", library, corpus}, after);
    const std::set<std::string> reported = reported_stored(killed.out);
    stored.insert(reported.begin(), reported.end());
    if (!fs::exists(fs::path(library) / "catalog.sqlite")) continue;  // killed before it created anything

    const auto check = vanthu({"check", "--library", library});
    INFO(check.out << check.err);
    CHECK(check.exit_code == 0);
    CHECK(check.out.find("library ok") != std::string::npos);
    const std::set<std::string> found = searchable(library);
    for (const std::string& uri : stored) {
      INFO(uri << " was reported stored");
      CHECK(found.contains(uri));
    }
  }
  // Finishing the interrupted work leaves the same library as one uninterrupted run.
  const auto finish = vanthu({"ingest", "--library", library, corpus});
  CHECK(finish.exit_code <= 1);
  CHECK(vanthu({"check", "--library", library}).exit_code == 0);
  CHECK(searchable(library) == all);
}

TEST_CASE("A second writer on one library is refused clearly and the library stays whole", "[cli][library]") {
  test::TempFolder folder("writers");
  const std::string library = (folder.path() / "lib").string();
  const std::string decree = std::string(VANTHU_SOURCE_DIR) + "/corpus/laws";
  REQUIRE(vanthu({"ingest", "--library", library, decree}).exit_code == 0);

  // Hold the writer lock as a running `vanthu ingest` does.
  const int lock = ::open((fs::path(library) / "writer.lock").c_str(), O_RDWR);
  REQUIRE(lock >= 0);
  REQUIRE(::flock(lock, LOCK_EX | LOCK_NB) == 0);
  const auto second = vanthu({"ingest", "--library", library, std::string(VANTHU_SOURCE_DIR) + "/corpus/minutes"});
  CHECK(second.exit_code == 5);
  CHECK(second.err.find("another process is writing to this library") != std::string::npos);
  const auto reindex = vanthu({"reindex", "--library", library});
  CHECK(reindex.exit_code == 5);
  // Readers are not held up by the writer.
  const auto search = vanthu({"search", "--library", library, "luat"});
  CHECK(search.exit_code == 0);
  ::close(lock);

  const auto check = vanthu({"check", "--library", library});
  INFO(check.out);
  CHECK(check.exit_code == 0);
  CHECK(check.out.find("library ok: 3 documents") != std::string::npos);
}

TEST_CASE("vanthu search answers bad queries with a clear message and never crashes", "[cli][search]") {
  test::TempFolder folder("queries");
  const std::string library = (folder.path() / "lib").string();
  REQUIRE(vanthu({"ingest", "--library", library, std::string(VANTHU_SOURCE_DIR) + "/corpus/laws"}).exit_code == 0);

  struct Case {
    std::string query;
    int exit_code;
    std::string message;  // part of what stderr says
  };
  const Case cases[] = {
      {"", 2, "no words"},
      {"   ", 2, "no words"},
      {"?!... ;;; ---", 2, "no words"},
      {"\"hòa giải", 2, "without its closing"},
      {"type:", 2, "\"type:\" needs a value"},
      {"date:2020-13..x", 2, "is not a date range"},
      {"date:..", 2, "is not a date range"},
      {"year:20x0", 2, "is not a year"},
      {std::string(10000, 'a'), 0, ""},
      {std::string(5000, '"'), 2, "no words"},
      {"hoa giai AND OR NOT", 0, ""},
  };
  for (const Case& c : cases) {
    INFO("query: " << c.query.substr(0, 60));
    const auto result = vanthu({"search", "--library", library, c.query});
    INFO(result.err);
    CHECK(result.exit_code == c.exit_code);
    if (!c.message.empty()) CHECK(result.err.find(c.message) != std::string::npos);
    CHECK(result.err.find("Xapian") == std::string::npos);
  }
}

TEST_CASE("vanthu search --json suggests diacritics from the index and pages through results", "[cli][search]") {
  test::TempFolder folder("suggest");
  const std::string library = (folder.path() / "lib").string();
  REQUIRE(vanthu({"ingest", "--library", library, std::string(VANTHU_SOURCE_DIR) + "/corpus"}).exit_code <= 1);

  const auto plain = vanthu({"search", "--library", library, "--json", "hoa giai o co so"});
  REQUIRE(plain.exit_code == 0);
  CHECK(plain.out.find("\"suggestion\": \"hòa giải ở cơ sở\"") != std::string::npos);
  const auto accented = vanthu({"search", "--library", library, "--json", "hòa giải ở cơ sở"});
  CHECK(accented.out.find("\"suggestion\": null") != std::string::npos);

  const auto first = vanthu({"search", "--library", library, "--json", "--limit", "2", "ủy ban nhân dân"});
  const auto second = vanthu({"search", "--library", library, "--json", "--limit", "2", "--offset", "2", "ủy ban nhân dân"});
  REQUIRE(first.exit_code == 0);
  REQUIRE(second.exit_code == 0);
  const auto uris = [](const std::string& out) {
    std::vector<std::string> found;
    for (std::size_t at = out.find("\"uri\": \""); at != std::string::npos; at = out.find("\"uri\": \"", at + 1))
      found.push_back(out.substr(at + 8, out.find('"', at + 8) - at - 8));
    return found;
  };
  REQUIRE(uris(first.out).size() == 2);
  REQUIRE(uris(second.out).size() == 2);
  CHECK(uris(first.out)[0] != uris(second.out)[0]);
  CHECK(uris(first.out)[1] != uris(second.out)[1]);

  const auto newest = vanthu({"search", "--library", library, "--json", "--sort", "date", "unit:document"});
  REQUIRE(newest.exit_code == 0);
  std::vector<std::string> dates;
  for (std::size_t at = newest.out.find("\"date\": \""); at != std::string::npos;
       at = newest.out.find("\"date\": \"", at + 1))
    dates.push_back(newest.out.substr(at + 9, 10));
  REQUIRE(dates.size() > 3);
  CHECK(std::is_sorted(dates.rbegin(), dates.rend()));
}

}  // namespace vanthu
