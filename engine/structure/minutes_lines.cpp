// SPDX-License-Identifier: Apache-2.0
//
// Minutes, line by line: words, the mark a line starts with, people and labels.
#include "structure/minutes_parts.h"

namespace vanthu::structure::minutes {

Node paragraph_node(std::string_view text) { return Node{NodeKind::Paragraph, "", "", std::string(text), "", "", "", {}}; }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// ---------------------------------------------------------------------------------------------------------------
// Words, case, punctuation

std::vector<Word> words_of(std::string_view text) {
  std::vector<Word> words;
  std::size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    const std::size_t begin = pos;
    while (pos < text.size() && text[pos] != ' ') ++pos;
    if (pos == begin) break;
    std::string key = fold(text.substr(begin, pos - begin));
    const auto first = key.find_first_not_of("(\"'[");
    const auto last = key.find_last_not_of(",.;:)!?\"']");
    key = first == std::string::npos || last == std::string::npos || last < first ? std::string()
                                                                                  : key.substr(first, last - first + 1);
    words.push_back({begin, pos, std::move(key)});
  }
  return words;
}

std::string first_letter(std::string_view word) {
  std::size_t pos = 0;
  std::string letter;
  utf8_append(letter, utf8_next(word, pos));
  return letter;
}

bool is_letter(std::string_view ch) { return text::to_upper(ch) != text::to_lower(ch); }

bool starts_upper(std::string_view word) {
  const std::string letter = first_letter(word);
  return is_letter(letter) && text::to_upper(letter) == letter;
}

bool starts_lower(std::string_view word) {
  const std::string letter = first_letter(word);
  return is_letter(letter) && text::to_lower(letter) == letter;
}

std::string_view trim_punctuation(std::string_view text) {
  text = trim(text);
  while (!text.empty() && (text.back() == ';' || text.back() == '.' || text.back() == ',' || text.back() == ':'))
    text = trim(text.substr(0, text.size() - 1));
  return text;
}

// The first ':' outside parentheses at or after from; npos when none. "(tổng số được hỗ trợ: 13 đoàn viên)" is
// part of a subject, not the end of it.
std::size_t top_level_colon(std::string_view text, std::size_t from) {
  int depth = 0;
  for (std::size_t i = from; i < text.size(); ++i) {
    if (text[i] == '(') ++depth;
    else if (text[i] == ')' && depth > 0) --depth;
    else if (text[i] == ':' && depth == 0) return i;
  }
  return std::string_view::npos;
}

std::size_t last_top_level_colon(std::string_view text) {
  std::size_t last = std::string_view::npos;
  for (std::size_t at = top_level_colon(text); at != std::string_view::npos; at = top_level_colon(text, at + 1)) last = at;
  return last;
}

// Pieces of text between the separators that stand outside parentheses.
std::vector<std::string_view> split_top_level(std::string_view text, char separator) {
  std::vector<std::string_view> pieces;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '(') ++depth;
    else if (text[i] == ')' && depth > 0) --depth;
    else if (text[i] == separator && depth == 0) {
      pieces.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  pieces.push_back(text.substr(start));
  return pieces;
}

// ---------------------------------------------------------------------------------------------------------------
// The mark a line starts with: Roman number, number, bullet

// "1.", "2.1.", "6.1 ", "1)", "2.bầu": the length of the number that opens text, 0 when none. The groups after the
// first have one or two digits, so amounts ("2.600 cây", "6.200.000 đồng") are not numbers.
std::size_t number_prefix(std::string_view text, int& depth) {
  depth = 0;
  std::size_t i = 0;
  while (true) {
    std::size_t j = i;
    while (j < text.size() && is_digit(text[j])) ++j;
    const std::size_t digits = j - i;
    if (digits == 0 || digits > (depth == 0 ? 3u : 2u) || j == text.size()) return 0;
    ++depth;
    // "1)" and "1/ Báo cáo" (not "1/2 số hộ").
    if ((text[j] == ')' || (text[j] == '/' && j + 1 < text.size() && text[j + 1] == ' ')) && depth == 1) {
      i = j + 1;
      break;
    }
    if (text[j] == ' ' && depth > 1) {  // "6.1 Đánh giá"
      i = j;
      break;
    }
    if (text[j] != '.') return 0;
    i = j + 1;
    if (i < text.size() && is_digit(text[i])) continue;
    break;
  }
  if (i < text.size()) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c != ' ' && c < 0x80 && std::isalpha(c) == 0) return 0;
  }
  return i;
}

