// SPDX-License-Identifier: Apache-2.0
//
// The home page, the error pages, and the small fixed answers: health, the stylesheet, the feed, the sitemap.
#include <algorithm>
#include <map>

#include "render/render.h"
#include "server/handlers.h"

namespace vanthu::server {
namespace {

constexpr std::size_t kHomeEntries = 20;
constexpr const char* kCacheShort = "public, max-age=300";  // lists that change as clerks publish

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

Reply internal_error(const Status& status) {
  return error_page(500, "Lỗi máy chủ", "Không trả lời được yêu cầu này: " + status.message());
}

Reply redirect(const std::string& location) {
  Reply reply;
  reply.status = 303;
  reply.content_type = "text/plain; charset=utf-8";
  reply.headers.emplace_back("Location", location);
  reply.headers.emplace_back("Cache-Control", "no-store");
  return reply;
}

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

namespace {

constexpr std::size_t kChartYears = 15;  // the chart shows the last fifteen years that have documents
constexpr std::size_t kChartTypes = 5;   // the five most frequent types; the rest together as "Loại khác"

std::string browse_href(std::string_view facet, const std::string& value) {
  return "/browse?" + std::string(facet) + "=" + url_encode(value);
}

render::BrowseList browse_list(std::string heading, std::string id, std::string_view facet,
                               const std::map<std::string, std::size_t>& counts, bool newest_first) {
  render::BrowseList list{std::move(heading), std::move(id), {}};
  for (const auto& [value, count] : counts) list.entries.push_back({value, count, browse_href(facet, value)});
  if (newest_first) {
    std::reverse(list.entries.begin(), list.entries.end());
  } else {  // most documents first
    std::stable_sort(list.entries.begin(), list.entries.end(),
                     [](const auto& a, const auto& b) { return a.count > b.count; });
  }
  return list;
}

render::YearChart year_chart(const Summary& summary) {
  render::YearChart chart;
  chart.title = "Số văn bản theo năm ban hành và loại";
  auto first = summary.years_by_type.begin();
  if (summary.years_by_type.size() > kChartYears)
    std::advance(first, static_cast<std::ptrdiff_t>(summary.years_by_type.size() - kChartYears));
  // The types ranked by how many documents they have in the charted years: only types with a bar get a series.
  std::map<std::string, std::size_t> totals;
  for (auto year = first; year != summary.years_by_type.end(); ++year)
    for (const auto& [type, count] : year->second) totals[type] += count;
  std::vector<std::pair<std::string, std::size_t>> ranked(totals.begin(), totals.end());
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  std::map<std::string, std::size_t> series_of;
  for (const auto& [type, total] : ranked) {
    if (chart.series.size() == kChartTypes) {
      chart.series.push_back("Loại khác");  // the rest, together
      break;
    }
    series_of[type] = chart.series.size();
    chart.series.push_back(type);
  }
  chart.counts.assign(chart.series.size(), {});
  for (auto year = first; year != summary.years_by_type.end(); ++year) {
    chart.years.push_back(year->first);
    for (auto& counts : chart.counts) counts.push_back(0);
    for (const auto& [type, count] : year->second) {
      const auto named = series_of.find(type);
      chart.counts[named != series_of.end() ? named->second : chart.series.size() - 1].back() += count;
    }
  }
  return chart;
}

// A listing page of the server: its stylesheet, its feed, its search box; never the static site's offline search.
render::Listing server_listing(std::string title, std::string description) {
  render::Listing page;
  page.title = std::move(title);
  page.description = std::move(description);
  page.home_href = "/";
  page.stylesheet_href = "/vanthu.css";
  page.feed_href = "/feed.atom";
  page.search_action = "/search";
  return page;
}

Reply listing_reply(const render::Listing& page) {
  Result<render::Page> rendered = render::listing(page);
  if (!rendered.is_ok()) return internal_error(rendered.status());
  Reply reply;
  reply.body = std::move(rendered->html);
  reply.headers.emplace_back("Cache-Control", kCacheShort);
  return reply;
}

render::ListingEntry entry_of(const store::DocumentInfo& info) {
  return {info.work_uri, info.title, info.number, info.type, info.issuer, info.date};
}

}  // namespace

Reply home(Site& site, const Request&) {
  Result<std::vector<Published>> newest = site.newest(kHomeEntries);
  if (!newest.is_ok()) return internal_error(newest.status());
  const Summary summary = site.summary();
  render::Listing page = server_listing(
      "Thư viện văn bản", std::to_string(site.published_count()) +
                              " văn bản đã công bố. Tìm có dấu hoặc không dấu, rồi lọc theo loại, cơ quan ban hành và năm.");
  page.home_href.clear();  // the home page is where the brand link would lead
  page.links = {{"Văn bản mới (Atom)", "/feed.atom"}, {"Tải bộ văn bản", "/export"}, {"API (OpenAPI)", "/api/openapi.json"}};
  page.chart = year_chart(summary);
  page.browse.push_back(browse_list("Theo loại văn bản", "theo-loai", "type", summary.types, false));
  page.browse.push_back(browse_list("Theo cơ quan ban hành", "theo-co-quan", "issuer", summary.issuers, false));
  page.browse.push_back(browse_list("Theo năm ban hành", "theo-nam", "year", summary.years, true));
  render::ListingGroup latest{"Văn bản mới công bố", "moi-cong-bo", {}};
  for (const Published& document : newest.value()) latest.entries.push_back(entry_of(document.info));
  page.groups.push_back(std::move(latest));
  return listing_reply(page);
}

Reply browse(Site& site, const Request& request) {
  struct Choice {
    const char* param;
    Browse facet;
    const char* label;
  };
  static constexpr Choice kChoices[] = {
      {"type", Browse::Type, "Loại văn bản"}, {"issuer", Browse::Issuer, "Cơ quan ban hành"}, {"year", Browse::Year, "Năm"}};
  for (const Choice& choice : kChoices) {
    const std::string value = request.param(choice.param);
    if (value.empty()) continue;
    Result<std::vector<Published>> documents = site.browse(choice.facet, value);
    if (!documents.is_ok()) return internal_error(documents.status());
    if (documents->empty()) return error_page(404, "Không có văn bản", "Không có văn bản đã công bố nào ở mục này.");
    render::Listing page = server_listing(std::string(choice.label) + ": " + value,
                                          std::to_string(documents->size()) + " văn bản đã công bố, mới nhất trước.");
    page.links = {{"Trang chủ", "/"}, {"Tìm trong mục này", "/search?" + std::string(choice.param) + "=" + url_encode(value)}};
    render::ListingGroup group{value, "van-ban", {}};
    for (const Published& document : documents.value()) group.entries.push_back(entry_of(document.info));
    page.groups.push_back(std::move(group));
    return listing_reply(page);
  }
  return redirect("/");
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
