// SPDX-License-Identifier: Apache-2.0
//
// Artefacts of the Official Gazette's PDFs that are not the document: running headers ("CÔNG BÁO/Số 851 +
// 852/Ngày 01-7-2025"), the page numbers printed beside them, and the e-signature stamp blocks ("Ký bởi: …",
// "Người ký: … Email: … Cơ quan: … Thời gian ký: …"). They are taken out of the text and kept as records, so the
// document reads as one flow and the gazette facts stay with it.
#include <algorithm>
#include <array>
#include <string>

#include "base/base.h"
#include "ingest/reader.h"

namespace vanthu::ingest {
namespace {

bool is_running_header(std::string_view line) {
  // "CÔNG BÁO/Số 252/Ngày 27-04-2026", "CÔNG BÁO/ Số 1523 + 1524/Ngày 29-12-2024".
  return line.size() < 80 && line.starts_with("CÔNG BÁO/") && line.find("/Ngày ") != std::string_view::npos;
}

bool is_page_number(std::string_view line) {
  return !line.empty() && line.size() <= 4 &&
         std::all_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; });
}

struct StampKey {
  std::string_view prefix;
  int field;  // 0 signer, 1 organization, 2 time, -1 kept only as part of the block
};

constexpr std::array<StampKey, 7> kStampKeys = {{
    {"Ký bởi:", 0}, {"Người ký:", 0}, {"Cơ quan:", 1}, {"Email:", -1},
    {"Ngày ký:", 2}, {"Thời gian ký:", 2}, {"Tổ chức:", 1},
}};

const StampKey* stamp_key(std::string_view line) {
  for (const StampKey& key : kStampKeys) {
    if (line.starts_with(key.prefix)) return &key;
  }
  return nullptr;
}

std::string value_after(std::string_view line, std::string_view prefix) {
  std::string_view value = line.substr(prefix.size());
  while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  return std::string(value);
}

// A stamp block starts with its signer line and has a time line within the next few lines.
std::size_t stamp_block_length(const std::vector<Paragraph>& paragraphs, std::size_t start) {
  const StampKey* first = stamp_key(paragraphs[start].text);
  if (first == nullptr || first->field != 0) return 0;
  std::size_t end = start + 1;
  bool has_time = false;
  while (end < paragraphs.size() && end < start + 5) {
    const StampKey* key = stamp_key(paragraphs[end].text);
    if (key == nullptr || key->field == 0) break;
    has_time = has_time || key->field == 2;
    ++end;
  }
  return has_time ? end - start : 0;
}

// "12 Điều này được sửa đổi …": a footnote numbered expected, its number then a space then a capital.
bool starts_footnote(std::string_view line, int expected) {
  const std::string number = std::to_string(expected);
  if (!line.starts_with(number) || line.size() < number.size() + 3 || line[number.size()] != ' ') return false;
  const std::string_view rest = line.substr(number.size() + 1);
  const auto first = static_cast<unsigned char>(rest[0]);
  if (first >= 'A' && first <= 'Z') return true;
  if (first == 0xC3 || first == 0xC4 || first == 0xC6 || first == 0xE1) {
    // Vietnamese capitals outside ASCII ("Điều", "Ủy"): compare with the lower-case bytes.
    std::size_t pos = 0;
    const char32_t cp = utf8_next(rest, pos);
    return (cp >= 0xC0 && cp <= 0xDE) || cp == 0x110 || cp == 0x1AF || cp == 0x1A0 ||
           (cp >= 0x1EA0 && cp <= 0x1EF9 && cp % 2 == 0);
  }
  return false;
}

bool ends_sentence_or_quote(std::string_view line) {
  while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
  if (line.empty()) return true;
  const char last = line.back();
  return last == '.' || last == ';' || last == ':' || line.ends_with("”") || line.ends_with("\"") ||
         (last >= '0' && last <= '9');
}