Lead lead_of(std::string_view text) {
  text = trim(text);
  Lead lead;
  lead.rest = text;
  std::size_t roman = 0;
  while (roman < text.size() && roman < 7 && std::string_view("IVXLC").find(text[roman]) != std::string_view::npos) ++roman;
  if (roman > 0 && roman < text.size() && text[roman] == '.' && (roman + 1 == text.size() || text[roman + 1] == ' ')) {
    lead.marker = Marker::Roman;
    lead.num = std::string(text.substr(0, roman + 1));
    lead.rest = trim(text.substr(roman + 1));
    return lead;
  }
  int depth = 0;
  if (const std::size_t size = number_prefix(text, depth); size > 0) {
    lead.marker = Marker::Number;
    lead.depth = depth;
    lead.num = std::string(trim(text.substr(0, size)));
    lead.rest = trim(text.substr(size));
    return lead;
  }
  for (const std::string_view dash : {"- ", "– ", "— "}) {
    if (text.starts_with(dash)) {
      lead.marker = Marker::Dash;
      lead.num = "-";
      lead.rest = trim(text.substr(dash.size()));
      return lead;
    }
  }
  for (const std::string_view plus : {"+ ", "• ", "* "}) {
    if (text.starts_with(plus)) {
      lead.marker = Marker::Plus;
      lead.num = std::string(trim(plus));
      lead.rest = trim(text.substr(plus.size()));
      return lead;
    }
  }
  return lead;
}

// How deep a line stands in an outline: Roman 0, "1." 1, "1.1." 2, plain text like "1.", "-" 5, "+" 6.
int level_of(const Lead& lead) {
  switch (lead.marker) {
    case Marker::Roman: return 0;
    case Marker::Number: return lead.depth;
    case Marker::None: return 1;
    case Marker::Dash: return 5;
    case Marker::Plus: return 6;
  }
  return 1;
}

// ---------------------------------------------------------------------------------------------------------------
// People

// Byte length of the honorific that opens text with the space after it ("Ông ", "đồng chí ", "Đ/c "); 0 when none.
std::size_t honorific_size(std::string_view text) {
  const std::vector<Word> words = words_of(text.substr(0, 40));
  if (words.size() < 2) return 0;
  const std::string& first = words[0].key;
  if (first == "dong" && words[1].key == "chi" && words.size() > 2) return words[2].begin;
  static constexpr std::array<std::string_view, 9> kSingle = {"ong", "ba", "d/c", "dc", "anh", "chi", "co", "thay", "em"};
  for (const std::string_view honorific : kSingle) {
    if (first == honorific && text.substr(words[0].begin, words[0].end - words[0].begin).find_first_of(",.:;") ==
                                  std::string_view::npos)
      return words[1].begin;
  }
  return 0;
}

