// SPDX-License-Identifier: Apache-2.0
//
// /export: a bundle for journalists (the zip `vanthu export` writes): the documents a query finds, or a list of
// FRBR URIs. Without either, a page with both forms.
//   GET  /export?q=…[&type=…&issuer=…&year=…]   the query's documents, best first (at most kMaxDocuments)
//   POST /export  uris=one URI per line           those documents, in that order
// Drafts and unpublished documents are never exported: the bundle is made from what the public sees.
#include <atomic>

#include "publish/publish.h"
#include "server/handlers.h"

namespace vanthu::server {
namespace {

constexpr std::size_t kMaxDocuments = 100;
constexpr int kMaxConcurrent = 2;  // a bundle renders every PDF: a few at a time keep the server answering
std::atomic<int> g_running{0};

struct Slot {
  bool taken = false;
  Slot() {
    int running = g_running.load();
    while (running < kMaxConcurrent && !g_running.compare_exchange_weak(running, running + 1)) {
    }
    taken = running < kMaxConcurrent;
  }
  ~Slot() {
    if (taken) --g_running;
  }
};

Reply form_page(int status, const std::string& error) {
  render::Desk page;
  page.title = "Tải bộ văn bản";
  page.tagline = "Thư viện văn bản";
  page.home_href = "/";
  page.stylesheet_href = "/vanthu.css";
  page.error = error;
  page.links = {{"Trang chủ", "/"}, {"Tìm kiếm", "/search"}};
  render::DeskSection intro{"Bộ văn bản dùng ngoại tuyến", "gioi-thieu"};
  intro.paragraphs.push_back(
      "Một tệp .zip: mỗi văn bản có trang đọc, PDF, XML Akoma Ntoso và bản gốc; trang mục lục có ô tìm kiếm chạy "
      "không cần mạng; manifest.json ghi địa chỉ FRBR và SHA-256 của mọi tệp để trích dẫn. Tối đa " +
      std::to_string(kMaxDocuments) + " văn bản mỗi bộ.");
  page.sections.push_back(std::move(intro));
  // The query form is a GET: the bundle of a query has an address one can share.
  render::DeskSection by_list{"Theo danh sách địa chỉ", "theo-danh-sach"};
  render::DeskForm list{"/export", "Tải bộ văn bản (.zip)", false, false, {}};
  list.fields.push_back({.name = "uris", .label = "Địa chỉ văn bản, mỗi dòng một địa chỉ", .type = "textarea",
                         .hint = "Ví dụ: /akn/vn/act/nghi-dinh/2020-03-05/30-2020-nd-cp", .required = true});
  by_list.forms.push_back(std::move(list));
  by_list.paragraphs.push_back("Theo kết quả tìm kiếm: trên trang kết quả, chọn “Tải các văn bản này (.zip)”.");
  page.sections.push_back(std::move(by_list));
  Result<render::Page> rendered = render::desk(page);
  if (!rendered.is_ok()) return internal_error(rendered.status());
  Reply reply;
  reply.status = status;
  reply.body = std::move(rendered->html);
  return reply;
}

Reply send_bundle(Site& site, const publish::BundleRequest& wanted) {
  Slot slot;
  if (!slot.taken) {
    Reply reply = error_page(503, "Máy chủ đang bận", "Đang tạo các bộ văn bản khác. Hãy thử lại sau ít phút.");
    reply.headers.emplace_back("Retry-After", "30");
    return reply;
  }
  // A connection of its own: rendering every page and PDF takes a while, and the site's lock stays free for others.
  Result<std::unique_ptr<store::Library>> library = store::Library::open(site.dir(), store::OpenMode::ReadOnly);
  if (!library.is_ok()) return internal_error(library.status());
  Result<publish::Bundle> made = publish::bundle(*library.value(), wanted);
  if (!made.is_ok()) {
    if (made.status().code() == StatusCode::InvalidArgument) {
      return form_page(404, "Không có văn bản đã công bố nào trong lựa chọn này.");
    }
    return internal_error(made.status());
  }
  Reply reply;
  reply.content_type = "application/zip";
  reply.body = std::move(made->zip);
  reply.headers.emplace_back("Content-Disposition", "attachment; filename=\"vanthu-" + utc_now().substr(0, 10) + ".zip\"");
  reply.headers.emplace_back("Cache-Control", "no-store");
  reply.headers.emplace_back("X-Vanthu-Documents", std::to_string(made->report.documents));
  return reply;
}

}  // namespace

Reply export_page(Site& site, const Request& request) {
  const std::string query = request.param("q");
  if (query.empty()) return form_page(200, "");
  index::Request search;
  search.query = query;
  search.limit = kMaxDocuments;
  for (const auto& [key, value] : request.query)
    if ((key == "type" || key == "issuer" || key == "year") && !value.empty()) search.filters.emplace_back(key, value);
  Result<index::Response> found = site.search(search);
  if (!found.is_ok()) {
    if (found.status().code() == StatusCode::InvalidArgument) return form_page(400, found.status().message());
    return internal_error(found.status());
  }
  publish::BundleRequest wanted;
  for (const index::Hit& hit : found->hits) wanted.uris.push_back(hit.uri);
  wanted.selection = "Tìm kiếm: " + query;
  for (const auto& [key, value] : search.filters) wanted.selection += ", " + key + ": " + value;
  if (wanted.uris.empty()) return form_page(404, "Không tìm thấy văn bản nào cho: " + query);
  return send_bundle(site, wanted);
}

Reply export_bundle(Site& site, const Request& request) {
  publish::BundleRequest wanted;
  wanted.uris = publish::uris_in_list(request.field("uris"));
  if (wanted.uris.empty()) return form_page(400, "Chưa có địa chỉ văn bản nào.");
  if (wanted.uris.size() > kMaxDocuments) {
    return form_page(400, "Tối đa " + std::to_string(kMaxDocuments) + " văn bản mỗi bộ; danh sách có " +
                              std::to_string(wanted.uris.size()) + ".");
  }
  wanted.selection = "Danh sách " + std::to_string(wanted.uris.size()) + " địa chỉ";
  return send_bundle(site, wanted);
}

}  // namespace vanthu::server
