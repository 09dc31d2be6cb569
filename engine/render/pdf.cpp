// SPDX-License-Identifier: Apache-2.0
//
// The print-ready PDF, laid out as Decree 30/2020/NĐ-CP Annex I prescribes: the two-column header (issuing body and
// Số/ký hiệu left; Quốc hiệu and Tiêu ngữ right, each with its rule; place and date under them), type and trích yếu
// centred, the body justified with first-line indents, the signature block and Nơi nhận. Minutes follow the same
// header with their signatures side by side (thư ký, chủ tọa).
#include <algorithm>
#include <string>
#include <vector>

#include "render/pdf_canvas.h"
#include "render/render.h"

namespace vanthu::render {
namespace {

using model::Node;
using model::NodeKind;

// Decree 30/2020 Annex I sizes.
constexpr double kHeaderSize = 12.5;     // Quốc hiệu, issuing body
constexpr double kTitleSize = 14;        // type and trích yếu
constexpr double kRecipientsSize = 11;   // Nơi nhận items ("Nơi nhận:" itself 12)
constexpr double kLeftShare = 0.42;      // of the body width: issuing body, Nơi nhận
constexpr double kGutter = 8;            // pt between the header's columns
constexpr double kSignatureRoom = 60;    // pt between the signer's role and name

Style centred(double size, bool bold, bool italic = false) {
  Style style;
  style.size = size;
  style.bold = bold;
  style.italic = italic;
  style.align = Align::Centre;
  style.space_after = 0;
  style.line_spacing = 1.0;
  return style;
}

Style body(double first_indent = kFirstLineIndent) {
  Style style;
  style.first_indent = first_indent;
  return style;
}

bool has_lowercase(const std::string& text) {
  // Vietnamese upper-case lines ("QUYẾT ĐỊNH:") carry no ASCII lower-case letter; good enough for a layout choice.
  return std::any_of(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

std::string joined(const std::string& num, const std::string& rest) {
  if (num.empty()) return rest;
  if (rest.empty()) return num;
  return num + " " + rest;
}

class Writer {
public:
  explicit Writer(const model::Document& document) : m_doc(document) {}

  Result<Pdf> write(const PdfOptions& options) {
    const model::Metadata& meta = m_doc.meta;
    std::string keywords = meta.type;
    for (const std::string* extra : {&meta.number, &meta.issuer, &options.keywords}) {
      if (extra->empty()) continue;
      if (!keywords.empty()) keywords += ", ";
      keywords += *extra;
    }
    std::string title = joined(meta.type, meta.number.empty() ? std::string() : "số " + meta.number);
    if (!meta.title.empty()) title += (title.empty() ? "" : ": ") + meta.title;
    m_canvas.set_metadata(title, meta.issuer, meta.title, keywords);

    m_canvas.set_place("phần đầu");
    header();
    preamble();
    for (const Node& node : m_doc.body) provision(node, 0);
    m_canvas.set_place("phần cuối");
    for (const Node& node : m_doc.closing) provision(node, 0);
    conclusions();
    for (const model::Attachment& attachment : m_doc.attachments) appendix(attachment);
    notes();

    Pdf pdf;
    pdf.warnings = m_canvas.warnings();
    pdf.pages = m_canvas.pages();
    Result<std::string> bytes = m_canvas.finish();
    if (!bytes.is_ok()) return bytes.status();
    pdf.bytes = std::move(bytes).value();
    return pdf;
  }

private:
  void header() {
    const model::Metadata& meta = m_doc.meta;
    const double left_width = kBodyWidth * kLeftShare;
    Canvas::Column authority{0, left_width - kGutter, {}, {}};
    if (!meta.issuer_parent.empty()) authority.blocks.push_back({{Run{meta.issuer_parent}}, centred(kHeaderSize, false)});
    if (!meta.issuer.empty()) {
      authority.blocks.push_back({{Run{meta.issuer}}, centred(kHeaderSize, true)});
      authority.rules.resize(authority.blocks.size(), 0);
      authority.rules.back() = (left_width - kGutter) / 3;
    }
    if (!meta.number.empty()) {
      Style number = centred(13, false);
      number.space_after = 4;
      authority.blocks.push_back({{Run{"Số: " + meta.number}}, number});
    }
    Canvas::Column nation{left_width, kBodyWidth - left_width, {}, {}};
    for (std::size_t i = 0; i < meta.motto.size(); ++i)
      nation.blocks.push_back({{Run{meta.motto[i]}}, centred(i == 0 ? kHeaderSize : 13.5, true)});
    if (!meta.motto.empty()) {
      nation.rules.resize(nation.blocks.size(), 0);
      nation.rules.back() = (kBodyWidth - left_width) * 0.55;
    }
    if (!meta.date_as_written.empty()) {
      Style date = centred(13.5, false, true);
      nation.blocks.push_back({{Run{meta.date_as_written}}, date});
    }
    m_canvas.columns({authority, nation});
    m_canvas.space(14);

    const std::string& type = meta.type_as_written.empty() ? meta.type : meta.type_as_written;
    if (!type.empty()) m_canvas.block(type, centred(kTitleSize, true));
    if (!meta.title.empty()) m_canvas.block(meta.title, centred(kTitleSize, true));
    if (!type.empty() || !meta.title.empty()) {
      m_canvas.space(4);
      m_canvas.rule(60);
    }
    m_canvas.space(12);
    for (const Node& node : m_doc.preface) provision(node, 0);
  }

  void preamble() {
    Style italic = body();
    italic.italic = true;
    for (const std::string& citation : m_doc.citations) m_canvas.block(citation, italic);
    for (const std::string& line : m_doc.formula) {
      if (has_lowercase(line)) m_canvas.block(line, italic);
      else m_canvas.block(line, centred(kTitleSize, true));  // "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"
    }
    if (!m_doc.citations.empty() || !m_doc.formula.empty()) m_canvas.space(4);
  }

  // One provision and its children. outline: the bookmark that contains it (0: top level).
  void provision(const Node& node, int outline) {
    switch (node.kind) {
      case NodeKind::Part:
      case NodeKind::Chapter:
      case NodeKind::Section:
      case NodeKind::Subsection: {
        m_canvas.keep(70);
        m_canvas.space(6);
        const int mark = m_canvas.bookmark(joined(node.num, node.heading), outline);
        if (!node.num.empty()) m_canvas.block(node.num, centred(13, true));
        if (!node.heading.empty()) m_canvas.block(node.heading, centred(13, true));
        m_canvas.space(kParagraphSpacing);
        if (!node.text.empty()) m_canvas.block(node.text, body());
        children(node, mark);
        return;
      }
      case NodeKind::Article: {
        m_canvas.set_place(node.num.empty() ? std::string("Điều") : trimmed_num(node.num));
        m_canvas.keep(50);
        m_canvas.bookmark(joined(node.num, node.heading), outline);
        std::vector<Run> runs{Run{node.num, true}};
        if (!node.heading.empty()) runs.push_back(Run{(node.num.empty() ? "" : " ") + node.heading, true});
        m_canvas.block(runs, body());
        if (!node.text.empty()) m_canvas.block(node.text, body());
        children(node, outline);
        return;
      }
      case NodeKind::DebateSection: {
        m_canvas.keep(50);
        const std::string caption = joined(node.num, node.heading);
        const int mark = caption.empty() ? outline : m_canvas.bookmark(caption, outline);
        if (!caption.empty()) m_canvas.block({Run{caption, true}}, body());
        if (!node.text.empty()) m_canvas.block(node.text, body());
        children(node, mark);
        return;
      }
      case NodeKind::Speech: {
        std::string speaker = node.by;
        if (!node.role.empty()) speaker += (speaker.empty() ? "" : " – ") + node.role;
        std::vector<Run> runs;
        if (!speaker.empty()) runs.push_back(Run{speaker + ": ", true});
        runs.push_back(Run{node.text});
        if (!speaker.empty() || !node.text.empty()) m_canvas.block(runs, body());
        children(node, outline);
        return;
      }
      case NodeKind::Heading:
        m_canvas.keep(40);
        m_canvas.block(joined(node.num, node.text.empty() ? node.heading : node.text), centred(13, true));
        m_canvas.space(kParagraphSpacing);
        return;
      case NodeKind::Table:
        table(node);
        return;
      case NodeKind::Row:
      case NodeKind::Cell:
      case NodeKind::Quoted:
        children(node, outline);
        return;
      case NodeKind::Clause:
      case NodeKind::Point:
      case NodeKind::Indent:
      case NodeKind::Paragraph: {
        std::vector<Run> runs;
        if (!node.num.empty()) runs.push_back(Run{node.num + " "});
        if (!node.heading.empty()) runs.push_back(Run{node.heading + " ", true});
        if (!node.text.empty()) runs.push_back(Run{node.text});
        if (!runs.empty()) m_canvas.block(runs, body());
        children(node, outline);
        return;
      }
    }
  }

  void children(const Node& node, int outline) {
    for (const Node& child : node.children) provision(child, outline);
  }

  static std::string trimmed_num(std::string num) {
    while (!num.empty() && (num.back() == '.' || num.back() == ' ')) num.pop_back();
    return num;
  }

  // Column widths follow the longest text in each column, within a quarter and four times the even share.
  void table(const Node& node) {
    std::vector<std::vector<std::string>> rows;
    std::size_t columns = 0;
    for (const Node& row : node.children) {
      std::vector<std::string> cells;
      for (const Node& cell : row.children) cells.push_back(cell_text(cell));
      columns = std::max(columns, cells.size());
      rows.push_back(std::move(cells));
    }
    if (columns == 0) return;
    std::vector<double> weight(columns, 1.0);
    for (const auto& row : rows)
      for (std::size_t c = 0; c < row.size(); ++c) weight[c] = std::max(weight[c], std::min(60.0, static_cast<double>(row[c].size())));
    double total = 0;
    for (double w : weight) total += w;
    const double even = kBodyWidth / static_cast<double>(columns);
    std::vector<double> widths;
    double sum = 0;
    for (double w : weight) {
      widths.push_back(std::clamp(kBodyWidth * w / total, even / 4, even * 4));
      sum += widths.back();
    }
    for (double& w : widths) w *= kBodyWidth / sum;
    m_canvas.table(rows, widths, columns > 6 ? 10 : 11.5);
  }

  static std::string cell_text(const Node& cell) {
    std::string text = joined(cell.num, cell.text);
    for (const Node& child : cell.children) {
      const std::string inner = cell_text(child);
      if (inner.empty()) continue;
      if (!text.empty()) text += '\n';
      text += inner;
    }
    return text;
  }

  // Signatures right and Nơi nhận left; several signers (a joint circular, minutes) two by two, Nơi nhận below.
  void conclusions() {
    const auto& signers = m_doc.meta.signers;
    m_canvas.set_place("chữ ký và nơi nhận");
    if (signers.empty() && m_doc.recipients.empty()) return;
    m_canvas.space(10);
    const double left_width = kBodyWidth * kLeftShare;
    if (signers.size() <= 1) {
      Canvas::Column recipients = recipients_column(0, left_width);
      Canvas::Column signature = signer_column(signers.empty() ? model::Signer{} : signers.front(), left_width,
                                               kBodyWidth - left_width);
      m_canvas.columns({recipients, signature});
      return;
    }
    for (std::size_t i = 0; i < signers.size(); i += 2) {
      std::vector<Canvas::Column> pair{signer_column(signers[i], 0, kBodyWidth / 2)};
      if (i + 1 < signers.size()) pair.push_back(signer_column(signers[i + 1], kBodyWidth / 2, kBodyWidth / 2));
      m_canvas.columns(pair);
      m_canvas.space(10);
    }
    if (!m_doc.recipients.empty()) m_canvas.columns({recipients_column(0, left_width)});
  }

  Canvas::Column recipients_column(double x, double width) const {
    Canvas::Column column{x, width, {}, {}};
    if (m_doc.recipients.empty()) return column;
    Style heading;
    heading.size = 12;
    heading.bold = heading.italic = true;
    heading.align = Align::Left;
    heading.space_after = 0;
    column.blocks.push_back({{Run{"Nơi nhận:"}}, heading});
    Style item;
    item.size = kRecipientsSize;
    item.align = Align::Left;
    item.space_after = 0;
    item.line_spacing = 1.0;
    for (const std::string& recipient : m_doc.recipients) column.blocks.push_back({{Run{recipient}}, item});
    return column;
  }

  static Canvas::Column signer_column(const model::Signer& signer, double x, double width) {
    Canvas::Column column{x, width, {}, {}};
    if (!signer.capacity.empty()) column.blocks.push_back({{Run{signer.capacity}}, centred(13, true)});
    if (!signer.role.empty()) column.blocks.push_back({{Run{signer.role}}, centred(13, true)});
    // Room for the signature and the seal below the role.
    if (!column.blocks.empty()) column.blocks.back().second.space_after = kSignatureRoom;
    if (!signer.name.empty()) column.blocks.push_back({{Run{signer.name}}, centred(13, true)});
    return column;
  }

  void appendix(const model::Attachment& attachment) {
    m_canvas.keep(1e9);  // every appendix starts a page
    const std::string heading = attachment.heading.empty() ? std::string("Phụ lục") : attachment.heading;
    m_canvas.set_place(heading);
    m_canvas.bookmark(joined(heading, attachment.title), 0);
    m_canvas.block(heading, centred(kTitleSize, true));
    if (!attachment.title.empty()) m_canvas.block(attachment.title, centred(13, false, true));
    m_canvas.space(12);
    for (const Node& node : attachment.body) provision(node, 0);
  }

  void notes() {
    if (m_doc.notes.empty()) return;
    m_canvas.set_place("ghi chú");
    m_canvas.space(12);
    m_canvas.rule(80, 40);
    m_canvas.space(4);
    Style note;
    note.size = 11;
    note.align = Align::Left;
    note.space_after = 2;
    for (std::size_t i = 0; i < m_doc.notes.size(); ++i) m_canvas.block(std::to_string(i + 1) + ". " + m_doc.notes[i], note);
  }

  const model::Document& m_doc;
  Canvas m_canvas;
};

}  // namespace

Result<Pdf> pdf(const model::Document& document, const PdfOptions& options) {
  Writer writer(document);
  return writer.write(options);
}

}  // namespace vanthu::render
