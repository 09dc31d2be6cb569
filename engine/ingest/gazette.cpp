// SPDX-License-Identifier: Apache-2.0
//
// Artefacts of the Official Gazette's PDFs that are not the document: running headers ("CÔNG BÁO/Số 851 +
// 852/Ngày 01-7-2025"), the page numbers printed beside them, and the e-signature stamp blocks ("Ký bởi: …",
// "Người ký: … Email: … Cơ quan: … Thời gian ký: …"). They are taken out of the text and kept as records, so the
// document reads as one flow and the gazette facts stay with it.
#include <algorithm>
#include <array>
#include <string>

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

}  // namespace

void remove_gazette_artefacts(Extracted& out) {
  std::vector<Paragraph>& paragraphs = out.paragraphs;
  std::vector<bool> drop(paragraphs.size(), false);
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    const std::string& line = paragraphs[i].text;
    if (is_running_header(line)) {
      drop[i] = true;
      if (std::find(out.running_headers.begin(), out.running_headers.end(), line) == out.running_headers.end())
        out.running_headers.push_back(line);
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
  std::size_t kept = 0;
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    if (drop[i]) continue;
    if (kept != i) paragraphs[kept] = std::move(paragraphs[i]);  // never self-move: it empties the string
    ++kept;
  }
  paragraphs.resize(kept);
}

}  // namespace vanthu::ingest
