// SPDX-License-Identifier: Apache-2.0
//
// The clerks' pages: built as a small XML tree (every value a text node or an attribute, escaped by the serializer)
// and drawn by templates/html/desk.xsl.
#include <string>

#include <libxml/tree.h>

#include "render/render.h"
#include "render/templates.h"
#include "render/xml_tree.h"
#include "render/xslt.h"

namespace vanthu::render {
namespace {

void add_form(xmlNode* parent, const DeskForm& form) {
  xmlNode* node = add_child(parent, "form", {{"action", form.action}, {"submit", form.submit},
                                             {"upload", form.upload ? "yes" : ""}, {"danger", form.danger ? "yes" : ""}});
  for (const DeskField& field : form.fields) {
    add_child(node, "field", {{"name", field.name}, {"label", field.label}, {"type", field.type},
                              {"value", field.value}, {"hint", field.hint}, {"autocomplete", field.autocomplete},
                              {"required", field.required ? "yes" : ""}, {"multiple", field.multiple ? "yes" : ""}});
  }
}

void add_section(xmlNode* root, const DeskSection& section) {
  xmlNode* node = add_child(root, "section", {{"heading", section.heading}, {"id", section.id}});
  for (const std::string& text : section.paragraphs) add_child(node, "p", {{"text", text}});
  for (const auto& [label, value] : section.facts) add_child(node, "fact", {{"label", label}, {"value", value}});
  for (const std::string& text : section.warnings) add_child(node, "warning", {{"text", text}});
  if (!section.outline.empty()) {
    xmlNode* outline = add_child(node, "outline", {});
    for (const DeskOutlineItem& item : section.outline) {
      add_child(outline, "item", {{"level", std::to_string(item.level)}, {"label", item.label}, {"href", item.href}});
    }
  }
  for (const DeskTable& table : section.tables) {
    xmlNode* table_node = add_child(node, "table", {{"caption", table.caption}});
    for (const std::string& column : table.columns) add_child(table_node, "column", {{"label", column}});
    for (const auto& row : table.rows) {
      xmlNode* row_node = add_child(table_node, "row", {});
      for (const DeskCell& cell : row) add_child(row_node, "cell", {{"text", cell.text}, {"href", cell.href}});
    }
  }
  for (const DeskForm& form : section.forms) add_form(node, form);
}

}  // namespace

Result<Page> desk(const Desk& page) {
  Result<const Templates*> loaded = templates();
  if (!loaded.is_ok()) return loaded.status();
  const Templates& templates = *loaded.value();

  DocPtr doc = new_tree("desk");
  xmlNode* root = xmlDocGetRootElement(doc.get());
  set_attributes(root, {{"title", page.title},
                        {"user", page.user},
                        {"notice", page.notice},
                        {"error", page.error},
                        {"home", page.home_href},
                        {"tagline", page.tagline},
                        {"stylesheet", page.stylesheet_href}});
  for (const auto& [label, href] : page.links) add_child(root, "link", {{"label", label}, {"href", href}});
  if (!page.user.empty() && !page.sign_out.action.empty()) {
    xmlNode* sign_out = add_child(root, "sign-out", {});
    add_form(sign_out, page.sign_out);
  }
  for (const DeskSection& section : page.sections) add_section(root, section);
  return transform(templates.desk, doc.get(),
                   {{"css", page.stylesheet_href.empty() ? templates.css : std::string()}});
}

}  // namespace vanthu::render
