// SPDX-License-Identifier: Apache-2.0
//
// Minutes (biên bản). The facts a reader looks for first — when, where, who attended, who chaired, who took the
// minutes, what was decided and by how many votes — are read from the labelled lines clerks write ("1. Thời gian:",
// "Địa điểm:", "II. THÀNH PHẦN THAM DỰ", "Chủ tọa kỳ họp:", "Thư ký:", "Kết quả biểu quyết: …", vote tables); the
// parts of the meeting become debate sections and "Ông/Bà X – role phát biểu: …" lines become speeches. Every line
// stays in the body, also when it fed a fact.
//
// The body's shape: Roman headings ("IV. NỘI DUNG KỲ HỌP") and unnumbered part headings ("NỘI DUNG CUỘC HỌP",
// "KẾT LUẬN") are top-level sections; numbered items ("1.", "2.1.", "6.1.") nest by their depth under the section
// they stand in. The agenda items are the numbered items of the content part (the section whose heading starts with
// "Nội dung"); see count_agenda_items.
#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"
#include "structure/parse.h"
#include "text/text.h"

namespace vanthu::structure {
namespace {

using model::Node;
using model::NodeKind;

Node paragraph_node(std::string_view text) { return Node{NodeKind::Paragraph, "", "", std::string(text), "", "", "", {}}; }

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// ---------------------------------------------------------------------------------------------------------------
// Words, case, punctuation

// One word of a line: its bytes in the original and its folded key without the punctuation around it.
struct Word {
  std::size_t begin = 0, end = 0;
  std::string key;
};

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
std::size_t top_level_colon(std::string_view text, std::size_t from = 0) {
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

enum class Marker { None, Roman, Number, Dash, Plus };

struct Lead {
  Marker marker = Marker::None;
  std::string num;        // as written: "IV.", "2.1.", "-", "+"
  int depth = 0;          // Number: how many numbers ("2.1." → 2)
  std::string_view rest;  // the text after the mark
};

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

// ---------------------------------------------------------------------------------------------------------------
// Times

std::string hh_mm(int hour, int minute) {
  std::string out = (hour < 10 ? "0" : "") + std::to_string(hour) + ":";
  out += (minute < 10 ? "0" : "") + std::to_string(minute < 0 ? 0 : minute);
  return out;
}

std::vector<std::string> times_in(std::string_view text) {
  std::vector<std::string> times;
  for (const text::DateMention& mention : text::find_dates(text)) {
    if (mention.kind == text::DateKind::Time && mention.hour >= 0 && mention.hour < 24)
      times.push_back(hh_mm(mention.hour, mention.minute));
  }
  return times;
}

// "Cuộc họp kết thúc vào lúc 11 giờ 15 phút", "kết thúc lúc 21h40": the time right after "kết thúc".
std::optional<std::string> end_time(std::string_view text) {
  const std::vector<Word> words = words_of(text);
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i].key != "ket" || words[i + 1].key != "thuc") continue;
    const std::string_view after = text.substr(words[i + 1].end);
    for (const text::DateMention& mention : text::find_dates(after)) {
      // "kết thúc vào lúc", "kết thúc cùng ngày lúc": the time follows within a few words.
      if (mention.kind == text::DateKind::Time && mention.hour >= 0 && mention.hour < 24 && mention.begin <= 24)
        return hh_mm(mention.hour, mention.minute);
    }
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------------------------------
// Counts: votes and people present

bool word_boundary(const std::string& folded, std::size_t at, std::size_t size) {
  const auto alnum = [&](std::size_t i) { return std::isalnum(static_cast<unsigned char>(folded[i])) != 0; };
  return (at == 0 || !alnum(at - 1)) && (at + size >= folded.size() || !alnum(at + size));
}

struct Counted {
  int value = 0;
  std::optional<int> total;
};

// "25/25", "08" at i, after spaces, ':' and '='; percentages and decimals ("88,9%") are not counts.
std::optional<Counted> number_at(const std::string& folded, std::size_t i) {
  while (i < folded.size() && (folded[i] == ' ' || folded[i] == ':' || folded[i] == '=')) ++i;
  std::size_t j = i;
  while (j < folded.size() && is_digit(folded[j])) ++j;
  if (j == i || j - i > 5) return std::nullopt;
  const auto digit_at = [&](std::size_t k) { return k < folded.size() && is_digit(folded[k]); };
  if (j < folded.size() && (folded[j] == '%' || ((folded[j] == ',' || folded[j] == '.') && digit_at(j + 1))))
    return std::nullopt;
  Counted counted{std::stoi(folded.substr(i, j - i)), std::nullopt};
  if (j < folded.size() && folded[j] == '/' && digit_at(j + 1)) {
    std::size_t k = j + 1;
    while (digit_at(k)) ++k;
    if (k - j - 1 <= 5) counted.total = std::stoi(folded.substr(j + 1, k - j - 1));
  }
  return counted;
}

// The count written before a keyword in the same clause: "08/09 ủy viên BCH tán thành", "2 phụ huynh ko có ý
// kiến". The clause must open with the number and be short, so "cả 05 nghị quyết đều được trên một nửa … tán
// thành" gives nothing.
std::optional<Counted> number_before(const std::string& folded, std::size_t at) {
  std::size_t start = 0;
  for (std::size_t i = 0; i < at; ++i) {
    const char c = folded[i];
    const bool clause_mark = c == ':' || c == ';' || c == '(' || c == ')' ||
                             ((c == ',' || c == '.') && i + 1 < at && folded[i + 1] == ' ');
    if (clause_mark) start = i + 1;
  }
  const std::string clause = std::string(trim(std::string_view(folded).substr(start, at - start)));
  if (clause.empty() || !is_digit(clause[0]) || words_of(clause).size() > 6) return std::nullopt;
  const std::size_t first_space = clause.find(' ');
  const auto counted = number_at(clause, 0);
  if (!counted) return std::nullopt;
  // The number must be a word of its own ("08/09", not "08/09/2024").
  const std::string token = clause.substr(0, first_space);
  if (token.find_first_not_of("0123456789/") != std::string::npos || std::count(token.begin(), token.end(), '/') > 1)
    return std::nullopt;
  return counted;
}

// The count for the first of keys that has one, after it or before it. A key preceded by "không " belongs to the
// negative count ("không tán thành" is not "tán thành").
std::optional<Counted> count_for(const std::string& folded, std::initializer_list<std::string_view> keys,
                                 bool positive) {
  for (const std::string_view key : keys) {
    for (std::size_t at = folded.find(key); at != std::string::npos; at = folded.find(key, at + 1)) {
      if (!word_boundary(folded, at, key.size())) continue;
      if (positive && at >= 6 && folded.compare(at - 6, 6, "khong ") == 0) continue;
      // "không có ý kiến khác" says nobody objected; it is not an abstention count.
      if (key == "khong co y kien" && folded.compare(at + key.size(), 5, " khac") == 0) continue;
      if (auto after = number_at(folded, at + key.size())) return after;
      if (auto before = number_before(folded, at)) return before;
    }
  }
  return std::nullopt;
}

struct VoteCounts {
  std::optional<int> in_favour, against, abstain, total;
};

// Folded text with the clerks' shorthand spelled out ("ko" → "khong").
std::string fold_vote_text(std::string_view text) {
  std::string folded = fold(text);
  for (std::size_t at = folded.find("ko"); at != std::string::npos; at = folded.find("ko", at + 1)) {
    if (word_boundary(folded, at, 2)) folded.replace(at, 2, "khong");
  }
  return folded;
}

VoteCounts vote_counts(std::string_view text) {
  const std::string folded = fold_vote_text(text);
  VoteCounts counts;
  if (const auto favour = count_for(folded, {"tan thanh", "nhat tri", "dong y"}, true)) {
    counts.in_favour = favour->value;
    counts.total = favour->total;
  }
  if (const auto against = count_for(folded, {"khong tan thanh", "khong dong y", "khong nhat tri", "phan doi"}, false))
    counts.against = against->value;
  if (const auto abstain = count_for(folded, {"khong bieu quyet", "khong co y kien", "khong y kien", "phieu trang"}, false))
    counts.abstain = abstain->value;
  // "… tán thành; không có ý kiến khác": nobody against, when no other number is written.
  if (counts.in_favour && !counts.against && folded.find("khong co y kien khac") != std::string::npos) counts.against = 0;
  return counts;
}

bool mentions_vote(std::string_view rest) {
  const std::string folded = fold(rest);
  return folded.find("bieu quyet") != std::string::npos || folded.find("tan thanh") != std::string::npos ||
         folded.find("bo phieu") != std::string::npos || folded.find("bieu quet") != std::string::npos ||
         folded.starts_with("ket qua");
}

// A line that continues "Kết quả biểu quyết:" with one count: "- Tán thành: 10", "- Không biểu quyết: 1".
bool is_count_line(std::string_view rest) {
  const std::string folded = fold_vote_text(rest.substr(0, 60));
  for (const std::string_view key : {"tan thanh", "khong tan thanh", "khong bieu quyet", "khong y kien",
                                     "khong co y kien", "dong y", "khong dong y", "nhat tri", "phieu trang"}) {
    if (folded.starts_with(key)) return true;
  }
  return false;
}

// What a vote line says was voted on: "Nội dung 1: <subject>: 08/09 … tán thành", "<subject>: tán thành 24/24",
// "Chi bộ biểu quyết thông qua <subject> bằng hình thức giơ tay: …". Empty when the line only says "Kết quả biểu
// quyết:" — the caller then takes the heading of the item the vote stands under.
std::string vote_subject(std::string_view rest) {
  // The lead: the text before the colon that precedes the first count in favour.
  std::string_view lead;
  const std::vector<std::string_view> parts = split_top_level(rest, ':');
  std::size_t used = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const std::string folded = fold_vote_text(parts[i]);
    bool favour = false;
    for (const std::string_view key : {"tan thanh", "nhat tri", "dong y"}) {
      for (std::size_t at = folded.find(key); at != std::string::npos && !favour; at = folded.find(key, at + 1))
        favour = word_boundary(folded, at, key.size()) && !(at >= 6 && folded.compare(at - 6, 6, "khong ") == 0);
    }
    if (favour) break;
    used += parts[i].size() + 1;
  }
  lead = trim(rest.substr(0, std::min(rest.size(), used == 0 ? 0 : used - 1)));
  // "Nội dung 2: Thông qua kế hoạch …"
  if (starts_with_folded(lead, "noi dung")) {
    const std::size_t colon = top_level_colon(lead);
    if (colon != std::string_view::npos && colon < 20) lead = trim(lead.substr(colon + 1));
  }
  const std::string folded = fold(lead);
  if (folded.empty() || folded.starts_with("ket qua") || folded.starts_with("tan thanh")) return {};
  // "… biểu quyết thông qua X bằng hình thức giơ tay": X.
  const std::vector<Word> words = words_of(lead);
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if (words[i].key != "bieu" || words[i + 1].key != "quyet") continue;
    std::size_t end = words.size();
    for (std::size_t j = i + 2; j + 1 < words.size(); ++j) {
      if (words[j].key == "bang" && words[j + 1].key == "hinh") {
        end = j;
        break;
      }
    }
    if (i + 2 >= end) return {};
    return std::string(trim_punctuation(lead.substr(words[i + 2].begin, words[end - 1].end - words[i + 2].begin)));
  }
  return std::string(trim_punctuation(lead));
}

