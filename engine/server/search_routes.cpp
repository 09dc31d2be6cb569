// SPDX-License-Identifier: Apache-2.0
//
// /search (the page) and /api/search (JSON): one reading of the query string, the same index call.
//   q        the query, with or without diacritics, in the query language of `vanthu search`
//   unit     document | article            sort   relevance | date | oldest
//   type, issuer, year                     filters, as the facets name them (repeatable)
//   page     1, 2, … (the page)            limit, offset (the API; limit ≤ 100)
#include <algorithm>
#include <charconv>

#include "render/render.h"
#include "server/handlers.h"

namespace vanthu::server {
namespace {

constexpr std::size_t kPageSize = 10;
constexpr std::size_t kMaxLimit = 100;
constexpr std::size_t kMaxOffset = 10000;

struct Facet {
  std::string_view name;   // as the index names it, and the query parameter
  std::string_view label;  // for the reader
};
constexpr Facet kFacets[] = {{"type", "Loại văn bản"}, {"issuer", "Cơ quan ban hành"}, {"year", "Năm ban hành"}};

// A number parameter within [low, high]; fallback when absent, none when malformed.
std::optional<std::size_t> number_param(const Request& request, const char* name, std::size_t fallback,
                                        std::size_t low, std::size_t high) {
  const std::string text = request.param(name);
  if (text.empty()) return fallback;
  std::size_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < low || value > high) return std::nullopt;
  return value;
}

struct Parsed {
  index::Request request;
  std::string unit = "document", sort = "relevance";
  std::size_t page = 1;
  std::string error;  // for the reader, when a parameter is not one the page offers
};

Parsed parse(const Request& request, bool api) {
  Parsed parsed;
  index::Request& search = parsed.request;
  search.query = request.param("q");
  if (const std::string unit = request.param("unit"); unit == "article") {
    search.unit = index::Unit::Article;
    parsed.unit = unit;
  } else if (!unit.empty() && unit != "document") {
    parsed.error = "unit là document hoặc article";
  }
  if (const std::string sort = request.param("sort"); sort == "date" || sort == "oldest") {
    search.sort = sort == "date" ? index::Sort::DateNewest : index::Sort::DateOldest;
    parsed.sort = sort;
  } else if (!sort.empty() && sort != "relevance") {
    parsed.error = "sort là relevance, date hoặc oldest";
  }
  for (const auto& [key, value] : request.query) {
    for (const Facet& facet : kFacets)
      if (key == facet.name && !value.empty()) search.filters.emplace_back(key, value);
  }
  if (api) {
    const auto limit = number_param(request, "limit", kPageSize, 1, kMaxLimit);
    const auto offset = number_param(request, "offset", 0, 0, kMaxOffset);
    if (!limit || !offset) parsed.error = "limit is 1 to 100 and offset 0 to 10000";
    search.limit = limit.value_or(kPageSize);
    search.offset = offset.value_or(0);
  } else {
    const auto page = number_param(request, "page", 1, 1, kMaxOffset / kPageSize);
    if (!page) parsed.error = "Số trang không hợp lệ";
    parsed.page = page.value_or(1);
    search.limit = kPageSize;
    search.offset = (parsed.page - 1) * kPageSize;
  }
  return parsed;
}

// The search page's own address with some parameters changed: filters as given, page 1 unless said.
std::string page_href(const Parsed& parsed, const std::string& query,
                      const std::vector<std::pair<std::string, std::string>>& filters, std::size_t page) {
  std::string href = "/search?q=" + url_encode(query);
  if (parsed.unit != "document") href += "&unit=" + parsed.unit;
  if (parsed.sort != "relevance") href += "&sort=" + parsed.sort;
  for (const auto& [name, value] : filters) href += "&" + name + "=" + url_encode(value);
  if (page > 1) href += "&page=" + std::to_string(page);
  return href;
}

std::string where(const std::string& eid) {
  return eid.starts_with("art_") ? "Điều " + eid.substr(4) : std::string();
}

}  // namespace

Reply search_page(Site& site, const Request& request) {
  const Parsed parsed = parse(request, /*api=*/false);
  render::SearchPage page;
  page.query = parsed.request.query;
  page.unit = parsed.unit;
  page.sort = parsed.sort;
  page.filters = parsed.request.filters;
  page.home_href = "/";
  page.stylesheet_href = "/vanthu.css";
  int status = 200;
  if (!parsed.error.empty()) {
    page.error = parsed.error;
    status = 400;
  } else if (!page.query.empty()) {
    Result<index::Response> response = site.search(parsed.request);
    if (!response.is_ok()) {
      status = response.status().code() == StatusCode::InvalidArgument ? 400 : 500;
      page.error = response.status().message();
    } else {
      const index::Response& answer = response.value();
      page.total = answer.total;
      page.first = parsed.request.offset + 1;
      for (const index::Hit& hit : answer.hits) {
        page.hits.push_back({hit.uri + (hit.eid.empty() ? "" : "#" + hit.eid), hit.title, hit.type, hit.number,
                             hit.date, where(hit.eid), hit.snippet});
      }
      if (answer.suggestion) {
        page.suggestion = *answer.suggestion;
        page.suggestion_href = page_href(parsed, *answer.suggestion, page.filters, 1);
      }
      for (const Facet& facet : kFacets) {
        const auto counts = answer.facets.find(std::string(facet.name));
        if (counts == answer.facets.end() || counts->second.empty()) continue;
        render::SearchFacet shown{std::string(facet.label), {}};
        for (const auto& [value, count] : counts->second) {
          auto filters = page.filters;
          const std::pair<std::string, std::string> filter{std::string(facet.name), value};
          const auto active = std::find(filters.begin(), filters.end(), filter);
          const bool selected = active != filters.end();
          if (selected) filters.erase(active);  // a chosen value's link takes the filter off
          else filters.push_back(filter);
          shown.values.push_back({value, count, page_href(parsed, page.query, filters, 1), selected});
        }
        page.facets.push_back(std::move(shown));
      }
      if (!answer.hits.empty()) {
        std::string href = "/export?q=" + url_encode(page.query);
        for (const auto& [key, value] : page.filters) href += "&" + key + "=" + url_encode(value);
        page.export_href = std::move(href);
      }
      if (parsed.page > 1) page.previous_href = page_href(parsed, page.query, page.filters, parsed.page - 1);
      if (parsed.request.offset + answer.hits.size() < answer.total && answer.hits.size() == kPageSize)
        page.next_href = page_href(parsed, page.query, page.filters, parsed.page + 1);
    }
  }
  Result<render::Page> rendered = render::search_page(page);
  if (!rendered.is_ok()) return error_page(500, "Lỗi máy chủ", rendered.status().message());
  Reply reply;
  reply.status = status;
  reply.body = std::move(rendered->html);
  reply.headers.emplace_back("Cache-Control", "no-cache");
  return reply;
}

Reply search_api(Site& site, const Request& request) {
  const Parsed parsed = parse(request, /*api=*/true);
  if (!parsed.error.empty()) return error_json(400, parsed.error);
  Result<index::Response> response = site.search(parsed.request);
  if (!response.is_ok()) {
    return error_json(response.status().code() == StatusCode::InvalidArgument ? 400 : 500, response.status().message());
  }
  Reply reply;
  reply.content_type = "application/json; charset=utf-8";
  reply.body = index::to_json(response.value()) + "\n";
  reply.headers.emplace_back("Cache-Control", "no-cache");
  return reply;
}

}  // namespace vanthu::server
