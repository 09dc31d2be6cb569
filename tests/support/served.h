// SPDX-License-Identifier: Apache-2.0
//
// `vanthu serve` run for a test: the real binary on 127.0.0.1 with a port the system picks, and plain HTTP requests
// through Poco's client (not our code), with a cookie jar like a browser's.
#pragma once

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPCookie.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/StringPartSource.h>
#include <Poco/StreamCopier.h>

#include "support/process.h"

namespace vanthu::test {

struct Answer {
  int status = 0;
  std::string body;
  Poco::Net::HTTPResponse response;
  std::string header(const std::string& name) const { return response.get(name, ""); }
  // Every Set-Cookie line, as sent.
  std::vector<std::string> set_cookies() const {
    std::vector<std::string> out;
    for (const auto& [name, value] : response)
      if (Poco::icompare(name, "Set-Cookie") == 0) out.push_back(value);
    return out;
  }
};

using Fields = std::vector<std::pair<std::string, std::string>>;

struct FilePart {
  std::string field, filename, bytes;
};

class Served {
public:
  explicit Served(const std::filesystem::path& library)
      : m_process(VANTHU_BINARY, {"serve", "--library", library.string(), "--port", "0"}) {
    using namespace std::chrono_literals;
    const std::string out = m_process.wait_for_output("/\n", 20s);
    std::smatch match;
    INFO(out);
    REQUIRE(std::regex_search(out, match, std::regex("at http://127\\.0\\.0\\.1:(\\d+)/")));
    m_port = static_cast<std::uint16_t>(std::stoi(match[1]));
  }

  std::uint16_t port() const { return m_port; }

  Answer get(const std::string& path, const Fields& headers = {},
             const std::string& method = Poco::Net::HTTPRequest::HTTP_GET) {
    Poco::Net::HTTPRequest request(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
    for (const auto& [name, value] : headers) request.set(name, value);
    return send(request, nullptr);
  }

  // A form POST, urlencoded; with files, multipart (as a browser sends an upload).
  Answer post(const std::string& path, const Fields& fields, const std::vector<FilePart>& files = {},
              const Fields& headers = {}) {
    Poco::Net::HTTPRequest request(Poco::Net::HTTPRequest::HTTP_POST, path, Poco::Net::HTTPMessage::HTTP_1_1);
    for (const auto& [name, value] : headers) request.set(name, value);
    Poco::Net::HTMLForm form(files.empty() ? Poco::Net::HTMLForm::ENCODING_URL
                                           : Poco::Net::HTMLForm::ENCODING_MULTIPART);
    for (const auto& [name, value] : fields) form.add(name, value);
    for (const FilePart& file : files) {
      form.addPart(file.field,
                   new Poco::Net::StringPartSource(file.bytes, "application/octet-stream", file.filename));
    }
    form.prepareSubmit(request);
    return send(request, &form);
  }

  // The cookies the server set and has not expired, sent with every request like a browser's jar.
  std::map<std::string, std::string>& cookies() { return m_cookies; }

  ProcessResult stop() { return m_process.stop(); }

private:
  Answer send(Poco::Net::HTTPRequest& request, Poco::Net::HTMLForm* form) {
    if (!m_cookies.empty()) {
      Poco::Net::NameValueCollection jar;
      for (const auto& [name, value] : m_cookies) jar.add(name, value);
      request.setCookies(jar);
    }
    Poco::Net::HTTPClientSession session("127.0.0.1", m_port);
    std::ostream& out = session.sendRequest(request);
    if (form != nullptr) form->write(out);
    Answer answer;
    std::istream& body = session.receiveResponse(answer.response);
    answer.status = answer.response.getStatus();
    Poco::StreamCopier::copyToString(body, answer.body);
    std::vector<Poco::Net::HTTPCookie> set;
    answer.response.getCookies(set);
    for (const Poco::Net::HTTPCookie& cookie : set) {
      if (cookie.getMaxAge() == 0) m_cookies.erase(cookie.getName());
      else m_cookies[cookie.getName()] = cookie.getValue();
    }
    return answer;
  }

  BackgroundProcess m_process;
  std::uint16_t m_port = 0;
  std::map<std::string, std::string> m_cookies;
};

inline bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The value of the first hidden csrf field of a page.
inline std::string csrf_of(const std::string& page) {
  std::smatch match;
  if (!std::regex_search(page, match, std::regex("name=\"csrf\" value=\"([0-9a-f]+)\""))) return {};
  return match[1];
}

}  // namespace vanthu::test
