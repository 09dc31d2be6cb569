// SPDX-License-Identifier: Apache-2.0
//
// The signature block and Nơi nhận. On paper they stand side by side (Nơi nhận left, signature right); flattened
// text interleaves them, so each line is sorted by what it is: "- …" lines are recipients, capital lines are the
// signing capacity and role, a name in title case closes one signer.
#include <algorithm>
#include <array>
#include <string>

#include "structure/parse.h"
#include "text/text.h"

namespace vanthu::structure {
namespace {

constexpr std::array<std::string_view, 8> kCapacityMarks = {"tm.", "kt.", "tl.", "tuq.", "q.", "t/m", "k/t", "t/l"};

// Signing roles (folded) that may stand alone above a name.
constexpr std::array<std::string_view, 38> kRoles = {
    "chu tich", "pho chu tich", "bo truong", "thu truong", "thu tuong", "pho thu tuong", "giam doc",
    "pho giam doc", "tong giam doc", "cuc truong", "pho cuc truong", "vu truong", "chanh an", "vien truong",
    "thong doc", "pho thong doc", "tong kiem toan", "chu nhiem", "truong ban", "pho truong ban", "bi thu",
    "pho bi thu", "thu ky", "chu toa", "chu tri", "hieu truong", "tong cuc truong", "chanh van phong",
    "xac thuc van ban hop nhat", "chu tich quoc hoi", "tong thu ky", "chanh thanh tra", "truong doan",
    "truong phong", "nguoi lap bien ban", "to truong", "nguoi ghi bien ban", "dai dien"};

// "PHÓ THỦ TƯỚNGy]": stray characters the PDF left after a capital line.
std::string_view clean_capitals(std::string_view text) {
  std::string_view cleaned = text;
  while (!cleaned.empty() && ((cleaned.back() >= 'a' && cleaned.back() <= 'z') || cleaned.back() == ']' ||
                              cleaned.back() == '[' || cleaned.back() == ' '))
    cleaned.remove_suffix(1);
  return cleaned.size() + 4 >= text.size() && is_upper_line(cleaned) ? cleaned : text;
}

bool has_letters(std::string_view text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0 || (c & 0x80) != 0; });
}

// Military and academic ranks printed before a signer's name ("Đại tướng Lương Tam Quang") are not the name.
std::string strip_rank(std::string_view name) {
  static constexpr std::array<std::string_view, 14> kRanks = {
      "dai tuong ", "thuong tuong ", "trung tuong ", "thieu tuong ", "dai ta ", "thuong ta ", "trung ta ",
      "thieu ta ", "gs.ts. ", "pgs.ts. ", "gs. ts. ", "pgs. ts. ", "ts. ", "ths. "};
  const std::string folded = fold(name.substr(0, 24));
  for (const std::string_view rank : kRanks) {
    if (!folded.starts_with(rank)) continue;
    const std::size_t words = static_cast<std::size_t>(std::count(rank.begin(), rank.end(), ' '));
    return std::string(trim(name.substr(word_prefix_bytes(name, words))));
  }
  return std::string(trim(name));
}

bool is_capacity_line(std::string_view text) {
  const std::string folded = fold(text.substr(0, 12));
  for (const std::string_view mark : kCapacityMarks) {
    if (folded.starts_with(mark)) return is_upper_line(text);
  }
  return false;
}

bool is_role_line(std::string_view text) {
  if (text.size() > 120) return false;
  std::string folded = fold(text);
  // Typed carelessly in lower case ("thư ký", "chủ trì"), a role is recognised only as the whole line.
  if (!is_upper_line(text)) {
    return std::find(kRoles.begin(), kRoles.end(), std::string_view(folded)) != kRoles.end();
  }
  // Deputies sign as "PHÓ CHÁNH ÁN", "PHÓ VIỆN TRƯỞNG": the same roles.
  if (folded.starts_with("pho ")) folded.erase(0, 4);
  for (const std::string_view role : kRoles) {
    if (folded == role || folded.starts_with(std::string(role) + " ")) return true;
  }
  return false;
}

