// SPDX-License-Identifier: Apache-2.0
//
// The routes: one table. A route is a path, or a path prefix ending in '/'; the first that matches answers. Public
// routes answer GET (and HEAD, answered as GET without a body by server.cpp). Clerk routes need a signed-in session;
// every POST must carry its session's CSRF token and, when the browser says where it comes from, come from here.
#include <array>

#include "server/handlers.h"

namespace vanthu::server {
namespace {

enum class Access : std::uint8_t {
  Public,  // anyone
  SignIn,  // anyone; the handler checks its own sign-in token (there is no session yet)
  Clerk,   // a signed-in clerk; POSTs carry the session's CSRF token
};

using Handler = Reply (*)(Site&, const Request&);

struct Route {
  std::string_view path;  // exact, or a prefix when it ends in '/' (and is not "/")
  Access access;
  Handler get;            // GET and HEAD; nullptr when the route takes no GET
  Handler post;           // nullptr when the route takes no POST
};

constexpr std::array<Route, 20> kRoutes = {{
    {"/", Access::Public, home, nullptr},
    {"/search", Access::Public, search_page, nullptr},
    {"/browse", Access::Public, browse, nullptr},
    {"/akn/", Access::Public, document, nullptr},
    {"/export", Access::Public, export_page, export_bundle},
    {"/api/search", Access::Public, search_api, nullptr},
    {"/api/documents/", Access::Public, document_api, nullptr},
    {"/api/openapi.json", Access::Public, openapi, nullptr},
    {"/feed.atom", Access::Public, feed, nullptr},
    {"/sitemap.xml", Access::Public, sitemap, nullptr},
    {"/vanthu.css", Access::Public, stylesheet, nullptr},
    {"/healthz", Access::Public, health, nullptr},
    {"/favicon.ico", Access::Public, no_icon, nullptr},
    {"/clerk/login", Access::SignIn, sign_in_page, sign_in},
    {"/clerk/logout", Access::Clerk, nullptr, sign_out},
    {"/clerk/upload", Access::Clerk, nullptr, upload},
    {"/clerk/audit", Access::Clerk, audit_page, nullptr},
    {"/clerk/documents/", Access::Clerk, review_page, document_action},
    {"/clerk/", Access::Clerk, desk_page, nullptr},
    {"/clerk", Access::Public, to_desk, nullptr},
}};

bool matches(const Route& route, std::string_view path) {
  if (route.path.size() > 1 && route.path.back() == '/') return path.starts_with(route.path);
  return path == route.path;
}

std::string allowed(const Route& route) {
  std::string allow;
  if (route.get != nullptr) allow = "GET, HEAD";
  if (route.post != nullptr) allow += allow.empty() ? "POST" : ", POST";
  return allow;
}

// A POST from a page of another site: the browser names its origin, and it is not this server.
bool cross_site(const Request& request) {
  const std::string origin = request.header("origin");
  if (origin.empty()) return false;
  const auto scheme_end = origin.find("://");
  const std::string host = scheme_end == std::string::npos ? origin : origin.substr(scheme_end + 3);
  return host != request.header("host");
}

}  // namespace

Reply dispatch(Site& site, Request request) {
  for (const Route& route : kRoutes) {
    if (!matches(route, request.path)) continue;
    const bool reading = request.method == "GET" || request.method == "HEAD";
    const Handler handler = reading ? route.get : request.method == "POST" ? route.post : nullptr;
    if (handler == nullptr) {
      Reply reply = error_page(405, "Không hỗ trợ yêu cầu này", "Địa chỉ này không nhận yêu cầu " + request.method + ".");
      reply.headers.emplace_back("Allow", allowed(route));
      return reply;
    }
    if (!reading && cross_site(request)) {
      return error_page(403, "Yêu cầu bị từ chối", "Biểu mẫu này chỉ gửi được từ chính trang này.");
    }
    if (route.access != Access::Clerk) return handler(site, request);

    request.session = site.sessions().find(request.cookie(kSessionCookie));
    if (!request.session) {
      if (reading) return redirect("/clerk/login?next=" + url_encode(request.path));
      return error_page(403, "Cần đăng nhập", "Phiên làm việc đã hết hoặc chưa đăng nhập. Hãy đăng nhập lại.");
    }
    if (!reading && !same_token(request.field("csrf"), request.session->csrf)) {
      return error_page(403, "Yêu cầu bị từ chối", "Mã xác nhận của biểu mẫu không đúng. Tải lại trang rồi thử lại.");
    }
    return handler(site, request);
  }
  if (request.path.starts_with("/api/")) return error_json(404, "no such API: " + request.path);
  return error_page(404, "Không tìm thấy trang", "Địa chỉ này không có trong thư viện.");
}

}  // namespace vanthu::server
