// SPDX-License-Identifier: Apache-2.0
#include "publish/items.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "text/text.h"

namespace vanthu::publish {
namespace {

constexpr std::string_view kUriRoot = "/akn/";

void node_text(const std::vector<model::Node>& nodes, std::string& out) {
  for (const model::Node& node : nodes) {
    for (const std::string* piece : {&node.num, &node.heading, &node.text, &node.by}) {
      if (piece->empty()) continue;
      out += *piece;
      out += '\n';
    }
    node_text(node.children, out);
  }
}

// The words a reader may search a document by: its header, body, signatures and appendices.
std::string searchable_text(const model::Document& doc) {
  const model::Metadata& meta = doc.meta;
  std::string text = meta.type + '\n' + meta.number + '\n' + meta.issuer + '\n' + meta.title + '\n';
  for (const std::string& line : doc.citations) text += line + '\n';
  for (const std::string& line : doc.formula) text += line + '\n';
  node_text(doc.body, text);
  for (const model::Signer& signer : meta.signers) text += signer.role + ' ' + signer.name + '\n';
  for (const model::Attachment& attachment : doc.attachments) {
    text += attachment.heading + '\n' + attachment.title + '\n';
    node_text(attachment.body, text);
  }
  return text;
}

std::string search_keys(const model::Document& doc) {
  std::string keys;
  text::tokenize(searchable_text(doc), [&](const text::Token& token) {
    if (token.kind == text::TokenKind::Compound) return;  // its parts follow it (as in the shared vectors)
    if (!keys.empty()) keys += ' ';
    keys += token.folded;
  });
  return keys;
}

Rendered render_one(const store::Library& library, const Item& item, const render::HtmlOptions& options) {
  Rendered out;
  Result<std::string> xml = library.xml(item.version);
  if (!xml.is_ok()) {
    out.status = xml.status();
    return out;
  }
  out.xml = std::move(xml).value();
  Result<model::Document> document = model::from_akn(item.info.work_uri, out.xml);
  if (!document.is_ok()) {
    out.status = document.status();
    return out;
  }
  Result<render::Page> page = render::html(out.xml, options);
  if (!page.is_ok()) {
    out.status = Status(page.status().code(), item.info.work_uri + ": page: " + page.status().message());
    return out;
  }
  out.html = std::move(page->html);
  Result<render::Pdf> pdf = render::pdf(document.value());
  if (!pdf.is_ok()) {
    out.status = Status(pdf.status().code(), item.info.work_uri + ": PDF: " + pdf.status().message());
    return out;
  }
  out.pdf = std::move(pdf->bytes);
  out.pages = pdf->pages;
  for (std::string& warning : pdf->warnings) out.warnings.push_back(item.info.work_uri + ": PDF: " + warning);
  out.search_keys = search_keys(document.value());
  return out;
}

}  // namespace

Result<std::vector<Item>> published_items(const store::Library& library, const std::vector<std::string>* uris,
                                          std::vector<std::string>& problems) {
  Result<std::vector<store::Published>> published = library.published();
  if (!published.is_ok()) return published.status();
  const auto item_of = [](const store::Published& document) {
    std::string path = document.info.work_uri;
    if (path.starts_with(kUriRoot)) path.erase(0, kUriRoot.size());
    return Item{document.info, document.version, std::move(path)};
  };
  std::vector<Item> items;
  if (uris == nullptr) {
    for (const store::Published& document : published.value()) items.push_back(item_of(document));
    return items;
  }
  std::map<std::string, const store::Published*> by_uri;
  for (const store::Published& document : published.value()) by_uri.emplace(document.info.work_uri, &document);
  std::set<std::string> taken;
  for (const std::string& uri : *uris) {
    if (const auto found = by_uri.find(uri); found != by_uri.end()) {
      if (taken.insert(uri).second) items.push_back(item_of(*found->second));  // a URI named twice goes in once
      continue;
    }
    // Not published: say whether the library has it at all.
    Result<std::optional<store::DocumentInfo>> known = library.document(uri);
    if (!known.is_ok()) return known.status();
    if (!known.value()) problems.push_back(uri + ": not in the library");
    else problems.push_back(uri + ": not published (" + std::string(store::publication_name(known.value()->state)) + ")");
  }
  return items;
}

std::vector<Rendered> render_all(const store::Library& library, const std::vector<Item>& items,
                                 const std::function<render::HtmlOptions(const Item&)>& page_options) {
  std::vector<Rendered> rendered(items.size());
  parallel_for(items.size(), 0, [&](std::size_t i) { rendered[i] = render_one(library, items[i], page_options(items[i])); });
  return rendered;
}

std::string relative_href(std::string_view from, std::string_view to) {
  const std::filesystem::path base = from.empty() ? std::filesystem::path(".") : std::filesystem::path(from);
  return std::filesystem::path(to).lexically_relative(base).generic_string();
}

std::string search_data(const std::vector<Item>& items, const std::vector<Rendered>& rendered,
                        const std::function<std::string(const Item&)>& href) {
  std::string out = "window.VANTHU_SEARCH = {\"documents\": [\n";
  bool first = true;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!rendered[i].status.is_ok()) continue;
    const store::DocumentInfo& info = items[i].info;
    if (!first) out += ",\n";
    first = false;
    out += "{\"href\":" + json_quote(href(items[i])) + ",\"title\":" + json_quote(info.title) +
           ",\"number\":" + json_quote(info.number) + ",\"type\":" + json_quote(info.type) +
           ",\"date\":" + json_quote(info.date) + ",\"keys\":" + json_quote(rendered[i].search_keys) + "}";
  }
  out += "\n]};\n";
  return out;
}


}  // namespace vanthu::publish