// True when a word between begin and end carries the note number glued to it: "động2", "NGHỊ ĐỊNH1", "hội1.".
bool has_glued_mark(const std::vector<Paragraph>& paragraphs, std::size_t begin, std::size_t end, int number) {
  const std::string mark = std::to_string(number);
  for (std::size_t i = begin; i < end; ++i) {
    const std::string& text = paragraphs[i].text;
    for (std::size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at + 1)) {
      if (at == 0) continue;
      const auto before = static_cast<unsigned char>(text[at - 1]);
      const std::size_t after = at + mark.size();
      const bool letter_before = (before >= 'a' && before <= 'z') || (before >= 'A' && before <= 'Z') || before >= 0x80;
      const bool digit_after = after < text.size() && text[after] >= '0' && text[after] <= '9';
      if (letter_before && !digit_after) return true;
    }
  }
  return false;
}

// Footnotes of a gazette page sit between its last body line and the next running header. They are found by
// their running numbers (1, 2, 3 … through the document), which body text never follows, and moved out of the
// flow so a quoted footnote cannot swallow the articles around it.
void move_footnotes(Extracted& out, std::vector<bool>& drop) {
  std::vector<Paragraph>& paragraphs = out.paragraphs;
  int expected = 1;
  std::size_t page_start = 0;
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    if (is_running_header(paragraphs[i].text)) {
      page_start = i + 1;
      continue;
    }
    if (drop[i] || i < page_start + 2 || !starts_footnote(paragraphs[i].text, expected)) continue;
    // A wrapped sentence can also put "1 Điều này …" at a line start ("… tại khoản" / "1 Điều này …"): a real
    // note follows a finished sentence, or its mark stands glued to a word earlier on the page ("lao động1").
    if (!ends_sentence_or_quote(paragraphs[i - 1].text) && !has_glued_mark(paragraphs, page_start, i, expected)) continue;
    // The note runs to the page's end: the next running header, a stamp or the end of the text.
    std::size_t end = i;
    while (end < paragraphs.size() && !is_running_header(paragraphs[end].text) && !drop[end]) ++end;
    if (end == paragraphs.size() || end - i > 80) continue;  // not at a page foot: body text after all
    for (std::size_t j = i; j < end; ++j) {
      if (starts_footnote(paragraphs[j].text, expected)) {
        out.footnotes.push_back(paragraphs[j].text);
        ++expected;
      } else if (!(is_page_number(paragraphs[j].text) && j + 1 == end)) {
        out.footnotes.back() += ' ';
        out.footnotes.back() += paragraphs[j].text;
      }
      if (!is_page_number(paragraphs[j].text)) drop[j] = true;
    }
    i = end - 1;
  }
}

}  // namespace

void remove_gazette_artefacts(Extracted& out) {
  std::vector<Paragraph>& paragraphs = out.paragraphs;
  std::vector<bool> drop(paragraphs.size(), false);
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    const std::string& line = paragraphs[i].text;
    if (is_running_header(line)) {
      drop[i] = true;
      record_running_header(out, line);
      // The page number sits just above or just below the header.
      if (i > 0 && is_page_number(paragraphs[i - 1].text)) drop[i - 1] = true;
      if (i + 1 < paragraphs.size() && is_page_number(paragraphs[i + 1].text)) drop[i + 1] = true;
      continue;
    }
    if (const std::size_t length = stamp_block_length(paragraphs, i); length > 0) {
      SignatureStamp stamp;
      for (std::size_t j = i; j < i + length; ++j) {
        const StampKey* key = stamp_key(paragraphs[j].text);
        const std::string value = value_after(paragraphs[j].text, key->prefix);
        if (key->field == 0) stamp.signer = value;
        else if (key->field == 1) stamp.organization = value;
        else if (key->field == 2) stamp.time = value;
        drop[j] = true;
      }
      out.stamps.push_back(std::move(stamp));
      i += length - 1;
    }
  }
  if (!out.running_headers.empty()) move_footnotes(out, drop);
  std::size_t kept = 0;
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    if (drop[i]) continue;
    if (kept != i) paragraphs[kept] = std::move(paragraphs[i]);  // never self-move: it empties the string
    ++kept;
  }
  paragraphs.resize(kept);
}

}  // namespace vanthu::ingest