// People present as the minutes state them: "có mặt 23 đại biểu", "có mặt: 25 đồng chí", "05/05 thành viên tham
// dự", "số hộ có đại diện tham dự: 98 hộ". nullopt when the line states no such count.
std::optional<int> stated_present(std::string_view text) {
  const std::string folded = fold(text);
  for (const std::string_view key : {"co mat", "hien dien", "tham du"}) {
    for (std::size_t at = folded.find(key); at != std::string::npos; at = folded.find(key, at + 1)) {
      if (!word_boundary(folded, at, key.size())) continue;
      if (auto after = number_at(folded, at + key.size())) return after->value;
      if (auto before = number_before(folded, at); before && before->total) return before->value;
    }
  }
  return std::nullopt;
}

// Where "vắng" stands in rest as a word; npos when it does not.
std::size_t absent_word(std::string_view rest) {
  for (const Word& word : words_of(rest)) {
    if (word.key == "vang") return word.begin;
  }
  return std::string_view::npos;
}

// ---------------------------------------------------------------------------------------------------------------
// Speeches

// Words (folded) that say someone speaks; lower case in the text, where role names are capitalised.
constexpr std::array<std::string_view, 35> kSpeechVerbs = {
    "phat bieu", "trinh bay", "bao cao", "y kien", "de nghi", "neu", "ket luan", "gop y", "giai trinh",
    "tham luan", "chi dao", "thong qua", "tuyen bo", "thong tin", "thong bao", "tra loi", "chat van", "bo sung",
    "tiep thu", "cong bo", "phan anh", "de xuat", "nhan manh", "khai mac", "be mac", "thay mat", "gioi thieu",
    "dieu hanh", "kien nghi", "quan triet", "trao doi", "cho biet", "nhat tri", "thong nhat", "dong y"};

