// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/render: citations in the text of a parsed AKN document wrapped in <ref href> (links.cpp).
#pragma once

#include <libxml/tree.h>

#include "render/render.h"

namespace vanthu::render {

void link_references(xmlDocPtr doc, const CitationResolver& resolve);

}  // namespace vanthu::render
