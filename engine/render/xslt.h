// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/render: running one compiled template over a parsed document (xslt.cpp).
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <libxml/tree.h>
#include <libxslt/xsltInternals.h>

#include "base/base.h"
#include "render/render.h"

namespace vanthu::render {

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

// libxml2/libxslt's printf-style error callback: appends each message to the std::string at context (bounded).
void collect_xslt_error(void* context, const char* format, ...);

// The page stylesheet draws from doc. Parameters are passed as string values (quoted: no XPath in a value is ever
// evaluated). Internal, with libxslt's messages, when the template fails.
Result<Page> transform(xsltStylesheetPtr stylesheet, xmlDocPtr doc,
                              const std::vector<std::pair<const char*, std::string>>& params);

}  // namespace vanthu::render
