// SPDX-License-Identifier: Apache-2.0
//
// The routes: one table. A route is a path, or a path prefix ending in '/'; the first that matches answers.
// Only GET (and HEAD, answered as GET without a body by server.cpp) exist for the public.
#include <array>

#include "server/handlers.h"

namespace vanthu::server {
namespace {

struct Route {
  std::string_view path;  // exact, or a prefix when it ends in '/' (and is not "/")
  Reply (*handle)(Site&, const Request&);
};

constexpr std::array<Route, 10> kRoutes = {{
    {"/", home},
    {"/search", search_page},
    {"/akn/", document},
    {"/api/search", search_api},
    {"/api/documents/", document_api},
    {"/feed.atom", feed},
    {"/sitemap.xml", sitemap},
    {"/vanthu.css", stylesheet},
    {"/healthz", health},
    {"/favicon.ico", no_icon},
}};

bool matches(const Route& route, std::string_view path) {
  if (route.path.size() > 1 && route.path.back() == '/') return path.starts_with(route.path);
  return path == route.path;
}

}  // namespace

Reply dispatch(Site& site, const Request& request) {
  for (const Route& route : kRoutes) {
    if (!matches(route, request.path)) continue;
    if (request.method != "GET" && request.method != "HEAD") {
      Reply reply = error_page(405, "Không hỗ trợ yêu cầu này", "Trang này chỉ đọc (GET).");
      reply.headers.emplace_back("Allow", "GET, HEAD");
      return reply;
    }
    return route.handle(site, request);
  }
  if (request.path.starts_with("/api/")) return error_json(404, "no such API: " + request.path);
  return error_page(404, "Không tìm thấy trang", "Địa chỉ này không có trong thư viện.");
}

}  // namespace vanthu::server
