// SPDX-License-Identifier: Apache-2.0
//
// build(): header → (minutes | preamble → provisions → signature → appendices). Each stage reads from where the
// previous one stopped; whatever no stage claims stays as paragraphs in place.
#include <string>

#include "base/base.h"
#include "structure/parse.h"
#include "structure/structure.h"
#include "text/text.h"

namespace vanthu::structure {
namespace {

model::DocumentKind kind_for(const std::string& type, const std::string& number) {
  const std::string folded = fold(type);
  if (folded == "bien ban") return model::DocumentKind::Debate;
  if (folded == "luat" || folded == "bo luat" || folded == "phap lenh" || folded == "nghi dinh" ||
      folded == "thong tu" || folded == "thong tu lien tich" || folded == "van ban hop nhat" || folded == "hien phap")
    return model::DocumentKind::Act;
  // Nghị quyết and Quyết định are normative when they carry a year in their number (Law on legal normative
  // documents: "12/2022/NQ-HĐND"); individual ones ("123/QĐ-UBND") are statements.
  if (folded == "nghi quyet" || folded == "quyet dinh") {
    const auto parsed = text::parse_doc_number(number);
    if (parsed && parsed->normative) return model::DocumentKind::Act;
    return model::DocumentKind::Statement;
  }
  if (folded == "chi thi" || folded == "thong bao" || folded == "ket luan") return model::DocumentKind::Statement;
  return model::DocumentKind::Doc;
}

// Laws carry no place-and-date line: the date is in "… thông qua ngày 29 tháng 6 năm 2024".
void date_from_passing(const Lines& lines, model::Document& document) {
  if (!document.meta.date.empty()) return;
  for (std::size_t i = lines.size(); i-- > 0;) {
    const std::string& text = lines[i].text;
    const auto at = text.find("thông qua ngày");
    if (at == std::string::npos) continue;
    if (const auto date = text::parse_date(std::string_view(text).substr(at))) {
      if (date->day != 0) {
        document.meta.date = text::to_iso(*date);
        return;
      }
    }
  }
}

void copy_provenance(const ingest::Extracted& extracted, model::Document& document) {
  model::Metadata& meta = document.meta;
  const auto slash = extracted.source.find_last_of("/\\");
  meta.source_name = slash == std::string::npos ? extracted.source : extracted.source.substr(slash + 1);
  meta.source_format = std::string(ingest::format_name(extracted.format));
  meta.source_encoding = extracted.encoding;
  meta.source_sha256 = extracted.sha256;
  meta.stamps = extracted.stamps;
  meta.running_headers = extracted.running_headers;
  document.notes = extracted.footnotes;
  for (const std::string& warning : extracted.warnings) document.warnings.push_back(warning);
}

// Text in an act that sits outside every provision is kept where it stood, and said so: it is what the parser did
// not recognise (a heading in an unusual form, a table flattened into lines, a note).
void warn_about_loose_text(model::Document& document, const std::string& source) {
  if (document.meta.kind != model::DocumentKind::Act) return;
  std::size_t loose = 0;
  const model::Node* first = nullptr;
  bool any_provision = false;
  for (const model::Node& node : document.body) {
    if (model::is_hierarchy(node.kind)) {
      any_provision = true;
    } else if (node.kind == model::NodeKind::Paragraph) {
      ++loose;
      if (first == nullptr) first = &node;
    }
  }
  if (loose == 0 || !any_provision) return;
  document.warnings.push_back(source + ": " + std::to_string(loose) +
                              " paragraph(s) outside any provision kept as plain text, the first: “" +
                              std::string(utf8_truncate(first->text, 80)) + "”");
}

}  // namespace

model::Document build(const ingest::Extracted& extracted) {
  model::Document document;
  if (extracted.akn) {
    document = *extracted.akn;
    return document;
  }
  const Lines& lines = extracted.paragraphs;
  std::size_t pos = parse_header(lines, document);
  document.meta.kind = kind_for(document.meta.type, document.meta.number);
  if (document.meta.kind == model::DocumentKind::Debate) {
    parse_minutes(lines, pos, document);
  } else {
    pos = parse_preamble(lines, pos, document);
    pos = parse_body(lines, pos, lines.size(), /*stop_at_signature=*/true, document.body, document.warnings);
    pos = parse_signature(lines, pos, document);
    // A consolidated text's number is known only now (its authentication block closes the text).
    if (const auto number = text::parse_doc_number(document.meta.number);
        number && fold(number->type_code) == "vbhn") {
      document.meta.type = "Văn bản hợp nhất";
      document.meta.kind = model::DocumentKind::Act;
    }
    if (pos < lines.size()) parse_attachments(lines, pos, document);
    // A law's closing sentence ("Luật này đã được Quốc hội … thông qua ngày …") stays in its last article and
    // gives the date the header lacks.
    date_from_passing(lines, document);
  }
  warn_about_loose_text(document, extracted.source);
  if (document.body.empty() && document.meta.kind != model::DocumentKind::Debate)
    document.warnings.push_back(extracted.source + ": no provisions or paragraphs found after the header");
  if (document.meta.type.empty()) document.warnings.push_back(extracted.source + ": the document type was not found");
  copy_provenance(extracted, document);
  return document;
}

}  // namespace vanthu::structure
