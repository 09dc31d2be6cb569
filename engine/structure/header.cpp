// SPDX-License-Identifier: Apache-2.0
//
// The header block of Decree 30/2020: issuing body (with its parent above it) and Số/ký hiệu on the left, Quốc hiệu
// and Tiêu ngữ and the place-and-date line on the right, then the type name and the trích yếu. PDF text flattens the
// two columns in any order and sometimes onto one line ("CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), so each
// line is cut at the motto phrases and every piece is read for what it is, not for where it stands.
#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <utility>
#include <string>

#include "base/base.h"
#include "structure/parse.h"
#include "text/text.h"

namespace vanthu::structure {
namespace {

constexpr std::array<std::string_view, 4> kMottoPhrases = {
    "cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc", "dang cong san viet nam",
    "doc lap tu do hanh phuc"};

// Words that open the name of a body; a header line that starts otherwise continues the line above it
// ("ỦY BAN NHÂN DÂN" / "TỈNH ĐỒNG NAI" is one body; "BỘ TÀI CHÍNH" / "TỔNG CỤC THUẾ" are two).
constexpr std::array<std::string_view, 40> kBodyWords = {
    "bo ", "tong cuc", "cuc ", "uy ban", "uy ban", "ubnd", "hoi dong", "so ", "phong ", "ban ", "vu ", "vien ",
    "truong ", "cong ty", "dang bo", "chi bo", "dang uy", "quoc hoi", "chinh phu", "ngan hang", "kiem toan",
    "toa an", "van phong", "doan ", "thanh tra", "tong lien doan", "lien doan", "cong doan", "hoi ", "trung tam",
    "tap doan", "tong cong ty", "bao hiem xa hoi", "thu tuong", "chu tich", "ky hop", "benh vien", "dai hoc",
    "tinh uy", "thanh uy"};

// A number the strict parser refuses but a clerk would read: "372 /QĐ-BTC" (spaces around the slash),
// "66.16/2026/NQ-CP" (a dotted number). The number as written, spaces around slashes removed, and where it ended.
std::optional<std::pair<std::string, std::size_t>> loose_number(std::string_view piece) {
  std::size_t pos = 0;
  // Skip "Số", "Số:", "số" and spaces.
  while (pos < piece.size() && !std::isdigit(static_cast<unsigned char>(piece[pos]))) {
    if (pos > 12) return std::nullopt;
    ++pos;
  }
  std::string number;
  while (pos < piece.size()) {
    const char c = piece[pos];
    if (c == ' ') {
      // A space belongs to the number only beside a slash.
      const std::size_t next = piece.find_first_not_of(' ', pos);
      if (next == std::string_view::npos) break;
      if (piece[next] == '/' || (!number.empty() && number.back() == '/')) {
        pos = next;
        continue;
      }
      break;
    }
    if (c == ',' || c == ';') break;
    number += c;
    ++pos;
  }
  const auto slash = number.find('/');
  if (slash == std::string::npos || slash == 0 || number.size() < 4) return std::nullopt;
  // After the last slash: a symbol with letters ("QĐ-BTC", "NQ-CP").
  const std::string_view symbol = std::string_view(number).substr(number.rfind('/') + 1);
  if (std::none_of(symbol.begin(), symbol.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80); }))
    return std::nullopt;
  return std::make_pair(number, pos);
}

// Headings the gazette prints above documents, not part of any document's header.
bool is_gazette_section(const std::string& folded) {
  return folded == "van ban quy pham phap luat" || folded == "van ban phap luat khac" || folded == "van ban hop nhat" ||
         folded == "dieu uoc quoc te" || folded.starts_with("(tiep theo cong bao");
}

bool starts_body_name(const std::string& folded) {
  for (const std::string_view word : kBodyWords) {
    if (folded.starts_with(word) || folded == std::string_view(word).substr(0, word.size() - (word.back() == ' ')))
      return true;
  }
  return false;
}

