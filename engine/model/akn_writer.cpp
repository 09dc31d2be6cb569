// SPDX-License-Identifier: Apache-2.0
//
// Document → Akoma Ntoso 3.0 XML through a libxml2 tree. Determinism: element and attribute order are fixed by this
// code, ids by assign_eids(), no clock or random value is read, and the serializer indents only element-only content.
// Text that XML 1.0 cannot hold (C0 controls, U+FFFE/U+FFFF) is dropped and invalid UTF-8 becomes U+FFFD here,
// the last line of defence.
#include <libxml/tree.h>

#include <map>
#include <string>

#include "base/base.h"
#include "model/akn_names.h"
#include "model/model.h"
#include "text/text.h"

namespace vanthu::model {
namespace {

const xmlChar* x(const char* s) { return reinterpret_cast<const xmlChar*>(s); }

std::string xml_safe_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t start = pos;
    const char32_t cp = utf8_next(text, pos);
    const bool allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
                         (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
    if (!allowed) continue;
    if (cp == 0xFFFD) utf8_append(out, cp);  // invalid UTF-8 reads as U+FFFD: write that, never the bad bytes
    else out.append(text.substr(start, pos - start));
  }
  return out;
}

class Writer {
public:
  explicit Writer(const Document& document) : m_doc(document) {}

  std::string write() {
    xmlDoc* xml = xmlNewDoc(x("1.0"));
    xmlNode* root = xmlNewNode(nullptr, x("akomaNtoso"));
    xmlDocSetRootElement(xml, root);
    m_ns = xmlNewNs(root, x(kAknNamespace), nullptr);
    xmlSetNs(root, m_ns);
    m_vt = xmlNewNs(root, x(kVanthuNamespace), x("vt"));

    const Metadata& meta = m_doc.meta;
    xmlNode* top = element(root, std::string(document_kind_name(meta.kind)));
    set(top, "name", type_name_slug(meta));
    write_meta(top, meta, work_uri(meta));
    write_preface(top);
    write_preamble(top);
    write_body(top);
    write_conclusions(top);
    write_attachments(top);

    xmlChar* buffer = nullptr;
    int size = 0;
    xmlDocDumpFormatMemoryEnc(xml, &buffer, &size, "UTF-8", 1);
    std::string out(reinterpret_cast<const char*>(buffer), static_cast<std::size_t>(size));
    xmlFree(buffer);
    xmlFreeDoc(xml);
    return out;
  }

private:
  static std::string type_name_slug(const Metadata& meta) {
    std::string slug = text::slugify(meta.type);
    return slug.empty() ? std::string("van-ban") : slug;
  }

  xmlNode* element(xmlNode* parent, const std::string& name, xmlNs* ns = nullptr) {
    return xmlNewChild(parent, ns ? ns : m_ns, x(name.c_str()), nullptr);
  }
  xmlNode* text_element(xmlNode* parent, const std::string& name, std::string_view content, xmlNs* ns = nullptr) {
    xmlNode* node = element(parent, name, ns);
    add_text(node, content);
    return node;
  }
  static void add_text(xmlNode* node, std::string_view content) {
    const std::string safe = xml_safe_text(content);
    xmlNodeAddContentLen(node, x(safe.c_str()), static_cast<int>(safe.size()));
  }
  static void set(xmlNode* node, const char* name, std::string_view value) {
    xmlNewProp(node, x(name), x(xml_safe_text(value).c_str()));
  }

  // --- meta -----------------------------------------------------------------------------------------------------

  // Stable ids for people and roles, unique even when two names fold alike ("Lê Văn An", "Le Van An").
  static std::string intern(std::map<std::string, std::string>& by_name, std::map<std::string, std::string>& by_id,
                            const std::string& name, const std::string& base) {
    if (const auto found = by_name.find(name); found != by_name.end()) return found->second;
    std::string id = base;
    for (int n = 2; by_id.count(id) != 0; ++n) id = base + "-" + std::to_string(n);
    by_name.emplace(name, id);
    by_id.emplace(id, name);
    return id;
  }
  std::string person_id(const std::string& name) {
    const std::string slug = text::slugify(name);
    return intern(m_persons, m_person_ids, name, slug.empty() ? std::string("nguoi") : slug);
  }
  std::string role_id(const std::string& role) {
    return intern(m_roles, m_role_ids, role, "vai-tro-" + text::slugify(role));
  }

