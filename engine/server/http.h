// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/server: a request and a reply as the handlers see them, without Poco (server.cpp converts), so
// the handlers are plain functions of the library and the request.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace vanthu::server {

// A file sent with a form (multipart/form-data).
struct Upload {
  std::string field;      // the form field's name
  std::string filename;   // as the browser gave it, without any folder
  std::string bytes;
};

// A signed-in clerk (server/sessions.h).
struct Session {
  std::string id;    // the cookie's value
  std::string user;
  std::string csrf;  // the token every form of this session carries
};

struct Request {
  std::string method;                                       // "GET", "HEAD", "POST", …
  std::string path;                                         // decoded: "/akn/vn/act/…"
  std::vector<std::pair<std::string, std::string>> query;   // decoded, in order
  std::map<std::string, std::string> headers;               // names in lower case
  std::map<std::string, std::string> cookies;
  std::string client;                                       // the peer's address, without the port
  // A POST's fields (urlencoded or multipart), decoded, in order, and its files.
  std::vector<std::pair<std::string, std::string>> form;
  std::vector<Upload> files;
  std::optional<Session> session;                           // set by dispatch on clerk routes

  // The first value of a query parameter, "" when absent.
  std::string param(const std::string& name) const { return first(query, name); }
  // The first value of a form field, "" when absent.
  std::string field(const std::string& name) const { return first(form, name); }
  std::string header(const std::string& name) const {
    const auto found = headers.find(name);
    return found == headers.end() ? std::string() : found->second;
  }
  std::string cookie(const std::string& name) const {
    const auto found = cookies.find(name);
    return found == cookies.end() ? std::string() : found->second;
  }

private:
  static std::string first(const std::vector<std::pair<std::string, std::string>>& pairs, const std::string& name) {
    for (const auto& [key, value] : pairs)
      if (key == name) return value;
    return {};
  }
};

struct Reply {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  // Besides Content-Type and Content-Length; a name may repeat (Set-Cookie).
  std::vector<std::pair<std::string, std::string>> headers;
};

}  // namespace vanthu::server
