// SPDX-License-Identifier: Apache-2.0
//
// Validation against the official Akoma Ntoso 3.0 schema. The schema is parsed once (about 0.25 s) and shared; a
// validation context is cheap and made per call, so validation is thread-safe. The schema's xml.xsd import is
// resolved from the same folder: no network.
#include <libxml/xmlschemas.h>

#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <string>

#include "model/model.h"
#include "model/xml_safe.h"

namespace vanthu::model {
namespace {

std::filesystem::path schema_dir() {
  if (const char* env = std::getenv("VANTHU_SCHEMA_DIR"); env != nullptr && *env != '\0') return env;
  return VANTHU_SCHEMA_DIR;
}

struct LoadedSchema {
  xmlSchemaPtr schema = nullptr;
  std::string error;
};

void collect(void* user_data, xmlError* error) {
  auto* errors = static_cast<std::string*>(user_data);
  if (error == nullptr || errors->size() > 2000) return;
  std::string message = error->message ? error->message : "schema error";
  while (!message.empty() && message.back() == '\n') message.pop_back();
  if (!errors->empty()) errors->append("; ");
  errors->append("line " + std::to_string(error->line) + ": " + message);
}

const LoadedSchema& loaded_schema() {
  static LoadedSchema loaded;
  static std::once_flag once;
  std::call_once(once, [] {
    const std::filesystem::path path = schema_dir() / "akomantoso30.xsd";
    if (!std::filesystem::exists(path)) {
      loaded.error = "the Akoma Ntoso schema is missing: " + path.string();
      return;
    }
    xmlSetStructuredErrorFunc(&loaded.error, collect);
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(path.c_str());
    loaded.schema = parser ? xmlSchemaParse(parser) : nullptr;
    xmlSchemaFreeParserCtxt(parser);
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    if (loaded.schema == nullptr && loaded.error.empty()) loaded.error = "cannot parse " + path.string();
    if (loaded.schema != nullptr) loaded.error.clear();
  });
  return loaded;
}

}  // namespace

Status validate_akn(std::string_view xml) {
  const LoadedSchema& schema = loaded_schema();
  if (schema.schema == nullptr) return Status::internal(schema.error);
  std::string error;
  XmlDocPtr doc = parse_xml_safely(xml, error);
  if (!doc) return Status::invalid_argument("not well-formed XML: " + error);
  xmlSchemaValidCtxtPtr context = xmlSchemaNewValidCtxt(schema.schema);
  if (context == nullptr) return Status::internal("cannot create a schema validation context");
  std::string errors;
  xmlSchemaSetValidStructuredErrors(context, collect, &errors);
  const int result = xmlSchemaValidateDoc(context, doc.get());
  xmlSchemaFreeValidCtxt(context);
  if (result == 0) return Status::ok();
  return Status::invalid_argument("not valid Akoma Ntoso 3.0: " + (errors.empty() ? std::string("schema error") : errors));
}

}  // namespace vanthu::model