// Verbs whose folded form is also part of role names ("đọc"/"Giám đốc", "hỏi"/"Hội"): matched as written.
constexpr std::array<std::string_view, 2> kExactSpeechVerbs = {"đọc", "hỏi"};

// The byte offset in text of the first speech verb written in lower case, npos when none within max_words words.
std::size_t speech_verb(std::string_view text, std::size_t max_words) {
  const std::vector<Word> words = words_of(text);
  for (std::size_t i = 0; i < words.size() && i < max_words; ++i) {
    if (!starts_lower(text.substr(words[i].begin))) continue;
    const std::string_view written = trim_punctuation(text.substr(words[i].begin, words[i].end - words[i].begin));
    if (std::find(kExactSpeechVerbs.begin(), kExactSpeechVerbs.end(), written) != kExactSpeechVerbs.end())
      return words[i].begin;
    for (const std::string_view verb : kSpeechVerbs) {
      const std::vector<Word> verb_words = words_of(verb);
      if (i + verb_words.size() > words.size()) continue;
      bool match = true;
      for (std::size_t k = 0; k < verb_words.size() && match; ++k) match = words[i + k].key == verb_words[k].key;
      if (match) return words[i].begin;
    }
  }
  return std::string_view::npos;
}

// "Ông X – role phát biểu: text", "Bà Y, role: text", "Ông Z (mời dự) phát biểu: …", "Ông X đề nghị …": a speech.
// The speaker and role go to by/role; the text keeps everything after them, the verb included, so nothing said
// is lost. nullopt when the line does not open with a person who speaks.
std::optional<Node> speech_of(std::string_view text) {
  const std::size_t honorific = honorific_size(text);
  if (honorific == 0) return std::nullopt;
  const std::string_view after = text.substr(honorific);
  const std::size_t name = name_size(after);
  if (name == 0) return std::nullopt;
  Node speech{NodeKind::Speech, "", "", "", std::string(after.substr(0, name)), "", "", {}};
  std::string_view tail = trim(after.substr(name));
  std::string_view said;  // from the verb or the colon on
  if (tail.starts_with("(")) {
    // "Ông Hoàng Văn Tư (số nhà 25, ngõ 12): …"
    const auto close = tail.find(')');
    if (close == std::string_view::npos) return std::nullopt;
    speech.role = std::string(trim(tail.substr(1, close - 1)));
    tail = trim(tail.substr(close + 1));
    if (tail.starts_with(",")) tail = trim(tail.substr(1));
    said = tail;
  } else if (tail.starts_with(",") || tail.starts_with("-") || tail.starts_with("–") || tail.starts_with("—")) {
    // "Ông Vũ Đình Toàn – Phó Bí thư Đảng ủy, Chủ tịch UBND xã trình bày …": the role runs to the verb or colon.
    tail = trim(tail.substr(tail.starts_with(",") || tail.starts_with("-") ? 1 : std::string_view("–").size()));
    const std::size_t verb = speech_verb(tail, 40);
    const std::size_t colon = top_level_colon(tail);
    const std::size_t cut = std::min(verb, colon);
    if (cut == std::string_view::npos || cut > 220) return std::nullopt;
    speech.role = std::string(trim_punctuation(tail.substr(0, cut)));
    said = tail.substr(cut);
  } else {
    said = tail;
  }
  if (said.starts_with(":")) {
    speech.text = std::string(trim(said.substr(1)));
    return speech;
  }
  // Without a colon right after the speaker, a verb must come soon ("thay mặt chi ủy báo cáo:").
  const std::size_t colon = top_level_colon(said);
  const std::size_t verb = speech_verb(said, 8);
  const bool colon_soon = colon != std::string_view::npos && words_of(said.substr(0, colon)).size() <= 8;
  if (verb == std::string_view::npos && !(colon_soon && !speech.role.empty())) return std::nullopt;
  speech.text = std::string(trim(said));
  return speech;
}

