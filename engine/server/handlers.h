// SPDX-License-Identifier: Apache-2.0
//
// Private to engine/server: the handlers the routes table (routes.cpp) names, and what they share.
#pragma once

#include <string>
#include <string_view>

#include "render/render.h"
#include "server/http.h"
#include "server/site.h"

namespace vanthu::server {

// The reply for a request: the routes table picks the handler (the request is taken whole: uploads are not copied).
Reply dispatch(Site& site, Request request);

// For citizens (pages.cpp, search_routes.cpp, document_routes.cpp, export_routes.cpp, openapi.cpp).
Reply home(Site& site, const Request& request);
Reply browse(Site& site, const Request& request);
Reply health(Site& site, const Request& request);
Reply no_icon(Site& site, const Request& request);
Reply stylesheet(Site& site, const Request& request);
Reply feed(Site& site, const Request& request);
Reply sitemap(Site& site, const Request& request);
Reply search_page(Site& site, const Request& request);
Reply search_api(Site& site, const Request& request);
Reply document(Site& site, const Request& request);
Reply document_api(Site& site, const Request& request);
Reply export_page(Site& site, const Request& request);
Reply export_bundle(Site& site, const Request& request);
Reply openapi(Site& site, const Request& request);

// For clerks (clerk_pages.cpp, clerk_documents.cpp). Handlers behind Access::Clerk get request.session set and, for
// POSTs, an already checked CSRF token.
Reply sign_in_page(Site& site, const Request& request);
Reply sign_in(Site& site, const Request& request);
Reply sign_out(Site& site, const Request& request);
Reply to_desk(Site& site, const Request& request);
Reply desk_page(Site& site, const Request& request);
Reply upload(Site& site, const Request& request);
Reply audit_page(Site& site, const Request& request);
Reply review_page(Site& site, const Request& request);
Reply document_action(Site& site, const Request& request);

// The session cookie's name; it is HttpOnly, SameSite=Strict and limited to /clerk/.
inline constexpr const char* kSessionCookie = "vanthu_session";

// A page for people that says what went wrong (404, 400, 500), in Vietnamese.
Reply error_page(int status, const std::string& title, const std::string& detail);
// A JSON error for programs: {"error": detail}.
Reply error_json(int status, const std::string& detail);
// 303 See Other to location (after a form is handled, so reloading does not send it again).
Reply redirect(const std::string& location);
// The 500 page for a failure the reader cannot fix.
Reply internal_error(const Status& status);

// Percent-encoding of one query value or path segment (RFC 3986 unreserved characters kept).
std::string url_encode(std::string_view text);

// The clerks' page frame: who is signed in, the desk's navigation, the sign-out form; never cached.
render::Desk desk_frame(const Request& request, std::string title);
Reply desk_reply(const render::Desk& page, int status = 200);
// The hidden field that carries the session's CSRF token in every clerk form.
render::DeskField csrf_field(const Request& request);

}  // namespace vanthu::server
