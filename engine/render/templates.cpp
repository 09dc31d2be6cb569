// SPDX-License-Identifier: Apache-2.0
#include "render/templates.h"
#include "render/xslt.h"

#include <cstdlib>
#include <utility>

#include <libxml/parser.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xsltutils.h>

namespace vanthu::render {
namespace {

// Templates may read their own includes and nothing else: no writing, no network, no new directories.
void restrict_templates() {
  xsltSecurityPrefsPtr prefs = xsltNewSecurityPrefs();
  xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid);
  xsltSetSecurityPrefs(prefs, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid);
  xsltSetSecurityPrefs(prefs, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid);
  xsltSetSecurityPrefs(prefs, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid);
  xsltSetDefaultSecurityPrefs(prefs);  // owned by libxslt for the life of the process
}

Result<std::string> read_template(const std::filesystem::path& path) {
  Result<std::string> data = read_file(path);
  if (!data.is_ok()) return Status::internal("a template is missing: " + data.status().message());
  return data;
}

Result<xsltStylesheetPtr> compile(const std::filesystem::path& xsl) {
  if (!std::filesystem::is_regular_file(xsl)) return Status::internal(xsl.string() + ": the page template is missing");
  std::string errors;  // compile errors come through libxslt's and libxml2's global callbacks
  xsltSetGenericErrorFunc(&errors, collect_xslt_error);
  xmlSetGenericErrorFunc(&errors, collect_xslt_error);
  xsltStylesheetPtr compiled = xsltParseStylesheetFile(reinterpret_cast<const xmlChar*>(xsl.c_str()));
  xsltSetGenericErrorFunc(nullptr, nullptr);
  xmlSetGenericErrorFunc(nullptr, nullptr);
  if (compiled == nullptr || compiled->errors > 0) {
    if (compiled != nullptr) xsltFreeStylesheet(compiled);
    return Status::internal(xsl.string() + ": the page template does not compile: " +
                            (errors.empty() ? std::string("unknown error") : errors));
  }
  return compiled;
}

Result<Templates> load() {
  xmlInitParser();
  restrict_templates();
  const std::filesystem::path html = templates_dir() / "html";
  Templates loaded;
  Result<std::string> css = read_template(html / "vanthu.css");
  if (!css.is_ok()) return css.status();
  loaded.css = std::move(css).value();
  Result<std::string> search_js = read_template(html / "search.js");
  if (!search_js.is_ok()) return search_js.status();
  loaded.search_js = std::move(search_js).value();
  // Every stylesheet, compiled once; the first that fails is named.
  static constexpr std::pair<const char*, xsltStylesheetPtr Templates::*> kStylesheets[] = {
      {"document.xsl", &Templates::document},
      {"listing.xsl", &Templates::listing},
      {"results.xsl", &Templates::results},
      {"desk.xsl", &Templates::desk},
  };
  for (const auto& [file, member] : kStylesheets) {
    Result<xsltStylesheetPtr> compiled = compile(html / file);
    if (!compiled.is_ok()) return compiled.status();
    loaded.*member = compiled.value();
  }
  return loaded;
}

}  // namespace

std::filesystem::path templates_dir() {
  if (const char* env = std::getenv("VANTHU_TEMPLATES_DIR"); env != nullptr && *env != '\0') return env;
  return VANTHU_TEMPLATES_DIR;
}

Result<const Templates*> templates() {
  // Loaded once for the process and never freed: every page of a server's life uses it.
  static const Result<Templates> loaded = load();
  if (!loaded.is_ok()) return loaded.status();
  return &loaded.value();
}

}  // namespace vanthu::render