// ---------------------------------------------------------------------------------------------------------------
// Tables

using Row = std::vector<std::string>;

// The rows of the table in [begin, end), each cell's paragraphs joined.
std::vector<Row> table_rows(const Lines& lines, std::size_t begin, std::size_t end) {
  std::vector<Row> rows;
  int row = -1, cell = -1;
  for (std::size_t i = begin; i < end; ++i) {
    const ingest::Paragraph& p = lines[i];
    if (rows.empty() || p.row != row) {
      rows.emplace_back();
      row = p.row;
      cell = -1;
    }
    if (rows.back().empty() || p.cell != cell) {
      rows.back().emplace_back();
      cell = p.cell;
    }
    std::string& text = rows.back().back();
    if (!text.empty()) text += ' ';
    text += p.text;
  }
  return rows;
}

bool is_number_cell(std::string_view cell) {
  cell = trim_punctuation(cell);
  return !cell.empty() && cell.find_first_not_of("0123456789.") == std::string_view::npos;
}

int column_of(const Row& header, std::initializer_list<std::string_view> names) {
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string folded = fold(header[i]);
    for (const std::string_view name : names) {
      if (folded.find(name) != std::string::npos) return static_cast<int>(i);
    }
  }
  return -1;
}

std::string cell_at(const Row& row, int column) {
  return column >= 0 && static_cast<std::size_t>(column) < row.size() ? row[static_cast<std::size_t>(column)] : std::string();
}

// An attendee table: TT | Họ và tên | Chức danh | Hình thức tham dự. Without a recognised header, the first cell
// that names a person is the name and the next one the role.
std::vector<model::Attendee> attendee_table(const std::vector<Row>& rows) {
  std::vector<model::Attendee> people;
  if (rows.empty()) return people;
  const int name_column = column_of(rows[0], {"ho va ten", "ho ten", "ho, ten"});
  const int role_column = column_of(rows[0], {"chuc danh", "chuc vu", "don vi"});
  for (std::size_t r = name_column >= 0 ? 1 : 0; r < rows.size(); ++r) {
    const Row& row = rows[r];
    int name_at = name_column, role_at = role_column;
    if (name_at < 0) {
      for (std::size_t c = 0; c < row.size() && name_at < 0; ++c) {
        if (!is_number_cell(row[c])) name_at = static_cast<int>(c);
      }
      role_at = name_at + 1;
    }
    model::Attendee person = person_of(cell_at(row, name_at));
    if (person.name.empty()) continue;
    if (role_at >= 0 && !cell_at(row, role_at).empty()) person.role = cell_at(row, role_at);
    for (std::size_t c = 0; c < row.size(); ++c) {
      const int column = static_cast<int>(c);
      if (column == name_at || column == role_at || is_number_cell(row[c]) || row[c].empty()) continue;
      if (!person.note.empty()) person.note += ", ";
      person.note += row[c];
    }
    person.present = fold(person.note).find("vang") == std::string::npos;
    people.push_back(std::move(person));
  }
  return people;
}

