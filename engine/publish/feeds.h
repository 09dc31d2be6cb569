// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/publish: the site's Atom feed and sitemap (feeds.cpp).
#pragma once

#include <string>
#include <vector>

#include "base/base.h"
#include "publish/items.h"

namespace vanthu::publish {

// The absolute address of a document's page on the site: base_url (ending in '/') + "akn/<path>/".
std::string page_url(const std::string& base_url, const Item& item);

// feed.atom of the given documents, newest publication first.
Result<std::string> atom_feed(const std::vector<const Item*>& newest_first, const std::string& base_url);

// sitemap.xml: the listed pages (relative to the site root) and every document page.
Result<std::string> sitemap(const std::vector<Item>& items, const std::vector<std::string>& pages,
                            const std::string& base_url);

}  // namespace vanthu::publish
