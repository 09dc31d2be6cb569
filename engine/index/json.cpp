// SPDX-License-Identifier: Apache-2.0
//
// The search answer as JSON (ARCHITECTURE.md §7): what `vanthu search --json` prints and `/api/search` returns.
#include <sstream>

#include "index/index.h"

namespace vanthu::index {
namespace {

std::string json_or_null(const std::string& value) { return value.empty() ? "null" : json_quote(value); }

}  // namespace

std::string to_json(const Response& response) {
  std::ostringstream out;
  out << "{\"query\": " << json_quote(response.query) << ", \"total\": " << response.total << ", \"hits\": [";
  bool first = true;
  for (const Hit& hit : response.hits) {
    out << (first ? "" : ", ") << "{\"uri\": " << json_quote(hit.uri) << ", \"eid\": " << json_or_null(hit.eid)
        << ", \"source\": " << json_or_null(hit.source) << ", \"type\": " << json_or_null(hit.type)
        << ", \"number\": " << json_or_null(hit.number) << ", \"title\": " << json_or_null(hit.title)
        << ", \"date\": " << json_or_null(hit.date) << ", \"score\": " << hit.score
        << ", \"snippet\": " << json_quote(hit.snippet) << "}";
    first = false;
  }
  out << "], \"facets\": {";
  bool first_facet = true;
  for (const auto& [name, counts] : response.facets) {
    out << (first_facet ? "" : ", ") << json_quote(name) << ": {";
    bool first_value = true;
    for (const auto& [value, count] : counts) {
      out << (first_value ? "" : ", ") << json_quote(value) << ": " << count;
      first_value = false;
    }
    out << "}";
    first_facet = false;
  }
  out << "}, \"suggestion\": " << (response.suggestion ? json_quote(*response.suggestion) : "null") << "}";
  return out.str();
}

}  // namespace vanthu::index