// A vote table: a header with Tán thành / Không tán thành / Không biểu quyết columns, one row per resolution.
std::vector<model::Vote> vote_table(const std::vector<Row>& rows) {
  std::vector<model::Vote> votes;
  if (rows.size() < 2) return votes;
  const Row& header = rows[0];
  const int against = column_of(header, {"khong tan thanh", "khong dong y", "phan doi"});
  const int abstain = column_of(header, {"khong bieu quyet", "khong co y kien", "khong y kien", "phieu trang"});
  int favour = -1;
  for (std::size_t i = 0; i < header.size() && favour < 0; ++i) {
    const std::string folded = fold(header[i]);
    const int column = static_cast<int>(i);
    if (column != against && column != abstain &&
        (folded.find("tan thanh") != std::string::npos || folded.find("dong y") != std::string::npos ||
         folded.find("nhat tri") != std::string::npos))
      favour = column;
  }
  if (favour < 0) return votes;
  const int subject = column_of(header, {"noi dung", "van de", "nghi quyet", "ten"});
  const auto count = [](const std::string& cell) -> std::optional<Counted> {
    return cell.empty() ? std::nullopt : number_at(fold(cell), 0);
  };
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const Row& row = rows[r];
    model::Vote vote;
    vote.subject = cell_at(row, subject);
    for (std::size_t c = 0; c < row.size() && vote.subject.empty(); ++c) {
      const int column = static_cast<int>(c);
      if (column != favour && column != against && column != abstain && !is_number_cell(row[c])) vote.subject = row[c];
    }
    if (const auto in_favour = count(cell_at(row, favour))) {
      vote.in_favour = in_favour->value;
      vote.total = in_favour->total;
    }
    if (const auto value = count(cell_at(row, against))) vote.against = value->value;
    if (const auto value = count(cell_at(row, abstain))) vote.abstain = value->value;
    if (vote.in_favour || vote.against || vote.abstain) votes.push_back(std::move(vote));
  }
  return votes;
}

// ---------------------------------------------------------------------------------------------------------------
// The reader

class MinutesReader {
public:
  MinutesReader(const Lines& lines, model::Document& document) : m_lines(lines), m_doc(document) {}

  // Reads from pos up to the signature; returns where it stopped.
  std::size_t read(std::size_t pos) {
    while (pos < m_lines.size()) {
      // Not inside the attendee list: "CHỦ TỊCH UBND XÃ" there is a person's role, not a signature.
      if (!m_in_attendees && starts_signature(m_lines, pos)) break;
      if (m_lines[pos].table >= 0) {
        if (!read_table(pos)) break;
        continue;
      }
      m_line = pos;
      read_line(m_lines[pos].text);
      pos += 1 + m_skip;
      m_skip = 0;
    }
    return pos;
  }

  // A line the header took into the title: only its facts are read, its text stays in the title.
  void read_title_facts(std::string_view text) { read_time_place(text, lead_of(text).rest); }

  void finish() {
    m_minutes.agenda_items = count_agenda_items();
    m_doc.minutes = std::move(m_minutes);
  }

private:
  // ---- the body tree: a path of indices from document.body to the open section

  std::vector<Node>& container() {
    std::vector<Node>* nodes = &m_doc.body;
    for (const std::size_t index : m_path) nodes = &(*nodes)[index].children;
    return *nodes;
  }

  void add_block(Node node) {
    close_speech();
    container().push_back(std::move(node));
  }

  void add_paragraph(std::string_view text) {
    if (m_speech_open) {
      container().back().children.push_back(paragraph_node(text));
      return;
    }
    container().push_back(paragraph_node(text));
  }

  void add_speech(Node speech) {
    close_speech();
    const bool lists = speech.text.ends_with(":");
    container().push_back(std::move(speech));
    m_speech_open = true;
    m_list_expected = lists;
  }

  void close_speech() {
    m_speech_open = false;
    m_list_expected = false;
    m_list_marker.reset();
  }

  // A section at the given depth (0 for Roman and unnumbered headings): it closes the open sections that are not
  // shallower and goes under the one that is.
  void open_section(Node section, int depth) {
    close_speech();
    while (!m_depths.empty() && m_depths.back() >= depth) {
      m_depths.pop_back();
      m_path.pop_back();
    }
    std::vector<Node>& nodes = container();
    nodes.push_back(std::move(section));
    m_path.push_back(nodes.size() - 1);
    m_depths.push_back(depth);
  }

  const Node* top_section() const {
    return m_path.empty() ? nullptr : &m_doc.body[m_path.front()];
  }

  // The heading of the innermost open section that has one: the subject of a vote written without its own.
  std::string open_heading() {
    std::string heading;
    const std::vector<Node>* nodes = &m_doc.body;
    for (const std::size_t index : m_path) {
      const Node& node = (*nodes)[index];
      if (!node.heading.empty()) heading = std::string(trim_punctuation(node.heading));
      nodes = &node.children;
    }
    return heading;
  }

  // ---- lines

