// SPDX-License-Identifier: Apache-2.0
//
// The home page, the error pages, and the small fixed answers: health, the stylesheet, the feed, the sitemap.
#include "render/render.h"
#include "server/handlers.h"

namespace vanthu::server {
namespace {

constexpr std::size_t kHomeEntries = 20;
constexpr const char* kCacheShort = "public, max-age=300";  // lists that change as clerks publish

Reply internal_error(const Status& status) {
  return error_page(500, "Lỗi máy chủ", "Không trả lời được yêu cầu này: " + status.message());
}

// A body made by the engine (the stylesheet, the feed, the sitemap), or the 500 page when it could not be.
Reply generated(Result<std::string> body, const char* content_type, const char* cache_control) {
  if (!body.is_ok()) return internal_error(body.status());
  Reply reply;
  reply.content_type = content_type;
  reply.body = std::move(body).value();
  reply.headers.emplace_back("Cache-Control", cache_control);
  return reply;
}

}  // namespace

std::string url_encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9') || byte == '-' ||
        byte == '.' || byte == '_' || byte == '~') {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0x0F];
    }
  }
  return out;
}

Reply error_page(int status, const std::string& title, const std::string& detail) {
  render::Listing page;
  page.title = title;
  page.description = detail;
  page.home_href = "/";
  page.stylesheet_href = "/vanthu.css";
  page.search_action = "/search";
  Result<render::Page> rendered = render::listing(page);
  Reply reply;
  reply.status = status;
  if (rendered.is_ok()) {
    reply.body = std::move(rendered->html);
  } else {  // the templates themselves are broken: plain text, never a half page
    reply.content_type = "text/plain; charset=utf-8";
    reply.body = title + "\n" + detail + "\n";
  }
  return reply;
}

Reply error_json(int status, const std::string& detail) {
  Reply reply;
  reply.status = status;
  reply.content_type = "application/json; charset=utf-8";
  reply.body = "{\"error\": " + json_quote(detail) + "}\n";
  return reply;
}

Reply home(Site& site, const Request&) {
  Result<std::vector<Published>> newest = site.newest(kHomeEntries);
  if (!newest.is_ok()) return internal_error(newest.status());
  render::Listing page;
  page.title = "Thư viện văn bản";
  page.description = std::to_string(site.published_count()) +
                     " văn bản đã công bố. Tìm có dấu hoặc không dấu, rồi lọc theo loại, cơ quan ban hành và năm.";
  page.stylesheet_href = "/vanthu.css";
  page.feed_href = "/feed.atom";
  page.search_action = "/search";
  page.links.emplace_back("Văn bản mới (Atom)", "/feed.atom");
  render::ListingGroup latest{"Văn bản mới công bố", "moi-cong-bo", {}};
  for (const Published& document : newest.value()) {
    const store::DocumentInfo& info = document.info;
    latest.entries.push_back({info.work_uri, info.title, info.number, info.type, info.issuer, info.date});
  }
  page.groups.push_back(std::move(latest));
  Result<render::Page> rendered = render::listing(page);
  if (!rendered.is_ok()) return internal_error(rendered.status());
  Reply reply;
  reply.body = std::move(rendered->html);
  reply.headers.emplace_back("Cache-Control", kCacheShort);
  return reply;
}

Reply health(Site& site, const Request&) {
  Reply reply;
  reply.content_type = "application/json; charset=utf-8";
  reply.body = "{\"status\": \"ok\", \"documents\": " + std::to_string(site.published_count()) + "}\n";
  reply.headers.emplace_back("Cache-Control", "no-store");
  return reply;
}

// Browsers ask for /favicon.ico on their own; the site has no icon, and says so without an error.
Reply no_icon(Site&, const Request&) {
  Reply reply;
  reply.status = 204;
  reply.content_type = "image/x-icon";
  reply.headers.emplace_back("Cache-Control", "public, max-age=86400");
  return reply;
}

Reply stylesheet(Site&, const Request&) {
  return generated(render::stylesheet(), "text/css; charset=utf-8", "public, max-age=3600");
}

Reply feed(Site& site, const Request&) {
  return generated(site.feed(), "application/atom+xml; charset=utf-8", kCacheShort);
}

Reply sitemap(Site& site, const Request&) {
  return generated(site.sitemap(), "application/xml; charset=utf-8", kCacheShort);
}

}  // namespace vanthu::server