// A type line: the document type's name in capitals, alone ("NGHỊ ĐỊNH") or leading its title ("BIÊN BẢN HỌP …").
const text::DocumentType* type_of_line(std::string_view line, std::string& rest) {
  rest.clear();
  // A footnote mark glued to the type ("NGHỊ ĐỊNH1" in consolidated texts) is not part of it.
  while (!line.empty() && line.back() >= '0' && line.back() <= '9') line.remove_suffix(1);
  line = trim(line);
  if (line.empty() || line.back() == ':' || line.size() > 300) return nullptr;
  // Minutes typed carelessly write their type in lower case ("bien ban hop phu huynh …"); other types must be in
  // capitals, or a sentence that starts "Quyết định …" would pass for a type line.
  if (!is_upper_line(line) && !fold(line).starts_with("bien ban")) return nullptr;
  // "VĂN BẢN HỢP NHẤT - BỘ …" heads a consolidated text; its own type line ("THÔNG TƯ") follows.
  if (fold(line).starts_with("van ban hop nhat")) return nullptr;
  if (const text::DocumentType* type = text::find_document_type(line)) return type;
  // "BIÊN BẢN HỌP HỘI ĐỒNG TRƯỜNG": the longest type name that starts the line.
  const std::string folded = fold(line);
  const text::DocumentType* best = nullptr;
  std::size_t best_words = 0;
  for (const text::DocumentType& type : text::document_types()) {
    const std::string name = fold(type.name);
    if (folded.size() > name.size() && folded.starts_with(name) && folded[name.size()] == ' ') {
      const std::size_t words = static_cast<std::size_t>(std::count(name.begin(), name.end(), ' ')) + 1;
      if (words > best_words) {
        best = &type;
        best_words = words;
      }
    }
  }
  if (best == nullptr) return nullptr;
  // Older documents name their author on the type line: "NGHỊ ĐỊNH CỦA CHÍNH PHỦ", "QUYẾT ĐỊNH CỦA BỘ TRƯỞNG …".
  if (fold(line.substr(0, 80)).find(fold(best->name) + " cua ") == 0) return best;
  // Only types whose title may share their line; "QUYẾT ĐỊNH VỀ VIỆC …" is rare, "BIÊN BẢN HỌP …" common, and
  // laws name themselves in one line ("LUẬT BƯU CHÍNH", "LUẬT GIÁ").
  const std::string name = fold(best->name);
  if (name != "bien ban" && name != "ke hoach" && name != "bao cao" && name != "thong bao" && name != "to trinh" &&
      name != "quy che" && name != "quy dinh" && name != "huong dan" && name != "luat" && name != "bo luat")
    return nullptr;
  rest = std::string(trim(line.substr(word_prefix_bytes(line, best_words))));
  // "LUẬT SỐ 102-SL/L-004 NGÀY …" cites a law by its number; it names none.
  if ((name == "luat" || name == "bo luat") && starts_with_folded(rest, "so ")) return nullptr;
  return best;
}

// "Thông tư số …", "Nghị định số …": a line that opens by naming another document.
bool is_document_reference(std::string_view line) {
  if (line.empty() || text::to_upper(line.substr(0, 1)) != line.substr(0, 1)) return false;
  const std::string folded = fold(line.substr(0, 60));
  const auto so = folded.find(" so ");
  return so != std::string::npos && so < 30 && text::find_document_type(folded.substr(0, so)) != nullptr;
}

bool is_preamble_start(std::string_view line) {
  // Preamble lines start with a capital; "thực hiện …" in lower case continues a title.
  if (line.empty() || text::to_upper(line.substr(0, 1)) != line.substr(0, 1) ||
      (static_cast<unsigned char>(line[0]) >= 0x80 && text::to_lower(line.substr(0, 2)) == line.substr(0, 2)))
    return false;
  return starts_with_folded(line, "can cu") || starts_with_folded(line, "theo de nghi") ||
         starts_with_folded(line, "xet de nghi") || starts_with_folded(line, "thuc hien ");
}

