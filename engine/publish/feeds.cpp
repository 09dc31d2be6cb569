// SPDX-License-Identifier: Apache-2.0
//
// The site's Atom feed (RFC 4287) of the newest publications and its sitemap (sitemaps.org 0.9), written with
// Poco's XMLWriter so every title and name is escaped by construction. Both need absolute URLs: the site's base URL
// plus each document's FRBR URI (ASCII slugs) with a trailing slash, where its page is.
#include "publish/feeds.h"
#include "publish/publish.h"

#include <algorithm>
#include <sstream>

#include <Poco/Exception.h>
#include <Poco/SAX/AttributesImpl.h>
#include <Poco/XML/XMLWriter.h>

namespace vanthu::publish {
namespace {

const Poco::XML::XMLString kAtom = "http://www.w3.org/2005/Atom";
const Poco::XML::XMLString kSitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

class Writer {
public:
  Writer(std::ostream& out, const Poco::XML::XMLString& ns)
      : m_writer(out, Poco::XML::XMLWriter::WRITE_XML_DECLARATION | Poco::XML::XMLWriter::PRETTY_PRINT), m_ns(ns) {
    m_writer.setNewLine("\n");
    m_writer.startDocument();
    m_writer.startPrefixMapping("", ns);
  }
  void open(const std::string& name, const std::vector<std::pair<std::string, std::string>>& attributes = {}) {
    Poco::XML::AttributesImpl attrs;
    for (const auto& [key, value] : attributes) attrs.addAttribute("", key, key, "CDATA", value);
    m_writer.startElement(m_ns, name, name, attrs);
  }
  void close(const std::string& name) { m_writer.endElement(m_ns, name, name); }
  void text(const std::string& name, const std::string& value,
            const std::vector<std::pair<std::string, std::string>>& attributes = {}) {
    open(name, attributes);
    m_writer.characters(value);
    close(name);
  }
  void empty(const std::string& name, const std::vector<std::pair<std::string, std::string>>& attributes) {
    Poco::XML::AttributesImpl attrs;
    for (const auto& [key, value] : attributes) attrs.addAttribute("", key, key, "CDATA", value);
    m_writer.emptyElement(m_ns, name, name, attrs);
  }
  void finish() {
    m_writer.endPrefixMapping("");
    m_writer.endDocument();
  }

private:
  Poco::XML::XMLWriter m_writer;
  Poco::XML::XMLString m_ns;
};

std::string entry_title(const store::DocumentInfo& info) {
  std::string title = info.type;
  if (!info.number.empty()) title += (title.empty() ? "Số " : " số ") + info.number;
  if (!info.title.empty()) title += (title.empty() ? "" : ": ") + info.title;
  return title.empty() ? info.work_uri : title;
}

}  // namespace

std::string page_url(const std::string& base_url, const Item& item) { return base_url + "akn/" + item.path + "/"; }

namespace {

std::string with_slash(std::string url) {
  if (url.empty() || url.back() != '/') url += '/';
  return url;
}

}  // namespace

Result<std::string> feed(const store::Library& library, const SiteOptions& options) {
  std::vector<std::string> problems;
  Result<std::vector<Item>> items = published_items(library, nullptr, problems);
  if (!items.is_ok()) return items.status();
  std::vector<const Item*> newest;  // the items come newest first
  for (const Item& item : items.value()) {
    if (newest.size() == options.feed_entries) break;
    newest.push_back(&item);
  }
  return atom_feed(newest, with_slash(options.base_url));
}

Result<std::string> sitemap(const store::Library& library, const SiteOptions& options,
                            const std::vector<std::string>& pages) {
  std::vector<std::string> problems;
  Result<std::vector<Item>> items = published_items(library, nullptr, problems);
  if (!items.is_ok()) return items.status();
  return sitemap(items.value(), pages, with_slash(options.base_url));
}

Result<std::string> atom_feed(const std::vector<const Item*>& newest_first, const std::string& base_url) {
  try {
    std::ostringstream out;
    Writer xml(out, kAtom);
    xml.open("feed", {{"xml:lang", "vi"}});
    xml.text("title", "Văn bản mới công bố");
    xml.text("id", base_url);
    xml.text("updated", newest_first.empty() ? std::string("1970-01-01T00:00:00Z") : newest_first.front()->version.created_at);
    xml.empty("link", {{"rel", "self"}, {"type", "application/atom+xml"}, {"href", base_url + "feed.atom"}});
    xml.empty("link", {{"rel", "alternate"}, {"type", "text/html"}, {"href", base_url}});
    xml.open("author");
    xml.text("name", "vanthu");
    xml.close("author");
    xml.text("generator", "vanthu");
    for (const Item* item : newest_first) {
      const std::string url = page_url(base_url, *item);
      xml.open("entry");
      xml.text("title", entry_title(item->info));
      xml.text("id", url);
      xml.text("updated", item->version.created_at);
      xml.empty("link", {{"rel", "alternate"}, {"type", "text/html"}, {"href", url}});
      if (!item->info.issuer.empty()) {
        xml.open("author");
        xml.text("name", item->info.issuer);
        xml.close("author");
      }
      if (!item->info.type.empty()) xml.empty("category", {{"term", item->info.type}});
      std::string summary = item->info.type + (item->info.number.empty() ? "" : " số " + item->info.number);
      if (!item->info.date.empty()) summary += " ngày " + item->info.date;
      if (!item->info.issuer.empty()) summary += " của " + item->info.issuer;
      xml.text("summary", summary, {{"type", "text"}});
      xml.close("entry");
    }
    xml.close("feed");
    xml.finish();
    return out.str();
  } catch (const Poco::Exception& error) {
    return Status::internal("feed.atom: " + error.displayText());
  }
}

Result<std::string> sitemap(const std::vector<Item>& items, const std::vector<std::string>& pages,
                            const std::string& base_url) {
  try {
    std::ostringstream out;
    Writer xml(out, kSitemap);
    xml.open("urlset");
    for (const std::string& page : pages) {
      xml.open("url");
      xml.text("loc", base_url + page);
      xml.close("url");
    }
    for (const Item& item : items) {
      xml.open("url");
      xml.text("loc", page_url(base_url, item));
      xml.text("lastmod", item.version.created_at.substr(0, 10));
      xml.close("url");
    }
    xml.close("urlset");
    xml.finish();
    return out.str();
  } catch (const Poco::Exception& error) {
    return Status::internal("sitemap.xml: " + error.displayText());
  }
}

}  // namespace vanthu::publish