  void collect_people() {
    for (const Signer& signer : m_doc.meta.signers) {
      if (!signer.name.empty()) person_id(signer.name);
      if (!signer.role.empty()) role_id(signer.role);
    }
    if (m_doc.minutes) {
      for (const Attendee& attendee : m_doc.minutes->attendees) {
        person_id(attendee.name);
        if (!attendee.role.empty()) role_id(attendee.role);
      }
      if (!m_doc.minutes->chair.empty()) person_id(m_doc.minutes->chair);
      if (!m_doc.minutes->secretary.empty()) person_id(m_doc.minutes->secretary);
    }
    collect_speakers(m_doc.body);
  }
  void collect_speakers(const std::vector<Node>& nodes) {
    for (const Node& node : nodes) {
      if (node.kind == NodeKind::Speech) {
        person_id(node.by.empty() ? std::string("Không rõ") : node.by);
        if (!node.role.empty()) role_id(node.role);
      }
      collect_speakers(node.children);
    }
  }

  void write_frbr(xmlNode* parent, const char* level, const std::string& this_value, const std::string& uri,
                  const std::string& date, const char* date_name, const char* author) {
    xmlNode* frbr = element(parent, level);
    set(element(frbr, "FRBRthis"), "value", this_value);
    set(element(frbr, "FRBRuri"), "value", uri);
    xmlNode* date_node = element(frbr, "FRBRdate");
    set(date_node, "date", date);
    set(date_node, "name", date_name);
    set(element(frbr, "FRBRauthor"), "href", author);
    if (std::string_view(level) == "FRBRWork") {
      set(element(frbr, "FRBRcountry"), "value", "vn");
      if (!m_doc.meta.number.empty()) set(element(frbr, "FRBRnumber"), "value", m_doc.meta.number);
      if (!m_doc.meta.type.empty()) set(element(frbr, "FRBRname"), "value", m_doc.meta.type);
    } else if (std::string_view(level) == "FRBRExpression") {
      set(element(frbr, "FRBRlanguage"), "language", "vie");
    }
  }

  void write_identification(xmlNode* meta_node, const std::string& work) {
    // FRBRdate must be a date: documents whose date is unknown say so in its name, with the epoch of the schema.
    const bool dated = m_doc.meta.date.size() == 10;
    const std::string date = dated ? m_doc.meta.date : std::string("0001-01-01");
    const char* date_name = dated ? "ngay-ban-hanh" : "khong-ro";
    xmlNode* identification = element(meta_node, "identification");
    set(identification, "source", "#vanthu");
    const std::string expression = work + "/vie@";
    write_frbr(identification, "FRBRWork", work + "/!main", work, date, date_name, "#co-quan-ban-hanh");
    write_frbr(identification, "FRBRExpression", expression + "/!main", expression, date, date_name,
               "#co-quan-ban-hanh");
    write_frbr(identification, "FRBRManifestation", expression + "/!main.xml", expression + ".akn", date, date_name,
               "#vanthu");
  }

  void write_meta(xmlNode* top, const Metadata& meta, const std::string& work) {
    collect_people();
    xmlNode* meta_node = element(top, "meta");
    write_identification(meta_node, work);
    if (m_doc.minutes && !m_doc.minutes->votes.empty()) write_votes(meta_node);

    xmlNode* references = element(meta_node, "references");
    set(references, "source", "#vanthu");
    xmlNode* vanthu = element(references, "TLCOrganization");
    set(vanthu, "eId", "vanthu");
    set(vanthu, "href", "/akn/ontology/organization/vn/vanthu");
    set(vanthu, "showAs", "vanthu");
    xmlNode* issuer = element(references, "TLCOrganization");
    set(issuer, "eId", "co-quan-ban-hanh");
    const std::string issuer_slug = text::slugify(meta.issuer);
    set(issuer, "href", "/akn/ontology/organization/vn/" + (issuer_slug.empty() ? std::string("khong-ro") : issuer_slug));
    set(issuer, "showAs", meta.issuer.empty() ? std::string("Không rõ") : meta.issuer);
    if (!meta.place.empty()) {
      xmlNode* place = element(references, "TLCLocation");
      set(place, "eId", "dia-danh");
      set(place, "href", "/akn/ontology/location/vn/" + text::slugify(meta.place));
      set(place, "showAs", meta.place);
    }
    for (const auto& [id, name] : m_person_ids) {
      xmlNode* person = element(references, "TLCPerson");
      set(person, "eId", id);
      set(person, "href", "/akn/ontology/person/vn/" + id);
      set(person, "showAs", name);
    }
    for (const auto& [id, role] : m_role_ids) {
      xmlNode* node = element(references, "TLCRole");
      set(node, "eId", id);
      set(node, "href", "/akn/ontology/role/vn/" + id.substr(8));
      set(node, "showAs", role);
    }
    if (m_doc.minutes) write_vote_roles(references);
    if (!m_doc.notes.empty()) {
      xmlNode* notes = element(meta_node, "notes");
      set(notes, "source", "#vanthu");
      int index = 0;
      for (const std::string& text : m_doc.notes) {
        xmlNode* note = element(notes, "note");
        set(note, "eId", "chu-thich_" + std::to_string(++index));
        text_element(note, "p", text);
      }
    }
    write_proprietary(meta_node, meta);
  }

