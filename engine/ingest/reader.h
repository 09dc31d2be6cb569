// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/ingest: what every reader implements, and the helpers readers share. A reader turns the bytes
// of one format into Extracted::paragraphs (plus warnings, page count, encoding); ingest.cpp then runs the shared
// clean-up (gazette artefacts, hard wraps) and fills source, sha256 and byte_size.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"
#include "ingest/ingest.h"

namespace vanthu::ingest {

struct ReaderInput {
  std::string_view name;    // for messages: every error and warning starts with it
  std::string_view bytes;
  const Limits& limits;
};

// Fills out (format is already set). Returns an error only when nothing usable could be read; partial damage is a
// warning in out.warnings and a best-effort document.
using ReadFunction = Status (*)(const ReaderInput& input, Extracted& out);

// The readers (reader_*.cpp), listed in one table in registry.cpp.
Status read_txt(const ReaderInput& input, Extracted& out);
Status read_html(const ReaderInput& input, Extracted& out);
Status read_docx(const ReaderInput& input, Extracted& out);
Status read_doc(const ReaderInput& input, Extracted& out);
Status read_rtf(const ReaderInput& input, Extracted& out);
Status read_pdf(const ReaderInput& input, Extracted& out);
Status read_akn(const ReaderInput& input, Extracted& out);

// The reader of a format (registry.cpp).
ReadFunction reader_for(Format format);

// Shared clean-up after every reader (gazette.cpp, wraps.cpp): running headers, page numbers and e-signature stamps
// out of the text and into Extracted's records; hard-wrapped lines re-joined when the text shows hard wrapping.
void remove_gazette_artefacts(Extracted& out);
void rejoin_hard_wraps(Extracted& out);

// A run of text as a structured container holds it, before legacy decoding: either raw 8-bit bytes (RTF \'hh,
// .doc compressed pieces) or text the container already calls Unicode (docx w:t, .doc UTF-16 pieces) that may be
// legacy bytes in CP1252 view. font is the run's font name ("" when unknown).
struct SourceRun {
  std::string text;
  std::string font;
  bool raw_bytes = false;   // text holds 8-bit bytes of unknown encoding, not UTF-8
  bool bold = false;
  bool italic = false;
};

// Decodes runs into one NFC paragraph text, legacy runs decoded with their font as the hint; records each legacy
// encoding seen in encodings_seen ("tcvn3", "vni", …; no duplicates). Bold/italic of the result are set when every
// non-space character came from bold/italic runs.
struct DecodedParagraph {
  std::string text;
  bool bold = false;
  bool italic = false;
};
DecodedParagraph decode_runs(const std::vector<SourceRun>& runs, std::vector<std::string>& encodings_seen);

// "tcvn3", "tcvn3+vni", or "utf-8" when no legacy run was seen.
std::string summarize_encodings(const std::vector<std::string>& encodings_seen);

// Records a page header or footer once (white space collapsed; page numbers, having no letter, are not kept).
void record_running_header(Extracted& out, std::string_view text);

// Appends a paragraph, splitting text at line breaks into several paragraphs of the same layout; collapses runs of
// white space; drops paragraphs that are empty after trimming.
void add_paragraph(Extracted& out, Paragraph paragraph);

}  // namespace vanthu::ingest
