// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/server: the handlers the routes table (routes.cpp) names, and what they share.
#pragma once

#include <string>
#include <string_view>

#include "server/http.h"
#include "server/site.h"

namespace vanthu::server {

// The reply for a request: the routes table picks the handler.
Reply dispatch(Site& site, const Request& request);

Reply home(Site& site, const Request& request);
Reply health(Site& site, const Request& request);
Reply no_icon(Site& site, const Request& request);
Reply stylesheet(Site& site, const Request& request);
Reply feed(Site& site, const Request& request);
Reply sitemap(Site& site, const Request& request);
Reply search_page(Site& site, const Request& request);
Reply search_api(Site& site, const Request& request);
Reply document(Site& site, const Request& request);
Reply document_api(Site& site, const Request& request);

// A page for people that says what went wrong (404, 400, 500), in Vietnamese.
Reply error_page(int status, const std::string& title, const std::string& detail);
// A JSON error for programs: {"error": detail}.
Reply error_json(int status, const std::string& detail);

// Percent-encoding of one query value or path segment (RFC 3986 unreserved characters kept).
std::string url_encode(std::string_view text);

}  // namespace vanthu::server