  void write_vote_roles(xmlNode* references) {
    static constexpr const char* kConcepts[][2] = {
        {"tan-thanh", "Tán thành"}, {"khong-tan-thanh", "Không tán thành"}, {"khong-bieu-quyet", "Không biểu quyết"},
        {"tong-so", "Tổng số"}};
    for (const auto& concept_row : kConcepts) {
      xmlNode* node = element(references, "TLCConcept");
      set(node, "eId", concept_row[0]);
      set(node, "href", std::string("/akn/ontology/concept/vn/") + concept_row[0]);
      set(node, "showAs", concept_row[1]);
    }
  }

  void write_votes(xmlNode* meta_node) {
    xmlNode* analysis = element(meta_node, "analysis");
    set(analysis, "source", "#vanthu");
    xmlNode* parliamentary = element(analysis, "parliamentary");
    int index = 0;
    for (const Vote& vote : m_doc.minutes->votes) {
      const std::string id = "bieu-quyet_" + std::to_string(++index);
      xmlNode* voting = element(parliamentary, "voting");
      set(voting, "eId", id);
      const auto add_count = [&](const std::optional<int>& value, const char* concept_id) {
        if (!value) return;
        xmlNode* count = element(voting, "count");
        set(count, "eId", id + "__" + concept_id);
        set(count, "value", std::to_string(*value));
        set(count, "refersTo", std::string("#") + concept_id);
      };
      add_count(vote.in_favour, "tan-thanh");
      add_count(vote.against, "khong-tan-thanh");
      add_count(vote.abstain, "khong-bieu-quyet");
      add_count(vote.total, "tong-so");
      if (!vote.in_favour && !vote.against && !vote.abstain && !vote.total) {
        // A vote announced without numbers still gets its record: the schema needs a count, so an empty one.
        xmlNode* count = element(voting, "count");
        set(count, "eId", id + "__khong-ro");
        set(count, "value", "");
      }
    }
  }

  void write_proprietary(xmlNode* meta_node, const Metadata& meta) {
    xmlNode* proprietary = element(meta_node, "proprietary");
    set(proprietary, "source", "#vanthu");
    xmlNode* facts = element(proprietary, "document", m_vt);
    const auto fact = [&](const char* name, const std::string& value) {
      if (!value.empty()) text_element(facts, name, value, m_vt);
    };
    fact("type", meta.type);
    fact("typeAsWritten", meta.type_as_written);
    fact("number", meta.number);
    fact("issuer", meta.issuer);
    fact("issuerParent", meta.issuer_parent);
    fact("place", meta.place);
    fact("date", meta.date);
    fact("title", meta.title);
    fact("workSuffix", meta.work_suffix);
    for (const std::string& line : meta.motto) text_element(facts, "motto", line, m_vt);
    xmlNode* source = element(facts, "source", m_vt);
    if (!meta.source_name.empty()) set(source, "name", meta.source_name);
    if (!meta.source_format.empty()) set(source, "format", meta.source_format);
    if (!meta.source_encoding.empty()) set(source, "encoding", meta.source_encoding);
    if (!meta.source_sha256.empty()) set(source, "sha256", meta.source_sha256);
    for (const SignatureStamp& stamp : meta.stamps) {
      xmlNode* node = element(facts, "signatureStamp", m_vt);
      set(node, "signer", stamp.signer);
      set(node, "organization", stamp.organization);
      set(node, "time", stamp.time);
    }
    for (const std::string& header : meta.running_headers) text_element(facts, "runningHeader", header, m_vt);
    if (m_doc.minutes) write_minutes_facts(facts);
    for (const std::string& warning : m_doc.warnings) text_element(facts, "warning", warning, m_vt);
  }

