// SPDX-License-Identifier: Apache-2.0
//
// Turning a container's runs into one paragraph of NFC text. Runs that share a font are decoded together, so a
// short run ("Ò") is read with its neighbours' context; the font name is the prior that decides short, ambiguous
// text (".VnTime" → TCVN3), and the bytes decide the rest (§2.9: a font name is a hint, not proof).
#include <algorithm>
#include <string>
#include <vector>

#include "ingest/reader.h"
#include "text/text.h"

namespace vanthu::ingest {
namespace {

constexpr std::size_t kTrustFontBelowBytes = 48;

bool has_visible_text(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return c != ' ' && c != '\t' && c != '\n'; });
}

void note_encoding(text::Encoding encoding, std::vector<std::string>& seen) {
  if (encoding == text::Encoding::Utf8) return;
  std::string name(text::encoding_name(encoding));
  if (std::find(seen.begin(), seen.end(), name) == seen.end()) seen.push_back(std::move(name));
}

// Decodes one group of runs that share font and storage.
std::string decode_group(const std::string& joined, const SourceRun& first, std::vector<std::string>& seen) {
  text::DecodeHint hint;
  hint.font_name = first.font;
  // A short run cannot outvote its font: "Sè: 30/2020/N§-CP" in .VnTime has too few syllables for detection to
  // tell TCVN3 from VPS, and the font settles it. Long runs are decided by their bytes, since a legacy font name
  // also sits on many runs that hold Unicode.
  if (joined.size() < kTrustFontBelowBytes) hint.encoding = text::encoding_for_font(first.font);
  const text::Decoded decoded = first.raw_bytes ? text::decode_text(joined, hint) : text::decode_run(joined, hint);
  for (const text::DecodedSpan& span : decoded.spans) note_encoding(span.encoding, seen);
  note_encoding(decoded.encoding, seen);
  // A capitals-only face (".VnTimeH") shows every letter as a capital, plain ASCII ones too ("Theo" → "THEO").
  const bool ascii = std::all_of(joined.begin(), joined.end(), [](char c) { return (c & 0x80) == 0; });
  if (text::is_uppercase_font(first.font) && (ascii || decoded.encoding != text::Encoding::Utf8))
    return text::to_upper(decoded.text);
  return decoded.text;
}

}  // namespace

DecodedParagraph decode_runs(const std::vector<SourceRun>& runs, std::vector<std::string>& encodings_seen) {
  DecodedParagraph paragraph;
  bool all_bold = true, all_italic = true, any_visible = false;
  std::size_t i = 0;
  while (i < runs.size()) {
    std::size_t j = i;
    std::string joined;
    while (j < runs.size() && runs[j].font == runs[i].font && runs[j].raw_bytes == runs[i].raw_bytes) {
      joined += runs[j].text;
      if (has_visible_text(runs[j].text)) {
        any_visible = true;
        all_bold = all_bold && runs[j].bold;
        all_italic = all_italic && runs[j].italic;
      }
      ++j;
    }
    paragraph.text += decode_group(joined, runs[i], encodings_seen);
    i = j;
  }
  paragraph.bold = any_visible && all_bold;
  paragraph.italic = any_visible && all_italic;
  return paragraph;
}

std::string summarize_encodings(const std::vector<std::string>& encodings_seen) {
  if (encodings_seen.empty()) return "utf-8";
  std::string summary;
  for (const std::string& name : encodings_seen) {
    if (!summary.empty()) summary += '+';
    summary += name;
  }
  return summary;
}

}  // namespace vanthu::ingest
