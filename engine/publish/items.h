// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/publish: the published documents as the bundle and the site need them (items.cpp), and their
// pages and PDFs rendered on every core.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"
#include "model/model.h"
#include "render/render.h"
#include "store/store.h"

namespace vanthu::publish {

struct Item {
  store::DocumentInfo info;
  store::VersionInfo version;  // the published (newest) version
  std::string path;            // the work URI without "/akn/": "vn/act/nghi-dinh/2026-05-15/156-2026-nd-cp"
};

// Published documents, newest publication first, or only those of uris in that order. A URI that is not a
// published document becomes a line in problems.
Result<std::vector<Item>> published_items(const store::Library& library, const std::vector<std::string>* uris,
                                          std::vector<std::string>& problems);

struct Rendered {
  std::string xml;
  std::string html;
  std::string pdf;
  int pages = 0;
  std::string search_keys;  // folded keys of the document's words, space separated (for search-data.js)
  std::vector<std::string> warnings;
  Status status;            // not ok: the document could not be rendered (the reason names it)
};

// Renders every item (on every core); the page options of each come from page_options(item).
// REQUIRES: render::ready() succeeded on this thread (libxml2 is initialized before the workers use it).
std::vector<Rendered> render_all(const store::Library& library, const std::vector<Item>& items,
                                 const std::function<render::HtmlOptions(const Item&)>& page_options);

// The href that leads from a page in folder `from` to the file `to` (both relative to the same root, '/' separated).
std::string relative_href(std::string_view from, std::string_view to);

// search-data.js: window.VANTHU_SEARCH = {documents: [...]} for templates/html/search.js; hrefs as given.
std::string search_data(const std::vector<Item>& items, const std::vector<Rendered>& rendered,
                        const std::function<std::string(const Item&)>& href);

}  // namespace vanthu::publish