  void write_minutes_facts(xmlNode* facts) {
    const Minutes& minutes = *m_doc.minutes;
    xmlNode* node = element(facts, "minutes", m_vt);
    if (!minutes.start.empty()) set(node, "start", minutes.start);
    if (!minutes.end.empty()) set(node, "end", minutes.end);
    if (!minutes.place.empty()) set(node, "place", minutes.place);
    if (!minutes.chair.empty()) set(node, "chair", minutes.chair);
    if (!minutes.secretary.empty()) set(node, "secretary", minutes.secretary);
    if (minutes.present_count) set(node, "present", std::to_string(*minutes.present_count));
    set(node, "agendaItems", std::to_string(minutes.agenda_items));
    for (const Vote& vote : minutes.votes) {
      xmlNode* v = element(node, "vote", m_vt);
      set(v, "subject", vote.subject);
      if (vote.in_favour) set(v, "for", std::to_string(*vote.in_favour));
      if (vote.against) set(v, "against", std::to_string(*vote.against));
      if (vote.abstain) set(v, "abstain", std::to_string(*vote.abstain));
      if (vote.total) set(v, "total", std::to_string(*vote.total));
    }
  }

  // --- preface, preamble ----------------------------------------------------------------------------------------

  void write_preface(xmlNode* top) {
    const Metadata& meta = m_doc.meta;
    xmlNode* preface = element(top, "preface");
    const auto line = [&](const char* css_class) {
      xmlNode* p = element(preface, "p");
      set(p, "class", css_class);
      return p;
    };
    if (!meta.issuer_parent.empty()) add_text(line("issuerParent"), meta.issuer_parent);
    if (!meta.issuer.empty()) text_element(line("issuer"), "docAuthority", meta.issuer);
    if (!meta.number.empty()) {
      xmlNode* p = line("number");
      add_text(p, "Số: ");
      text_element(p, "docNumber", meta.number);
    }
    for (const std::string& motto : meta.motto) add_text(line("motto"), motto);
    if (!meta.place.empty() || !meta.date.empty()) {
      xmlNode* p = line("placeDate");
      if (!meta.place.empty()) {
        xmlNode* location = text_element(p, "location", meta.place);
        set(location, "refersTo", "#dia-danh");
      }
      if (!meta.date.empty()) {
        if (!meta.place.empty()) add_text(p, ", ");
        xmlNode* date = text_element(p, "docDate", date_words(meta));
        set(date, "date", meta.date);
      }
    } else if (!meta.date_as_written.empty()) {
      add_text(line("placeDate"), meta.date_as_written);
    }
    if (!meta.type_as_written.empty() || !meta.type.empty())
      text_element(line("docType"), "docType", meta.type_as_written.empty() ? meta.type : meta.type_as_written);
    if (!meta.title.empty()) text_element(line("docTitle"), "docTitle", meta.title);
    for (const Node& node : m_doc.preface) add_text(line("text"), node.text);
    if (preface->children == nullptr) add_text(line("docTitle"), "(không có tiêu đề)");
  }

  // "ngày 25 tháng 6 năm 2025" as written when the header said it that way; otherwise built from the ISO date.
  static std::string date_words(const Metadata& meta) {
    const std::string& written = meta.date_as_written;
    if (const auto pos = written.find("ngày"); pos != std::string::npos) return written.substr(pos);
    if (!written.empty()) return written;
    return meta.date;
  }

  void write_preamble(xmlNode* top) {
    if (m_doc.citations.empty() && m_doc.formula.empty()) return;
    xmlNode* preamble = element(top, "preamble");
    if (!m_doc.citations.empty()) {
      xmlNode* citations = element(preamble, "citations");
      for (const std::string& citation : m_doc.citations) text_element(element(citations, "citation"), "p", citation);
    }
    if (!m_doc.formula.empty()) {
      xmlNode* formula = element(preamble, "formula");
      set(formula, "name", "enactingFormula");
      for (const std::string& line : m_doc.formula) text_element(formula, "p", line);
    }
  }

