// SPDX-License-Identifier: Apache-2.0
#include "model/xml_safe.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <mutex>
#include <string>


namespace vanthu::model {
namespace {

// Collects the first structured error of one parse; libxml2 would otherwise print to stderr.
void collect_error(void* user_data, xmlError* error) {
  auto* message = static_cast<std::string*>(user_data);
  if (error == nullptr || !message->empty()) return;
  *message = "line " + std::to_string(error->line) + ": " + (error->message ? error->message : "XML error");
  while (!message->empty() && (message->back() == '\n' || message->back() == ' ')) message->pop_back();
}

bool declares_entities(const xmlDoc* doc) {
  const xmlDtd* subset = doc->intSubset;
  return subset != nullptr && subset->entities != nullptr;
}

}  // namespace

XmlDocPtr parse_xml_safely(std::string_view xml, std::string& error) {
  // libxml2 2.9 initialises itself on first use, which is not safe when two threads parse at once (a rebuild's
  // workers, the server's).
  static std::once_flag initialised;
  std::call_once(initialised, xmlInitParser);
  error.clear();
  if (xml.size() > static_cast<std::size_t>(INT32_MAX)) {
    error = "document larger than 2 GB";
    return nullptr;
  }
  xmlParserCtxtPtr context = xmlNewParserCtxt();
  if (context == nullptr) {
    error = "out of memory";
    return nullptr;
  }
  xmlSetStructuredErrorFunc(&error, collect_error);
  // XML_PARSE_NONET: never fetch; no XML_PARSE_NOENT (entities are not substituted), no XML_PARSE_DTDLOAD.
  xmlDoc* doc = xmlCtxtReadMemory(context, xml.data(), static_cast<int>(xml.size()), nullptr, "UTF-8",
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  xmlFreeParserCtxt(context);
  XmlDocPtr owned(doc);
  if (!owned) {
    if (error.empty()) error = "not well-formed XML";
    return nullptr;
  }
  if (declares_entities(owned.get())) {
    error = "the document declares entities in a DTD, which vanthu refuses (external or expanding entities)";
    return nullptr;
  }
  error.clear();
  return owned;
}

std::string node_text(const xmlNode* node) {
  std::string out;
  if (node == nullptr) return out;
  xmlChar* content = xmlNodeGetContent(node);
  if (content == nullptr) return out;
  // Whitespace runs (the serializer's indentation among them) become one space; ends are trimmed.
  bool pending_space = false;
  for (const xmlChar* c = content; *c != 0; ++c) {
    if (*c == ' ' || *c == '\n' || *c == '\t' || *c == '\r') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += static_cast<char>(*c);
  }
  xmlFree(content);
  return out;
}

std::string attribute(const xmlNode* node, const char* name) {
  std::string out;
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value != nullptr) {
    out = reinterpret_cast<const char*>(value);
    xmlFree(value);
  }
  return out;
}

std::string_view local_name(const xmlNode* node) {
  if (node == nullptr || node->type != XML_ELEMENT_NODE || node->name == nullptr) return {};
  return reinterpret_cast<const char*>(node->name);
}

}  // namespace vanthu::model
