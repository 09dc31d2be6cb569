// SPDX-License-Identifier: Apache-2.0
//
// Names of the model's enums, structure counts and the FRBR work URI.
#include <array>
#include <string>

#include "model/model.h"
#include "text/text.h"

namespace vanthu::model {

std::string_view document_kind_name(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::Act: return "act";
    case DocumentKind::Statement: return "statement";
    case DocumentKind::Doc: return "doc";
    case DocumentKind::Debate: return "debate";
  }
  return "doc";
}

std::string_view node_kind_name(NodeKind kind) {
  static constexpr std::array<std::string_view, 17> kNames = {
      "part", "chapter", "section", "subsection", "article", "paragraph", "point", "indent",
      "p", "table", "tr", "td", "quotedStructure", "heading", "debateSection", "speech"};
  const auto index = static_cast<std::size_t>(kind);
  return index < kNames.size() ? kNames[index] : "p";
}

bool is_hierarchy(NodeKind kind) { return kind <= NodeKind::Indent; }

namespace {

void count_nodes(const std::vector<Node>& nodes, Counts& counts) {
  for (const Node& node : nodes) {
    switch (node.kind) {
      case NodeKind::Part: ++counts.parts; break;
      case NodeKind::Chapter: ++counts.chapters; break;
      case NodeKind::Section: ++counts.sections; break;
      case NodeKind::Article: ++counts.articles; break;
      case NodeKind::Clause: ++counts.clauses; break;
      case NodeKind::Point: ++counts.points; break;
      default: break;
    }
    // Quoted amending text belongs to the document it amends, not to this one.
    if (node.kind != NodeKind::Quoted) count_nodes(node.children, counts);
  }
}

}  // namespace

Counts count_structure(const Document& document) {
  Counts counts;
  count_nodes(document.body, counts);
  return counts;
}

std::string work_uri(const Metadata& meta) {
  std::string uri = "/akn/vn/";
  uri += document_kind_name(meta.kind);
  uri += '/';
  const std::string type_slug = text::slugify(meta.type);
  uri += type_slug.empty() ? "van-ban" : type_slug;
  uri += '/';
  uri += meta.date.size() == 10 ? meta.date : std::string("nd");
  uri += '/';
  std::string name = text::slugify(meta.number);
  if (name.empty()) {
    // No number (most minutes): the title, cut to a readable length at a word boundary.
    name = text::slugify(meta.title);
    if (name.size() > 60) {
      name.resize(60);
      if (const auto dash = name.rfind('-'); dash != std::string::npos && dash > 20) name.resize(dash);
    }
  }
  uri += name.empty() ? std::string("khong-so") : name;
  if (!meta.work_suffix.empty()) uri += "-" + text::slugify(meta.work_suffix);
  return uri;
}

}  // namespace vanthu::model
