// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/model: parsing XML that came from outside. No network, no DTD loading, no external entities,
// no entity substitution, and documents that declare entities in an internal subset are refused outright, which
// stops billion-laughs expansion before it starts. libxml2's own depth limit (256 without XML_PARSE_HUGE) stays on.
#pragma once

#include <libxml/tree.h>

#include <memory>
#include <string>
#include <string_view>

namespace vanthu::model {

struct XmlDocDeleter {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocDeleter>;

// The parsed document, or null with error set to the parser's first message ("line 3: …").
XmlDocPtr parse_xml_safely(std::string_view xml, std::string& error);

// The text content of a node and its descendants, white space collapsed and trimmed (model text is one line).
std::string node_text(const xmlNode* node);

// An attribute's value, "" when absent.
std::string attribute(const xmlNode* node, const char* name);

// The local name of an element ("" for non-elements).
std::string_view local_name(const xmlNode* node);

}  // namespace vanthu::model
