// SPDX-License-Identifier: Apache-2.0
//
// The document page: parse the AKN, link its citations, build the JSON-LD, and run templates/html/document.xsl.
#include <string>
#include <utility>
#include <vector>

#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "render/links.h"
#include "render/render.h"
#include "render/templates.h"
#include "render/xslt.h"

namespace vanthu::render {
namespace {

void collect_error(void* user_data, const xmlError* error) {
  auto* message = static_cast<std::string*>(user_data);
  if (error == nullptr || !message->empty()) return;
  *message = "line " + std::to_string(error->line) + ": " + (error->message ? error->message : "XML error");
  while (!message->empty() && (message->back() == '\n' || message->back() == ' ')) message->pop_back();
}

// The same rules as the model's reader: no network, no DTD loading, no entity substitution. The canonical XML is
// indented; its whitespace-only text between elements is dropped here (faster than xsl:strip-space in the
// template), while spaces inside mixed content ("Số: <docNumber>") are kept.
Result<DocPtr> parse(std::string_view xml) {
  if (xml.size() > static_cast<std::size_t>(INT32_MAX)) return Status::invalid_argument("document larger than 2 GB");
  std::string error;
  xmlSetStructuredErrorFunc(&error, reinterpret_cast<xmlStructuredErrorFunc>(collect_error));
  DocPtr doc(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, "UTF-8",
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOBLANKS));
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  if (!doc) return Status::invalid_argument("not well-formed XML: " + (error.empty() ? std::string("empty") : error));
  if (doc->intSubset != nullptr && doc->intSubset->entities != nullptr)
    return Status::invalid_argument("the document declares entities in a DTD, which vanthu refuses");
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr || xmlStrcmp(root->name, reinterpret_cast<const xmlChar*>("akomaNtoso")) != 0)
    return Status::invalid_argument("not Akoma Ntoso: the root element is not akomaNtoso");
  return doc;
}

// Text of the first node an XPath expression selects in the document's own metadata, "" when none.
class Facts {
public:
  explicit Facts(xmlDocPtr doc) : m_context(xmlXPathNewContext(doc)) {
    xmlXPathRegisterNs(m_context, reinterpret_cast<const xmlChar*>("a"),
                       reinterpret_cast<const xmlChar*>("http://docs.oasis-open.org/legaldocml/ns/akn/3.0"));
    xmlXPathRegisterNs(m_context, reinterpret_cast<const xmlChar*>("vt"),
                       reinterpret_cast<const xmlChar*>("https://vanthu.dev/ns/akn-vn/1.0"));
  }
  ~Facts() { xmlXPathFreeContext(m_context); }
  Facts(const Facts&) = delete;
  Facts& operator=(const Facts&) = delete;

  std::string text(const char* expression) const {
    xmlXPathObjectPtr result = xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(expression), m_context);
    std::string out;
    if (result != nullptr) {
      xmlChar* value = xmlXPathCastToString(result);
      if (value != nullptr) out = reinterpret_cast<const char*>(value);
      xmlFree(value);
      xmlXPathFreeObject(result);
    }
    return out;
  }

private:
  xmlXPathContextPtr m_context;
};

void json_field(std::string& out, std::string_view name, std::string_view value) {
  if (value.empty()) return;
  out += ',';
  out += json_quote(name);
  out += ':';
  out += json_quote(value);
}

// schema.org Legislation (minutes: a DigitalDocument). '<' is escaped so the JSON can never close its <script>.
std::string json_ld(const Facts& facts, const HtmlOptions& options) {
  const std::string kind = facts.text("local-name(/a:akomaNtoso/*[1])");
  const std::string base = "/a:akomaNtoso/*[1]/a:meta/a:proprietary/vt:document/vt:";
  const auto field = [&](const char* name) { return facts.text((base + name).c_str()); };
  std::string out = R"({"@context":"https://schema.org","@type":)";
  out += kind == "debate" ? R"("DigitalDocument")" : R"("Legislation")";
  json_field(out, "name", field("title"));
  json_field(out, "identifier", facts.text("/a:akomaNtoso/*[1]/a:meta/a:identification/a:FRBRWork/a:FRBRuri/@value"));
  json_field(out, "url", options.canonical_url);
  json_field(out, "inLanguage", "vi");
  if (kind == "debate") {
    json_field(out, "dateCreated", field("date"));
  } else {
    json_field(out, "legislationIdentifier", field("number"));
    json_field(out, "legislationType", field("type"));
    json_field(out, "legislationDate", field("date"));
    json_field(out, "legislationJurisdiction", "VN");
    if (const std::string issuer = field("issuer"); !issuer.empty())
      out += R"(,"legislationPassedBy":{"@type":"Organization","name":)" + json_quote(issuer) + "}";
  }
  out += '}';
  std::string escaped;
  escaped.reserve(out.size());
  for (const char c : out) {
    if (c == '<') escaped += "\\u003c";
    else escaped += c;
  }
  return escaped;
}

}  // namespace

Status ready() {
  Result<const Templates*> loaded = templates();
  return loaded.is_ok() ? Status::ok() : loaded.status();
}

Result<std::string> stylesheet() {
  Result<const Templates*> loaded = templates();
  if (!loaded.is_ok()) return loaded.status();
  return loaded.value()->css;
}

Result<std::string> search_script() {
  Result<const Templates*> loaded = templates();
  if (!loaded.is_ok()) return loaded.status();
  return loaded.value()->search_js;
}

Result<Page> html(std::string_view akn_xml, const HtmlOptions& options) {
  Result<const Templates*> loaded = templates();
  if (!loaded.is_ok()) return loaded.status();
  const Templates& templates = *loaded.value();
  Result<DocPtr> parsed = parse(akn_xml);
  if (!parsed.is_ok()) return parsed.status();
  DocPtr doc = std::move(parsed).value();

  link_references(doc.get(), options.resolve);
  const std::string jsonld = json_ld(Facts(doc.get()), options);

  return transform(templates.document, doc.get(),
                                       {{"css", options.stylesheet_href.empty() ? templates.css : std::string()},
                                        {"stylesheet_href", options.stylesheet_href},
                                        {"jsonld", jsonld},
                                        {"status", options.status},
                                        {"pdf_href", options.pdf_href},
                                        {"xml_href", options.xml_href},
                                        {"original_href", options.original_href},
                                        {"home_href", options.home_href},
                                        {"canonical_url", options.canonical_url}});
}

}  // namespace vanthu::render