bool is_signing_note(std::string_view text) {
  // "[daky]", "[chữ ký]": the place-holder a portal leaves for the signature image; "(Ký, ghi rõ họ tên)",
  // "(GVCN lớp 5A)": a note in brackets under a role.
  if ((text.starts_with("[") && text.ends_with("]")) || (text.starts_with("(") && text.ends_with(")"))) return true;
  const std::string folded = fold(text);
  return folded.starts_with("(da ky") || folded.starts_with("(ky") || folded.starts_with("da ky") ||
         folded == "(ky ten)" || folded.starts_with("(ky,");
}

bool is_name_line(std::string_view text) {
  text = clean_capitals(text);
  if (is_role_line(text) || is_capacity_line(text)) return false;
  return looks_like_name(strip_rank(text));
}

bool is_vbhn_line(std::string_view text) { return fold(text).starts_with("xac thuc van ban hop nhat"); }

// "BỘ TÀI CHÍNH" / "Số: 09/VBHN-BTC" / "XÁC THỰC VĂN BẢN HỢP NHẤT", in either order.
bool vbhn_block_follows(const Lines& lines, std::size_t pos) {
  const std::string_view text = lines[pos].text;
  if (!is_upper_line(text) && !starts_with_folded(text, "so")) return false;
  for (std::size_t i = pos + 1, seen = 0; i < lines.size() && seen < 3; ++i) {
    if (is_vbhn_line(lines[i].text)) return true;
    if (has_letters(lines[i].text)) ++seen;  // "." between the number and the heading does not count
  }
  return false;
}

// True when a role or capacity line followed by a person's name lies within a few lines after pos (Nơi nhận and
// the signature stand side by side, so flattened text puts them in either order).
bool signed_name_near(const Lines& lines, std::size_t pos) {
  constexpr std::size_t kWindow = 30;
  bool role_seen = false;
  for (std::size_t i = pos + 1; i < lines.size() && i <= pos + kWindow; ++i) {
    const std::string_view text = clean_capitals(lines[i].text);
    // Provisions after it: the Nơi nhận was a form's, inside the body.
    const LineKind kind = classify_line(text).kind;
    if (kind == LineKind::Article || kind == LineKind::Chapter) return false;
    if (is_capacity_line(text) || is_role_line(text) || is_vbhn_line(text)) role_seen = true;
    else if (role_seen && looks_like_name(strip_rank(text))) return true;
  }
  return false;
}

// True when a "Số: …" line follows within the next three lines.
bool number_follows(const Lines& lines, std::size_t pos) {
  for (std::size_t i = pos + 1; i < lines.size() && i <= pos + 3; ++i) {
    if (lines[i].text.starts_with("Số")) return true;
  }
  return false;
}

// The cells of a table's rows [begin, end), one list of plain lines per column, top to bottom.
std::vector<Lines> table_columns(const Lines& lines, std::size_t begin, std::size_t end) {
  std::vector<Lines> columns;
  for (std::size_t i = begin; i < end; ++i) {
    const auto column = static_cast<std::size_t>(std::max(lines[i].cell, 0));
    if (columns.size() <= column) columns.resize(column + 1);
    ingest::Paragraph line = lines[i];
    line.table = line.row = line.cell = -1;
    columns[column].push_back(std::move(line));
  }
  return columns;
}

}  // namespace

bool starts_signature(const Lines& lines, std::size_t pos) {
  const std::string_view text = clean_capitals(lines[pos].text);
  // "Nơi nhận:" also heads the blank forms printed inside circulars; the real one has a signed name near it.
  if (starts_with_folded(text, "noi nhan")) return signed_name_near(lines, pos);
  // A consolidated text ends with its authentication: "BỘ TÀI CHÍNH" / "XÁC THỰC VĂN BẢN HỢP NHẤT".
  if (is_vbhn_line(text)) return true;
  if (vbhn_block_follows(lines, pos)) return true;
  if (!is_capacity_line(text) && !is_role_line(text)) return false;
  // A role must be followed by a name within a few lines (forms inside appendices have roles without names,
  // but they come after the signature anyway).
  for (std::size_t i = pos + 1; i < lines.size() && i < pos + 7; ++i) {
    const LineKind kind = classify_line(lines[i].text).kind;
    if (kind == LineKind::Article || kind == LineKind::Chapter) break;  // still in the body: a form's role
    if (is_name_line(lines[i].text)) return true;
  }
  return is_capacity_line(text);
}

