// SPDX-License-Identifier: Apache-2.0
//
// Akoma Ntoso XML → Document. Reads everything akn_writer.cpp writes, so to_akn(from_akn(x)) == x for our own
// output, and reads other AKN documents best-effort: unknown elements contribute their text as paragraphs.
#include <libxml/tree.h>

#include <map>
#include <string>

#include "model/akn_names.h"
#include "model/model.h"
#include "model/xml_safe.h"

namespace vanthu::model {
namespace {

const xmlNode* first_child(const xmlNode* node, std::string_view name) {
  for (const xmlNode* child = node ? node->children : nullptr; child; child = child->next) {
    if (local_name(child) == name) return child;
  }
  return nullptr;
}

template <class Visit>
void for_each_child(const xmlNode* node, Visit visit) {
  for (const xmlNode* child = node ? node->children : nullptr; child; child = child->next) {
    if (child->type == XML_ELEMENT_NODE) visit(child);
  }
}

std::optional<int> optional_int(const xmlNode* node, const char* name) {
  const std::string value = attribute(node, name);
  if (value.empty()) return std::nullopt;
  try {
    return std::stoi(value);
  } catch (...) {
    return std::nullopt;
  }
}

std::optional<NodeKind> hierarchy_kind(std::string_view name) {
  static const std::map<std::string_view, NodeKind> kKinds = {
      {"part", NodeKind::Part},       {"chapter", NodeKind::Chapter},       {"section", NodeKind::Section},
      {"subsection", NodeKind::Subsection}, {"article", NodeKind::Article}, {"paragraph", NodeKind::Clause},
      {"point", NodeKind::Point},     {"indent", NodeKind::Indent},         {"item", NodeKind::Point},
      {"list", NodeKind::Indent}};
  const auto found = kKinds.find(name);
  if (found == kKinds.end()) return std::nullopt;
  return found->second;
}

class Reader {
public:
  explicit Reader(Document& document) : m_doc(document) {}

  Status read(const xmlNode* root) {
    if (local_name(root) != "akomaNtoso") return Status::invalid_argument("the root element is not akomaNtoso");
    const xmlNode* top = nullptr;
    for_each_child(root, [&](const xmlNode* child) {
      if (top == nullptr) top = child;
    });
    if (top == nullptr) return Status::invalid_argument("akomaNtoso holds no document");
    const std::string_view kind = local_name(top);
    if (kind == "act" || kind == "bill") m_doc.meta.kind = DocumentKind::Act;
    else if (kind == "statement") m_doc.meta.kind = DocumentKind::Statement;
    else if (kind == "debate" || kind == "debateReport") m_doc.meta.kind = DocumentKind::Debate;
    else m_doc.meta.kind = DocumentKind::Doc;

    const xmlNode* meta = first_child(top, "meta");
    read_references(first_child(meta, "references"));
    for_each_child(first_child(meta, "notes"), [&](const xmlNode* note) { m_doc.notes.push_back(node_text(note)); });
    read_preface(first_child(top, "preface"));
    read_proprietary(meta);
    read_preamble(first_child(top, "preamble"));
    for_each_child(top, [&](const xmlNode* child) {
      const std::string_view name = local_name(child);
      if (name == "body" || name == "mainBody" || name == "debateBody") read_container(child, m_doc.body);
      else if (name == "conclusions") read_conclusions(child);
      else if (name == "attachments") read_attachments(child);
    });
    if (m_doc.meta.kind == DocumentKind::Debate && !m_doc.minutes) m_doc.minutes.emplace();
    return Status::ok();
  }

private:
  void read_references(const xmlNode* references) {
    for_each_child(references, [&](const xmlNode* child) {
      m_show_as[attribute(child, "eId")] = attribute(child, "showAs");
    });
  }

  std::string show_as(const std::string& href) const {
    const auto found = m_show_as.find(href.size() > 1 && href[0] == '#' ? href.substr(1) : href);
    return found == m_show_as.end() ? std::string() : found->second;
  }

