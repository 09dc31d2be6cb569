// SPDX-License-Identifier: Apache-2.0
//
// Citations become links before the page is drawn: every reference engine/text finds in the text ("khoản 2 Điều 5
// của Nghị định số 30/2020/NĐ-CP", "Điều 12 Luật này", "khoản 1 Điều này") is wrapped in an AKN <ref href>. Other
// documents link where the caller's resolver knows them; this document's own provisions link in-page when the
// anchor exists. Text inside quoted amending text speaks of the amended document, so only named documents link there.
#include "render/links.h"

#include <set>
#include <string>
#include <vector>

#include "text/text.h"

namespace vanthu::render {
namespace {

constexpr const char* kAknNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

bool named(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE && xmlStrcmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0;
}

std::string attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

void collect_eids(const xmlNode* node, std::set<std::string>& out) {
  for (const xmlNode* child = node; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (std::string eid = attribute(child, "eId"); !eid.empty()) out.insert(std::move(eid));
    collect_eids(child->children, out);
  }
}

// "art_5__para_2__point_a" for the provision a reference names, in the given article when it names none.
std::string provision_eid(const text::Reference& reference, const std::string& containing_article) {
  std::string eid;
  if (!reference.article.empty()) eid = "art_" + reference.article;
  else if (reference.this_article || !reference.clause.empty()) eid = containing_article;
  if (eid.empty()) return eid;
  if (!reference.clause.empty()) {
    eid += "__para_" + reference.clause;
    if (!reference.point.empty()) eid += "__point_" + reference.point;
  }
  return eid;
}

class Linker {
public:
  Linker(xmlDocPtr doc, const CitationResolver& resolve) : m_doc(doc), m_resolve(resolve) {
    collect_eids(xmlDocGetRootElement(doc), m_eids);
  }

  void walk(xmlNode* node, bool in_quoted, const std::string& article) {
    for (xmlNode* child = node; child != nullptr;) {
      xmlNode* next = child->next;  // a text node may be replaced below
      if (child->type == XML_TEXT_NODE) {
        link_text(child, in_quoted, article);
      } else if (child->type == XML_ELEMENT_NODE && !skipped(child)) {
        const bool quoted = in_quoted || named(child, "quotedStructure");
        const std::string inner = named(child, "article") && !quoted ? attribute(child, "eId") : article;
        walk(child->children, quoted, inner);
      }
      child = next;
    }
  }

private:
  static bool skipped(const xmlNode* node) {
    return named(node, "meta") || named(node, "preface") || named(node, "num") || named(node, "ref") ||
           named(node, "docNumber") || named(node, "docTitle");
  }

  // The in-page anchor that exists, from the most precise down to the article.
  std::string existing(std::string eid) const {
    while (!eid.empty()) {
      if (m_eids.count(eid) != 0) return eid;
      const auto cut = eid.rfind("__");
      if (cut == std::string::npos) return {};
      eid.resize(cut);
    }
    return {};
  }

  std::string href_for(const text::Reference& reference, bool in_quoted, const std::string& article) const {
    if (reference.document && !reference.self) {
      if (!reference.document->number || !m_resolve) return {};
      std::string href = m_resolve(reference.document->number->text);
      if (href.empty()) return {};
      if (const std::string eid = provision_eid(reference, {}); !eid.empty()) href += "#" + eid;
      return href;
    }
    if (in_quoted) return {};
    const std::string eid = existing(provision_eid(reference, article));
    return eid.empty() ? std::string() : "#" + eid;
  }

  void link_text(xmlNode* node, bool in_quoted, const std::string& article) {
    if (node->content == nullptr) return;
    const std::string content(reinterpret_cast<const char*>(node->content));
    std::vector<std::pair<text::Reference, std::string>> links;
    for (text::Reference& reference : text::find_references(content)) {
      // “Điều 4. … opens amending text the parser did not read as quoted: it names the amended document's article.
      if (!reference.document && opens_quote(content, reference.begin)) continue;
      std::string href = href_for(reference, in_quoted, article);
      if (!href.empty() && reference.end > reference.begin) links.emplace_back(std::move(reference), std::move(href));
    }
    if (links.empty()) return;
    // The text node keeps the text before the first link; links and the text between them follow it. (libxml2
    // merges adjacent text nodes, so new text always goes after an element.)
    xmlNs* ns = xmlSearchNsByHref(m_doc, node->parent, reinterpret_cast<const xmlChar*>(kAknNamespace));
    xmlNode* last = node;
    std::size_t done = 0;
    for (const auto& [reference, href] : links) {
      if (reference.begin < done) continue;  // overlapping finds: the first wins
      const std::size_t end = link_end(reference);
      if (done == 0) xmlNodeSetContentLen(node, xml_chars(content), static_cast<int>(reference.begin));
      else last = add_text_after(last, content.substr(done, reference.begin - done));
      xmlNode* ref = xmlNewDocNode(m_doc, ns, reinterpret_cast<const xmlChar*>("ref"), nullptr);
      xmlNewProp(ref, reinterpret_cast<const xmlChar*>("href"), reinterpret_cast<const xmlChar*>(href.c_str()));
      xmlAddChild(ref, xmlNewDocTextLen(m_doc, xml_chars(content) + reference.begin, static_cast<int>(end - reference.begin)));
      last = xmlAddNextSibling(last, ref);
      done = end;
    }
    add_text_after(last, content.substr(done));
  }

  static bool opens_quote(const std::string& content, std::size_t at) {
    if (at >= 1 && content[at - 1] == '"') return true;
    return at >= 3 && content.compare(at - 3, 3, "\u201C") == 0;  // “
  }

  static const xmlChar* xml_chars(const std::string& text) { return reinterpret_cast<const xmlChar*>(text.c_str()); }

  // A citation links its words up to the document number ("Nghị định số 14/2017/NĐ-CP"), not the description that
  // follows it ("ngày … của Chính phủ quy định …"), which can run for a whole line.
  static std::size_t link_end(const text::Reference& reference) {
    if (reference.document && reference.document->number) {
      const std::size_t number_end = reference.document->number->end;
      if (number_end > reference.begin && number_end < reference.end) return number_end;
    }
    return reference.end;
  }

  xmlNode* add_text_after(xmlNode* after, const std::string& piece) {
    if (piece.empty()) return after;
    return xmlAddNextSibling(after, xmlNewDocTextLen(m_doc, xml_chars(piece), static_cast<int>(piece.size())));
  }

  xmlDocPtr m_doc;
  const CitationResolver& m_resolve;
  std::set<std::string> m_eids;
};

}  // namespace

void link_references(xmlDocPtr doc, const CitationResolver& resolve) {
  Linker linker(doc, resolve);
  linker.walk(xmlDocGetRootElement(doc), false, {});
}

}  // namespace vanthu::render
