// SPDX-License-Identifier: Apache-2.0
//
// render: what a person reads (ARCHITECTURE.md §6). A web page from the canonical Akoma Ntoso XML through the XSLT
// templates in templates/html/ (libxslt), and a print-ready PDF laid out as Decree 30/2020/NĐ-CP prescribes for
// administrative documents (Cairo + Pango, Liberation Serif).
//
// Contracts:
// - html() is escaped by construction: all text reaches the page through the XSLT serializer, never by string
//   concatenation. The page is valid HTML5 (checked by the Nu Html Checker in tests), lang="vi", one file: the CSS
//   is inlined unless a stylesheet href is given.
// - Every provision carries its eId as its HTML id (#art_5__para_1). Citations of other documents are links where
//   the caller's resolver knows them; references to this document's own provisions ("khoản 2 Điều 5") link in-page.
// - pdf() never clips silently: text in a script the font lacks falls back to another font and is named in a
//   warning. The PDF passes `qpdf --check` (no link annotations: Cairo 1.16 writes them broken).
// - Thread-safe after ready(): the stylesheet is compiled once and shared; every call has its own transform context.
// - Never throws; library errors become Status values.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <string_view>
#include <vector>

#include "base/base.h"
#include "model/model.h"

namespace vanthu::render {

// The href of a cited document's page ("30/2020/NĐ-CP" → "/akn/vn/act/nghi-dinh/…"), or "" when the library does
// not hold it. Called with the number as written.
using CitationResolver = std::function<std::string(std::string_view number)>;

struct HtmlOptions {
  // Downloads offered in the metadata panel; an empty href is not offered.
  std::string pdf_href, xml_href, original_href;
  // Publication state shown in the panel ("Đã công bố", "Bản nháp", "Đã gỡ"); "" shows none.
  std::string status;
  // Where the site's home is ("/"); "" for a standalone page (no site navigation).
  std::string home_href;
  // A stylesheet to link instead of inlining the CSS (the static site and the server serve one file).
  std::string stylesheet_href;
  // The page's own address, for the JSON-LD url and the canonical link; "" leaves them out.
  std::string canonical_url;
  CitationResolver resolve;
};

struct Page {
  std::string html;
  std::vector<std::string> warnings;
};

// The document page. InvalidArgument when the XML is not well-formed AKN; Internal when the templates are missing
// or broken (the message names the template file).
Result<Page> html(std::string_view akn_xml, const HtmlOptions& options = {});

// Loads the templates and initializes libxml2. Call it on the main thread before rendering on several threads
// (libxml2 must be initialized there); a missing or broken template is reported here, before any work starts.
Status ready();

// The CSS of every page (templates/html/vanthu.css), for the server and the static site to serve as one file.
Result<std::string> stylesheet();

// The offline search (templates/html/search.js): plain JavaScript that folds as the engine does.
Result<std::string> search_script();

// A page listing documents (a bundle's index, the site's home and its pages by type, issuer and year), through
// templates/html/listing.xsl. Escaped by construction like html().
struct ListingEntry {
  std::string href, title, number, type, issuer, date;
};
struct ListingGroup {
  std::string heading;  // "Nghị định", "2021", "Bộ Tài chính"
  std::string id;       // the group's anchor on the page
  std::vector<ListingEntry> entries;
};
// Browse lists on a home page: "Nghị định (12)" linking to its page.
struct BrowseEntry {
  std::string label;
  std::size_t count = 0;
  std::string href;
};
struct BrowseList {
  std::string heading, id;
  std::vector<BrowseEntry> entries;
};
// Documents per year, stacked by type, drawn by the server as inline SVG (no script): counts[s][y] is how many of
// series[s] (a type) were issued in years[y].
struct YearChart {
  std::string title;
  std::vector<std::string> years;   // oldest first
  std::vector<std::string> series;  // the biggest types, then one for the rest
  std::vector<std::vector<std::size_t>> counts;
};

struct Listing {
  std::string title, description;
  std::vector<BrowseList> browse;
  YearChart chart;  // no years: no chart
  std::vector<std::pair<std::string, std::string>> links;  // navigation: (label, href)
  std::vector<ListingGroup> groups;
  std::string home_href, stylesheet_href, feed_href;
  // Both set: a search box that searches the listed documents in the browser, without a network.
  std::string search_script_href, search_data_href;
  // Set instead: a search box that asks the server ("/search", GET with q).
  std::string search_action;
};
Result<Page> listing(const Listing& listing);

// The server's search page (templates/html/results.xsl): the form as it was filled, "did you mean", facets as
// filters, hits with their snippets, and the links to the neighbouring pages. All strings are plain text except
// SearchHit::snippet, which is index::Hit::snippet: escaped text with <mark> elements, read as such.
struct SearchHit {
  std::string href, title, type, number, date;
  std::string where;    // "Điều 5" for an article hit, "" for a document
  std::string snippet;
};
struct SearchFacetValue {
  std::string label;
  std::size_t count = 0;
  std::string href;     // the same search with this value as a filter (or without it, when selected)
  bool selected = false;
};
struct SearchFacet {
  std::string name;     // "Loại văn bản"
  std::vector<SearchFacetValue> values;
};
struct SearchPage {
  std::string query;
  std::string unit = "document";  // document | article
  std::string sort = "relevance"; // relevance | date | oldest
  std::vector<std::pair<std::string, std::string>> filters;  // kept as hidden fields: ("type", "Nghị định")
  std::size_t total = 0;
  std::size_t first = 0;          // 1-based rank of the first hit shown
  std::string suggestion, suggestion_href;
  std::string error;              // why the query was refused, for the reader
  std::vector<SearchFacet> facets;
  std::vector<SearchHit> hits;
  std::string previous_href, next_href;
  std::string export_href;        // a bundle of what this search finds; "" offers none
  std::string home_href, stylesheet_href;
};
Result<Page> search_page(const SearchPage& page);

// The clerks' pages (sign in, their desk, a document's review, the audit log): generic blocks the server fills,
// drawn by templates/html/desk.xsl and escaped by construction like the others. Every form posts; the caller puts
// the CSRF token in each form as a hidden field.
struct DeskCell {
  std::string text, href;  // a link when href is set
};
struct DeskTable {
  std::string caption;
  std::vector<std::string> columns;
  std::vector<std::vector<DeskCell>> rows;
};
struct DeskField {
  std::string name, label;
  std::string type = "text";  // text | date | password | file | hidden | textarea
  std::string value, hint, autocomplete;
  bool required = false;
  bool multiple = false;      // file: several at once
};
struct DeskForm {
  std::string action, submit;
  bool upload = false;        // multipart/form-data
  bool danger = false;        // drawn as a destructive action
  std::vector<DeskField> fields;
};
struct DeskOutlineItem {
  int level = 0;              // 0 for Phần/Chương, deeper for what they hold
  std::string label, href;    // "Điều 5. Phạm vi", and its anchor on the preview when known
};
struct DeskSection {
  std::string heading, id;
  std::vector<std::string> paragraphs;
  std::vector<std::pair<std::string, std::string>> facts;  // (label, value)
  std::vector<std::string> warnings;
  std::vector<DeskOutlineItem> outline;
  std::vector<DeskTable> tables;
  std::vector<DeskForm> forms;
};
struct Desk {
  std::string title;
  std::string user;             // who is signed in; "" on the sign-in page
  std::string notice, error;    // what just happened; what went wrong (shown as an alert)
  std::vector<std::pair<std::string, std::string>> links;  // navigation: (label, href)
  DeskForm sign_out;            // shown beside the user's name when user is set
  std::string tagline = "Bàn làm việc của văn thư";
  std::vector<DeskSection> sections;
  std::string home_href, stylesheet_href;
};
Result<Page> desk(const Desk& page);

struct PdfOptions {
  std::string keywords;  // PDF metadata keywords; the type, number and issuer are always added
};

struct Pdf {
  std::string bytes;
  int pages = 0;
  std::vector<std::string> warnings;  // e.g. "Điều 5: 3 characters (CJK) are not in Liberation Serif; drawn in …"
};

// The print-ready PDF of a document: A4, Decree 30/2020 header, body, signatures, Nơi nhận; minutes in their own
// form; bookmarks per Phần/Chương/Điều; title, author (issuer), subject and keywords in the metadata.
Result<Pdf> pdf(const model::Document& document, const PdfOptions& options = {});

}  // namespace vanthu::render
