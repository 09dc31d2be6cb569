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

#include "structure/minutes_parts.h"

namespace vanthu::structure {
namespace {

using namespace minutes;

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