// The byte length of the name that opens text: two to five capitalised words ("Quách Thị Diệu Linh"), ending at
// the first word that is not one or after a word with punctuation ("Linh,"). 0 when text does not open with a name.
std::size_t name_size(std::string_view text) {
  std::size_t pos = 0, end = 0;
  int count = 0;
  while (pos < text.size() && text[pos] != ' ') {
    std::size_t word_end = pos;
    while (word_end < text.size() && text[word_end] != ' ') ++word_end;
    std::string_view word = text.substr(pos, word_end - pos);
    // ASCII punctuation only: a byte of "–" also occurs inside letters ("ồ" ends in 0x93 like "–").
    const std::size_t letters = word.find_first_of(",.;:)");
    const bool stops = letters != std::string_view::npos;
    word = word.substr(0, letters);
    if (word.empty() || !starts_upper(word)) break;
    // Letters, and the apostrophe or hyphen of names like "H'Hen Niê", "Y-Moan".
    bool only_letters = true;
    for (std::size_t i = 0; i < word.size();) {
      const std::size_t start = i;
      utf8_next(word, i);
      const std::string_view ch = word.substr(start, i - start);
      only_letters = only_letters && (is_letter(ch) || ((ch == "'" || ch == "’" || ch == "-") && start > 0));
    }
    if (!only_letters) break;
    ++count;
    end = pos + word.size();
    if (stops) break;
    pos = word_end;
    if (pos < text.size()) ++pos;
  }
  return count >= 2 && count <= 5 ? end : 0;
}

// "Ông Nguyễn Văn An, Chủ tịch UBND xã (đi công tác)" → name, role, note. The name is empty when text does not name
// a person. A surname may be "Ông" ("Ông Ông Văn Tường"): only the first honorific is taken off.
model::Attendee person_of(std::string_view text) {
  model::Attendee person;
  std::string_view line = trim_punctuation(lead_of(text).rest);
  if (line.ends_with(")")) {
    int depth = 0;
    for (std::size_t i = line.size(); i-- > 0;) {
      if (line[i] == ')') ++depth;
      else if (line[i] == '(' && --depth == 0) {
        person.note = std::string(trim(line.substr(i + 1, line.size() - i - 2)));
        line = trim(line.substr(0, i));
        break;
      }
    }
  }
  const std::size_t honorific = honorific_size(line);
  line = line.substr(honorific);
  const std::size_t size = name_size(line);
  if (size == 0) return {};
  std::string_view role = line.substr(size);
  // Without an honorific only a name that ends where the role begins is one: "Nguyễn Văn An, Chủ tịch" is,
  // "Phòng Tài chính - Kế hoạch" is not.
  if (honorific == 0 && !role.empty() && !role.starts_with(",") && !role.starts_with(" -") &&
      !role.starts_with(" –") && !role.starts_with(" —") && !role.starts_with(" (") && !role.starts_with(":"))
    return {};
  person.name = std::string(line.substr(0, size));
  while (!role.empty() && (role.front() == ' ' || role.front() == ',' || role.front() == '-' || role.front() == ':'))
    role.remove_prefix(1);
  for (const std::string_view dash : {"–", "—"}) {
    if (role.starts_with(dash)) role = trim(role.substr(dash.size()));
  }
  role = trim_punctuation(role);
  // "…, vắng vì dự họp tại huyện": the reason for an absence written inside the role.
  if (const auto absent = role.find(", vắng "); absent != std::string_view::npos && person.note.empty()) {
    person.note = std::string(trim(role.substr(absent + 1)));
    role = trim(role.substr(0, absent));
  }
  person.role = std::string(role);
  return person;
}

// The people of a list: "Ông A, role; bà B, role (note)", each part that names a person.
std::vector<model::Attendee> people_in(std::string_view text, bool present) {
  std::vector<model::Attendee> people;
  for (const std::string_view part : split_top_level(text, ';')) {
    model::Attendee person = person_of(part);
    if (person.name.empty()) continue;
    person.present = present;
    people.push_back(std::move(person));
  }
  return people;
}

// The first person named in a label's value ("Ông Triệu Văn Bằng, Chủ tịch UBND xã và ông Hà Văn Lợi, …").
std::string first_person(std::string_view value) {
  const std::vector<model::Attendee> people = people_in(value, true);
  return people.empty() ? std::string() : people.front().name;
}

// ---------------------------------------------------------------------------------------------------------------
// Labels and headings

