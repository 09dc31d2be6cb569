// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/server: a request and a reply as the handlers see them, without Poco (server.cpp converts), so
// the handlers are plain functions of the library and the request.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace vanthu::server {

struct Request {
  std::string method;                                       // "GET", "HEAD", …
  std::string path;                                         // decoded: "/akn/vn/act/…"
  std::vector<std::pair<std::string, std::string>> query;   // decoded, in order
  std::map<std::string, std::string> headers;               // names in lower case

  // The first value of a query parameter, "" when absent.
  std::string param(const std::string& name) const {
    for (const auto& [key, value] : query)
      if (key == name) return value;
    return {};
  }
  std::string header(const std::string& name) const {
    const auto found = headers.find(name);
    return found == headers.end() ? std::string() : found->second;
  }
};

struct Reply {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // besides Content-Type and Content-Length
};

}  // namespace vanthu::server
