// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/render: where the templates live and the compiled stylesheet, loaded once per process.
#pragma once

#include <filesystem>
#include <string>

#include <libxslt/xsltInternals.h>

#include "base/base.h"

namespace vanthu::render {

// templates/ of the source tree, or VANTHU_TEMPLATES_DIR when set (an installed copy).
std::filesystem::path templates_dir();

struct Templates {
  xsltStylesheetPtr document = nullptr;  // templates/html/document.xsl, shared by every thread (read-only)
  xsltStylesheetPtr listing = nullptr;   // templates/html/listing.xsl
  xsltStylesheetPtr results = nullptr;   // templates/html/results.xsl
  xsltStylesheetPtr desk = nullptr;      // templates/html/desk.xsl
  std::string css;                       // templates/html/vanthu.css
  std::string search_js;                 // templates/html/search.js
};

// The templates, compiled on first use. Internal, naming the file, when one is missing or does not compile; the
// failure is remembered (a broken install does not retry on every page).
Result<const Templates*> templates();

}  // namespace vanthu::render
