// SPDX-License-Identifier: Apache-2.0
//
// Minutes (biên bản). The facts a reader looks for first — when, where, who attended, who chaired, who took the
// minutes, what was decided and by how many votes — are read from the labelled lines clerks write ("Thời gian:",
// "Địa điểm:", "Thành phần tham dự:", "Chủ trì:", "Thư ký:", "Kết quả biểu quyết: …"); the agenda items become debate
// sections and "Ông/Bà X – role phát biểu: …" lines become speeches.
#include <array>
#include <regex>
#include <string>

#include "structure/parse.h"
#include "text/text.h"

namespace vanthu::structure {
namespace {

using model::Node;
using model::NodeKind;

std::string hh_mm(int hour, int minute) {
  std::string out = (hour < 10 ? "0" : "") + std::to_string(hour) + ":";
  out += (minute < 10 ? "0" : "") + std::to_string(minute < 0 ? 0 : minute);
  return out;
}

std::optional<std::string> first_time(std::string_view text) {
  for (const text::DateMention& mention : text::find_dates(text)) {
    if (mention.kind == text::DateKind::Time && mention.hour >= 0 && mention.hour < 24) return hh_mm(mention.hour, mention.minute);
  }
  return std::nullopt;
}

std::string_view after_colon(std::string_view text) {
  const auto colon = text.find(':');
  return colon == std::string_view::npos ? std::string_view{} : trim(text.substr(colon + 1));
}

// "Ông Nguyễn Văn An", "Bà Lê Thị B", "Đồng chí X", "đ/c X" → the name; the honorific is not part of it.
std::string strip_honorific(std::string_view text) {
  text = trim(text);
  for (const std::string_view honorific : {"ông ", "bà ", "đồng chí ", "đ/c ", "anh ", "chị ", "thầy ", "cô ", "đc "}) {
    if (starts_with_folded(text, fold(honorific)) && fold(text.substr(0, honorific.size())) == fold(honorific)) {
      text.remove_prefix(honorific.size());
      break;
    }
  }
  return std::string(trim(text));
}

// "Ông Nguyễn Văn An – Chủ tịch UBND xã" → name and role, split at the first dash or comma after the name.
model::Attendee person_of(std::string_view text) {
  model::Attendee attendee;
  std::string_view line = trim(text);
  while (!line.empty() && (line.back() == ';' || line.back() == '.' || line.back() == ',')) line.remove_suffix(1);
  if (line.starts_with("- ") || line.starts_with("+ ")) line.remove_prefix(2);
  // A note in parentheses at the end: "(có lý do)", "(vắng có lý do)".
  if (line.ends_with(")")) {
    const auto open = line.rfind('(');
    if (open != std::string_view::npos) {
      attendee.note = std::string(line.substr(open + 1, line.size() - open - 2));
      line = trim(line.substr(0, open));
    }
  }
  std::size_t cut = std::string_view::npos;
  std::size_t cut_size = 0;
  for (const std::string_view separator : {" – ", " - ", " — ", ", ", ": "}) {
    const auto at = line.find(separator);
    if (at != std::string_view::npos && at < cut) {
      cut = at;
      cut_size = separator.size();
    }
  }
  const std::string_view name = cut == std::string_view::npos ? line : line.substr(0, cut);
  attendee.name = strip_honorific(name);
  if (cut != std::string_view::npos) attendee.role = std::string(trim(line.substr(cut + cut_size)));
  return attendee;
}

// Vote counts in one line: "tán thành 25/27 (92,6%)", "Tán thành: 10 phiếu", "không tán thành 1", "không biểu quyết 1".
struct VoteCounts {
  std::optional<int> in_favour, against, abstain, total;
  bool any() const { return in_favour || against || abstain; }
};

std::optional<int> number_after(const std::string& folded, std::string_view key, std::optional<int>* total = nullptr) {
  std::size_t at = 0;
  while ((at = folded.find(key, at)) != std::string::npos) {
    // "tan thanh" inside "khong tan thanh" belongs to the other count.
    if (key == "tan thanh" && at >= 6 && folded.compare(at - 6, 6, "khong ") == 0) {
      at += key.size();
      continue;
    }
    std::size_t i = at + key.size();
    while (i < folded.size() && (folded[i] == ' ' || folded[i] == ':' || folded[i] == '=')) ++i;
    std::size_t j = i;
    while (j < folded.size() && std::isdigit(static_cast<unsigned char>(folded[j])) != 0) ++j;
    if (j > i && j - i < 6) {
      const int value = std::stoi(folded.substr(i, j - i));
      if (total != nullptr && j + 1 < folded.size() && folded[j] == '/') {
        std::size_t k = j + 1;
        while (k < folded.size() && std::isdigit(static_cast<unsigned char>(folded[k])) != 0) ++k;
        if (k > j + 1 && k - j < 7) *total = std::stoi(folded.substr(j + 1, k - j - 1));
      }
      return value;
    }
    at += key.size();
  }
  return std::nullopt;
}

VoteCounts vote_counts(std::string_view text) {
  const std::string folded = fold(text);
  VoteCounts counts;
  counts.in_favour = number_after(folded, "tan thanh", &counts.total);
  if (!counts.in_favour) counts.in_favour = number_after(folded, "dong y", &counts.total);
  if (!counts.in_favour) counts.in_favour = number_after(folded, "nhat tri", &counts.total);
  counts.against = number_after(folded, "khong tan thanh");
  if (!counts.against) counts.against = number_after(folded, "khong dong y");
  if (!counts.against) counts.against = number_after(folded, "phan doi");
  counts.abstain = number_after(folded, "khong bieu quyet");
  if (!counts.abstain) counts.abstain = number_after(folded, "khong y kien");
  if (!counts.abstain) counts.abstain = number_after(folded, "phieu trang");
  if (!counts.abstain) counts.abstain = number_after(folded, "bo phieu trang");
  return counts;
}

constexpr std::array<std::string_view, 12> kSpeechVerbs = {
    "phat bieu", "trinh bay", "bao cao", "y kien", "de nghi", "neu", "ket luan", "gop y", "giai trinh",
    "tham luan", "chi dao", "thong qua"};

// "Ông Nguyễn Văn An – Chủ tịch UBND xã phát biểu: …", "Bà X (Trưởng ban): …" → a speech.
std::optional<Node> speech_of(std::string_view text) {
  const std::string folded = fold(text.substr(0, 14));
  if (!(folded.starts_with("ong ") || folded.starts_with("ba ") || folded.starts_with("dong chi ") ||
        folded.starts_with("d/c ")))
    return std::nullopt;
  const auto colon = text.find(':');
  if (colon == std::string_view::npos || colon > 220) return std::nullopt;
  std::string_view speaker = text.substr(0, colon);
  // The verb ends the speaker part: "… phát biểu", "… báo cáo".
  const std::string folded_speaker = fold(speaker);
  std::size_t verb_at = std::string::npos;
  for (const std::string_view verb : kSpeechVerbs) {
    const auto at = folded_speaker.rfind(" " + std::string(verb));
    if (at != std::string::npos && (verb_at == std::string::npos || at < verb_at)) verb_at = at;
  }
  if (verb_at != std::string::npos) {
    // Cut the original at the same word count as the folded text.
    const std::size_t words = static_cast<std::size_t>(std::count(folded_speaker.begin(), folded_speaker.begin() + static_cast<std::ptrdiff_t>(verb_at), ' '));
    std::size_t pos = 0;
    for (std::size_t w = 0; w <= words && pos < speaker.size(); ++w) {
      if (w > 0) ++pos;
      while (pos < speaker.size() && speaker[pos] != ' ') ++pos;
    }
    speaker = trim(speaker.substr(0, pos));
  }
  model::Attendee person = person_of(speaker);
  if (person.name.empty() || !looks_like_name(person.name)) {
    // "Bà Nguyễn Thị C (Trưởng ban):" — role in parentheses became the note.
    if (person.role.empty() && !person.note.empty()) person.role = person.note;
    if (person.name.empty() || !looks_like_name(person.name)) return std::nullopt;
  }
  if (person.role.empty() && !person.note.empty()) person.role = person.note;
  Node speech{NodeKind::Speech, "", "", std::string(trim(text.substr(colon + 1))), person.name, person.role, "", {}};
  return speech;
}

bool is_label(std::string_view text, std::string_view folded_label) {
  const std::string folded = fold(text.substr(0, folded_label.size() * 3 + 4));
  if (!folded.starts_with(folded_label)) return false;
  return text.find(':') != std::string_view::npos && text.find(':') < folded_label.size() * 3 + 6;
}

bool is_attendee_heading(std::string_view text) {
  const std::string folded = fold(text);
  return (folded.find("thanh phan") != std::string::npos || folded.starts_with("co mat") ||
          folded.starts_with("hien dien") || folded.find("dai bieu tham du") != std::string::npos) &&
         text.size() < 120;
}

bool is_absent_label(std::string_view text) {
  const std::string folded = fold(text.substr(0, 40));
  return folded.starts_with("vang") || folded.starts_with("- vang");
}

}  // namespace

void parse_minutes(const Lines& lines, std::size_t pos, model::Document& document) {
  model::Minutes minutes;
  enum class Zone { Facts, Attendees, Absent, Content } zone = Zone::Facts;
  Node* section = nullptr;        // the open agenda item
  Node* speech = nullptr;         // the open speech
  std::vector<Node>& body = document.body;
  std::vector<Node> loose;        // content before the first agenda item
  int agenda_items = 0;

  const auto add = [&](Node node) {
    if (speech != nullptr && node.kind == NodeKind::Paragraph) {
      speech->children.push_back(std::move(node));
      return;
    }
    if (section != nullptr) section->children.push_back(std::move(node));
    else body.push_back(std::move(node));
  };

  while (pos < lines.size()) {
    const std::string_view text = lines[pos].text;
    if (zone == Zone::Content && starts_signature(lines, pos)) break;
    if (lines[pos].table >= 0 && zone == Zone::Attendees) {
      // An attendee table: name and role per row (the number column is skipped).
      const int table = lines[pos].table;
      int row = lines[pos].row;
      std::vector<std::string> cells;
      const auto flush = [&] {
        std::vector<std::string> useful;
        for (const std::string& cell : cells) {
          if (!cell.empty() && !std::all_of(cell.begin(), cell.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.'; }))
            useful.push_back(cell);
        }
        if (!useful.empty() && looks_like_name(strip_honorific(useful[0]))) {
          model::Attendee attendee{strip_honorific(useful[0]), useful.size() > 1 ? useful[1] : "", true, ""};
          if (useful.size() > 2) attendee.note = useful[2];
          const std::string note = fold(attendee.note);
          if (note.starts_with("vang")) attendee.present = false;
          minutes.attendees.push_back(std::move(attendee));
        }
        cells.clear();
      };
      while (pos < lines.size() && lines[pos].table == table) {
        if (lines[pos].row != row) {
          flush();
          row = lines[pos].row;
        }
        cells.push_back(lines[pos].text);
        ++pos;
      }
      flush();
      continue;
    }
    const Line line = classify_line(text);
    const std::string folded = fold(text.substr(0, 80));

    if (minutes.start.empty() && (is_label(text, "thoi gian") || folded.starts_with("hom nay") ||
                                  folded.starts_with("vao luc") || folded.starts_with("vao hoi") ||
                                  folded.find("thoi gian:") != std::string::npos)) {
      if (auto time = first_time(text)) minutes.start = *time;
      if (document.meta.date.empty()) {
        if (const auto date = text::parse_date(text); date && date->day != 0) document.meta.date = text::to_iso(*date);
      }
      const auto tai = text.find(" tại ");
      if (minutes.place.empty() && folded.starts_with("hom nay") && tai != std::string_view::npos) {
        std::string_view place = trim(text.substr(tai + std::string_view(" tại ").size()));
        const auto stop = place.find_first_of(",;");
        minutes.place = std::string(trim(place.substr(0, stop)));
        while (!minutes.place.empty() && minutes.place.back() == '.') minutes.place.pop_back();
      }
      add(Node{NodeKind::Paragraph, "", "", std::string(text), "", "", "", {}});
      ++pos;
      continue;
    }
    if (minutes.place.empty() && is_label(text, "dia diem")) {
      minutes.place = std::string(after_colon(text));
      while (!minutes.place.empty() && minutes.place.back() == '.') minutes.place.pop_back();
      add(Node{NodeKind::Paragraph, "", "", std::string(text), "", "", "", {}});
      ++pos;
      continue;
    }
    if (is_label(text, "chu tri") || is_label(text, "chu toa") || is_label(text, "chu tich cuoc hop") ||
        is_label(text, "nguoi chu tri")) {
      minutes.chair = person_of(after_colon(text)).name;
      add(Node{NodeKind::Paragraph, "", "", std::string(text), "", "", "", {}});
      if (zone != Zone::Content) zone = Zone::Facts;
      ++pos;
      continue;
    }
    if (is_label(text, "thu ky") || is_label(text, "nguoi ghi bien ban") || is_label(text, "thu ky cuoc hop") ||
        is_label(text, "nguoi ghi")) {
      minutes.secretary = person_of(after_colon(text)).name;
      add(Node{NodeKind::Paragraph, "", "", std::string(text), "", "", "", {}});
      if (zone != Zone::Content) zone = Zone::Facts;
      ++pos;
      continue;
    }
    if (zone != Zone::Content && is_attendee_heading(text)) {
      zone = Zone::Attendees;
      add(Node{NodeKind::Heading, "", "", std::string(text), "", "", "", {}});
      const std::string_view rest = after_colon(text);
      if (!rest.empty() && looks_like_name(strip_honorific(person_of(rest).name))) minutes.attendees.push_back(person_of(rest));
      ++pos;
      continue;
    }
    if (zone == Zone::Attendees || zone == Zone::Absent) {
      if (is_absent_label(text)) {
        zone = Zone::Absent;
        std::string_view rest = after_colon(text);
        if (!rest.empty()) {
          model::Attendee attendee = person_of(rest);
          attendee.present = false;
          if (looks_like_name(attendee.name)) minutes.attendees.push_back(std::move(attendee));
        }
        add(Node{NodeKind::Paragraph, "", "", std::string(text), "", "", "", {}});
        ++pos;
        continue;
      }
      if (line.kind == LineKind::Indent || line.kind == LineKind::Clause || line.kind == LineKind::Text) {
        model::Attendee attendee = person_of(line.kind == LineKind::Text ? text : std::string_view(line.rest));
        if (looks_like_name(attendee.name)) {
          attendee.present = zone == Zone::Attendees;
          minutes.attendees.push_back(std::move(attendee));
          add(Node{NodeKind::Paragraph, "", "", std::string(text), "", "", "", {}});
          ++pos;
          continue;
        }
        if (line.kind == LineKind::Indent || line.kind == LineKind::Text) {
          // A group line ("- Đại diện các ban ngành …"): kept, still in the attendee part.
          add(Node{NodeKind::Paragraph, "", "", std::string(text), "", "", "", {}});
          ++pos;
          continue;
        }
      }
      zone = Zone::Content;
    }
    // Content: agenda items, speeches, votes, the end.
    if (line.kind == LineKind::Roman || (line.kind == LineKind::Clause && zone == Zone::Content) ||
        (line.kind == LineKind::Clause && zone == Zone::Facts && fold(line.rest).find("noi dung") != std::string::npos)) {
      zone = Zone::Content;
      Node item{NodeKind::DebateSection, line.num, line.rest, "", "", "", "", {}};
      const std::string heading = fold(line.rest);
      const bool standard = heading.starts_with("thoi gian") || heading.starts_with("thanh phan") ||
                            heading.starts_with("noi dung") || heading.starts_with("dia diem");
      if (line.kind == LineKind::Roman || section == nullptr) {
        body.push_back(std::move(item));
        section = &body.back();
      } else {
        // "1." under "II. NỘI DUNG": an agenda item inside the content part.
        Node* parent = section;
        while (parent->kind == NodeKind::DebateSection && !parent->children.empty() &&
               parent->children.back().kind == NodeKind::DebateSection && parent->num.find('.') != std::string::npos &&
               parent->num.size() > 1 && std::isdigit(static_cast<unsigned char>(parent->num[0])) != 0)
          break;
        if (std::isdigit(static_cast<unsigned char>(section->num.empty() ? 'x' : section->num[0])) != 0 && !body.empty() &&
            &body.back() != section) {
          // section is a numbered item already: its sibling goes into the same Roman part.
          Node& roman = body.back();
          roman.children.push_back(std::move(item));
          section = &roman.children.back();
        } else if (std::isdigit(static_cast<unsigned char>(section->num.empty() ? 'x' : section->num[0])) != 0) {
          body.push_back(std::move(item));
          section = &body.back();
        } else {
          section->children.push_back(std::move(item));
          section = &section->children.back();
        }
      }
      if (!standard) ++agenda_items;
      speech = nullptr;
      ++pos;
      continue;
    }
    if (auto found = speech_of(text)) {
      zone = Zone::Content;
      speech = nullptr;
      add(std::move(*found));
      std::vector<Node>& container = section != nullptr ? section->children : body;
      speech = &container.back();
      ++pos;
      continue;
    }
    if (folded.find("bieu quyet") != std::string::npos || folded.find("tan thanh") != std::string::npos ||
        folded.find("bo phieu") != std::string::npos) {
      VoteCounts counts = vote_counts(text);
      // Counts may follow on the next lines ("- Tán thành: 10", "- Không tán thành: 1").
      std::size_t next = pos + 1;
      while (next < lines.size() && next < pos + 4) {
        const std::string next_folded = fold(lines[next].text.substr(0, 60));
        if (!(next_folded.find("tan thanh") != std::string::npos || next_folded.find("khong bieu quyet") != std::string::npos ||
              next_folded.find("dong y") != std::string::npos || next_folded.find("khong y kien") != std::string::npos))
          break;
        const VoteCounts more = vote_counts(lines[next].text);
        if (!counts.in_favour) counts.in_favour = more.in_favour;
        if (!counts.against) counts.against = more.against;
        if (!counts.abstain) counts.abstain = more.abstain;
        if (!counts.total) counts.total = more.total;
        ++next;
      }
      if (counts.any()) {
        std::string subject = section != nullptr ? section->heading : std::string();
        if (subject.empty()) subject = std::string(text.substr(0, text.find(':')));
        minutes.votes.push_back({subject, counts.in_favour, counts.against, counts.abstain, counts.total});
        for (std::size_t i = pos; i < next; ++i) add(Node{NodeKind::Paragraph, "", "", lines[i].text, "", "", "", {}});
        pos = next;
        zone = Zone::Content;
        continue;
      }
    }
    if (folded.find("ket thuc") != std::string::npos && (folded.find("cuoc hop") != std::string::npos ||
                                                       folded.find("hoi nghi") != std::string::npos ||
                                                       folded.find("buoi") != std::string::npos ||
                                                       folded.find("ky hop") != std::string::npos ||
                                                       folded.find("phien") != std::string::npos)) {
      if (auto time = first_time(text)) minutes.end = *time;
    }
    add(Node{line.kind == LineKind::Text ? NodeKind::Paragraph : NodeKind::Paragraph, "", "", std::string(text), "", "", "", {}});
    ++pos;
  }
  (void)loose;
  pos = parse_signature(lines, pos, document);
  if (pos < lines.size()) parse_attachments(lines, pos, document);
  for (const model::Signer& signer : document.meta.signers) {
    const std::string role = fold(signer.role);
    if (minutes.secretary.empty() && (role.find("thu ky") != std::string::npos || role.find("nguoi ghi") != std::string::npos))
      minutes.secretary = signer.name;
    if (minutes.chair.empty() && (role.find("chu tri") != std::string::npos || role.find("chu toa") != std::string::npos))
      minutes.chair = signer.name;
  }
  if (agenda_items == 0) {
    for (const Node& node : body) agenda_items += node.kind == NodeKind::DebateSection;
  }
  document.minutes = std::move(minutes);
  document.warnings.reserve(document.warnings.size());
  (void)agenda_items;
}

}  // namespace vanthu::structure