bool ends_title(const Line& line, std::string_view text) {
  if (is_preamble_start(text)) return true;
  switch (line.kind) {
    case LineKind::Separator: case LineKind::Part: case LineKind::Chapter: case LineKind::Article:
    case LineKind::Clause: case LineKind::Roman: case LineKind::Section:
      return true;
    default:
      break;
  }
  // "Hôm nay, vào lúc …" opens the minutes' account: the title is above it.
  return starts_with_folded(text, "kinh gui") || starts_with_folded(text, "hom nay") ||
         text.find(':') != std::string_view::npos;
}

class HeaderReader {
public:
  explicit HeaderReader(model::Document& document) : m_doc(document), m_meta(document.meta) {}

  // One header line, cut at motto phrases.
  void read_line(std::string_view line) {
    std::vector<std::size_t> offsets;  // offsets[i]: the byte of line that folded byte i came from
    const std::string folded = fold_with_offsets(line, &offsets);
    for (const std::string_view phrase : kMottoPhrases) {
      const auto at = folded.find(phrase);
      if (at == std::string::npos) continue;
      // Cut the original where the phrase starts and ends, even when a PDF glued it to the issuer's name
      // ("BỘ KẾ HOẠCH VÀ ĐẦU TƯCỘNG HÒA XÃ HỘI …").
      const std::size_t begin = offsets[at];
      const std::size_t last = at + phrase.size();
      const std::size_t end = last < offsets.size() ? offsets[last] : line.size();
      // "QUỐC HỘI NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (the Assembly's full name, above a law's preamble):
      // "NƯỚC" belongs to the country's name, not to the body's.
      constexpr std::string_view kCountry = "nuoc ";
      const bool country = phrase == kMottoPhrases[0] && at >= kCountry.size() &&
                           std::string_view(folded).substr(at - kCountry.size(), kCountry.size()) == kCountry &&
                           (at == kCountry.size() || folded[at - kCountry.size() - 1] == ' ');
      read_line(trim(line.substr(0, country ? offsets[at - kCountry.size()] : begin)));
      m_meta.motto.emplace_back(trim(line.substr(begin, end - begin)));
      read_line(trim(line.substr(end)));
      return;
    }
    read_piece(line);
  }