  // --- body ------------------------------------------------------------------------------------------------------

  void write_body(xmlNode* top) {
    const DocumentKind kind = m_doc.meta.kind;
    const char* body_name = kind == DocumentKind::Act ? "body" : kind == DocumentKind::Debate ? "debateBody" : "mainBody";
    xmlNode* body = element(top, body_name);
    if (kind == DocumentKind::Debate) {
      write_roll_call(body);
      write_debate_body(body);
    } else if (kind == DocumentKind::Act) {
      write_hierarchy_level(body, m_doc.body, /*blocks_allowed=*/false);
    } else {
      write_hierarchy_level(body, m_doc.body, /*blocks_allowed=*/true);
    }
    if (body->children == nullptr) {
      // The schema wants a body with content; an empty document says so rather than inventing text.
      if (kind == DocumentKind::Act) {
        xmlNode* container = element(body, "hcontainer");
        set(container, "name", "trong");
        text_element(element(container, "content"), "p", "");
      } else if (kind == DocumentKind::Debate) {
        xmlNode* section = element(body, "debateSection");
        set(section, "eId", "dbsect_1");
        set(section, "name", "trong");
        text_element(section, "p", "");
      } else {
        text_element(body, "p", "");
      }
    }
  }

  void write_roll_call(xmlNode* body) {
    if (!m_doc.minutes || m_doc.minutes->attendees.empty()) return;
    xmlNode* roll_call = element(body, "rollCall");
    text_element(roll_call, "heading", "Thành phần tham dự");
    for (const Attendee& attendee : m_doc.minutes->attendees) {
      xmlNode* p = element(roll_call, "p");
      set(p, "class", attendee.present ? "present" : "absent");
      xmlNode* person = text_element(p, "person", attendee.name);
      set(person, "refersTo", "#" + person_id(attendee.name));
      if (!attendee.role.empty()) {
        set(person, "as", "#" + role_id(attendee.role));
        add_text(p, " – ");
        xmlNode* role = text_element(p, "role", attendee.role);
        set(role, "refersTo", "#" + role_id(attendee.role));
      }
      if (!attendee.note.empty()) add_text(p, " (" + attendee.note + ")");
    }
  }

  // A debate body holds only sections: text outside any agenda item (time, place, opening words) goes into a
  // section of its own, in place, so nothing moves and nothing is dropped.
  void write_debate_body(xmlNode* body) {
    std::vector<const Node*> loose;
    int loose_index = 0;
    const auto flush = [&] {
      if (loose.empty()) return;
      xmlNode* section = element(body, "debateSection");
      set(section, "eId", "dbsect_chung_" + std::to_string(++loose_index));
      set(section, "name", "phan-chung");
      for (const Node* node : loose) write_debate_node(section, *node);
      loose.clear();
    };
    for (const Node& node : m_doc.body) {
      if (node.kind == NodeKind::DebateSection) {
        flush();
        write_debate_node(body, node);
      } else {
        loose.push_back(&node);
      }
    }
    flush();
  }

  void write_debate_node(xmlNode* parent, const Node& node) {
    if (node.kind == NodeKind::DebateSection) {
      xmlNode* section = element(parent, "debateSection");
      set(section, "eId", node.eid);
      set(section, "name", "muc-nghi-su");
      if (!node.num.empty()) text_element(section, "num", node.num);
      if (!node.heading.empty()) text_element(section, "heading", node.heading);
      for (const Node& child : node.children) write_debate_node(section, child);
      if (section->children == nullptr || only_num_heading(section)) text_element(section, "p", "");
    } else if (node.kind == NodeKind::Speech) {
      xmlNode* speech = element(parent, "speech");
      set(speech, "eId", node.eid);
      set(speech, "by", "#" + person_id(node.by.empty() ? std::string("Không rõ") : node.by));
      if (!node.role.empty()) set(speech, "as", "#" + role_id(node.role));
      text_element(speech, "from", node.role.empty() ? node.by : node.by + " – " + node.role);
      if (!node.text.empty()) text_element(speech, "p", node.text);
      for (const Node& child : node.children) write_block(speech, child);
      if (node.text.empty() && node.children.empty()) text_element(speech, "p", "");
    } else if (is_hierarchy(node.kind)) {
      // Numbered items inside minutes (resolutions read out) stay plain paragraphs in a debate.
      text_element(parent, "p", flatten(node));
    } else {
      write_block(parent, node);
    }
  }

