// SPDX-License-Identifier: Apache-2.0
#include "index/units.h"

#include <string>

namespace vanthu::index {
namespace {

constexpr char kSeparator = '\x1f';
// The stored text of a whole document is cut here, for snippets: a document hit shows the best passage of its first
// 16 KB (the provisions themselves are their own units, stored whole). Snippets tokenize the stored text of every
// hit, so this bounds query time as much as index size.
constexpr std::size_t kMaxStoredText = 16 * 1024;

void append_text(const model::Node& node, std::string& out) {
  for (const std::string* piece : {&node.num, &node.heading, &node.text}) {
    if (piece->empty()) continue;
    if (!out.empty()) out += ' ';
    out += *piece;
  }
  for (const model::Node& child : node.children) append_text(child, out);
}

void collect_articles(const std::vector<model::Node>& nodes, std::vector<const model::Node*>& out) {
  for (const model::Node& node : nodes) {
    if (node.kind == model::NodeKind::Article) {
      out.push_back(&node);
      continue;  // articles do not nest; quoted articles inside belong to this one
    }
    if (node.kind != model::NodeKind::Quoted) collect_articles(node.children, out);
  }
}

}  // namespace

std::vector<SearchUnit> units_of(const model::Document& source_document, const std::string& source) {
  model::Document document = source_document;
  model::assign_eids(document);
  const model::Metadata& meta = document.meta;
  SearchUnit base;
  base.hit.uri = model::work_uri(meta);
  base.hit.source = source;
  base.hit.type = meta.type;
  base.hit.number = meta.number;
  base.hit.title = meta.title;
  base.hit.date = meta.date;
  base.issuer = meta.issuer;
  base.name = meta.type.empty() ? meta.title : meta.type + " " + meta.title;

  std::vector<SearchUnit> units;
  SearchUnit whole = base;
  for (const std::string& citation : document.citations) whole.text += citation + ' ';
  for (const model::Node& node : document.body) append_text(node, whole.text);
  units.push_back(std::move(whole));

  std::vector<const model::Node*> articles;
  collect_articles(document.body, articles);
  for (const model::Node* article : articles) {
    SearchUnit unit = base;
    unit.hit.eid = article->eid;
    append_text(*article, unit.text);
    units.push_back(std::move(unit));
  }
  return units;
}

std::string encode_unit(const SearchUnit& unit) {
  std::string data;
  for (const std::string* field : {&unit.hit.uri, &unit.hit.eid, &unit.hit.source, &unit.hit.type, &unit.hit.number,
                                   &unit.hit.title, &unit.hit.date, &unit.issuer, &unit.name}) {
    data += *field;
    data += kSeparator;
  }
  data += std::string(utf8_truncate(unit.text, kMaxStoredText));
  return data;
}

SearchUnit decode_unit(const std::string& data) {
  SearchUnit unit;
  std::string* fields[] = {&unit.hit.uri, &unit.hit.eid, &unit.hit.source, &unit.hit.type, &unit.hit.number,
                           &unit.hit.title, &unit.hit.date, &unit.issuer, &unit.name};
  std::size_t pos = 0;
  for (std::string* field : fields) {
    const auto end = data.find(kSeparator, pos);
    if (end == std::string::npos) return unit;
    *field = data.substr(pos, end - pos);
    pos = end + 1;
  }
  unit.text = data.substr(pos);
  return unit;
}

}  // namespace vanthu::index
