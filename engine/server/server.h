// SPDX-License-Identifier: Apache-2.0
//
// server: `vanthu serve`, the library on the web (ARCHITECTURE.md §8), on Poco::Net's HTTPServer. HTML for people
// and JSON for programs, from the same library calls the command line uses:
//
//   /                        newest publications and a search box
//   /search?q=…              results with snippets, facets as filters, sort, pages, "did you mean"
//   /akn/…                   a document's page at its FRBR URI; ….pdf, ….xml, …/original beside it
//   /api/search?q=…          the search answer as JSON (the `vanthu search --json` object)
//   /api/documents/akn/…     a document's facts and links as JSON
//   /export                  a bundle (HTML, PDF, XML, originals, manifest) of a query's or a list's documents
//   /api/openapi.json        the OpenAPI 3 description of the JSON API
//   /feed.atom, /sitemap.xml, /healthz, /vanthu.css
//   /clerk/…                 the clerks' desk: sign in, upload, review, correct, publish, unpublish, audit log
//
// Contracts:
// - Only published documents are visible without signing in: a draft or unpublished document is a 404 everywhere
//   public. Clerk pages need a session (cookie HttpOnly, SameSite=Strict) and every form carries a CSRF token.
// - A request body over Options::max_body bytes is refused with 413 before it is read.
// - URLs never name files: a document is looked up by its URI in the catalog, so no path can reach the disk.
// - Every text in a page goes through engine/render's templates (escaped by construction).
// - The index is reopened when the library changes, so what another process ingests appears without a restart.
// - Never throws; a request that fails inside gets a 500 page and a line on the log, and the server goes on.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>

#include "base/base.h"

namespace vanthu::server {

struct Options {
  std::filesystem::path library;
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;  // 0: any free port (tests); Server::port() tells which
  unsigned threads = 0;       // request threads; 0: 16, or four per core when that is more
  std::size_t max_body = 32u << 20;  // the largest request body (uploads), in bytes
  std::string base_url;       // absolute address for the feed and the sitemap; "" → http://host:port/
};

class Server {
public:
  // Opens the library and starts listening; the server answers requests when this returns.
  static Result<std::unique_ptr<Server>> start(const Options& options);
  ~Server();  // stops, letting requests in flight finish
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  std::uint16_t port() const;
  std::string url() const;  // "http://127.0.0.1:8080/"

private:
  struct Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> m_impl;
};

}  // namespace vanthu::server
