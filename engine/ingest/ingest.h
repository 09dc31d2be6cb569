// SPDX-License-Identifier: Apache-2.0
//
// ingest: the bytes of a file as clerks and archives have it → the document's text as paragraphs, in NFC Unicode,
// with the layout facts the structure parser needs (bold, centred, table cells, pages). One reader per format, found
// by content first and by extension second; legacy 8-bit text (TCVN3, VNI, …) is decoded per run with the font as
// a hint. Gazette artefacts (running headers, page numbers, hard line wraps, the e-signature stamp) are removed from
// the text and recorded.
//
// Contracts:
// - Never throws; every failure is a Status whose message names the source and the cause.
// - Bounded: inputs larger than Limits::max_file_bytes are refused; containers (zip) are read with limits on entry
//   count, expanded size and ratio; XML and HTML never load external entities or DTDs.
// - Text is never dropped silently: what a reader cannot place becomes a paragraph plus a warning.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"
#include "model/model.h"

namespace vanthu::ingest {

enum class Format : std::uint8_t { Txt, Html, Docx, Doc, Rtf, Pdf, Akn };

// "txt", "html", "docx", "doc", "rtf", "pdf", "akn" (the inspect --json names).
std::string_view format_name(Format format);

struct Limits {
  std::size_t max_file_bytes = 64u << 20;        // a 2,000-page law is ~5 MB of text
  std::size_t max_zip_entries = 10'000;
  std::size_t max_zip_expanded_bytes = 256u << 20;  // all entries together
  std::size_t max_zip_ratio = 200;               // expanded / compressed, per entry (zip bombs)
  std::size_t max_nesting = 256;                 // HTML/XML element depth kept; deeper content is flattened
  std::size_t max_paragraphs = 2'000'000;            // readers stop (with a warning) past this many
};

// One paragraph as the source laid it out, or one table cell's paragraph.
struct Paragraph {
  std::string text;          // NFC UTF-8, one line: inner line breaks are spaces
  bool bold = false;         // every visible character is bold
  bool italic = false;
  bool centered = false;     // centred or right-aligned in the source (header blocks, titles, signatures)
  int table = -1;            // inside a table: which table of the document (0-based), row and cell; -1 otherwise
  int row = -1;
  int cell = -1;
  int page = 0;              // 1-based page where the reader knows pages (PDF, gazette text); 0 otherwise
};

// The e-signature stamp a gazette PDF carries ("Ký bởi: … Cơ quan: … Ngày ký: …"; "Người ký: … Thời gian ký: …").
using SignatureStamp = model::SignatureStamp;

struct Extracted {
  std::string source;        // the path or name as given
  Format format = Format::Txt;
  std::string encoding;      // "utf-8", "utf-16", "tcvn3", "vni", … ; "tcvn3+vni" when runs differ
  std::string sha256;        // of the source bytes, lower-case hex
  std::size_t byte_size = 0;
  std::vector<Paragraph> paragraphs;
  std::vector<SignatureStamp> stamps;      // gazette e-signature stamps, in order
  std::vector<std::string> running_headers;  // distinct gazette running headers removed ("CÔNG BÁO/Số 252/…")
  std::vector<std::string> footnotes;        // page-foot notes taken out of the flow, in order ("1 Thông tư số …")
  std::size_t page_count = 0;             // 0 when unknown
  std::optional<model::Document> akn;     // set when the source is Akoma Ntoso: the document as read
  std::vector<std::string> warnings;      // each names what was wrong and where
};

// Reads a file. NotFound/IoError for the file system, InvalidArgument for empty or garbage input, Unsupported for
// formats we do not read (.xls, .ppt, image-only PDFs); messages start with the path.
Result<Extracted> read_file(const std::filesystem::path& path, const Limits& limits = {});

// Reads bytes that came from name (a path or an upload's file name, used for messages and as the extension hint).
Result<Extracted> read_bytes(std::string_view name, std::string_view bytes, const Limits& limits = {});

// The format bytes are in, by content (magic numbers, markup), with name's extension deciding only between
// formats the content cannot tell apart. nullopt when no reader takes them.
std::optional<Format> detect_format(std::string_view name, std::string_view bytes);

// SHA-256 of bytes as lower-case hex (for content addressing).
std::string sha256_hex(std::string_view bytes);

}  // namespace vanthu::ingest