  void finish() {
    // The lowest body is the issuer; the one above it, its parent.
    if (!m_bodies.empty()) {
      m_meta.issuer = m_bodies.back();
      // The gazette prints the issuer above the header too: the same name twice is one body, not a parent.
      for (std::size_t i = m_bodies.size() - 1; i-- > 0;) {
        if (fold(m_bodies[i]) != fold(m_meta.issuer)) {
          m_meta.issuer_parent = m_bodies[i];
          break;
        }
      }
    }
  }

private:
  void read_piece(std::string_view piece) {
    // "QUỐC HỘI   --------", "BỘ TÀI CHÍNH ———": the rule under a body's name, pasted on its line by a text
    // conversion, is not part of it. Three marks or more make a rule; fewer may end a name ("Tổ 7 -").
    if (const WithoutRule cut = without_trailing_rule(piece); cut.marks >= 3) piece = cut.rest;
    piece = trim(piece);
    if (piece.empty() || classify_line(piece).kind == LineKind::Separator) return;
    const std::string folded = fold(piece);
    if (is_gazette_section(folded)) return;
    // "Nghị quyết số: 78/2025/UBTVQH15", "Thông tư số 102/2018/TT-BTC ngày 14 tháng 11 năm 2018": the number after
    // a type name (and a continued gazette instalment names its document that way).
    if (m_meta.number.empty()) {
      const auto so = folded.find(" so");
      // "Nghị định của Chính phủ số 114/2003/NĐ-CP": the author may sit between the type and "số".
      std::string type_words = so == std::string::npos ? std::string() : folded.substr(0, so);
      if (const auto cua = type_words.find(" cua "); cua != std::string::npos) type_words.resize(cua);
      const text::DocumentType* named_type = type_words.empty() ? nullptr : text::find_document_type(type_words);
      if (so != std::string::npos && so < 60 && named_type != nullptr) {
        const std::size_t words = static_cast<std::size_t>(std::count(folded.begin(), folded.begin() + static_cast<std::ptrdiff_t>(so), ' ')) + 1;
        const std::size_t at = std::min(piece.size(), piece.find_first_not_of(' ', word_prefix_bytes(piece, words)));
        if (const auto number = text::parse_doc_number(piece.substr(at))) {
          m_meta.number = number->text;
          m_number = number;
          if (m_meta.type.empty()) m_meta.type = std::string(named_type->name);
          read_piece(piece.substr(at + number->end));
          return;
        }
      }
    }
    if (m_meta.number.empty() && (folded.starts_with("so") || folded.starts_with("luat so") ||
                                  folded.starts_with("phap lenh so"))) {
      if (const auto number = text::parse_doc_number(piece)) {
        m_meta.number = number->text;
        m_number = number;
        read_piece(piece.substr(number->end));
        return;
      }
      if (auto loose = loose_number(piece)) {
        m_meta.number = loose->first;
        m_number = text::parse_doc_number(loose->first);
        read_piece(piece.substr(loose->second));
        return;
      }
    }
    // The place-and-date line: "Hà Nội, ngày 25 tháng 6 năm 2025". A date with a place beats one without (a web
    // page's metadata cell "05/05/2026"); a "place" holding digits ("Công báo số 281, ngày …") is no place.
    if ((m_meta.date.empty() || m_meta.place.empty()) && folded.find("ngay") != std::string::npos) {
      for (const text::DateMention& mention : text::find_dates(piece)) {
        if (mention.kind != text::DateKind::Full && mention.kind != text::DateKind::Numeric) continue;
        std::string_view place = trim(piece.substr(0, mention.begin));
        // "Phú lâm,ngày 21/9/2024": the word "ngày" and its comma are not the place.
        if (fold(place).ends_with("ngay")) place = trim(place.substr(0, place.size() - std::string_view("ngày").size()));
        if (place.ends_with(",")) place.remove_suffix(1);
        place = trim(place);
        const bool real_place = !place.empty() && place.size() < 60 && !starts_with_folded(place, "so") &&
                                place.find_first_of("0123456789") == std::string_view::npos;
        if (!place.empty() && !real_place) break;
        if (!m_meta.date.empty() && !real_place) break;
        m_meta.date = text::to_iso(mention.date);
        m_meta.date_as_written = std::string(trim(piece));
        if (real_place) m_meta.place = std::string(place);
        // "… số 114/2003/NĐ-CP ngày 10/10/2003 về cán bộ, công chức …": one-line headers carry the trích yếu.
        const std::string_view after = trim(piece.substr(mention.end));
        if (m_meta.title.empty() && starts_with_folded(after, "ve ")) m_meta.title = std::string(after);
        return;
      }
    }
    if (folded.starts_with("v/v") || folded.starts_with("ve viec")) {
      m_meta.title = std::string(piece);
      return;
    }
    if (folded.starts_with("van ban hop nhat")) {
      // The consolidated text's header names its body after a dash (sometimes on the next line).
      const auto dash = piece.find('-');
      const std::string_view body = dash == std::string_view::npos ? std::string_view{} : trim(piece.substr(dash + 1));
      if (!body.empty()) m_bodies.emplace_back(body);
      m_vbhn = true;
      m_last_was_body = false;
      return;
    }
    // "KHÓA XI, KỲ HỌP THỨ 9" under "QUỐC HỘI": the Assembly's term and session, not more of its name.
    if (folded.starts_with("khoa ") && folded.find("ky hop") != std::string::npos) {
      m_last_was_body = false;
      m_doc.preface.push_back(model::Node{model::NodeKind::Paragraph, "", "", std::string(piece), "", "", "", {}});
      return;
    }
    if (is_upper_line(piece)) {
      const bool continues = !m_bodies.empty() && !starts_body_name(folded) && m_last_was_body;
      if (continues) {
        m_bodies.back() += ' ';
        m_bodies.back() += piece;
      } else {
        m_bodies.emplace_back(piece);
      }
      m_last_was_body = true;
      return;
    }
    // A body's name typed without capitals ("trường tiểu học phú lâm") still names the issuer when none is known.
    if (m_bodies.empty() && starts_body_name(folded) && piece.size() < 100) {
      m_bodies.emplace_back(piece);
      m_last_was_body = true;
      return;
    }
    m_last_was_body = false;
    m_doc.preface.push_back(model::Node{model::NodeKind::Paragraph, "", "", std::string(piece), "", "", "", {}});
  }

public:
  std::optional<text::DocNumber> m_number;
  bool m_vbhn = false;

private:
  model::Document& m_doc;
  model::Metadata& m_meta;
  std::vector<std::string> m_bodies;
  bool m_last_was_body = false;
};

}  // namespace

