// SPDX-License-Identifier: Apache-2.0
//
// Poco::Net's HTTPServer around the handlers: each request is read into a Request, dispatched through the routes
// table, and its Reply written back with the headers every answer carries. Poco stays in this file.
#include "server/server.h"

#include <algorithm>
#include <cctype>
#include <thread>

#include <Poco/Exception.h>
#include <Poco/Net/HTMLForm.h>
#include <Poco/Net/MessageHeader.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/PartHandler.h>
#include <Poco/StreamCopier.h>

#include <sstream>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/URI.h>

#include "base/base.h"
#include "render/render.h"
#include "server/handlers.h"

namespace vanthu::server {
namespace {

// What every answer carries: no sniffing, no framing by other sites, and for pages a policy that allows only this
// site's own stylesheet and no script (the pages need none).
void add_common_headers(Reply& reply) {
  reply.headers.emplace_back("X-Content-Type-Options", "nosniff");
  reply.headers.emplace_back("Referrer-Policy", "same-origin");
  if (reply.content_type.starts_with("text/html")) {
    reply.headers.emplace_back("Content-Security-Policy",
                               "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
                               "frame-ancestors 'none'; base-uri 'none'");
  }
}

constexpr std::size_t kMaxFiles = 20;

// Files of a multipart form, each kept whole (the body was already read within its limit).
class Files : public Poco::Net::PartHandler {
public:
  explicit Files(std::vector<Upload>& files) : m_files(files) {}
  void handlePart(const Poco::Net::MessageHeader& header, std::istream& stream) override {
    if (m_files.size() >= kMaxFiles) throw Poco::Net::HTMLFormException("more than 20 files in one form");
    Upload upload;
    std::string disposition;
    Poco::Net::NameValueCollection parameters;
    Poco::Net::MessageHeader::splitParameters(header.get("Content-Disposition", ""), disposition, parameters);
    upload.field = parameters.get("name", "");
    upload.filename = parameters.get("filename", "");
    // A browser may send a whole path (old Windows browsers): only the name is kept.
    const auto slash = upload.filename.find_last_of("/\\");
    if (slash != std::string::npos) upload.filename.erase(0, slash + 1);
    upload.filename.erase(std::remove(upload.filename.begin(), upload.filename.end(), '\0'), upload.filename.end());
    Poco::StreamCopier::copyToString(stream, upload.bytes);
    m_files.push_back(std::move(upload));
  }

private:
  std::vector<Upload>& m_files;
};

// Reads the body of a POST, at most max bytes; false when it is longer (nothing more is read).
bool read_body(Poco::Net::HTTPServerRequest& in, std::size_t max, std::string& body) {
  if (in.hasContentLength() && in.getContentLength64() > static_cast<Poco::Int64>(max)) return false;
  std::istream& stream = in.stream();
  char buffer[16384];
  while (stream.read(buffer, sizeof buffer) || stream.gcount() > 0) {
    body.append(buffer, static_cast<std::size_t>(stream.gcount()));
    if (body.size() > max) return false;
  }
  return true;
}

Request read_request(Poco::Net::HTTPServerRequest& in, const std::string& body) {
  Request request;
  request.method = in.getMethod();
  const Poco::URI uri(in.getURI());
  request.path = uri.getPath();  // decoded
  for (const auto& [key, value] : uri.getQueryParameters()) request.query.emplace_back(key, value);
  for (const auto& [name, value] : in) {
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    request.headers.emplace(lower, value);
  }
  Poco::Net::NameValueCollection cookies;
  in.getCookies(cookies);
  for (const auto& [name, value] : cookies) request.cookies.emplace(name, value);
  request.client = in.clientAddress().host().toString();
  if (request.method == "POST" && !body.empty()) {
    Poco::Net::HTMLForm form;
    form.setFieldLimit(200);
    std::istringstream stream(body);
    Files files(request.files);
    form.load(in, stream, files);
    for (const auto& [key, value] : form) request.form.emplace_back(key, value);
  }
  return request;
}

class Handler : public Poco::Net::HTTPRequestHandler {
public:
  Handler(Site& site, std::size_t max_body) : m_site(site), m_max_body(max_body) {}

