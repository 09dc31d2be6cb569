// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/structure: the pieces of the minutes parser (minutes.cpp) that read one line at a time —
// words, leading marks, people, labels (minutes_lines.cpp) and times, counts, votes, speeches, tables
// (minutes_counts.cpp).
#pragma once

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

namespace vanthu::structure::minutes {

using model::Node;
using model::NodeKind;

// One word of a line: its bytes in the original and its folded key without the punctuation around it.
struct Word {
  std::size_t begin = 0, end = 0;
  std::string key;
};

enum class Marker { None, Roman, Number, Dash, Plus };

struct Lead {
  Marker marker = Marker::None;
  std::string num;        // as written: "IV.", "2.1.", "-", "+"
  int depth = 0;          // Number: how many numbers ("2.1." → 2)
  std::string_view rest;  // the text after the mark
};

struct Counted {
  int value = 0;
  std::optional<int> total;
};

struct VoteCounts {
  std::optional<int> in_favour, against, abstain, total;
};

// Words (folded) that say someone speaks; lower case in the text, where role names are capitalised.
constexpr std::array<std::string_view, 35> kSpeechVerbs = {
    "phat bieu", "trinh bay", "bao cao", "y kien", "de nghi", "neu", "ket luan", "gop y", "giai trinh",
    "tham luan", "chi dao", "thong qua", "tuyen bo", "thong tin", "thong bao", "tra loi", "chat van", "bo sung",
    "tiep thu", "cong bo", "phan anh", "de xuat", "nhan manh", "khai mac", "be mac", "thay mat", "gioi thieu",
    "dieu hanh", "kien nghi", "quan triet", "trao doi", "cho biet", "nhat tri", "thong nhat", "dong y"};

// Verbs whose folded form is also part of role names ("đọc"/"Giám đốc", "hỏi"/"Hội"): matched as written.
constexpr std::array<std::string_view, 2> kExactSpeechVerbs = {"đọc", "hỏi"};

using Row = std::vector<std::string>;

// minutes_lines.cpp
std::vector<Word> words_of(std::string_view text);
std::string first_letter(std::string_view word);
bool starts_upper(std::string_view word);
bool starts_lower(std::string_view word);
std::string_view trim_punctuation(std::string_view text);
std::size_t top_level_colon(std::string_view text, std::size_t from = 0);
std::size_t last_top_level_colon(std::string_view text);
std::vector<std::string_view> split_top_level(std::string_view text, char separator);
std::size_t number_prefix(std::string_view text, int& depth);
Lead lead_of(std::string_view text);
int level_of(const Lead& lead);
std::size_t honorific_size(std::string_view text);
std::size_t name_size(std::string_view text);
model::Attendee person_of(std::string_view text);
std::vector<model::Attendee> people_in(std::string_view text, bool present);
std::string first_person(std::string_view value);
bool is_label_qualifier(std::string_view word);
std::optional<std::string_view> label_value(std::string_view text, std::initializer_list<std::string_view> labels);
std::optional<std::string_view> chair_label(std::string_view rest);
std::optional<std::string_view> secretary_label(std::string_view rest);
bool is_standard_heading(std::string_view heading);
bool is_content_heading(std::string_view heading);
bool is_attendee_heading(std::string_view rest);
bool is_part_heading(std::string_view text);
Node paragraph_node(std::string_view text);
bool is_digit(char c);
bool is_letter(std::string_view ch);

// minutes_counts.cpp
std::string hh_mm(int hour, int minute);
std::vector<std::string> times_in(std::string_view text);
std::optional<std::string> end_time(std::string_view text);
bool word_boundary(const std::string& folded, std::size_t at, std::size_t size);
std::optional<Counted> number_at(const std::string& folded, std::size_t i);
std::optional<Counted> number_before(const std::string& folded, std::size_t at);
std::optional<Counted> count_for(const std::string& folded, std::initializer_list<std::string_view> keys, bool positive);
std::string fold_vote_text(std::string_view text);
VoteCounts vote_counts(std::string_view text);
bool mentions_vote(std::string_view rest);
bool is_count_line(std::string_view rest);
std::string vote_subject(std::string_view rest);
std::optional<int> stated_present(std::string_view text);
std::size_t absent_word(std::string_view rest);
std::size_t speech_verb(std::string_view text, std::size_t max_words);
std::optional<Node> speech_of(std::string_view text);
std::vector<Row> table_rows(const Lines& lines, std::size_t begin, std::size_t end);
bool is_number_cell(std::string_view cell);
int column_of(const Row& header, std::initializer_list<std::string_view> names);
std::string cell_at(const Row& row, int column);
std::vector<model::Attendee> attendee_table(const std::vector<Row>& rows);
std::vector<model::Vote> vote_table(const std::vector<Row>& rows);

}  // namespace vanthu::structure::minutes
