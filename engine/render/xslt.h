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

namespace vanthu::render {

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFree>;

// The serialized result of stylesheet over doc. Parameters are passed as string values (quoted: no XPath in a
// value is ever evaluated). Internal, with libxslt's messages, when the template fails.
Result<std::string> transform(xsltStylesheetPtr stylesheet, xmlDocPtr doc,
                              const std::vector<std::pair<const char*, std::string>>& params);

}  // namespace vanthu::render