  void read_line(std::string_view text) {
    const Lead lead = lead_of(text);
    const std::string_view rest = lead.rest;
    if (auto time = end_time(text)) {
      // The closing sentence belongs to the meeting, not to the last speaker.
      m_minutes.end = *time;
      close_speech();
    }
    if (m_absent && level_of(lead) <= m_absent_level) m_absent = false;
    if (read_time_place(text, rest)) {
      add_paragraph(text);
      return;
    }
    if (read_chair_secretary(text, rest)) return;
    if (read_heading(text, lead)) return;
    // A speech or a vote ends an attendee list that no heading closed.
    if (m_in_attendees && (speech_of(rest) || (mentions_vote(rest) && vote_counts(rest).in_favour))) m_in_attendees = false;
    if (m_in_attendees) {
      read_attendee_line(text, lead);
      return;
    }
    if (m_pending != Pending::None) {
      const model::Attendee person = person_of(text);
      if (!person.name.empty() && (lead.marker == Marker::Dash || lead.marker == Marker::Plus)) {
        std::string& fact = m_pending == Pending::Chair ? m_minutes.chair : m_minutes.secretary;
        if (fact.empty()) fact = person.name;
        add_paragraph(text);
        return;
      }
      m_pending = Pending::None;
    }
    if (read_vote(text, rest)) return;
    if (read_item(text, lead)) return;
    if (auto speech = speech_of(rest)) {
      m_content_started = true;
      add_speech(std::move(*speech));
      return;
    }
    if (m_speech_open) {
      // The first line after a speech's "…:" says what kind of list follows.
      if (m_list_expected) m_list_marker = lead.marker;
      m_list_expected = text.ends_with(":");
    }
    add_paragraph(text);
  }

  // "Thời gian: …", "Hôm nay, vào lúc 19 giờ 30 phút, …, tại Nhà văn hóa thôn Đông, …", "Địa điểm: …".
  bool read_time_place(std::string_view text, std::string_view rest) {
    if (m_content_started) return false;
    const std::string folded = fold(rest.substr(0, 80));
    const auto time_value = label_value(rest, {"thoi gian"});
    const bool sentence = folded.starts_with("hom nay") || folded.starts_with("vao luc") ||
                          folded.starts_with("vao hoi") || folded.find("bat dau luc") != std::string::npos;
    if (m_minutes.start.empty() && (time_value || sentence)) {
      const std::vector<std::string> times = times_in(rest);
      if (!times.empty()) {
        m_minutes.start = times[0];
        // "Thời gian: từ 08 giờ đến 11 giờ 30": the end too, until the closing sentence says otherwise.
        if (time_value && times.size() > 1 && m_minutes.end.empty()) m_minutes.end = times[1];
        if (m_doc.meta.date.empty()) {
          if (const auto date = text::parse_date(text); date && date->day != 0) m_doc.meta.date = text::to_iso(*date);
        }
        const auto tai = rest.find(" tại ");
        if (sentence && m_minutes.place.empty() && tai != std::string_view::npos) {
          const std::string_view place = rest.substr(tai + std::string_view(" tại ").size());
          m_minutes.place = std::string(trim_punctuation(place.substr(0, place.find_first_of(",;"))));
        }
        return true;
      }
    }
    if (const auto place = label_value(rest, {"dia diem"}); place && m_minutes.place.empty() && !place->empty()) {
      m_minutes.place = std::string(trim_punctuation(*place));
      return true;
    }
    return false;
  }

  // "Chủ trì: Ông X, …", "1. Chủ tọa kỳ họp:" over "- Ông X, …" lines, "Thư ký (người ghi biên bản): Bà Y, …".
  bool read_chair_secretary(std::string_view text, std::string_view rest) {
    const auto chair = chair_label(rest);
    const auto secretary = chair ? std::nullopt : secretary_label(rest);
    if (!chair && !secretary) return false;
    std::string& fact = chair ? m_minutes.chair : m_minutes.secretary;
    const std::string_view value = chair ? *chair : *secretary;
    m_in_attendees = false;
    m_absent = false;
    m_pending = Pending::None;
    if (value.empty()) m_pending = chair ? Pending::Chair : Pending::Secretary;
    else if (fact.empty()) fact = first_person(value);
    add_paragraph(text);
    return true;
  }

  // Roman headings, unnumbered part headings, "6. Nội dung hội nghị:", "Thành phần tham dự:".
  bool read_heading(std::string_view text, const Lead& lead) {
    const std::string_view rest = lead.rest;
    const bool roman = lead.marker == Marker::Roman;
    const bool part = lead.marker == Marker::None && is_part_heading(rest);
    const bool numbered_content = lead.marker == Marker::Number && is_content_heading(rest) &&
                                  trim(rest.substr(top_level_colon(rest) == std::string_view::npos
                                                       ? rest.size()
                                                       : top_level_colon(rest) + 1))
                                      .empty();
    if (roman || part || numbered_content) {
      m_in_attendees = !m_content_started && is_attendee_heading(rest);
      m_absent = false;
      m_pending = Pending::None;
      open_section(Node{NodeKind::DebateSection, lead.num, std::string(rest), "", "", "", "", {}},
                   numbered_content ? lead.depth : 0);
      if (!m_in_attendees && !is_standard_heading(rest)) m_content_started = true;
      return true;
    }
    if (!m_content_started && lead.marker != Marker::Dash && lead.marker != Marker::Plus && is_attendee_heading(rest)) {
      m_in_attendees = true;
      m_absent = false;
      const std::size_t colon = top_level_colon(rest);
      const bool bare = colon == std::string_view::npos || trim(rest.substr(colon + 1)).empty();
      if (bare && lead.marker == Marker::None) {
        add_block(Node{NodeKind::Heading, "", "", std::string(text), "", "", "", {}});
        return true;
      }
      read_attendee_line(text, lead);
      return true;
    }
    return false;
  }

