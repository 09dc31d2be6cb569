// SPDX-License-Identifier: Apache-2.0
//
// AKN eIds. Articles start a fresh id ("art_5", not "chp_II__art_5"): Điều numbers are unique in a document, and
// "#art_5__para_1" is the short, stable anchor people cite and link to. Containers above articles keep the AKN
// naming chain ("part_1__chp_II__sec_1"). Inside quoted amending text and attachments, ids are prefixed by their
// container so they never collide with the document's own.
#include <cctype>
#include <map>
#include <set>
#include <string>

#include "model/model.h"

namespace vanthu::model {
namespace {

std::string_view abbreviation(NodeKind kind) {
  switch (kind) {
    case NodeKind::Part: return "part";
    case NodeKind::Chapter: return "chp";
    case NodeKind::Section: return "sec";
    case NodeKind::Subsection: return "subsec";
    case NodeKind::Article: return "art";
    case NodeKind::Clause: return "para";
    case NodeKind::Point: return "point";
    case NodeKind::Indent: return "indent";
    case NodeKind::Table: return "table";
    case NodeKind::Quoted: return "qstr";
    case NodeKind::DebateSection: return "dbsect";
    case NodeKind::Speech: return "spc";
    default: return "";
  }
}

bool is_id_char(unsigned char c) { return c >= 0x80 || (std::isalnum(c) != 0); }

// The number part of a num as written: "Chương II" → "II", "Điều 5a." → "5a", "đ)" → "đ", "1.2." → "1-2".
std::string id_number(std::string_view num) {
  // Skip a leading word ("Chương", "Điều", "Mục", "Phần", "Tiểu mục").
  std::size_t start = 0;
  if (const auto space = num.rfind(' '); space != std::string_view::npos) start = space + 1;
  std::string out;
  for (std::size_t i = start; i < num.size(); ++i) {
    const auto c = static_cast<unsigned char>(num[i]);
    if (is_id_char(c)) {
      out += static_cast<char>(c);
    } else if (!out.empty() && out.back() != '-' && i + 1 < num.size() && is_id_char(static_cast<unsigned char>(num[i + 1]))) {
      out += '-';
    }
  }
  return out;
}

class EidAssigner {
public:
  void assign(std::vector<Node>& nodes, const std::string& prefix) {
    std::map<NodeKind, int> ordinal;
    for (Node& node : nodes) {
      const std::string_view abbr = abbreviation(node.kind);
      if (abbr.empty()) {
        assign(node.children, prefix);
        continue;
      }
      const int index = ++ordinal[node.kind];
      std::string number = id_number(node.num);
      if (number.empty() || node.kind == NodeKind::Indent || node.kind == NodeKind::Table ||
          node.kind == NodeKind::Quoted || node.kind == NodeKind::Speech || node.kind == NodeKind::DebateSection) {
        number = std::to_string(index);
      }
      std::string base = node.kind == NodeKind::Article && !m_in_container ? std::string() : prefix;
      if (!base.empty()) base += "__";
      base += abbr;
      base += '_';
      base += number;
      node.eid = unique(base);
      const bool was_in_container = m_in_container;
      if (node.kind == NodeKind::Quoted) m_in_container = true;
      assign(node.children, node.eid);
      m_in_container = was_in_container;
    }
  }

  void set_in_container(bool in_container) { m_in_container = in_container; }

private:
  std::string unique(const std::string& base) {
    std::string id = base;
    for (int n = 2; !m_used.insert(id).second; ++n) id = base + "-" + std::to_string(n);
    return id;
  }

  std::set<std::string> m_used;
  bool m_in_container = false;
};

}  // namespace

void assign_eids(Document& document) {
  EidAssigner assigner;
  assigner.assign(document.body, "");
  int attachment_index = 0;
  for (Attachment& attachment : document.attachments) {
    attachment.eid = "att_" + std::to_string(++attachment_index);
    assigner.set_in_container(true);
    assigner.assign(attachment.body, attachment.eid);
  }
}

}  // namespace vanthu::model
