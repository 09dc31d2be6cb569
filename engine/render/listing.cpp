// SPDX-License-Identifier: Apache-2.0
//
// Pages that list documents: the listing is built as a small XML tree (so every title and name is a text node or
// an attribute value, escaped by the serializer) and drawn by templates/html/listing.xsl.
#include <string>

#include <libxml/tree.h>

#include "render/render.h"
#include "render/templates.h"
#include "render/xslt.h"

namespace vanthu::render {
namespace {

const xmlChar* chars(const std::string& text) { return reinterpret_cast<const xmlChar*>(text.c_str()); }

xmlNode* child(xmlNode* parent, const char* name) {
  return xmlNewChild(parent, nullptr, reinterpret_cast<const xmlChar*>(name), nullptr);
}

void attribute(xmlNode* node, const char* name, const std::string& value) {
  if (!value.empty()) xmlNewProp(node, reinterpret_cast<const xmlChar*>(name), chars(value));  // escapes value
}

}  // namespace

Result<Page> listing(const Listing& listing) {
  Result<const Templates*> loaded = templates();
  if (!loaded.is_ok()) return loaded.status();
  const Templates& templates = *loaded.value();

  DocPtr doc(xmlNewDoc(reinterpret_cast<const xmlChar*>("1.0")));
  xmlNode* root = xmlNewDocNode(doc.get(), nullptr, reinterpret_cast<const xmlChar*>("listing"), nullptr);
  xmlDocSetRootElement(doc.get(), root);
  attribute(root, "title", listing.title);
  attribute(root, "description", listing.description);
  attribute(root, "home", listing.home_href);
  attribute(root, "stylesheet", listing.stylesheet_href);
  attribute(root, "feed", listing.feed_href);
  attribute(root, "search-script", listing.search_script_href);
  attribute(root, "search-data", listing.search_data_href);
  for (const auto& [label, href] : listing.links) {
    xmlNode* link = child(root, "link");
    attribute(link, "label", label);
    attribute(link, "href", href);
  }
  for (const ListingGroup& group : listing.groups) {
    xmlNode* node = child(root, "group");
    attribute(node, "heading", group.heading);
    attribute(node, "id", group.id);
    for (const ListingEntry& entry : group.entries) {
      xmlNode* document = child(node, "document");
      attribute(document, "href", entry.href);
      attribute(document, "title", entry.title);
      attribute(document, "number", entry.number);
      attribute(document, "type", entry.type);
      attribute(document, "issuer", entry.issuer);
      attribute(document, "date", entry.date);
    }
  }
  Result<std::string> html = transform(templates.listing, doc.get(),
                                       {{"css", listing.stylesheet_href.empty() ? templates.css : std::string()}});
  if (!html.is_ok()) return html.status();
  Page page;
  page.html = std::move(html).value();
  return page;
}

}  // namespace vanthu::render
