// SPDX-License-Identifier: Apache-2.0
//
// Pages that list documents: the listing is built as a small XML tree (so every title and name is a text node or
// an attribute value, escaped by the serializer) and drawn by templates/html/listing.xsl.
#include <string>

#include <libxml/tree.h>

#include "render/render.h"
#include "render/templates.h"
#include "render/xml_tree.h"
#include "render/xslt.h"

namespace vanthu::render {

Result<Page> listing(const Listing& listing) {
  Result<const Templates*> loaded = templates();
  if (!loaded.is_ok()) return loaded.status();
  const Templates& templates = *loaded.value();

  DocPtr doc = new_tree("listing");
  xmlNode* root = xmlDocGetRootElement(doc.get());
  set_attributes(root, {{"title", listing.title},
                        {"description", listing.description},
                        {"home", listing.home_href},
                        {"stylesheet", listing.stylesheet_href},
                        {"feed", listing.feed_href},
                        {"search-script", listing.search_script_href},
                        {"search-data", listing.search_data_href},
                        {"search-action", listing.search_action}});
  for (const auto& [label, href] : listing.links) add_child(root, "link", {{"label", label}, {"href", href}});
  for (const ListingGroup& group : listing.groups) {
    xmlNode* node = add_child(root, "group", {{"heading", group.heading}, {"id", group.id}});
    for (const ListingEntry& entry : group.entries) {
      add_child(node, "document", {{"href", entry.href}, {"title", entry.title}, {"number", entry.number},
                                   {"type", entry.type}, {"issuer", entry.issuer}, {"date", entry.date}});
    }
  }
  return transform(templates.listing, doc.get(),
                                       {{"css", listing.stylesheet_href.empty() ? templates.css : std::string()}});
}

}  // namespace vanthu::render