  static bool only_num_heading(const xmlNode* section) {
    for (const xmlNode* child = section->children; child; child = child->next) {
      if (child->type != XML_ELEMENT_NODE) continue;
      const std::string_view name = reinterpret_cast<const char*>(child->name);
      if (name != "num" && name != "heading") return false;
    }
    return true;
  }

  static std::string flatten(const Node& node) {
    std::string out = node.num;
    const auto append = [&out](const std::string& piece) {
      if (piece.empty()) return;
      if (!out.empty()) out += ' ';
      out += piece;
    };
    append(node.heading);
    append(node.text);
    for (const Node& child : node.children) append(flatten(child));
    return out;
  }

  // Writes a list of siblings. Where the schema allows only hierarchy (act bodies, inside hierarchy nodes), loose
  // paragraphs between provisions go into an hcontainer so nothing is dropped.
  void write_hierarchy_level(xmlNode* parent, const std::vector<Node>& nodes, bool blocks_allowed) {
    for (const Node& node : nodes) {
      if (is_hierarchy(node.kind)) {
        write_hierarchy_node(parent, node);
      } else if (blocks_allowed) {
        write_block(parent, node);
      } else {
        xmlNode* container = element(parent, "hcontainer");
        set(container, "name", node.kind == NodeKind::Table ? "bang" : "doan-van");
        write_block(element(container, "content"), node);
      }
    }
  }

  void write_hierarchy_node(xmlNode* parent, const Node& node) {
    xmlNode* element_node = element(parent, std::string(node_kind_name(node.kind)));
    set(element_node, "eId", node.eid);
    if (!node.num.empty()) text_element(element_node, "num", node.num);
    if (!node.heading.empty()) text_element(element_node, "heading", node.heading);

    // AKN: a hierarchy node holds either content, or intro? + hierarchy children + wrapUp?.
    std::size_t first_child = node.children.size(), last_child = 0;
    for (std::size_t i = 0; i < node.children.size(); ++i) {
      if (is_hierarchy(node.children[i].kind)) {
        first_child = std::min(first_child, i);
        last_child = i;
      }
    }
    if (first_child == node.children.size()) {
      xmlNode* content = element(element_node, "content");
      if (!node.text.empty()) text_element(content, "p", node.text);
      for (const Node& child : node.children) write_block(content, child);
      if (content->children == nullptr) text_element(content, "p", "");
      return;
    }
    if (!node.text.empty() || first_child > 0) {
      xmlNode* intro = element(element_node, "intro");
      if (!node.text.empty()) text_element(intro, "p", node.text);
      for (std::size_t i = 0; i < first_child; ++i) write_block(intro, node.children[i]);
    }
    for (std::size_t i = first_child; i <= last_child; ++i) {
      const Node& child = node.children[i];
      if (is_hierarchy(child.kind)) {
        write_hierarchy_node(element_node, child);
      } else {
        xmlNode* container = element(element_node, "hcontainer");
        set(container, "name", "doan-van");
        write_block(element(container, "content"), child);
      }
    }
    if (last_child + 1 < node.children.size()) {
      xmlNode* wrap_up = element(element_node, "wrapUp");
      for (std::size_t i = last_child + 1; i < node.children.size(); ++i) write_block(wrap_up, node.children[i]);
    }
  }

  // A block-level node into a parent that accepts blocks (content, intro, wrapUp, mainBody, speech, cells).
  void write_block(xmlNode* parent, const Node& node) {
    switch (node.kind) {
      case NodeKind::Paragraph: text_element(parent, "p", node.text); break;
      case NodeKind::Heading: {
        xmlNode* p = text_element(parent, "p", node.text);
        set(p, "class", "heading");
        break;
      }
      case NodeKind::Table: write_table(parent, node); break;
      case NodeKind::Quoted: write_quoted(parent, node); break;
      default:
        // Hierarchy or minutes nodes where only blocks fit: kept as one paragraph, not dropped.
        text_element(parent, "p", flatten(node));
        break;
    }
  }

