// SPDX-License-Identifier: Apache-2.0
#include "index/units.h"

#include <string>

namespace vanthu::index {
namespace {

constexpr char kSeparator = '\x1f';
// The stored text of a whole document is cut here, for snippets: a document hit shows the best passage of its first
// 16 KB (the provisions themselves are their own units, stored whole). Each hit's stored text is read, so this
// bounds query time as much as index size.
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

void put_u32(std::string& out, std::uint32_t value) {
  for (int shift = 0; shift < 32; shift += 8) out += static_cast<char>((value >> shift) & 0xFFU);
}
void put_u64(std::string& out, std::uint64_t value) {
  for (int shift = 0; shift < 64; shift += 8) out += static_cast<char>((value >> shift) & 0xFFU);
}

// Reads little-endian numbers from a record; every read fails once one has run past its end.
class RecordReader {
public:
  explicit RecordReader(std::string_view in) : m_in(in) {}
  std::uint64_t take(std::size_t bytes) {
    if (m_in.size() < bytes) {
      m_failed = true;
      return 0;
    }
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < bytes; ++i) value |= std::uint64_t{static_cast<unsigned char>(m_in[i])} << (8 * i);
    m_in.remove_prefix(bytes);
    return value;
  }
  std::uint32_t u32() { return static_cast<std::uint32_t>(take(4)); }
  std::uint64_t u64() { return take(8); }
  std::string_view rest() const { return m_in; }
  bool failed() const { return m_failed; }

private:
  std::string_view m_in;
  bool m_failed = false;
};

}  // namespace

std::uint32_t mask_bit(std::string_view folded) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (const char c : folded) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  return static_cast<std::uint32_t>((hash ^ (hash >> 32)) % 256);
}

void TextMap::note(const text::Token& token, std::size_t stored_size) {
  if (token.end > stored_size) return;
  if (!token.part && (checkpoints.empty() || token.position >= checkpoints.back().position + kCheckpointStride)) {
    checkpoints.push_back(Checkpoint{token.position, static_cast<std::uint32_t>(token.begin)});
    masks.emplace_back();
  }
  if (!token.folded.empty() && !masks.empty()) {
    const std::uint32_t bit = mask_bit(token.folded);
    masks.back()[bit / 64] |= std::uint64_t{1} << (bit % 64);
  }
}

std::string_view stored_text(std::string_view text) { return utf8_truncate(text, kMaxStoredText); }

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
    unit.heading = article->heading;
    append_text(*article, unit.text);
    units.push_back(std::move(unit));
  }
  return units;
}

std::string encode_unit(const SearchUnit& unit) {
  std::string data;
  for (const std::string* field : {&unit.hit.uri, &unit.hit.eid, &unit.hit.source, &unit.hit.type, &unit.hit.number,
                                   &unit.hit.title, &unit.hit.date, &unit.issuer, &unit.name, &unit.heading}) {
    data += *field;
    data += kSeparator;
  }
  return data;
}

SearchUnit decode_unit(const std::string& data) {
  SearchUnit unit;
  std::string* fields[] = {&unit.hit.uri, &unit.hit.eid, &unit.hit.source, &unit.hit.type, &unit.hit.number,
                           &unit.hit.title, &unit.hit.date, &unit.issuer, &unit.name, &unit.heading};
  std::size_t pos = 0;
  for (std::string* field : fields) {
    const auto end = data.find(kSeparator, pos);
    if (end == std::string::npos) return unit;
    *field = data.substr(pos, end - pos);
    pos = end + 1;
  }
  return unit;
}

// The record: the number of checkpoints, each checkpoint with its stretch's mask, then the text.
std::string encode_passages(const SearchUnit& unit) {
  const TextMap& map = unit.map;
  const std::string_view text = stored_text(unit.text);
  std::string record;
  record.reserve(4 + map.checkpoints.size() * 40 + text.size());
  put_u32(record, static_cast<std::uint32_t>(map.checkpoints.size()));
  for (std::size_t i = 0; i < map.checkpoints.size(); ++i) {
    put_u32(record, map.checkpoints[i].position);
    put_u32(record, map.checkpoints[i].offset);
    for (const std::uint64_t word : map.masks[i]) put_u64(record, word);
  }
  record += text;
  return record;
}

bool decode_passages(std::string_view record, SearchUnit& unit) {
  RecordReader in(record);
  TextMap map;
  const std::uint32_t count = in.u32();
  if (in.failed() || count > record.size() / 40) return false;
  map.checkpoints.resize(count);
  map.masks.resize(count);
  for (std::uint32_t i = 0; i < count; ++i) {
    map.checkpoints[i].position = in.u32();
    map.checkpoints[i].offset = in.u32();
    for (std::uint64_t& word : map.masks[i]) word = in.u64();
  }
  if (in.failed()) return false;
  unit.map = std::move(map);
  unit.text = std::string(in.rest());
  return true;
}

}  // namespace vanthu::index
