// SPDX-License-Identifier: Apache-2.0
//
// The server's search page: the answer is built as a small XML tree and drawn by templates/html/results.xsl. A
// snippet arrives as escaped text with <mark> elements (index::Hit::snippet); it is parsed into text and mark
// nodes, so the page still gets nothing but text through the serializer.
#include <string>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "render/render.h"
#include "render/templates.h"
#include "render/xml_tree.h"
#include "render/xslt.h"

namespace vanthu::render {
namespace {

// Copies the snippet's text and <mark> elements under parent. A snippet that is not that shape (it always is) comes
// out as plain text with its tags shown, never as markup.
void add_snippet(xmlNode* parent, const std::string& snippet) {
  const std::string wrapped = "<s>" + snippet + "</s>";
  DocPtr fragment(xmlReadMemory(wrapped.data(), static_cast<int>(wrapped.size()), nullptr, "UTF-8",
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  xmlNode* root = fragment ? xmlDocGetRootElement(fragment.get()) : nullptr;
  if (root == nullptr) {
    xmlAddChild(parent, xmlNewText(xml_chars(snippet)));
    return;
  }
  for (xmlNode* node = root->children; node != nullptr; node = node->next) {
    xmlChar* text = xmlNodeGetContent(node);
    const std::string content = text != nullptr ? reinterpret_cast<const char*>(text) : "";
    xmlFree(text);
    if (node->type == XML_ELEMENT_NODE && xmlStrcmp(node->name, reinterpret_cast<const xmlChar*>("mark")) == 0) {
      xmlNewTextChild(parent, nullptr, reinterpret_cast<const xmlChar*>("mark"), xml_chars(content));
    } else {
      xmlAddChild(parent, xmlNewText(xml_chars(content)));
    }
  }
}

}  // namespace

Result<Page> search_page(const SearchPage& page) {
  Result<const Templates*> loaded = templates();
  if (!loaded.is_ok()) return loaded.status();
  const Templates& templates = *loaded.value();

  DocPtr doc = new_tree("results");
  xmlNode* root = xmlDocGetRootElement(doc.get());
  set_attributes(root, {{"query", page.query},
                        {"unit", page.unit},
                        {"sort", page.sort},
                        {"total", std::to_string(page.total)},
                        {"first", std::to_string(page.first)},
                        {"last", std::to_string(page.hits.empty() ? 0 : page.first + page.hits.size() - 1)},
                        {"suggestion", page.suggestion},
                        {"suggestion-href", page.suggestion_href},
                        {"error", page.error},
                        {"previous", page.previous_href},
                        {"next", page.next_href},
                        {"export", page.export_href},
                        {"home", page.home_href},
                        {"stylesheet", page.stylesheet_href}});
  for (const auto& [name, value] : page.filters) add_child(root, "filter", {{"name", name}, {"value", value}});
  for (const SearchFacet& facet : page.facets) {
    xmlNode* node = add_child(root, "facet", {{"name", facet.name}});
    for (const SearchFacetValue& value : facet.values) {
      add_child(node, "value", {{"label", value.label}, {"count", std::to_string(value.count)}, {"href", value.href},
                                {"selected", value.selected ? "yes" : ""}});
    }
  }
  for (const SearchHit& hit : page.hits) {
    xmlNode* node = add_child(root, "hit", {{"href", hit.href}, {"title", hit.title}, {"type", hit.type},
                                            {"number", hit.number}, {"date", hit.date}, {"where", hit.where}});
    add_snippet(add_child(node, "snippet"), hit.snippet);
  }
  return transform(templates.results, doc.get(),
                                       {{"css", page.stylesheet_href.empty() ? templates.css : std::string()}});
}

}  // namespace vanthu::render