  void write_table(xmlNode* parent, const Node& table) {
    xmlNode* table_node = element(parent, "table");
    set(table_node, "eId", table.eid);
    for (const Node& row : table.children) {
      xmlNode* tr = element(table_node, "tr");
      for (const Node& cell : row.children) {
        xmlNode* td = element(tr, "td");
        if (!cell.text.empty()) text_element(td, "p", cell.text);
        for (const Node& child : cell.children) write_block(td, child);
        if (td->children == nullptr) text_element(td, "p", "");
      }
      if (tr->children == nullptr) text_element(element(tr, "td"), "p", "");
    }
    if (table_node->children == nullptr) text_element(element(element(table_node, "tr"), "td"), "p", "");
  }

  void write_quoted(xmlNode* parent, const Node& quoted) {
    xmlNode* p = element(parent, "p");
    xmlNode* mod = element(p, "mod");
    set(mod, "eId", quoted.eid + "__mod");
    if (!quoted.text.empty()) add_text(mod, quoted.text);
    xmlNode* structure = element(mod, "quotedStructure");
    set(structure, "eId", quoted.eid);
    set(structure, "startQuote", "“");
    set(structure, "endQuote", "”");
    for (const Node& child : quoted.children) {
      if (is_hierarchy(child.kind)) {
        write_hierarchy_node(structure, child);
      } else {
        write_block(structure, child);
      }
    }
    if (structure->children == nullptr) text_element(structure, "p", "");
  }

  // --- conclusions, attachments -----------------------------------------------------------------------------------

  void write_conclusions(xmlNode* top) {
    const Metadata& meta = m_doc.meta;
    if (m_doc.closing.empty() && meta.signers.empty() && m_doc.recipients.empty()) return;
    xmlNode* conclusions = element(top, "conclusions");
    for (const Node& node : m_doc.closing) write_block(conclusions, node);
    for (const Signer& signer : meta.signers) {
      xmlNode* p = element(conclusions, "p");
      set(p, "class", "signature");
      xmlNode* signature = element(p, "signature");
      if (!signer.capacity.empty()) {
        xmlNode* capacity = text_element(signature, "span", signer.capacity);
        set(capacity, "class", "capacity");
      }
      if (!signer.role.empty()) {
        if (!signer.capacity.empty()) add_text(signature, " ");
        xmlNode* role = text_element(signature, "role", signer.role);
        set(role, "refersTo", "#" + role_id(signer.role));
      }
      if (!signer.name.empty()) {
        if (signature->children != nullptr) add_text(signature, " ");
        xmlNode* person = text_element(signature, "person", signer.name);
        set(person, "refersTo", "#" + person_id(signer.name));
        if (!signer.role.empty()) set(person, "as", "#" + role_id(signer.role));
      }
    }
    if (!m_doc.recipients.empty()) {
      xmlNode* container = element(conclusions, "blockContainer");
      set(container, "class", "recipients");
      text_element(container, "p", "Nơi nhận:");
      for (const std::string& recipient : m_doc.recipients) text_element(container, "p", recipient);
    }
  }

  void write_attachments(xmlNode* top) {
    if (m_doc.attachments.empty()) return;
    xmlNode* attachments = element(top, "attachments");
    const std::string work = work_uri(m_doc.meta);
    for (const Attachment& attachment : m_doc.attachments) {
      xmlNode* container = element(attachments, "attachment");
      set(container, "eId", attachment.eid);
      xmlNode* doc = element(container, "doc");
      set(doc, "name", "phu-luc");
      write_identification(element(doc, "meta"), work + "/!" + attachment.eid);
      xmlNode* preface = element(doc, "preface");
      if (!attachment.heading.empty()) {
        xmlNode* p = text_element(preface, "p", attachment.heading);
        set(p, "class", "heading");
      }
      if (!attachment.title.empty()) text_element(element(preface, "p"), "docTitle", attachment.title);
      if (preface->children == nullptr) text_element(preface, "p", "");
      xmlNode* main_body = element(doc, "mainBody");
      write_hierarchy_level(main_body, attachment.body, /*blocks_allowed=*/true);
      if (main_body->children == nullptr) text_element(main_body, "p", "");
    }
  }

  const Document& m_doc;
  xmlNs* m_ns = nullptr;
  xmlNs* m_vt = nullptr;
  std::map<std::string, std::string> m_persons, m_roles;        // name → id
  std::map<std::string, std::string> m_person_ids, m_role_ids;  // id → name (sorted: deterministic references)
};

}  // namespace

std::string to_akn(const Document& document) {
  Document copy = document;
  assign_eids(copy);
  return Writer(copy).write();
}

}  // namespace vanthu::model
