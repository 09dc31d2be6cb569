// SPDX-License-Identifier: Apache-2.0
//
// Minutes, line by line: times, vote and attendance counts, speeches and tables.
#include "structure/minutes_parts.h"

namespace vanthu::structure::minutes {

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

}  // namespace vanthu::structure::minutes