std::size_t parse_header(const Lines& lines, model::Document& document) {
  model::Metadata& meta = document.meta;
  const std::size_t limit = std::min<std::size_t>(lines.size(), 60);
  std::size_t type_line = lines.size();
  std::string type_rest;
  const text::DocumentType* type = nullptr;
  for (std::size_t i = 0; i < limit; ++i) {
    const std::string_view text = lines[i].text;
    if (is_preamble_start(text) || classify_line(text).kind == LineKind::Article) break;
    if ((type = type_of_line(text, type_rest)) != nullptr) {
      // "VĂN BẢN HỢP NHẤT" above the consolidated type is not the type line; neither is a motto line.
      type_line = i;
      break;
    }
  }
  std::size_t header_end = type_line;
  if (type == nullptr) {
    // No type line: the header ends at the preamble or the first provision.
    header_end = 0;
    while (header_end < limit && !is_preamble_start(lines[header_end].text) &&
           classify_line(lines[header_end].text).kind == LineKind::Text && !starts_signature(lines, header_end))
      ++header_end;
    if (header_end == limit) header_end = std::min<std::size_t>(limit, 12);
    if (header_end < lines.size() && starts_signature(lines, header_end)) return header_end;
  }
  HeaderReader reader(document);
  for (std::size_t i = 0; i < header_end; ++i) reader.read_line(lines[i].text);
  reader.finish();

  std::size_t pos = header_end;
  if (type != nullptr) {
    meta.type = std::string(type->name);
    meta.type_as_written = std::string(trim(lines[type_line].text));
    pos = type_line + 1;
    std::string title = type_rest;
    if (!title.empty()) meta.type_as_written.resize(meta.type_as_written.size() - type_rest.size()), meta.type_as_written = std::string(trim(meta.type_as_written));
    std::size_t title_lines = 0;
    while (pos < lines.size() && title_lines < 5) {
      const std::string_view text = lines[pos].text;
      // A page number the PDF put among the title lines ("69") is not title.
      if (!text.empty() && text.size() <= 4 && text.find_first_not_of("0123456789") == std::string_view::npos) {
        ++pos;
        continue;
      }
      const Line line = classify_line(text);
      // The first line under the type name is the title even when it opens like a preamble ("Thực hiện …").
      const bool first_may_be_title = title_lines == 0 && title.empty() && line.kind == LineKind::Text &&
                                      !starts_with_folded(text, "can cu") && !starts_with_folded(text, "theo de nghi");
      if (!first_may_be_title && ends_title(line, text)) break;
      // "Thông tư số 07/2021/TT-BLĐTBXH ngày …" under a consolidated text's title names its source: not title.
      if (title_lines > 0 && is_document_reference(text)) break;
      // A capital line under a sentence-case title is the enacting authority ("CHÍNH PHỦ"), not more title.
      if (!title.empty() && !is_upper_line(title) && is_upper_line(text)) break;
      if (!title.empty()) title += ' ';
      title += text;
      ++pos;
      ++title_lines;
    }
    if (!title.empty()) meta.title = title;
    while (pos < lines.size() && classify_line(lines[pos].text).kind == LineKind::Separator) ++pos;
  }
  // Some texts print Số/ký hiệu below the title (the PDF's columns came out of order): look a little further.
  if (meta.number.empty()) {
    for (std::size_t i = pos; i < lines.size() && i < pos + 40; ++i) {
      const std::string_view text = lines[i].text;
      if (classify_line(text).kind == LineKind::Article) break;
      // Only a line that is "Số: …" and nothing else: "số 07/2021/TT-BLĐTBXH ngày …" is a wrapped citation.
      if (!text.starts_with("Số")) continue;
      if (const auto number = text::parse_doc_number(text);
          number && !number->symbol.empty() && trim(text.substr(number->end)).size() <= 1) {
        meta.number = number->text;
        reader.m_number = number;
        break;
      }
    }
  }
  // The number's symbol settles types the type line cannot: a consolidated text prints the type it consolidates.
  if (reader.m_number) {
    const std::string code = fold(reader.m_number->type_code);
    if (code == "vbhn" || reader.m_vbhn) meta.type = "Văn bản hợp nhất";
    else if (meta.type.empty() && !reader.m_number->type_name.empty()) meta.type = reader.m_number->type_name;
  } else if (reader.m_vbhn) {
    meta.type = "Văn bản hợp nhất";
  }
  return pos;
}

