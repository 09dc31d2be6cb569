// SPDX-License-Identifier: Apache-2.0
//
// publish: the library as files people take away (ARCHITECTURE.md §6). A bundle is one zip a journalist downloads
// and cites: per document its page, PDF, canonical XML and original; an index page with an offline search; and
// manifest.json with every file's SHA-256. A site is the whole published library as static files for any web
// server: document pages at their FRBR URIs, pages by type, issuer and year, an Atom feed and a sitemap.
//
// Contracts:
// - Only published documents go out. A requested document that is a draft, unpublished or unknown is reported, not
//   exported; the rest still are.
// - Everything inside a bundle or a site links relatively, so both work offline and under any path prefix.
// - A site is built beside the target and swapped in when complete: a crash leaves the old site whole, and files
//   of documents no longer published do not linger. A bundle is written atomically.
// - Pages and PDFs are rendered on every core; the output does not depend on the number of threads.
// - Never throws: Poco, libxml2 and file-system failures are Status values naming the file.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"
#include "store/store.h"

namespace vanthu::publish {

struct Report {
  std::size_t documents = 0;          // documents written
  std::size_t files = 0;              // files written (the manifest and pages included)
  std::vector<std::string> problems;  // one line per document left out or file that fell back ("…: not published")
};

// The FRBR work URIs of a list a person wrote or pasted: one per line, spaces trimmed, blank lines and # comments
// skipped; a pasted page address ("http://host/akn/vn/…") keeps its path from /akn/ on.
std::vector<std::string> uris_in_list(std::string_view text);

struct BundleRequest {
  std::vector<std::string> uris;  // FRBR work URIs, in the order wanted
  std::string selection;          // how they were chosen, for the manifest and the index ("query: thuế", "ids: list.txt")
};

// The bundle zip in memory (the server sends it as it is). InvalidArgument when none of the URIs is a published
// document of the library.
struct Bundle {
  std::string zip;
  Report report;
};
Result<Bundle> bundle(const store::Library& library, const BundleRequest& request);

// Writes the bundle zip atomically.
Result<Report> export_bundle(const store::Library& library, const BundleRequest& request,
                             const std::filesystem::path& zip);

struct SiteOptions {
  // Absolute address the site will be served from, for the feed and the sitemap (which need absolute URLs).
  std::string base_url = "http://127.0.0.1:8080/";
  std::size_t feed_entries = 50;  // newest publications in feed.atom
};

// Writes the static site of every published document into dir (replacing what was there).
Result<Report> publish_site(const store::Library& library, const std::filesystem::path& dir, const SiteOptions& options);

// For a server of the library (ARCHITECTURE.md §8): feed.atom of the newest publications and sitemap.xml of every
// published document page plus the given pages (paths under base_url, "" for its home), as the site has them.
Result<std::string> feed(const store::Library& library, const SiteOptions& options);
Result<std::string> sitemap(const store::Library& library, const SiteOptions& options,
                            const std::vector<std::string>& pages);

}  // namespace vanthu::publish
