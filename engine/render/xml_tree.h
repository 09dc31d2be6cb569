// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/render: building the small XML trees the listing and search templates read. Values become
// attribute values or text nodes, which the serializer escapes: nothing here is markup made from strings.
#pragma once

#include <initializer_list>
#include <string>
#include <utility>

#include <libxml/tree.h>

#include "render/xslt.h"

namespace vanthu::render {

inline const xmlChar* xml_chars(const std::string& text) { return reinterpret_cast<const xmlChar*>(text.c_str()); }

// A document with an empty root element of this name.
inline DocPtr new_tree(const char* root) {
  DocPtr doc(xmlNewDoc(reinterpret_cast<const xmlChar*>("1.0")));
  xmlDocSetRootElement(doc.get(), xmlNewDocNode(doc.get(), nullptr, reinterpret_cast<const xmlChar*>(root), nullptr));
  return doc;
}

inline xmlNode* add_child(xmlNode* parent, const char* name) {
  return xmlNewChild(parent, nullptr, reinterpret_cast<const xmlChar*>(name), nullptr);
}

// Sets the attribute unless value is empty (the templates test presence with string(@name)).
inline void set_attribute(xmlNode* node, const char* name, const std::string& value) {
  if (!value.empty()) xmlNewProp(node, reinterpret_cast<const xmlChar*>(name), xml_chars(value));
}

// A child element with these attributes (the empty ones left out).
inline xmlNode* add_child(xmlNode* parent, const char* name,
                          std::initializer_list<std::pair<const char*, std::string>> attributes) {
  xmlNode* node = add_child(parent, name);
  for (const auto& [key, value] : attributes) set_attribute(node, key, value);
  return node;
}

inline void set_attributes(xmlNode* node, std::initializer_list<std::pair<const char*, std::string>> attributes) {
  for (const auto& [key, value] : attributes) set_attribute(node, key, value);
}

}  // namespace vanthu::render