  void handleRequest(Poco::Net::HTTPServerRequest& in, Poco::Net::HTTPServerResponse& out) override {
    Reply reply;
    std::string method;
    try {
      std::string body;
      if (in.getMethod() == "POST" && !read_body(in, m_max_body, body)) {
        // Too big: refused without reading the rest, and the connection is closed so it cannot be sent anyway.
        reply = error_page(413, "Tệp quá lớn",
                           "Mỗi lần gửi tối đa " + std::to_string(m_max_body >> 20) + " MB. Hãy gửi ít tệp hơn.");
        out.setKeepAlive(false);
      } else {
        Request request = read_request(in, body);
        body.clear();
        method = request.method;
        // Only POST bodies are read; a body sent with anything else is left unread, so the connection cannot carry
        // another request after it.
        if (method != "POST" && (in.getChunkedTransferEncoding() || in.getContentLength64() > 0)) out.setKeepAlive(false);
        reply = dispatch(m_site, std::move(request));
      }
    } catch (const Poco::Exception& error) {  // a malformed URI, request line or form
      reply = error_page(400, "Yêu cầu không hợp lệ", error.displayText());
    } catch (const std::exception& error) {
      log_error("server: " + in.getURI() + ": " + error.what());
      reply = error_page(500, "Lỗi máy chủ", "Không trả lời được yêu cầu này.");
    }
    add_common_headers(reply);
    try {
      out.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(reply.status));
      out.setContentType(reply.content_type);
      for (const auto& [name, value] : reply.headers) out.add(name, value);
      if (reply.status == 304) {
        out.setContentLength(0);
        out.send();
        return;
      }
      out.setContentLength64(static_cast<Poco::Int64>(reply.body.size()));
      std::ostream& body = out.send();
      if (method != "HEAD") body.write(reply.body.data(), static_cast<std::streamsize>(reply.body.size()));
    } catch (const Poco::Exception&) {
      // The client went away mid-answer: nothing to tell it.
    }
  }

private:
  Site& m_site;
  std::size_t m_max_body;
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory {
public:
  Factory(Site& site, std::size_t max_body) : m_site(site), m_max_body(max_body) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override {
    return new Handler(m_site, m_max_body);
  }

private:
  Site& m_site;
  std::size_t m_max_body;
};

}  // namespace

struct Server::Impl {
  std::unique_ptr<Site> site;
  std::unique_ptr<Poco::Net::HTTPServer> http;
  std::string host;
  std::uint16_t port = 0;
};

Server::Server(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

Server::~Server() {
  if (m_impl && m_impl->http) m_impl->http->stopAll(false);  // finish what is in flight, take nothing new
}

std::uint16_t Server::port() const { return m_impl->port; }

std::string Server::url() const { return "http://" + m_impl->host + ":" + std::to_string(m_impl->port) + "/"; }

Result<std::unique_ptr<Server>> Server::start(const Options& options) {
  // Templates and libxml2 are set up here, on this thread, before request threads use them.
  if (Status ready = render::ready(); !ready.is_ok()) return ready;
  auto impl = std::make_unique<Impl>();
  impl->host = options.host;
  try {
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress(options.host, options.port));
    impl->port = socket.address().port();
    std::string base_url = options.base_url;
    if (base_url.empty()) base_url = "http://" + options.host + ":" + std::to_string(impl->port) + "/";
    if (base_url.back() != '/') base_url += '/';
    Result<std::unique_ptr<Site>> site = Site::open(options.library, base_url);
    if (!site.is_ok()) return site.status();
    impl->site = std::move(site).value();

    auto* params = new Poco::Net::HTTPServerParams;  // owned by the server (reference counted)
    // Threads mostly wait (slow clients, uploads, the disk): more of them than cores, so a few slow clients cannot
    // hold every thread while fast requests queue.
    const unsigned threads =
        options.threads > 0 ? options.threads : std::max(16u, 4 * std::max(1u, std::thread::hardware_concurrency()));
    params->setMaxThreads(static_cast<int>(threads));
    params->setMaxQueued(256);
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(Poco::Timespan(5, 0));
    params->setTimeout(Poco::Timespan(10, 0));  // a client that sends nothing for 10 s is cut off
    impl->http = std::make_unique<Poco::Net::HTTPServer>(new Factory(*impl->site, options.max_body), socket, params);
    impl->http->start();
  } catch (const Poco::Exception& error) {
    return Status::io_error(options.host + ":" + std::to_string(options.port) + ": " + error.displayText());
  }
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

}  // namespace vanthu::server
