// SPDX-License-Identifier: Apache-2.0
//
// Citations become links before the page is drawn: every reference engine/text finds in the text ("khoản 2 Điều 5
// của Nghị định số 30/2020/NĐ-CP", "Điều 12 Luật này", "khoản 1 Điều này") is wrapped in an AKN <ref href>. Other
// documents link where the caller's resolver knows them; this document's own provisions link in-page when the
// anchor exists. Text inside quoted amending text speaks of the amended document, so only named documents link there.
#include "render/links.h"

#include <algorithm>
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

  // Every text that may hold a link, in document order, then one search over all of them: find_references has a
  // fixed cost per call (folding to UTF-16, a few regular expressions) that dominates on short paragraphs.
  void link_all() {
    collect(xmlDocGetRootElement(m_doc), false, {});
    if (m_pieces.empty()) return;
    std::string joined;
    for (Piece& piece : m_pieces) {
      piece.begin = joined.size();
      joined += piece.content;
      joined += '\n';  // references never run across a line break
    }
    std::vector<std::vector<text::Reference>> found(m_pieces.size());
    for (text::Reference& reference : text::find_references(joined)) {
      const auto after = std::upper_bound(m_pieces.begin(), m_pieces.end(), reference.begin,
                                          [](std::size_t at, const Piece& piece) { return at < piece.begin; });
      const std::size_t index = static_cast<std::size_t>(after - m_pieces.begin()) - 1;
      const Piece& piece = m_pieces[index];
      if (reference.end > piece.begin + piece.content.size()) continue;
      reference.begin -= piece.begin;
      reference.end -= piece.begin;
      if (reference.document && reference.document->number) {
        reference.document->number->begin -= piece.begin;
        reference.document->number->end -= piece.begin;
      }
      found[index].push_back(std::move(reference));
    }
    for (std::size_t i = 0; i < m_pieces.size(); ++i)
      if (!found[i].empty()) link_piece(m_pieces[i], found[i]);
  }

private:
  struct Piece {
    xmlNode* node;
    bool in_quoted;
    std::string article;  // eId of the article the text is in, "" outside articles
    std::string content;
    std::size_t begin = 0;  // offset in the joined text
  };

  void collect(xmlNode* node, bool in_quoted, const std::string& article) {
    for (xmlNode* child = node; child != nullptr; child = child->next) {
      if (child->type == XML_TEXT_NODE && child->content != nullptr) {
        std::string content(reinterpret_cast<const char*>(child->content));
        if (may_link(content)) m_pieces.push_back({child, in_quoted, article, std::move(content)});
      } else if (child->type == XML_ELEMENT_NODE && !skipped(child)) {
        const bool quoted = in_quoted || named(child, "quotedStructure");
        collect(child->children, quoted, named(child, "article") && !quoted ? attribute(child, "eId") : article);
      }
    }
  }

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

  // Only provisions ("… Điều 5 …") and numbered documents ("…/2020/NĐ-CP") become links: text with neither is not
  // searched (most paragraphs; find_references costs a few regular expressions each time).
  static bool may_link(std::string_view text) {
    for (const std::string_view word : {std::string_view("iều "), std::string_view("IỀU ")}) {
      for (std::size_t at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
        const std::string_view next = text.substr(at + word.size());
        if (!next.empty() && next[0] >= '0' && next[0] <= '9') return true;  // Điều 5
        if (next.starts_with("này")) return true;                            // Điều này
      }
    }
    for (std::size_t slash = text.find('/'); slash != std::string_view::npos; slash = text.find('/', slash + 1))
      if (slash > 0 && text[slash - 1] >= '0' && text[slash - 1] <= '9') return true;
    return false;
  }

  void link_piece(const Piece& piece, const std::vector<text::Reference>& references) {
    const std::string& content = piece.content;
    xmlNode* node = piece.node;
    std::vector<std::pair<const text::Reference*, std::string>> links;
    for (const text::Reference& reference : references) {
      // “Điều 4. … opens amending text the parser did not read as quoted: it names the amended document's article.
      if (!reference.document && opens_quote(content, reference.begin)) continue;
      std::string href = href_for(reference, piece.in_quoted, piece.article);
      if (!href.empty() && reference.end > reference.begin) links.emplace_back(&reference, std::move(href));
    }
    if (links.empty()) return;
    // The text node keeps the text before the first link; links and the text between them follow it. (libxml2
    // merges adjacent text nodes, so new text always goes after an element.)
    xmlNs* ns = xmlSearchNsByHref(m_doc, node->parent, reinterpret_cast<const xmlChar*>(kAknNamespace));
    xmlNode* last = node;
    std::size_t done = 0;
    for (const auto& [found, href] : links) {
      const text::Reference& reference = *found;
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
  std::vector<Piece> m_pieces;
};

}  // namespace

void link_references(xmlDocPtr doc, const CitationResolver& resolve) {
  Linker linker(doc, resolve);
  linker.link_all();
}

}  // namespace vanthu::render
