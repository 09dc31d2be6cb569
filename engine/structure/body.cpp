// SPDX-License-Identifier: Apache-2.0
//
// Provisions: a stack of open units, each line either opening a unit at its level (closing deeper ones) or adding
// a paragraph to the innermost open unit. Quoted amending text ("… được sửa đổi như sau:" then “Điều 5. …”) is
// parsed on its own stack into a Quoted node, so its articles never count as the document's own. Tables arrive as
// cells (docx, HTML) and become table nodes where they stand.
#include <string>

#include "base/base.h"
#include "structure/parse.h"

namespace vanthu::structure {
namespace {

using model::Node;
using model::NodeKind;

int level_of(LineKind kind) {
  switch (kind) {
    case LineKind::Part: return 1;
    case LineKind::Chapter: return 2;
    case LineKind::Roman: return 3;
    case LineKind::Section: return 3;
    case LineKind::Subsection: return 4;
    case LineKind::Article: return 5;
    case LineKind::Clause: return 6;
    case LineKind::Point: return 7;
    case LineKind::Indent: return 8;
    default: return 0;
  }
}

NodeKind node_kind_of(LineKind kind) {
  switch (kind) {
    case LineKind::Part: return NodeKind::Part;
    case LineKind::Chapter: return NodeKind::Chapter;
    case LineKind::Roman: case LineKind::Section: return NodeKind::Section;
    case LineKind::Subsection: return NodeKind::Subsection;
    case LineKind::Article: return NodeKind::Article;
    case LineKind::Clause: return NodeKind::Clause;
    case LineKind::Point: return NodeKind::Point;
    case LineKind::Indent: return NodeKind::Indent;
    default: return NodeKind::Paragraph;
  }
}

// The number of "Điều 17a." (17); 0 when there is none.
int leading_number(std::string_view num) {
  const auto digit = num.find_first_of("0123456789");
  if (digit == std::string_view::npos) return 0;
  int value = 0;
  for (std::size_t i = digit; i < num.size() && num[i] >= '0' && num[i] <= '9' && value < 100000; ++i)
    value = value * 10 + (num[i] - '0');
  return value;
}

// A quotation longer than this is a stray quote mark, not amending text (the longest real ones replace a chapter).
constexpr std::size_t kMaxQuotedLines = 600;

Node paragraph(std::string text) { return Node{NodeKind::Paragraph, "", "", std::move(text), "", "", "", {}}; }

// Quote balance of a line: typographic quotes open and close; straight quotes toggle.
int quote_balance(std::string_view text, bool& straight_open) {
  int balance = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, 3, "“") == 0) ++balance;
    else if (text.compare(i, 3, "”") == 0) --balance;
    else if (text[i] == '"') straight_open = !straight_open;
  }
  return balance;
}

bool opens_quote(std::string_view text) { return text.starts_with("“") || text.starts_with("\""); }

std::string strip_quotes(std::string_view text, bool first, bool last) {
  if (first) {
    if (text.starts_with("“")) text.remove_prefix(3);
    else if (text.starts_with("\"")) text.remove_prefix(1);
  }
  if (last) {
    // "…”." "…”;" "…”" and straight quotes.
    while (!text.empty() && (text.back() == '.' || text.back() == ';' || text.back() == ',' || text.back() == ' '))
      text.remove_suffix(1);
    if (text.ends_with("”")) text.remove_suffix(3);
    else if (text.ends_with("\"")) text.remove_suffix(1);
  }
  return std::string(trim(text));
}

class BodyBuilder {
public:
  explicit BodyBuilder(std::vector<Node>& root) { m_stack.push_back({0, &root}); }

  void add_line(const Line& line, std::string_view text) {
    const int level = level_of(line.kind);
    if (level == 0) {
      add_block(paragraph(std::string(text)));
      return;
    }
    while (m_stack.size() > 1 && m_stack.back().level >= level) m_stack.pop_back();
    Node node{node_kind_of(line.kind), line.num, "", "", "", "", "", {}};
    if (level <= 5) node.heading = line.rest;
    else node.text = line.rest;
    std::vector<Node>& siblings = *m_stack.back().children;
    siblings.push_back(std::move(node));
    m_stack.push_back({level, &siblings.back().children});
    m_awaiting_heading = level <= 3 && line.rest.empty() ? &siblings.back() : nullptr;
  }

  // A line that may be the title of the unit just opened ("Chương I" / "NHỮNG QUY ĐỊNH CHUNG").
  bool take_heading(std::string_view text, bool upper) {
    if (m_awaiting_heading == nullptr) return false;
    Node* node = m_awaiting_heading;
    m_awaiting_heading = nullptr;
    if (!upper && text.size() > 200) return false;
    node->heading = std::string(text);
    return true;
  }

  void add_block(Node block) {
    m_awaiting_heading = nullptr;
    m_stack.back().children->push_back(std::move(block));
  }

private:
  struct Open {
    int level;
    std::vector<Node>* children;
  };
  std::vector<Open> m_stack;
  Node* m_awaiting_heading = nullptr;
};

Node table_node(const Lines& lines, std::size_t& pos, std::size_t end) {
  Node table{NodeKind::Table, "", "", "", "", "", "", {}};
  const int id = lines[pos].table;
  int row = -1, cell = -1;
  while (pos < end && lines[pos].table == id) {
    const ingest::Paragraph& p = lines[pos];
    if (p.row != row || table.children.empty()) {
      table.children.push_back(Node{NodeKind::Row, "", "", "", "", "", "", {}});
      row = p.row;
      cell = -1;
    }
    Node& current_row = table.children.back();
    if (p.cell != cell || current_row.children.empty()) {
      current_row.children.push_back(Node{NodeKind::Cell, "", "", "", "", "", "", {}});
      cell = p.cell;
    }
    Node& current_cell = current_row.children.back();
    if (current_cell.text.empty()) current_cell.text = p.text;
    else current_cell.children.push_back(paragraph(p.text));
    ++pos;
  }
  return table;
}

}  // namespace