  // One line of the attendee part: a group with its counts, a person, an absence list.
  void read_attendee_line(std::string_view text, const Lead& lead) {
    const std::string_view rest = lead.rest;
    if (const auto count = stated_present(rest)) m_minutes.present_count = m_minutes.present_count.value_or(0) + *count;
    const std::size_t vang = absent_word(rest);
    const std::string_view before = rest.substr(0, vang == std::string_view::npos ? rest.size() : vang);
    // People before any "vắng": after the group's label ("Mời dự: Ông A, …; Ông B, …") or the line itself.
    const std::size_t colon = top_level_colon(before);
    const std::string_view listed = colon == std::string_view::npos ? before : before.substr(colon + 1);
    for (model::Attendee& person : people_in(listed, !m_absent)) m_minutes.attendees.push_back(std::move(person));
    if (vang != std::string_view::npos) read_absent(rest.substr(vang), level_of(lead));
    add_paragraph(text);
  }

  // "vắng 02 đại biểu (có lý do):" (the people follow on the next lines), "vắng 01 đồng chí: đồng chí A, …",
  // "vắng: 01 (ông B, …)", "Vắng: Ông C, … (reason); bà D, … (reason)".
  void read_absent(std::string_view from_vang, int level) {
    const std::size_t colon = last_top_level_colon(from_vang);
    std::string_view listed = colon == std::string_view::npos ? from_vang.substr(std::string_view("vắng").size())
                                                              : from_vang.substr(colon + 1);
    listed = trim_punctuation(listed);
    if (listed.empty()) {
      m_absent = true;
      m_absent_level = level;
      return;
    }
    // "01 (ông Dương Văn Lộc, …)": the count, then the people in parentheses.
    if (is_digit(listed.front()) || listed.front() == '(') {
      const auto open = listed.find('(');
      const auto close = listed.rfind(')');
      if (open == std::string_view::npos || close == std::string_view::npos || close < open) return;
      listed = listed.substr(open + 1, close - open - 1);
      if (honorific_size(listed) == 0) return;
    }
    for (model::Attendee& person : people_in(listed, false)) m_minutes.attendees.push_back(std::move(person));
  }

  // A vote line, with its counts on the following lines when it ends at "Kết quả biểu quyết:".
  bool read_vote(std::string_view text, std::string_view rest) {
    if (!mentions_vote(rest)) return false;
    VoteCounts counts = vote_counts(rest);
    std::size_t more = 0;
    if (!counts.in_favour && rest.ends_with(":")) {
      VoteCounts merged;
      for (std::size_t i = m_line + 1; i < m_lines.size() && i <= m_line + 4; ++i) {
        if (m_lines[i].table >= 0 || !is_count_line(lead_of(m_lines[i].text).rest)) break;
        const VoteCounts next = vote_counts(m_lines[i].text);
        if (!merged.in_favour) merged.in_favour = next.in_favour, merged.total = next.total;
        if (!merged.against) merged.against = next.against;
        if (!merged.abstain) merged.abstain = next.abstain;
        ++more;
      }
      counts = merged;
    }
    if (!counts.in_favour) return false;
    std::string subject = vote_subject(rest);
    if (subject.empty()) subject = open_heading();
    m_minutes.votes.push_back({subject, counts.in_favour, counts.against, counts.abstain, counts.total});
    m_content_started = true;
    close_speech();
    add_paragraph(text);
    for (std::size_t i = 1; i <= more; ++i) add_paragraph(m_lines[m_line + i].text);
    m_skip = more;
    return true;
  }

  // A numbered line: a nested section (an agenda item when it stands in the content part), or an item of the
  // list a speech announced, or a plain line of a standard part ("3. Hình thức: …").
  bool read_item(std::string_view text, const Lead& lead) {
    if (lead.marker != Marker::Number) return false;
    if (m_speech_open && (m_list_expected || m_list_marker == Marker::Number)) {
      m_list_expected = false;
      m_list_marker = Marker::Number;
      add_paragraph(text);
      return true;
    }
    const Node* top = top_section();
    if (!m_content_started && (top == nullptr || is_standard_heading(top->heading))) return false;
    m_content_started = true;
    std::optional<Node> speech = speech_of(lead.rest);
    open_section(Node{NodeKind::DebateSection, lead.num, speech ? "" : std::string(lead.rest), "", "", "", "", {}},
                 lead.depth);
    if (speech) add_speech(std::move(*speech));
    return true;
  }

