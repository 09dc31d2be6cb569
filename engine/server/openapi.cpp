// SPDX-License-Identifier: Apache-2.0
//
// /api/openapi.json: the OpenAPI 3 description of the JSON API and the downloads programs use. Kept beside the
// routes it describes; tests validate it (swagger-parser) and check that every path it names answers.
#include "server/handlers.h"

namespace vanthu::server {
namespace {

constexpr std::string_view kOpenApi = R"json({
  "openapi": "3.0.3",
  "info": {
    "title": "vanthu",
    "version": "1.0.0",
    "description": "Search and read the published Vietnamese legal and administrative documents of a vanthu library. Only published documents are visible; drafts and unpublished documents are 404 everywhere.",
    "license": {"name": "Apache-2.0", "url": "https://www.apache.org/licenses/LICENSE-2.0"}
  },
  "servers": [{"url": "/"}],
  "paths": {
    "/api/search": {
      "get": {
        "operationId": "search",
        "summary": "Search the library, with or without diacritics",
        "description": "The same object `vanthu search --json` prints (ARCHITECTURE.md §7).",
        "parameters": [
          {"name": "q", "in": "query", "required": true, "schema": {"type": "string", "maxLength": 10000},
           "description": "The query: words with or without diacritics, \"phrases\", AND/OR/NOT, -word, type:, issuer:, year:, number:, date ranges.", "example": "hoa giai o co so"},
          {"name": "unit", "in": "query", "schema": {"type": "string", "enum": ["document", "article"], "default": "document"}},
          {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["relevance", "date", "oldest"], "default": "relevance"}},
          {"name": "type", "in": "query", "schema": {"type": "string"}, "description": "Only documents of this type (as the facets name it), e.g. Nghị định."},
          {"name": "issuer", "in": "query", "schema": {"type": "string"}},
          {"name": "year", "in": "query", "schema": {"type": "string", "pattern": "^[0-9]{4}$"}},
          {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 10}},
          {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 10000, "default": 0}}
        ],
        "responses": {
          "200": {"description": "Ranked hits, facets and a suggestion", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchResponse"}}}},
          "400": {"description": "The query or a parameter is malformed", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        }
      }
    },
    "/api/documents/{uri}": {
      "get": {
        "operationId": "document",
        "summary": "A published document's facts and the links to its forms",
        "parameters": [
          {"name": "uri", "in": "path", "required": true, "schema": {"type": "string"},
           "description": "The FRBR work URI without its leading slash; its own slashes stay as they are.", "example": "akn/vn/act/luat/2013-06-20/35-2013-qh13"}
        ],
        "responses": {
          "200": {"description": "The document", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Document"}}}},
          "404": {"description": "No published document at this address", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        }
      }
    },
    "/export": {
      "get": {
        "operationId": "exportQuery",
        "summary": "A bundle (zip) of the documents a query finds, at most 100",
        "parameters": [
          {"name": "q", "in": "query", "required": false, "schema": {"type": "string"}, "description": "Without q, a page with the export forms."},
          {"name": "type", "in": "query", "schema": {"type": "string"}},
          {"name": "issuer", "in": "query", "schema": {"type": "string"}},
          {"name": "year", "in": "query", "schema": {"type": "string"}}
        ],
        "responses": {
          "200": {"description": "The bundle: per document its page, PDF, XML and original; index.html with an offline search; manifest.json with SHA-256 of every file", "content": {"application/zip": {"schema": {"type": "string", "format": "binary"}}, "text/html": {"schema": {"type": "string"}}}},
          "404": {"description": "The query found no published document", "content": {"text/html": {"schema": {"type": "string"}}}},
          "503": {"description": "Other bundles are being made; retry after the Retry-After seconds", "content": {"text/html": {"schema": {"type": "string"}}}}
        }
      },
      "post": {
        "operationId": "exportList",
        "summary": "A bundle (zip) of listed documents, at most 100",
        "requestBody": {
          "required": true,
          "content": {"application/x-www-form-urlencoded": {"schema": {"type": "object", "required": ["uris"], "properties": {"uris": {"type": "string", "description": "FRBR work URIs, one per line"}}}}}
        },
        "responses": {
          "200": {"description": "The bundle", "content": {"application/zip": {"schema": {"type": "string", "format": "binary"}}}},
          "400": {"description": "No URI, or more than 100", "content": {"text/html": {"schema": {"type": "string"}}}},
          "404": {"description": "None of the URIs is a published document", "content": {"text/html": {"schema": {"type": "string"}}}}
        }
      }
    },
    "/feed.atom": {
      "get": {"operationId": "feed", "summary": "The newest publications (Atom)",
              "responses": {"200": {"description": "An Atom feed", "content": {"application/atom+xml": {"schema": {"type": "string"}}}}}}
    },
    "/sitemap.xml": {
      "get": {"operationId": "sitemap", "summary": "Every published document page",
              "responses": {"200": {"description": "A sitemap", "content": {"application/xml": {"schema": {"type": "string"}}}}}}
    },
    "/healthz": {
      "get": {"operationId": "health", "summary": "Whether the server answers, and how many documents are published",
              "responses": {"200": {"description": "Healthy", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}}}}
    }
  },
  "components": {
    "schemas": {
      "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
      "Health": {"type": "object", "required": ["status", "documents"], "properties": {"status": {"type": "string", "enum": ["ok"]}, "documents": {"type": "integer", "minimum": 0}}},
      "Hit": {
        "type": "object",
        "required": ["uri", "eid", "source", "type", "number", "title", "date", "score", "snippet"],
        "properties": {
          "uri": {"type": "string", "description": "The FRBR work URI of the document"},
          "eid": {"type": "string", "nullable": true, "description": "The article's eId (art_5) for an article hit; null for a document"},
          "source": {"type": "string", "nullable": true, "description": "The original file's name"},
          "type": {"type": "string", "nullable": true},
          "number": {"type": "string", "nullable": true},
          "title": {"type": "string", "nullable": true},
          "date": {"type": "string", "nullable": true, "format": "date"},
          "score": {"type": "number"},
          "snippet": {"type": "string", "description": "Escaped text of the accented original with the matches in <mark> elements"}
        }
      },
      "SearchResponse": {
        "type": "object",
        "required": ["query", "total", "hits", "facets", "suggestion"],
        "properties": {
          "query": {"type": "string"},
          "total": {"type": "integer", "minimum": 0, "description": "Estimated number of matches"},
          "hits": {"type": "array", "items": {"$ref": "#/components/schemas/Hit"}},
          "facets": {"type": "object", "description": "type, issuer and year, each value with its count",
                     "additionalProperties": {"type": "object", "additionalProperties": {"type": "integer"}}},
          "suggestion": {"type": "string", "nullable": true, "description": "The query with diacritics restored from the index's vocabulary"}
        }
      },
      "Document": {
        "type": "object",
        "required": ["uri", "type", "number", "issuer", "date", "title", "version", "published", "source", "format", "links"],
        "properties": {
          "uri": {"type": "string"},
          "type": {"type": "string", "nullable": true},
          "number": {"type": "string", "nullable": true},
          "issuer": {"type": "string", "nullable": true},
          "date": {"type": "string", "nullable": true, "format": "date"},
          "title": {"type": "string", "nullable": true},
          "version": {"type": "integer", "minimum": 1, "description": "The version the public sees"},
          "published": {"type": "string", "nullable": true, "description": "When that version was stored (UTC)"},
          "source": {"type": "string", "nullable": true},
          "format": {"type": "string", "nullable": true},
          "links": {
            "type": "object",
            "required": ["html", "pdf", "xml", "original"],
            "properties": {"html": {"type": "string"}, "pdf": {"type": "string"}, "xml": {"type": "string"}, "original": {"type": "string"}}
          }
        }
      }
    }
  }
}
)json";

}  // namespace

Reply openapi(Site&, const Request&) {
  Reply reply;
  reply.content_type = "application/json; charset=utf-8";
  reply.body = std::string(kOpenApi);
  reply.headers.emplace_back("Cache-Control", "public, max-age=3600");
  return reply;
}

}  // namespace vanthu::server