std::size_t parse_preamble(const Lines& lines, std::size_t pos, model::Document& document) {
  enum class Kind { None, Citation, Formula } current = Kind::None;
  while (pos < lines.size()) {
    const std::string_view text = lines[pos].text;
    const Line line = classify_line(text);
    if (line.kind != LineKind::Text && line.kind != LineKind::Separator) break;
    if (lines[pos].table >= 0) break;
    const std::string folded = fold(text.substr(0, 40));
    if (current == Kind::None && is_upper_line(text) && pos + 1 < lines.size() &&
        starts_with_folded(lines[pos + 1].text, "can cu")) {
      // The enacting authority stands above the citations in resolutions and circulars ("CHÍNH PHỦ"): it closes
      // the header, so it stays with the preface and keeps its place before the citations.
      document.preface.push_back(model::Node{model::NodeKind::Paragraph, "", "", std::string(text), "", "", "", {}});
    } else if (folded.starts_with("can cu")) {
      document.citations.emplace_back(text);
      current = Kind::Citation;
    } else if (folded.starts_with("theo de nghi") || folded.starts_with("xet de nghi") ||
               folded.starts_with("quyet dinh:") || folded.starts_with("quyet nghi:") ||
               folded.starts_with("chi thi:") || folded == "quyet dinh" || folded == "quyet nghi") {
      document.formula.emplace_back(text);
      current = Kind::Formula;
    } else if (current == Kind::Citation && !document.citations.back().ends_with(";") &&
               !document.citations.back().ends_with(".")) {
      document.citations.back() += ' ';
      document.citations.back() += text;
    } else if (current != Kind::None && (text.find(" ban hành ") != std::string_view::npos || is_upper_line(text)) &&
               text.size() < 400) {
      // "Chính phủ ban hành Nghị định …", "Bộ trưởng … ban hành Thông tư …", "QUYẾT ĐỊNH:".
      document.formula.emplace_back(text);
      current = Kind::Formula;
      if (text.find(" ban hành ") != std::string_view::npos && text.ends_with(".")) {
        ++pos;
        break;
      }
    } else if (current == Kind::Formula && !document.formula.back().ends_with(";") &&
               !document.formula.back().ends_with(".") && !document.formula.back().ends_with(":")) {
      document.formula.back() += ' ';
      document.formula.back() += text;
    } else {
      break;
    }
    ++pos;
    if (!document.formula.empty() && document.formula.back().ends_with(":") &&
        is_upper_line(document.formula.back())) break;  // "QUYẾT ĐỊNH:" closes the preamble
  }
  return pos;
}

}  // namespace vanthu::structure