  void read_preface(const xmlNode* preface) {
    Metadata& meta = m_doc.meta;
    for_each_child(preface, [&](const xmlNode* p) {
      const std::string css = attribute(p, "class");
      const std::string text = node_text(p);
      if (css == "issuerParent") meta.issuer_parent = text;
      else if (css == "motto") meta.motto.push_back(text);
      else if (css == "text") m_doc.preface.push_back(Node{NodeKind::Paragraph, "", "", text, "", "", "", {}});
      // Inline metadata wherever it sits (other AKN producers use other classes).
      read_inline_meta(p);
    });
  }

  void read_inline_meta(const xmlNode* node) {
    Metadata& meta = m_doc.meta;
    for_each_child(node, [&](const xmlNode* child) {
      const std::string_view name = local_name(child);
      if (name == "docAuthority") meta.issuer = node_text(child);
      else if (name == "docNumber") meta.number = node_text(child);
      else if (name == "docType") meta.type_as_written = node_text(child);
      else if (name == "docTitle") meta.title = node_text(child);
      else if (name == "location") meta.place = node_text(child);
      else if (name == "docDate") {
        meta.date = attribute(child, "date");
        meta.date_as_written = node_text(node);
      } else {
        read_inline_meta(child);
      }
    });
  }

  void read_proprietary(const xmlNode* meta_node) {
    const xmlNode* proprietary = first_child(meta_node, "proprietary");
    const xmlNode* facts = first_child(proprietary, "document");
    if (facts == nullptr) return;
    // Our own facts are authoritative: forget what the preface suggested (it also holds display fallbacks).
    Metadata& meta = m_doc.meta;
    meta.motto.clear();
    meta.type_as_written.clear();
    meta.issuer.clear();
    meta.number.clear();
    meta.place.clear();
    meta.title.clear();
    for_each_child(facts, [&](const xmlNode* fact) {
      const std::string_view name = local_name(fact);
      const std::string value = node_text(fact);
      if (name == "type") meta.type = value;
      else if (name == "typeAsWritten") meta.type_as_written = value;
      else if (name == "number") meta.number = value;
      else if (name == "issuer") meta.issuer = value;
      else if (name == "issuerParent") meta.issuer_parent = value;
      else if (name == "place") meta.place = value;
      else if (name == "date") meta.date = value;
      else if (name == "title") meta.title = value;
      else if (name == "workSuffix") meta.work_suffix = value;
      else if (name == "motto") meta.motto.push_back(value);
      else if (name == "runningHeader") meta.running_headers.push_back(value);
      else if (name == "warning") m_doc.warnings.push_back(value);
      else if (name == "signatureStamp")
        meta.stamps.push_back({attribute(fact, "signer"), attribute(fact, "organization"), attribute(fact, "time")});
      else if (name == "source") {
        meta.source_name = attribute(fact, "name");
        meta.source_format = attribute(fact, "format");
        meta.source_encoding = attribute(fact, "encoding");
        meta.source_sha256 = attribute(fact, "sha256");
      } else if (name == "minutes") {
        read_minutes_facts(fact);
      }
    });
  }

  void read_minutes_facts(const xmlNode* node) {
    Minutes& minutes = m_doc.minutes.emplace();
    minutes.start = attribute(node, "start");
    minutes.end = attribute(node, "end");
    minutes.place = attribute(node, "place");
    minutes.chair = attribute(node, "chair");
    minutes.secretary = attribute(node, "secretary");
    minutes.present_count = optional_int(node, "present");
    minutes.agenda_items = optional_int(node, "agendaItems").value_or(0);
    for_each_child(node, [&](const xmlNode* vote) {
      minutes.votes.push_back({attribute(vote, "subject"), optional_int(vote, "for"), optional_int(vote, "against"),
                               optional_int(vote, "abstain"), optional_int(vote, "total")});
    });
  }