namespace {

// single_column: the lines are one column of a signature table, so roles stacked above a name are one signer's.
std::size_t parse_signature_lines(const Lines& lines, std::size_t pos, model::Document& document, bool single_column) {
  bool in_recipients = false;
  model::Signer signer;
  std::vector<std::string> capacity_lines;
  bool any_signer = false;
  bool vbhn_issuer_open = false;  // the authenticating body's name may run over two lines
  std::string vbhn_issuer;
  const std::size_t signers_before = document.meta.signers.size();
  while (pos < lines.size()) {
    if (lines[pos].table >= 0 && capacity_lines.empty()) {
      // Signatures side by side in a table (docx, HTML, typed columns): each column is one signer (or Nơi nhận),
      // read top to bottom, column after column.
      const int table = lines[pos].table;
      std::size_t end = pos;
      while (end < lines.size() && lines[end].table == table) ++end;
      std::size_t used = 0;
      for (const Lines& column : table_columns(lines, pos, end))
        used += parse_signature_lines(column, 0, document, /*single_column=*/true);
      if (used == 0) break;  // a table that holds no signature ends the zone
      pos = end;
      any_signer = !document.meta.signers.empty();
      continue;
    }
    const std::string_view text = clean_capitals(lines[pos].text);
    if (!has_letters(text)) {  // "[", "." left between the role and the name
      ++pos;
      continue;
    }
    if (starts_with_folded(text, "noi nhan")) {
      in_recipients = true;
      std::string_view after = text.substr(text.find(':') == std::string_view::npos ? text.size() : text.find(':') + 1);
      if (!trim(after).empty()) document.recipients.emplace_back(trim(after));
      ++pos;
      continue;
    }
    if (in_recipients && (text.starts_with("-") || text.starts_with("+") || text.starts_with("•"))) {
      document.recipients.emplace_back(text);
      ++pos;
      continue;
    }
    // The body that authenticates a consolidated text is its issuer ("BỘ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI"):
    // above the XÁC THỰC heading, or, in one column of an authentication table, above its number ("Số: 4804/…")
    // while the heading stands in the other column.
    const bool authenticating_body =
        is_upper_line(text) && !is_vbhn_line(text) &&
        (vbhn_block_follows(lines, pos) ||
         (single_column && !is_role_line(text) && !is_capacity_line(text) && number_follows(lines, pos)));
    if (authenticating_body) {
      if (vbhn_issuer_open) vbhn_issuer += ' ';
      else vbhn_issuer.clear();
      vbhn_issuer += trim(text);
      vbhn_issuer_open = true;
      ++pos;
      continue;
    }
    vbhn_issuer_open = false;
    if (is_vbhn_line(text)) {
      capacity_lines.emplace_back(text);
      ++pos;
      continue;
    }
    if (starts_with_folded(text, "so") && document.meta.number.empty()) {
      if (const auto number = text::parse_doc_number(text)) {
        document.meta.number = number->text;
        ++pos;
        continue;
      }
    }
    if (document.meta.date.empty() && !capacity_lines.empty() && fold(text).find("ngay") != std::string::npos) {
      const auto dates = text::find_dates(text);
      if (!dates.empty() && (dates[0].kind == text::DateKind::Full || dates[0].kind == text::DateKind::Numeric)) {
        document.meta.date = text::to_iso(dates[0].date);
        document.meta.date_as_written = std::string(trim(text));
        std::string_view place = trim(text.substr(0, dates[0].begin));
        if (place.ends_with(",")) place.remove_suffix(1);
        if (!trim(place).empty() && trim(place).size() < 60) document.meta.place = std::string(trim(place));
        ++pos;
        continue;
      }
    }
    if (is_capacity_line(text) || is_role_line(text)) {
      capacity_lines.emplace_back(text);
      ++pos;
      continue;
    }
    if (is_signing_note(text)) {
      // A note that says who the signer is ("(GVCN lớp 5A)") stays with the role; "(Đã ký)" marks are dropped.
      const std::string folded = fold(text);
      const bool signing_mark = folded.find("ky") != std::string::npos || folded.find("dau") != std::string::npos;
      if (!signing_mark && !capacity_lines.empty() && text.starts_with("(")) {
        capacity_lines.back() += ' ';
        capacity_lines.back() += text;
      }
      ++pos;
      continue;
    }
    // A name in capitals ("NGUYỄN VĂN AN") is a name only when no role follows it: "TÒA ÁN NHÂN DÂN TỐI CAO" above
    // "PHÓ CHÁNH ÁN" belongs to the capacity.
    const bool role_follows = pos + 1 < lines.size() &&
                              (is_role_line(clean_capitals(lines[pos + 1].text)) || is_capacity_line(lines[pos + 1].text));
    if (!capacity_lines.empty() && is_upper_line(text) && role_follows) {
      capacity_lines.emplace_back(text);
      ++pos;
      continue;
    }
    // Roles laid out in a table with the names below it: the names fill the nameless signers left to right.
    if (capacity_lines.empty() && is_name_line(text)) {
      const auto nameless = std::find_if(document.meta.signers.begin() + static_cast<std::ptrdiff_t>(signers_before),
                                         document.meta.signers.end(),
                                         [](const model::Signer& s) { return s.name.empty(); });
      if (nameless != document.meta.signers.end()) {
        nameless->name = strip_rank(text);
        any_signer = true;
        ++pos;
        continue;
      }
    }
    if (!capacity_lines.empty() && is_name_line(text)) {
      const bool side_by_side = !single_column && capacity_lines.size() >= 2 &&
                                std::none_of(capacity_lines.begin(), capacity_lines.end(),
                                             [](const std::string& line) { return is_capacity_line(line); });
      if (side_by_side) {
        // "THƯ KÝ    CHỦ TỌA" over "(Đã ký)" over two names: roles and names pair up left to right.
        signer.role = capacity_lines.front();
        capacity_lines.erase(capacity_lines.begin());
        signer.name = strip_rank(text);
        document.meta.signers.push_back(std::move(signer));
        signer = {};
        any_signer = true;
        ++pos;
        continue;
      }
      // The last capital line is the role; the ones above it, the capacity ("TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG").
      signer.role = capacity_lines.back();
      capacity_lines.pop_back();
      for (const std::string& line : capacity_lines) {
        if (!signer.capacity.empty()) signer.capacity += ' ';
        signer.capacity += line;
      }
      signer.name = strip_rank(text);
      document.meta.signers.push_back(std::move(signer));
      signer = {};
      capacity_lines.clear();
      any_signer = true;
      ++pos;
      continue;
    }
    if (in_recipients && !any_signer && text.size() < 200 && !is_upper_line(text)) {
      // A recipient line without a dash (wrapped, or typed carelessly).
      document.recipients.emplace_back(text);
      ++pos;
      continue;
    }
    break;
  }
  if (!vbhn_issuer.empty()) document.meta.issuer = vbhn_issuer;
  if (!capacity_lines.empty()) {
    // A role without a name (unsigned copy): kept as a signer without a name rather than dropped.
    signer.role = capacity_lines.back();
    capacity_lines.pop_back();
    for (const std::string& line : capacity_lines) {
      if (!signer.capacity.empty()) signer.capacity += ' ';
      signer.capacity += line;
    }
    document.meta.signers.push_back(std::move(signer));
  }
  return pos;
}

}  // namespace

std::size_t parse_signature(const Lines& lines, std::size_t pos, model::Document& document) {
  return parse_signature_lines(lines, pos, document, /*single_column=*/false);
}

}  // namespace vanthu::structure
