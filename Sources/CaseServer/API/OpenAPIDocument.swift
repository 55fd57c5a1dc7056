/// The OpenAPI 3.0 description of every route the case server answers, served at `/openapi.json`.
///
/// Kept as one JSON literal so it is easy to read and diff; a test checks that its paths and
/// methods are exactly the router's routes.
enum OpenAPIDocument {
    /// The document as JSON text.
    static let json = #"""
    {
      "openapi": "3.0.3",
      "info": {
        "title": "政府信息公开案例库 API",
        "version": "1.0.0",
        "description": "Search and read the case library of the government-information-disclosure office. Every error has the shape {\"error\": {\"code\", \"message\"}}; 400 names the bad parameter."
      },
      "paths": {
        "/healthz": {
          "get": {
            "summary": "Liveness and index size",
            "responses": {
              "200": {"description": "The index is readable", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}},
              "503": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/search": {
          "get": {
            "summary": "Search records with the query language",
            "parameters": [
              {"name": "q", "in": "query", "description": "Query text: words, \"phrases\", -exclusions, field:value filters. Empty matches everything.", "schema": {"type": "string"}},
              {"name": "kind", "in": "query", "description": "case, outcome, training or statute; repeat for alternatives", "schema": {"type": "array", "items": {"type": "string"}}, "style": "form", "explode": true},
              {"name": "category", "in": "query", "description": "Case category, e.g. 户籍类; repeatable", "schema": {"type": "array", "items": {"type": "string"}}, "style": "form", "explode": true},
              {"name": "response", "in": "query", "description": "Response group, e.g. 不予公开; repeatable", "schema": {"type": "array", "items": {"type": "string"}}, "style": "form", "explode": true},
              {"name": "unit", "in": "query", "description": "Handling unit; repeatable", "schema": {"type": "array", "items": {"type": "string"}}, "style": "form", "explode": true},
              {"name": "law", "in": "query", "description": "Law title (statute articles); repeatable", "schema": {"type": "array", "items": {"type": "string"}}, "style": "form", "explode": true},
              {"name": "year", "in": "query", "description": "YYYY or YYYY..YYYY", "schema": {"type": "string", "pattern": "^[0-9]{4}(\\.\\.[0-9]{4})?$"}},
              {"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0, "maximum": 10000, "default": 0}},
              {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 10}},
              {"$ref": "#/components/parameters/All"}
            ],
            "responses": {
              "200": {"description": "A page of results with facet counts", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchResults"}}}},
              "400": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/records/{id}": {
          "get": {
            "summary": "One record with its related records",
            "parameters": [{"$ref": "#/components/parameters/ID"}, {"$ref": "#/components/parameters/All"}],
            "responses": {
              "200": {"description": "The record; a case with its outcomes and status, an outcome with its case, training with its cases", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RecordDetails"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/records/{id}/similar": {
          "get": {
            "summary": "Visible cases similar to a record (never the record itself)",
            "parameters": [
              {"$ref": "#/components/parameters/ID"},
              {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 10}},
              {"$ref": "#/components/parameters/All"}
            ],
            "responses": {
              "200": {"description": "Similar cases, best first, by the precedent ranking", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Similar"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/precedents": {
          "post": {
            "summary": "Precedents for a hard application, ranked by closeness of the legal issue, with outcome history and explanations",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PrecedentRequest"}}}},
            "responses": {
              "200": {"description": "Precedents, best first; corrected ones flagged", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Precedents"}}}},
              "400": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/compilations/{year}": {
          "get": {
            "summary": "The yearly case compilation (always redacted)",
            "parameters": [
              {"name": "year", "in": "path", "required": true, "schema": {"type": "integer", "minimum": 1900, "maximum": 2999}},
              {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["html", "md", "csv"], "default": "html"}}
            ],
            "responses": {
              "200": {"description": "The compilation as HTML, Markdown, or the statistics as CSV", "content": {"text/html": {"schema": {"type": "string"}}, "text/markdown": {"schema": {"type": "string"}}, "text/csv": {"schema": {"type": "string"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "422": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/courses": {
          "post": {
            "summary": "Build a course pack from a course spec",
            "parameters": [{"name": "format", "in": "query", "schema": {"type": "string", "enum": ["html", "md"], "default": "html"}}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CourseSpec"}}}},
            "responses": {
              "200": {"description": "The course pack", "content": {"text/html": {"schema": {"type": "string"}}, "text/markdown": {"schema": {"type": "string"}}}},
              "400": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/statutes/search": {
          "get": {
            "summary": "Statute articles that answer a practical question (thesaurus, domain priors, cited articles)",
            "parameters": [
              {"name": "q", "in": "query", "required": true, "description": "The question in the officer's own words", "schema": {"type": "string", "maxLength": 2000}},
              {"name": "limit", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 50, "default": 10}}
            ],
            "responses": {
              "200": {"description": "Articles, best first", "content": {"application/json": {"schema": {"type": "object", "properties": {"results": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}, "law": {"type": "string"}, "version": {"type": "string"}, "article": {"type": "string"}, "chapter": {"type": "string"}, "score": {"type": "number"}, "snippet": {"type": "string"}, "why": {"type": "object"}}}}}}}}},
              "400": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/statutes/{law}/{article}/cases": {
          "get": {
            "summary": "Cases that applied a statute article",
            "parameters": [
              {"name": "law", "in": "path", "required": true, "description": "Law title or alias, e.g. 政府信息公开条例 or 条例", "schema": {"type": "string"}},
              {"name": "article", "in": "path", "required": true, "description": "15 or 第十五条", "schema": {"type": "string"}},
              {"$ref": "#/components/parameters/All"}
            ],
            "responses": {
              "200": {"description": "The cases", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CitingCases"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/metrics": {
          "get": {
            "summary": "Prometheus metrics: requests, latency, open connections, index documents",
            "responses": {"200": {"description": "Prometheus text format 0.0.4", "content": {"text/plain": {"schema": {"type": "string"}}}}}
          }
        },
        "/openapi.json": {
          "get": {
            "summary": "This document",
            "responses": {"200": {"description": "OpenAPI 3.0", "content": {"application/json": {"schema": {"type": "object"}}}}}
          }
        },
        "/": {
          "get": {
            "summary": "The web page (Chinese UI)",
            "responses": {"200": {"description": "HTML", "content": {"text/html": {"schema": {"type": "string"}}}}}
          }
        },
        "/assets/app.js": {
          "get": {
            "summary": "The web page's script",
            "responses": {"200": {"description": "JavaScript", "content": {"text/javascript": {"schema": {"type": "string"}}}}}
          }
        },
        "/assets/app.css": {
          "get": {
            "summary": "The web page's style sheet",
            "responses": {"200": {"description": "CSS", "content": {"text/css": {"schema": {"type": "string"}}}}}
          }
        }
      },
      "components": {
        "parameters": {
          "ID": {"name": "id", "in": "path", "required": true, "description": "1–64 letters, digits, '-', '_' or '.'", "schema": {"type": "string", "pattern": "^[A-Za-z0-9._-]{1,64}$"}},
          "All": {"name": "all", "in": "query", "description": "1 to include hidden records (drafts, submitted, rejected, restricted); only on a server started with --reviewer-access, else 403", "schema": {"type": "string", "enum": ["0", "1", "true", "false"]}}
        },
        "responses": {
          "Error": {"description": "An error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        },
        "schemas": {
          "Error": {
            "type": "object", "required": ["error"],
            "properties": {"error": {"type": "object", "required": ["code", "message"], "properties": {
              "code": {"type": "string", "example": "invalid_parameter", "description": "invalid_parameter, bad_query, not_found, index_unavailable, ..."},
              "message": {"type": "string"}}}}
          },
          "Health": {
            "type": "object", "required": ["status", "documents", "revision"],
            "properties": {"status": {"type": "string", "enum": ["ok"]}, "documents": {"type": "integer"}, "revision": {"type": "integer"}}
          },
          "Summary": {
            "type": "object", "required": ["id", "kind", "title"],
            "description": "The main facts of a record (only the fields it has)",
            "properties": {
              "id": {"type": "string"}, "kind": {"type": "string", "enum": ["case", "outcome", "training", "statute"]},
              "title": {"type": "string"}, "score": {"type": "number"}, "year": {"type": "integer"},
              "category": {"type": "string"}, "response": {"type": "string"}, "response_detail": {"type": "string"},
              "unit": {"type": "string"}, "case": {"type": "string"}, "stage": {"type": "string"}, "result": {"type": "string"},
              "date": {"type": "string"}, "hard": {"type": "boolean"}, "review_status": {"type": "string"},
              "law": {"type": "string"}, "version": {"type": "string"}, "article": {"type": "string"}, "chapter": {"type": "string"}
            }
          },
          "Hit": {
            "allOf": [{"$ref": "#/components/schemas/Summary"}, {"type": "object", "required": ["score", "snippet", "matched_terms"], "properties": {
              "snippet": {"type": "string", "description": "HTML-escaped passage; matches in <mark>…</mark>"},
              "matched_terms": {"type": "array", "items": {"type": "string"}}}}]
          },
          "SearchResults": {
            "type": "object", "required": ["total", "offset", "limit", "results", "facets"],
            "properties": {
              "total": {"type": "integer"}, "offset": {"type": "integer"}, "limit": {"type": "integer"},
              "results": {"type": "array", "items": {"$ref": "#/components/schemas/Hit"}},
              "facets": {"type": "object", "description": "kind, category, year, response, law: counts over the whole match set, most frequent first",
                "additionalProperties": {"type": "array", "items": {"type": "object", "properties": {"value": {"type": "string"}, "count": {"type": "integer"}}}}}
            }
          },
          "Record": {"type": "object", "description": "The whole record in the interchange format (docs/case-jsonl.md)", "additionalProperties": true},
          "Outcome": {"allOf": [{"$ref": "#/components/schemas/Record"}, {"type": "object", "properties": {"effect": {"type": "string", "enum": ["upheld", "corrected", "other"]}}}]},
          "RecordDetails": {
            "type": "object", "required": ["record"],
            "properties": {
              "record": {"$ref": "#/components/schemas/Record"},
              "status": {"type": "string", "enum": ["corrected", "upheld", "pending", "unchallenged"], "description": "Cases: corrected if any outcome corrected the agency, else pending if the latest was remanded, else upheld if any upheld it, else unchallenged"},
              "citations": {"type": "array", "items": {"$ref": "#/components/schemas/Citation"}, "description": "When the library has statutes: each cited provision resolved to the version in force"},
              "outcomes": {"type": "array", "items": {"$ref": "#/components/schemas/Outcome"}, "description": "Cases: outcomes by date"},
              "effect": {"type": "string", "enum": ["upheld", "corrected", "other"], "description": "Outcomes"},
              "case": {"allOf": [{"$ref": "#/components/schemas/Summary"}], "nullable": true, "description": "Outcomes: the case"},
              "cases": {"type": "array", "items": {"$ref": "#/components/schemas/Summary"}, "description": "Training: the cases it discusses"}
            }
          },
          "Similar": {
            "type": "object", "required": ["id", "results"],
            "properties": {"id": {"type": "string"}, "results": {"type": "array", "items": {"$ref": "#/components/schemas/Precedent"}}}
          },
          "Citation": {
            "type": "object", "required": ["text", "law", "article", "resolved"],
            "properties": {"text": {"type": "string"}, "field": {"type": "string"}, "law": {"type": "string"}, "version": {"type": "string", "nullable": true},
              "article": {"type": "string"}, "provision": {"type": "string"}, "provision_text": {"type": "string", "nullable": true}, "resolved": {"type": "boolean"}},
            "additionalProperties": true
          },
          "PrecedentRequest": {
            "type": "object", "required": ["text"],
            "properties": {"text": {"type": "string", "maxLength": 5000, "description": "The application in the officer's words"},
              "category": {"type": "string"}, "response": {"type": "string"}, "limit": {"type": "integer", "minimum": 1, "maximum": 50, "default": 10}}
          },
          "Precedent": {
            "type": "object", "required": ["id", "title", "score", "status", "corrected", "outcomes", "why"],
            "properties": {
              "id": {"type": "string"}, "kind": {"type": "string"}, "title": {"type": "string"}, "score": {"type": "number"}, "relevance": {"type": "number"},
              "year": {"type": "integer"}, "unit": {"type": "string"}, "category": {"type": "string"}, "response": {"type": "string"}, "response_detail": {"type": "string"},
              "legal_basis": {"type": "array", "items": {"type": "string"}},
              "outcomes": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}, "stage": {"type": "string"}, "body": {"type": "string"}, "number": {"type": "string"}, "date": {"type": "string"}, "result": {"type": "string"}, "effect": {"type": "string"}}}},
              "status": {"type": "string", "enum": ["upheld", "corrected", "pending", "unchallenged"]},
              "corrected": {"type": "boolean"}, "warning": {"type": "string"},
              "passages": {"type": "array", "items": {"type": "object", "properties": {"field": {"type": "string"}, "html": {"type": "string", "description": "HTML-escaped, matches in <mark>"}}}},
              "why": {"type": "object", "properties": {
                "terms": {"type": "array", "items": {"type": "object", "properties": {"term": {"type": "string"}, "weight": {"type": "number"}, "source": {"type": "string", "enum": ["application", "thesaurus", "feedback", "character"]}}}},
                "phrases": {"type": "array", "items": {"type": "string"}},
                "fields": {"type": "array", "items": {"type": "object", "properties": {"field": {"type": "string"}, "terms": {"type": "array", "items": {"type": "string"}}}}},
                "boosts": {"type": "array", "items": {"type": "object", "properties": {"name": {"type": "string"}, "size": {"type": "number"}}}},
                "elements": {"type": "array", "description": "legal elements (要素) compared, one per dimension of the application", "items": {"type": "object", "properties": {"dimension": {"type": "string"}, "application": {"type": "array", "items": {"type": "string"}}, "precedent": {"type": "array", "items": {"type": "string"}}, "agreement": {"type": "string", "enum": ["same", "different", "unknown"]}, "text": {"type": "string", "description": "e.g. 程序：行政 ✗ 刑事"}}}},
                "element_factor": {"type": "number"}}}
            }
          },
          "Precedents": {
            "type": "object", "required": ["count", "results"],
            "properties": {"count": {"type": "integer"}, "results": {"type": "array", "items": {"$ref": "#/components/schemas/Precedent"}}}
          },
          "CourseSpec": {
            "type": "object", "required": ["title", "sessions"],
            "properties": {"title": {"type": "string"}, "audience": {"type": "string"}, "date": {"type": "string"},
              "sessions": {"type": "array", "items": {"type": "object", "required": ["title"], "properties": {"title": {"type": "string"}, "query": {"type": "string"}, "records": {"type": "array", "items": {"type": "string"}}, "limit": {"type": "integer"}}}}}
          },
          "CitingCases": {
            "type": "object", "required": ["law", "article", "count", "cases"],
            "properties": {"law": {"type": "string"}, "article": {"type": "string"}, "count": {"type": "integer"}, "cases": {"type": "array", "items": {"$ref": "#/components/schemas/Summary"}}}
          }
        }
      }
    }
    """#
}