  void read_preamble(const xmlNode* preamble) {
    for_each_child(preamble, [&](const xmlNode* child) {
      const std::string_view name = local_name(child);
      if (name == "citations") {
        for_each_child(child, [&](const xmlNode* citation) { m_doc.citations.push_back(node_text(citation)); });
      } else if (name == "formula") {
        for_each_child(child, [&](const xmlNode* p) { m_doc.formula.push_back(node_text(p)); });
      } else {
        m_doc.formula.push_back(node_text(child));
      }
    });
  }

  static Node paragraph(std::string text) { return Node{NodeKind::Paragraph, "", "", std::move(text), "", "", "", {}}; }

  // Block and hierarchy children of a container element into nodes.
  void read_container(const xmlNode* container, std::vector<Node>& out) {
    for_each_child(container, [&](const xmlNode* child) { read_element(child, out); });
  }

  void read_element(const xmlNode* element, std::vector<Node>& out) {
    const std::string_view name = local_name(element);
    if (const auto kind = hierarchy_kind(name)) {
      out.push_back(read_hierarchy(element, *kind));
    } else if (name == "p") {
      read_p(element, out);
    } else if (name == "table") {
      out.push_back(read_table(element));
    } else if (name == "hcontainer" || name == "content" || name == "intro" || name == "wrapUp" ||
               name == "blockContainer" || name == "container") {
      read_container(element, out);
    } else if (name == "rollCall") {
      read_roll_call(element);
    } else if (name == "debateSection") {
      Node section{NodeKind::DebateSection, "", "", "", "", "", "", {}};
      for_each_child(element, [&](const xmlNode* child) {
        const std::string_view child_name = local_name(child);
        if (child_name == "num") section.num = node_text(child);
        else if (child_name == "heading") section.heading = node_text(child);
        else read_element(child, section.children);
      });
      out.push_back(std::move(section));
    } else if (name == "speech") {
      Node speech{NodeKind::Speech, "", "", "", show_as(attribute(element, "by")), show_as(attribute(element, "as")), "", {}};
      for_each_child(element, [&](const xmlNode* child) {
        if (local_name(child) == "from") return;
        read_element(child, speech.children);
      });
      if (!speech.children.empty() && speech.children.front().kind == NodeKind::Paragraph) {
        speech.text = speech.children.front().text;
        speech.children.erase(speech.children.begin());
      }
      out.push_back(std::move(speech));
    } else if (name == "num" || name == "heading") {
      out.push_back(Node{NodeKind::Heading, "", "", node_text(element), "", "", "", {}});
    } else {
      const std::string text = node_text(element);
      if (!text.empty()) out.push_back(paragraph(text));
    }
  }

  void read_p(const xmlNode* p, std::vector<Node>& out) {
    if (const xmlNode* mod = first_child(p, "mod")) {
      Node quoted{NodeKind::Quoted, "", "", "", "", "", "", {}};
      for (const xmlNode* child = mod->children; child; child = child->next) {
        if (child->type == XML_TEXT_NODE) quoted.text += node_text(child);
        else if (local_name(child) == "quotedStructure") read_container(child, quoted.children);
      }
      out.push_back(std::move(quoted));
      return;
    }
    const std::string text = node_text(p);
    if (text.empty()) return;  // the writer's schema filler
    if (attribute(p, "class") == "heading") {
      out.push_back(Node{NodeKind::Heading, "", "", text, "", "", "", {}});
    } else {
      out.push_back(paragraph(text));
    }
  }

  Node read_hierarchy(const xmlNode* element, NodeKind kind) {
    Node node{kind, "", "", "", "", "", "", {}};
    std::vector<Node> blocks;
    bool text_taken = false;
    for_each_child(element, [&](const xmlNode* child) {
      const std::string_view name = local_name(child);
      if (name == "num") {
        node.num = node_text(child);
      } else if (name == "heading") {
        node.heading = node_text(child);
      } else if ((name == "content" || name == "intro") && !text_taken) {
        std::vector<Node> inner;
        read_container(child, inner);
        if (!inner.empty() && inner.front().kind == NodeKind::Paragraph) {
          node.text = inner.front().text;
          inner.erase(inner.begin());
        }
        text_taken = true;
        for (Node& n : inner) node.children.push_back(std::move(n));
      } else {
        read_element(child, node.children);
      }
    });
    return node;
  }