// Words that may stand between a label and its colon: "Chủ tọa kỳ họp:", "Thư ký cuộc họp:", "Thời gian bắt đầu:".
bool is_label_qualifier(std::string_view word) {
  static constexpr std::array<std::string_view, 19> kWords = {"ky", "hop", "cuoc", "hoi", "nghi", "phien", "buoi",
                                                              "lam", "viec", "sinh", "hoat", "bat", "dau", "tham",
                                                              "du", "bien", "ban", "chinh", "ghi"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

// The value of "Label: value" when text (its number or bullet already off) is one of the labels, else nullopt.
// Between the label and the colon only meeting words or a parenthesis may stand: "Chủ tọa kết luận: …" is a
// sentence, not the chair's label.
std::optional<std::string_view> label_value(std::string_view text, std::initializer_list<std::string_view> labels) {
  const std::size_t colon = top_level_colon(text);
  if (colon == std::string_view::npos || colon > 120) return std::nullopt;
  std::string head = fold(text.substr(0, colon));
  // Parentheses say what the label means ("Thư ký (người ghi biên bản)"), nothing more.
  for (auto open = head.find('('); open != std::string::npos; open = head.find('(')) {
    const auto close = head.find(')', open);
    head.erase(open, close == std::string::npos ? std::string::npos : close - open + 1);
  }
  for (const std::string_view label : labels) {
    if (!head.starts_with(label) || (head.size() > label.size() && head[label.size()] != ' ')) continue;
    bool qualifiers_only = true;
    for (const Word& word : words_of(std::string_view(head).substr(label.size())))
      qualifiers_only = qualifiers_only && (word.key.empty() || is_label_qualifier(word.key));
    if (qualifiers_only) return trim(text.substr(colon + 1));
  }
  return std::nullopt;
}

std::optional<std::string_view> chair_label(std::string_view rest) {
  return label_value(rest, {"chu tri", "chu toa", "nguoi chu tri", "chu tich cuoc hop", "chu tich hoi nghi"});
}

std::optional<std::string_view> secretary_label(std::string_view rest) {
  return label_value(rest, {"thu ky", "nguoi ghi bien ban", "nguoi lap bien ban", "nguoi ghi"});
}

// The parts every minutes form has; they are not agenda items.
bool is_standard_heading(std::string_view heading) {
  const std::string folded = fold(heading);
  for (const std::string_view part : {"thoi gian", "dia diem", "thanh phan", "chu toa", "chu tri", "thu ky", "ket thuc",
                                      "hinh thuc"}) {
    if (folded.starts_with(part)) return true;
  }
  return false;
}

// "NỘI DUNG KỲ HỌP", "Nội dung hội nghị:", "DIỄN BIẾN CUỘC HỌP": the part that holds the agenda items.
bool is_content_heading(std::string_view heading) {
  const std::string folded = fold(trim_punctuation(heading));
  return (folded.starts_with("noi dung") || folded.starts_with("dien bien")) && words_of(folded).size() <= 8;
}

bool is_attendee_heading(std::string_view rest) {
  const std::string folded = fold(rest.substr(0, 60));
  return folded.starts_with("thanh phan") || folded.starts_with("dai bieu tham du") ||
         folded.starts_with("hien dien") || (folded.starts_with("co mat") && rest.find(':') != std::string_view::npos);
}

// An unnumbered heading of a part of the meeting: "NỘI DUNG CUỘC HỌP", "KẾT LUẬN", "noi dung cuoc hop".
bool is_part_heading(std::string_view text) {
  if (text.size() > 100 || top_level_colon(text) != std::string_view::npos) return false;
  if (is_content_heading(text)) return true;
  if (!is_upper_line(text)) return false;
  const std::string folded = fold(text);
  for (const std::string_view part : {"ket luan", "thao luan", "bieu quyet", "thanh phan", "thoi gian", "dia diem",
                                      "chuong trinh", "y kien", "ket qua", "dien bien", "phan "}) {
    if (folded.starts_with(part)) return true;
  }
  return false;
}

}  // namespace vanthu::structure::minutes
