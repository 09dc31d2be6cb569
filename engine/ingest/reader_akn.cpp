// SPDX-License-Identifier: Apache-2.0
//
// Akoma Ntoso in: the document is read by engine/model (round trip); its text is also laid out as paragraphs so
// every consumer of Extracted sees text.
#include "ingest/reader.h"

namespace vanthu::ingest {
namespace {

void collect_text(const std::vector<model::Node>& nodes, Extracted& out) {
  for (const model::Node& node : nodes) {
    std::string line = node.num;
    for (const std::string* piece : {&node.heading, &node.text}) {
      if (piece->empty()) continue;
      if (!line.empty()) line += ' ';
      line += *piece;
    }
    if (!line.empty()) add_paragraph(out, Paragraph{line});
    collect_text(node.children, out);
  }
}

}  // namespace

Status read_akn(const ReaderInput& input, Extracted& out) {
  Result<model::Document> document = model::from_akn(input.name, input.bytes);
  if (!document.is_ok()) return document.status();
  out.encoding = "utf-8";
  const model::Document& doc = document.value();
  for (const std::string* line : {&doc.meta.issuer, &doc.meta.number, &doc.meta.type_as_written, &doc.meta.title}) {
    if (!line->empty()) add_paragraph(out, Paragraph{*line});
  }
  for (const std::string& citation : doc.citations) add_paragraph(out, Paragraph{citation});
  collect_text(doc.body, out);
  for (const model::Attachment& attachment : doc.attachments) collect_text(attachment.body, out);
  out.akn = std::move(document).value();
  return Status::ok();
}

}  // namespace vanthu::ingest
