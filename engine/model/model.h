// SPDX-License-Identifier: Apache-2.0
//
// model: the document as vanthu understands it — metadata, preamble, a tree of provisions, signatures, appendices,
// and for minutes the meeting facts — and its one canonical form, Akoma Ntoso 3.0 XML (ARCHITECTURE.md §3).
//
// Contracts:
// - to_akn() is deterministic: the same Document gives the same bytes. Every document it writes validates against
//   the official schema (engine/model/schema/akomantoso30.xsd); validate_akn() checks that.
// - from_akn() reads what to_akn() writes back into an equal Document (round trip), and reads other AKN best-effort.
// - XML parsing never loads external entities or DTDs and refuses entity expansion beyond a small cap.
// - Text is NFC UTF-8 everywhere; num/heading/text are as written in the source (display form).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"

namespace vanthu::model {

// The AKN document element (ARCHITECTURE.md §3 table).
enum class DocumentKind : std::uint8_t { Act, Statement, Doc, Debate };
std::string_view document_kind_name(DocumentKind kind);  // "act", "statement", "doc", "debate"

enum class NodeKind : std::uint8_t {
  // hierarchy (Phần / Chương / Mục / Tiểu mục / Điều / Khoản / Điểm / gạch đầu dòng)
  Part, Chapter, Section, Subsection, Article, Clause, Point, Indent,
  Paragraph,      // one paragraph of text (AKN p)
  Table, Row, Cell,
  Quoted,         // quoted amending text ("… được sửa đổi như sau: “Điều 5. …”"): children are its own structure
  Heading,        // a free-standing heading line inside an appendix or minutes section (AKN p class="heading")
  DebateSection,  // minutes: one agenda item (heading = its title)
  Speech,         // minutes: what one person said (by = person's name, role = as written)
};
std::string_view node_kind_name(NodeKind kind);  // "part", "chapter", … (AKN element names)
bool is_hierarchy(NodeKind kind);                // Part … Indent

struct Node {
  NodeKind kind = NodeKind::Paragraph;
  std::string num;      // as written: "Chương II", "Điều 5a", "1.", "đ)", "-"; "" when none
  std::string heading;  // article/chapter title; debate section title
  std::string text;     // Paragraph/Cell/Heading text; for hierarchy nodes their own lead-in text ("1. Text …")
  std::string by;       // Speech: the speaker's name; Quoted: the cited document, when known
  std::string role;     // Speech: the speaker's role as written
  std::string eid;      // set by assign_eids(): "chp_II__art_5__para_1__point_đ"
  std::vector<Node> children;
};

struct Signer {
  std::string capacity;  // the lines above the role: "TM. ỦY BAN NHÂN DÂN", "KT. BỘ TRƯỞNG"; "" when none
  std::string role;      // "CHỦ TỊCH", "THỨ TRƯỞNG"
  std::string name;      // "Nguyễn Văn A"
};

struct Attendee {
  std::string name;
  std::string role;      // as written: "Chủ tịch UBND xã"
  bool present = true;
  std::string note;      // absent: the reason; present: "chủ trì", "thư ký" …
};

struct Vote {
  std::string subject;                 // what was voted on
  std::optional<int> in_favour;        // tán thành
  std::optional<int> against;          // không tán thành
  std::optional<int> abstain;          // không biểu quyết / không ý kiến
  std::optional<int> total;            // đại biểu có mặt / tổng số, when stated
};

struct Minutes {
  std::string start;   // "08:00"
  std::string end;     // "11:30"
  std::string place;
  std::string chair;
  std::string secretary;
  std::vector<Attendee> attendees;
  std::optional<int> present_count;  // as stated ("có mặt 23 đại biểu"), summed over groups; none when not stated
  int agenda_items = 0;              // items of the meeting's agenda (the debate sections that are agenda items)
  std::vector<Vote> votes;
};

struct SignatureStamp {
  std::string signer, organization, time;
};

struct Metadata {
  DocumentKind kind = DocumentKind::Doc;
  std::string type;           // "Nghị định", "Biên bản"; "" when unknown
  std::string type_as_written;  // "NGHỊ ĐỊNH"
  std::string number;         // "158/2025/NĐ-CP"
  std::string issuer;         // the issuing body, lowest header line: "BỘ TÀI CHÍNH" / "TỔNG CỤC THUẾ"
  std::string issuer_parent;  // the body above it in the header, if any
  std::string place;          // "Hà Nội"
  std::string date;           // ISO "2025-06-25"; "" when unknown
  std::string date_as_written;  // "Hà Nội, ngày 25 tháng 6 năm 2025"
  std::string title;          // trích yếu / name of the law, one line
  // Set by the library when another work already has this document's URI (minutes named only by their title and
  // date): "2" makes the URI end in "-2", so every work keeps an address of its own. "" for almost every document.
  std::string work_suffix;
  std::vector<std::string> motto;  // Quốc hiệu and Tiêu ngữ lines as written (or Party motto)
  std::vector<Signer> signers;
  // provenance
  std::string source_name;    // original file name
  std::string source_format;  // "txt", "docx", …
  std::string source_encoding;
  std::string source_sha256;
  std::vector<SignatureStamp> stamps;
  std::vector<std::string> running_headers;
};

struct Attachment {
  std::string heading;        // "Phụ lục I", "Mẫu số 01"
  std::string title;          // its title lines joined
  std::vector<Node> body;
  std::string eid;            // "att_1"
};

struct Document {
  Metadata meta;
  std::vector<Node> preface;             // header lines not otherwise placed (kept as Paragraph nodes)
  std::vector<std::string> citations;    // "Căn cứ …" lines, each one citation
  std::vector<std::string> formula;      // "Theo đề nghị của …", "Chính phủ ban hành …"
  std::vector<Node> body;                // provisions; for minutes, DebateSection nodes
  std::vector<std::string> recipients;   // "Nơi nhận:" lines after the heading
  std::vector<Node> closing;             // text between the body and the signatures that is not structure
  std::vector<Attachment> attachments;
  std::optional<Minutes> minutes;
  std::vector<std::string> notes;        // footnotes, in order ("Điều này được sửa đổi theo …" in consolidated texts)
  std::vector<std::string> warnings;
};

// Counts of the document's own structure (quoted amending text and attachments not counted).
struct Counts {
  int parts = 0, chapters = 0, sections = 0, articles = 0, clauses = 0, points = 0;
};
Counts count_structure(const Document& document);

// Sets eid on every hierarchy node, table and attachment (AKN naming: chp_II__art_5__para_1__point_đ; articles
// unique by number may be addressed as art_5). Duplicate ids get a suffix so every eId is unique.
void assign_eids(Document& document);

// "/akn/vn/act/nghi-dinh/2025-06-25/158-2025-nd-cp": the FRBR work URI. Documents without a number use a slug of
// the title; without a date, the year "0000-00-00" is never used: the URI takes "nd" (no date) instead. A
// work_suffix is appended ("…-2").
std::string work_uri(const Metadata& meta);

// The canonical XML. Calls assign_eids() on a copy; deterministic.
std::string to_akn(const Document& document);

// Parses AKN XML (what to_akn writes, or other AKN best-effort). name is for messages.
Result<Document> from_akn(std::string_view name, std::string_view xml);

// Validates XML against the Akoma Ntoso 3.0 schema (loaded once, thread-safe after that). InvalidArgument lists the
// first errors with their line numbers.
Status validate_akn(std::string_view xml);

}  // namespace vanthu::model