  // A table: an attendee table, a vote table, or the signature laid out in columns (where reading stops).
  bool read_table(std::size_t& pos) {
    const int id = m_lines[pos].table;
    std::size_t end = pos;
    while (end < m_lines.size() && m_lines[end].table == id) ++end;
    if (!m_in_attendees) {
      for (std::size_t i = pos; i < end; ++i) {
        if (!starts_signature(m_lines, i)) continue;
        // "ĐẠI DIỆN …" beside the first signing role: kept as text, the signature starts at the role.
        for (std::size_t j = pos; j < i; ++j) add_paragraph(m_lines[j].text);
        pos = i;
        return false;
      }
    }
    const std::vector<Row> rows = table_rows(m_lines, pos, end);
    if (m_in_attendees) {
      for (model::Attendee& person : attendee_table(rows)) m_minutes.attendees.push_back(std::move(person));
    } else {
      std::vector<model::Vote> votes = vote_table(rows);
      if (!votes.empty()) m_content_started = true;
      for (model::Vote& vote : votes) m_minutes.votes.push_back(std::move(vote));
    }
    std::vector<Node> nodes;
    parse_body(m_lines, pos, end, false, nodes, m_doc.warnings);
    for (Node& node : nodes) add_block(std::move(node));
    pos = end;
    return true;
  }

  // The agenda items are the numbered items of the content part (the first top-level section headed "Nội dung …").
  // When that part has none (an empty "NỘI DUNG CUỘC HỌP" over Roman parts), or there is no content part, they are
  // the top-level sections that are not standard parts of the form (time and place, attendees, chair and
  // secretary, the closing) and not the content heading itself.
  int count_agenda_items() const {
    const std::vector<Node>& body = m_doc.body;
    std::size_t from = 0;
    for (std::size_t i = 0; i < body.size(); ++i) {
      if (body[i].kind != NodeKind::DebateSection || !is_content_heading(body[i].heading)) continue;
      const auto items = std::count_if(body[i].children.begin(), body[i].children.end(),
                                       [](const Node& node) { return node.kind == NodeKind::DebateSection; });
      if (items > 0) return static_cast<int>(items);
      from = i + 1;
      break;
    }
    int count = 0;
    for (std::size_t i = from; i < body.size(); ++i) {
      const Node& node = body[i];
      count += node.kind == NodeKind::DebateSection && !is_standard_heading(node.heading) &&
               !is_content_heading(node.heading);
    }
    return count;
  }

  enum class Pending { None, Chair, Secretary };

  const Lines& m_lines;
  model::Document& m_doc;
  model::Minutes m_minutes;
  std::vector<std::size_t> m_path;  // indices from document.body to the open section
  std::vector<int> m_depths;        // the depth of each open section
  bool m_speech_open = false;       // the last node of the open section is a speech that takes the next paragraphs
  bool m_list_expected = false;     // the speech's last line ends with ':' — a list follows
  std::optional<Marker> m_list_marker;  // the mark of the items of the speech's list
  std::size_t m_line = 0;           // the line being read
  std::size_t m_skip = 0;           // lines the vote reader took ahead (counts under "Kết quả biểu quyết:")
  bool m_content_started = false;   // past the facts and attendees: sections, speeches, votes
  bool m_in_attendees = false;
  bool m_absent = false;            // the lines under "vắng …:" name absent people
  int m_absent_level = 0;
  Pending m_pending = Pending::None;  // "Chủ tọa kỳ họp:" with the people on the next lines
};

}  // namespace

void parse_minutes(const Lines& lines, std::size_t pos, model::Document& document) {
  MinutesReader reader(lines, document);
  // Nothing may separate the title from the opening sentence ("Hôm nay, vào lúc 19 giờ 30 phút, …, tại …"), and
  // then the header reads that sentence as the title's last line: its time and place still count.
  for (std::size_t i = pos >= 3 ? pos - 3 : 0; i < pos; ++i) {
    if (lines[i].table < 0 && document.meta.title.find(lines[i].text) != std::string::npos)
      reader.read_title_facts(lines[i].text);
  }
  pos = reader.read(pos);
  pos = parse_signature(lines, pos, document);
  if (pos < lines.size()) parse_attachments(lines, pos, document);
  reader.finish();
  model::Minutes& minutes = *document.minutes;
  // Unlabelled chair or secretary: the signature block names them.
  for (const model::Signer& signer : document.meta.signers) {
    const std::string role = fold(signer.capacity + " " + signer.role);  // "CHỦ TRÌ" may stand above "CHỦ TỊCH UBND"
    if (minutes.secretary.empty() && (role.find("thu ky") != std::string::npos || role.find("nguoi ghi") != std::string::npos))
      minutes.secretary = signer.name;
    if (minutes.chair.empty() && (role.find("chu tri") != std::string::npos || role.find("chu toa") != std::string::npos))
      minutes.chair = signer.name;
  }
}

}  // namespace vanthu::structure
