// SPDX-License-Identifier: Apache-2.0
//
// Poco::Net's HTTPServer around the handlers: each request is read into a Request, dispatched through the routes
// table, and its Reply written back with the headers every answer carries. Poco stays in this file.
#include "server/server.h"

#include <algorithm>
#include <cctype>
#include <thread>

#include <Poco/Exception.h>
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

Request read_request(Poco::Net::HTTPServerRequest& in) {
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
  return request;
}

class Handler : public Poco::Net::HTTPRequestHandler {
public:
  explicit Handler(Site& site) : m_site(site) {}

  void handleRequest(Poco::Net::HTTPServerRequest& in, Poco::Net::HTTPServerResponse& out) override {
    Reply reply;
    std::string method;
    try {
      const Request request = read_request(in);
      method = request.method;
      reply = dispatch(m_site, request);
    } catch (const Poco::Exception& error) {  // a malformed URI or request line
      reply = error_page(400, "Yêu cầu không hợp lệ", error.displayText());
    } catch (const std::exception& error) {
      log_error("server: " + in.getURI() + ": " + error.what());
      reply = error_page(500, "Lỗi máy chủ", "Không trả lời được yêu cầu này.");
    }
    add_common_headers(reply);
    try {
      out.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(reply.status));
      out.setContentType(reply.content_type);
      for (const auto& [name, value] : reply.headers) out.set(name, value);
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
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory {
public:
  explicit Factory(Site& site) : m_site(site) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override {
    return new Handler(m_site);
  }

private:
  Site& m_site;
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
    const unsigned threads = options.threads > 0 ? options.threads : 2 * std::max(1u, std::thread::hardware_concurrency());
    params->setMaxThreads(static_cast<int>(threads));
    params->setMaxQueued(256);
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(Poco::Timespan(5, 0));
    params->setTimeout(Poco::Timespan(10, 0));  // a client that sends nothing for 10 s is cut off
    impl->http = std::make_unique<Poco::Net::HTTPServer>(new Factory(*impl->site), socket, params);
    impl->http->start();
  } catch (const Poco::Exception& error) {
    return Status::io_error(options.host + ":" + std::to_string(options.port) + ": " + error.displayText());
  }
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

}  // namespace vanthu::server