  Node read_table(const xmlNode* element) {
    Node table{NodeKind::Table, "", "", "", "", "", "", {}};
    for_each_child(element, [&](const xmlNode* tr) {
      Node row{NodeKind::Row, "", "", "", "", "", "", {}};
      for_each_child(tr, [&](const xmlNode* td) {
        Node cell{NodeKind::Cell, "", "", "", "", "", "", {}};
        read_container(td, cell.children);
        if (!cell.children.empty() && cell.children.front().kind == NodeKind::Paragraph) {
          cell.text = cell.children.front().text;
          cell.children.erase(cell.children.begin());
        }
        row.children.push_back(std::move(cell));
      });
      table.children.push_back(std::move(row));
    });
    return table;
  }

  void read_roll_call(const xmlNode* roll_call) {
    Minutes& minutes = m_doc.minutes ? *m_doc.minutes : m_doc.minutes.emplace();
    for_each_child(roll_call, [&](const xmlNode* p) {
      if (local_name(p) != "p") return;
      Attendee attendee;
      attendee.present = attribute(p, "class") != "absent";
      for (const xmlNode* child = p->children; child; child = child->next) {
        const std::string_view name = local_name(child);
        if (name == "person") attendee.name = node_text(child);
        else if (name == "role") attendee.role = node_text(child);
        else if (child->type == XML_TEXT_NODE) {
          const std::string text = node_text(child);
          const auto open = text.find('(');
          if (open != std::string::npos && text.size() > open + 2 && text.back() == ')')
            attendee.note = text.substr(open + 1, text.size() - open - 2);
        }
      }
      minutes.attendees.push_back(std::move(attendee));
    });
  }

  void read_conclusions(const xmlNode* conclusions) {
    for_each_child(conclusions, [&](const xmlNode* child) {
      if (const xmlNode* signature = first_child(child, "signature")) {
        Signer signer;
        for_each_child(signature, [&](const xmlNode* part) {
          const std::string_view name = local_name(part);
          if (name == "span") signer.capacity = node_text(part);
          else if (name == "role") signer.role = node_text(part);
          else if (name == "person") signer.name = node_text(part);
        });
        m_doc.meta.signers.push_back(std::move(signer));
      } else if (attribute(child, "class") == "recipients") {
        bool first = true;
        for_each_child(child, [&](const xmlNode* p) {
          if (!first) m_doc.recipients.push_back(node_text(p));
          first = false;
        });
      } else {
        read_element(child, m_doc.closing);
      }
    });
  }

  void read_attachments(const xmlNode* attachments) {
    for_each_child(attachments, [&](const xmlNode* container) {
      Attachment attachment;
      const xmlNode* doc = nullptr;
      for_each_child(container, [&](const xmlNode* child) {
        if (doc == nullptr && local_name(child) != "meta") doc = child;
      });
      for_each_child(first_child(doc, "preface"), [&](const xmlNode* p) {
        if (attribute(p, "class") == "heading") attachment.heading = node_text(p);
        else if (first_child(p, "docTitle")) attachment.title = node_text(p);
      });
      for_each_child(doc, [&](const xmlNode* child) {
        const std::string_view name = local_name(child);
        if (name == "mainBody" || name == "body") read_container(child, attachment.body);
      });
      m_doc.attachments.push_back(std::move(attachment));
    });
  }

  Document& m_doc;
  std::map<std::string, std::string> m_show_as;  // TLC eId → showAs
};

}  // namespace

Result<Document> from_akn(std::string_view name, std::string_view xml) {
  std::string error;
  XmlDocPtr doc = parse_xml_safely(xml, error);
  if (!doc) return Status::invalid_argument(std::string(name) + ": not well-formed XML: " + error);
  Document document;
  if (Status status = Reader(document).read(xmlDocGetRootElement(doc.get())); !status.is_ok())
    return status.with_context(name);
  return document;
}

}  // namespace vanthu::model