std::size_t parse_body(const Lines& lines, std::size_t begin, std::size_t end, bool stop_at_signature,
                       std::vector<Node>& nodes, std::vector<std::string>& warnings) {
  BodyBuilder builder(nodes);
  std::size_t pos = begin;
  bool seen_content = false;
  int last_article = 0;
  while (pos < end) {
    const ingest::Paragraph& paragraph_in = lines[pos];
    // The signature may come as a table (two columns side by side in docx, HTML and PDF): look before tables.
    if (stop_at_signature && seen_content && starts_signature(lines, pos)) return pos;
    if (paragraph_in.table >= 0) {
      builder.add_block(table_node(lines, pos, end));
      seen_content = true;
      continue;
    }
    const std::string_view text = paragraph_in.text;
    const Line line = classify_line(text);
    if (line.kind == LineKind::Separator) {
      ++pos;
      continue;
    }
    // Quoted amending text: after a line ending in ':' a line that opens a quotation.
    if (opens_quote(text) && pos > begin && lines[pos - 1].text.ends_with(":")) {
      bool straight = false;
      int balance = 0;
      std::size_t close = pos;
      bool crosses_signature = false;
      for (; close < end && close < pos + kMaxQuotedLines; ++close) {
        // Amending text never runs past the signature: a quote still open there is a stray mark.
        if (stop_at_signature && close > pos && starts_signature(lines, close)) {
          crosses_signature = true;
          break;
        }
        balance += quote_balance(lines[close].text, straight);
        if (balance <= 0 && !straight) break;
      }
      if (crosses_signature || close == end || close == pos + kMaxQuotedLines) {
        warnings.push_back("a quotation opened at “" + std::string(utf8_truncate(text, 60)) + "…” never closes; read as text");
      } else {
        Lines quoted_lines(lines.begin() + static_cast<std::ptrdiff_t>(pos), lines.begin() + static_cast<std::ptrdiff_t>(close) + 1);
        for (std::size_t i = 0; i < quoted_lines.size(); ++i)
          quoted_lines[i].text = strip_quotes(quoted_lines[i].text, i == 0, i + 1 == quoted_lines.size());
        Node quoted{NodeKind::Quoted, "", "", "", "", "", "", {}};
        parse_body(quoted_lines, 0, quoted_lines.size(), false, quoted.children, warnings);
        builder.add_block(std::move(quoted));
        pos = close + 1;
        seen_content = true;
        continue;
      }
    }
    if (line.kind == LineKind::Text && builder.take_heading(text, is_upper_line(text))) {
      ++pos;
      continue;
    }
    if (line.kind == LineKind::Article) {
      // Articles run 1, 2, 3 …: "Điều 17 …" in the middle of Điều 5 without the heading's full stop is a
      // wrapped cross-reference. With the full stop ("Điều 17."), a jump is believed (repealed articles vanish).
      const int number = leading_number(line.num);
      const bool headed = line.num.ends_with(".") || line.num.ends_with(":");
      // Never backwards; and a jump needs a title too ("Điều 19." alone is the end of a wrapped reference).
      const bool in_sequence = number == last_article + 1 || number == last_article;
      const bool believable_jump = headed && number > last_article && number <= last_article + 5 && !line.rest.empty();
      if (last_article > 0 && !in_sequence && !believable_jump) {
        builder.add_line(Line{LineKind::Text, "", std::string(text)}, text);
        ++pos;
        continue;
      }
      last_article = number;
    }
    builder.add_line(line, text);
    seen_content = true;
    ++pos;
  }
  return pos;
}

void parse_attachments(const Lines& lines, std::size_t begin, model::Document& document) {
  std::size_t pos = begin;
  while (pos < lines.size()) {
    model::Attachment attachment;
    const Line first = classify_line(lines[pos].text);
    if (first.kind == LineKind::Appendix) {
      attachment.heading = std::string(trim(lines[pos].text));
      ++pos;
    }
    // The title: capital lines under the heading, and the "(Kèm theo …)" line.
    std::size_t title_lines = 0;
    while (pos < lines.size() && title_lines < 4 && lines[pos].table < 0) {
      const std::string_view text = lines[pos].text;
      const bool attached_note = text.starts_with("(") && starts_with_folded(text.substr(1), "kem theo") ;
      const bool ban_hanh_note = text.starts_with("(") && starts_with_folded(text.substr(1), "ban hanh kem theo");
      if (!(is_upper_line(text) || attached_note || ban_hanh_note) || classify_line(text).kind != LineKind::Text) break;
      if (!attachment.title.empty()) attachment.title += ' ';
      attachment.title += text;
      ++pos;
      ++title_lines;
    }
    std::size_t next = pos;
    while (next < lines.size() && !(lines[next].table < 0 && classify_line(lines[next].text).kind == LineKind::Appendix))
      ++next;
    parse_body(lines, pos, next, false, attachment.body, document.warnings);
    if (!attachment.heading.empty() || !attachment.title.empty() || !attachment.body.empty())
      document.attachments.push_back(std::move(attachment));
    pos = next;
  }
}

}  // namespace vanthu::structure
