// SPDX-License-Identifier: Apache-2.0
//
// A document at its FRBR URI (ARCHITECTURE.md §8): /akn/… is its page, /akn/….pdf its PDF, /akn/….xml its canonical
// XML, /akn/…/original the file it was made from; /api/documents/akn/… its facts as JSON. The URI is looked up in
// the catalog, never turned into a path. Pages carry an ETag of the version they show, so a reader's cache is
// reused until a new version is published.
#include "render/render.h"
#include "server/handlers.h"

namespace vanthu::server {
namespace {

enum class Form { Page, Pdf, Xml, Original };

struct Target {
  std::string uri;
  Form form = Form::Page;
};

// "/akn/vn/act/…/30-2020-nd-cp.pdf" → (uri, Pdf); a trailing '/' is the page.
Target target_of(std::string path) {
  Target target;
  const auto strip = [&](std::string_view suffix, Form form) {
    if (!path.ends_with(suffix)) return false;
    path.resize(path.size() - suffix.size());
    target.form = form;
    return true;
  };
  if (!strip(".pdf", Form::Pdf) && !strip(".xml", Form::Xml) && !strip("/original", Form::Original)) {
    while (path.size() > 1 && path.back() == '/') path.pop_back();
  }
  target.uri = std::move(path);
  return target;
}

std::string etag(const Published& document, Form form) {
  static constexpr const char* kForm[] = {"page", "pdf", "xml", "original"};
  return "\"" + document.version.xml_sha256.substr(0, 20) + "-" + kForm[static_cast<int>(form)] + "\"";
}

// The original is handed over as a download, never shown inline: an uploaded HTML file must not run on this site.
std::string download_name(const std::string& source) {
  std::string name;
  for (const char c : source) {
    const auto byte = static_cast<unsigned char>(c);
    name += (byte < 0x20 || byte == '"' || byte == '\\' || byte >= 0x7F) ? '_' : c;
  }
  return name.empty() ? std::string("original") : name;
}

Reply not_found() { return error_page(404, "Không tìm thấy văn bản", "Văn bản này không có hoặc chưa được công bố."); }

}  // namespace

Reply document(Site& site, const Request& request) {
  const Target target = target_of(request.path);
  Result<std::optional<Published>> found = site.published(target.uri);
  if (!found.is_ok()) return error_page(500, "Lỗi máy chủ", found.status().message());
  if (!found.value()) return not_found();
  const Published& document = *found.value();
  const std::string tag = etag(document, target.form);
  Reply reply;
  reply.headers = {{"ETag", tag}, {"Cache-Control", "public, max-age=300"}};
  if (request.header("if-none-match") == tag) {
    reply.status = 304;
    return reply;
  }
  if (target.form == Form::Original) {
    Result<std::string> bytes = site.original(document.version);
    if (!bytes.is_ok()) return error_page(500, "Lỗi máy chủ", bytes.status().message());
    reply.content_type = "application/octet-stream";
    reply.body = std::move(bytes).value();
    reply.headers.emplace_back("Content-Disposition",
                               "attachment; filename=\"" + download_name(document.version.source_name) + "\"");
    return reply;
  }
  Result<std::string> xml = site.xml(document.version);
  if (!xml.is_ok()) return error_page(500, "Lỗi máy chủ", xml.status().message());
  if (target.form == Form::Xml) {
    reply.content_type = "application/akn+xml; charset=utf-8";
    reply.body = std::move(xml).value();
    return reply;
  }
  if (target.form == Form::Pdf) {
    Result<model::Document> parsed = model::from_akn(target.uri, xml.value());
    if (!parsed.is_ok()) return error_page(500, "Lỗi máy chủ", parsed.status().message());
    Result<render::Pdf> pdf = render::pdf(parsed.value());
    if (!pdf.is_ok()) return error_page(500, "Lỗi máy chủ", pdf.status().message());
    reply.content_type = "application/pdf";
    reply.body = std::move(pdf->bytes);
    return reply;
  }
  render::HtmlOptions options;
  options.pdf_href = target.uri + ".pdf";
  options.xml_href = target.uri + ".xml";
  options.original_href = target.uri + "/original";
  options.status = "Đã công bố";
  options.home_href = "/";
  options.stylesheet_href = "/vanthu.css";
  options.canonical_url = site.base_url() + target.uri.substr(1);
  options.resolve = [&site](std::string_view number) { return site.href_for_number(number); };
  Result<render::Page> page = render::html(xml.value(), options);
  if (!page.is_ok()) return error_page(500, "Lỗi máy chủ", page.status().message());
  reply.body = std::move(page->html);
  return reply;
}

Reply document_api(Site& site, const Request& request) {
  const std::string uri = request.path.substr(std::string_view("/api/documents").size());
  Result<std::optional<Published>> found = site.published(uri);
  if (!found.is_ok()) return error_json(500, found.status().message());
  if (!found.value()) return error_json(404, uri + ": no published document at this address");
  const store::DocumentInfo& info = found.value()->info;
  const store::VersionInfo& version = found.value()->version;
  const auto field = [](const std::string& value) { return value.empty() ? std::string("null") : json_quote(value); };
  Reply reply;
  reply.content_type = "application/json; charset=utf-8";
  reply.body = "{\"uri\": " + json_quote(info.work_uri) + ", \"type\": " + field(info.type) +
               ", \"number\": " + field(info.number) + ", \"issuer\": " + field(info.issuer) +
               ", \"date\": " + field(info.date) + ", \"title\": " + field(info.title) +
               ", \"version\": " + std::to_string(version.number) + ", \"published\": " + field(version.created_at) +
               ", \"source\": " + field(version.source_name) + ", \"format\": " + field(version.format) +
               ", \"links\": {\"html\": " + json_quote(info.work_uri) + ", \"pdf\": " + json_quote(info.work_uri + ".pdf") +
               ", \"xml\": " + json_quote(info.work_uri + ".xml") +
               ", \"original\": " + json_quote(info.work_uri + "/original") + "}}\n";
  reply.headers.emplace_back("Cache-Control", "public, max-age=300");
  return reply;
}

}  // namespace vanthu::server
