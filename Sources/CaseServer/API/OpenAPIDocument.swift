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
        "/api/me": {
          "get": {
            "summary": "Who the token belongs to: name, role, unit and rights",
            "responses": {"200": {"description": "The caller"}, "401": {"$ref": "#/components/responses/Error"}}
          }
        },
        "/api/records": {
          "post": {
            "summary": "Add a record (a case starts as draft or submitted; an outcome waits for approval). Needs the submit right.",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "description": "A record of the interchange format (spec/case-jsonl.md)"}}}},
            "responses": {
              "201": {"description": "Added; the ETag header names this version, Location the record"},
              "400": {"$ref": "#/components/responses/Error"}, "401": {"$ref": "#/components/responses/Error"},
              "403": {"$ref": "#/components/responses/Error"}, "409": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/records/{id}": {
          "get": {
            "summary": "One record with its related records (ETag header: its version)",
            "parameters": [{"$ref": "#/components/parameters/ID"}, {"$ref": "#/components/parameters/All"}],
            "responses": {
              "200": {"description": "The record; a case with its outcomes and status, an outcome with its case, training with its cases", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RecordDetails"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"}
            }
          },
          "put": {
            "summary": "Replace a record; If-Match must carry its current ETag. An approved case that is edited goes back to submitted.",
            "parameters": [{"$ref": "#/components/parameters/ID"}, {"name": "If-Match", "in": "header", "required": true, "schema": {"type": "string"}}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object"}}}},
            "responses": {
              "200": {"description": "Replaced; ETag names the new version"},
              "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"}, "412": {"$ref": "#/components/responses/Error"},
              "428": {"$ref": "#/components/responses/Error"}
            }
          },
          "delete": {
            "summary": "Delete a record (administrators)",
            "parameters": [{"$ref": "#/components/parameters/ID"}],
            "responses": {"204": {"description": "Deleted"}, "403": {"$ref": "#/components/responses/Error"}, "404": {"$ref": "#/components/responses/Error"}}
          }
        },
        "/api/records/check": {
          "post": {
            "summary": "Check a record without saving it: validation problems by field, and personal data the redaction scanner finds",
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object"}}}},
            "responses": {"200": {"description": "{\"problems\": [...], \"findings\": [{field, kind, masked}]}"}, "403": {"$ref": "#/components/responses/Error"}}
          }
        },
        "/api/records/{id}/review": {
          "post": {
            "summary": "Review step: {\"action\": \"submit\"}, {\"action\": \"approve\", \"secrecy_checked\": true} or {\"action\": \"reject\", \"reason\": \"…\"}. Nobody approves a record they added or last changed.",
            "parameters": [{"$ref": "#/components/parameters/ID"}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object"}}}},
            "responses": {
              "200": {"description": "The record as it now stands, with its history"},
              "400": {"$ref": "#/components/responses/Error"}, "403": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"}, "422": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/work": {
          "get": {
            "summary": "The caller's records (drafts, submitted, rejected, approved) and, for reviewers, every record waiting for review",
            "responses": {"200": {"description": "{\"items\": [{id, kind, title, state, history}]}"}, "403": {"$ref": "#/components/responses/Error"}}
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
              "200": {"description": "The answer desk: precedents, best first (corrected ones flagged), the suggested handling, the applicable articles and, with a received date, the deadline", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DeskAnswer"}}}},
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
        "/api/reports/{year}": {
          "get": {
            "summary": "Tables 三 and 四 of the annual report (2021 format), or of a quarterly bulletin, counted from the application register",
            "parameters": [
              {"name": "year", "in": "path", "required": true, "schema": {"type": "integer", "minimum": 1990, "maximum": 2100}},
              {"name": "quarter", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 4}},
              {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["html", "csv3", "csv4", "json"], "default": "html"}}
            ],
            "responses": {
              "200": {"description": "The tables as HTML, table3.csv, table4.csv, or JSON with the checks", "content": {"text/html": {"schema": {"type": "string"}}, "text/csv": {"schema": {"type": "string"}}, "application/json": {"schema": {"type": "object"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"},
              "422": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/courses": {
          "post": {
            "summary": "Build a course pack from a course spec",
            "parameters": [{"name": "format", "in": "query", "schema": {"type": "string", "enum": ["html", "md", "pdf"], "default": "html"}}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CourseSpec"}}}},
            "responses": {
              "200": {"description": "The course pack", "content": {"text/html": {"schema": {"type": "string"}}, "text/markdown": {"schema": {"type": "string"}}, "application/pdf": {"schema": {"type": "string", "format": "binary"}}}},
              "400": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/precedents/report": {
          "post": {
            "summary": "The 类案检索报告 of the answer desk as a download (Markdown or printable HTML)",
            "parameters": [{"name": "format", "in": "query", "schema": {"type": "string", "enum": ["html", "md"], "default": "html"}}],
            "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PrecedentRequest"}}}},
            "responses": {
              "200": {"description": "The report", "content": {"text/html": {"schema": {"type": "string"}}, "text/markdown": {"schema": {"type": "string"}}}},
              "400": {"$ref": "#/components/responses/Error"}
            }
          }
        },
        "/api/deadline": {
          "get": {
            "summary": "The answer deadline under 条例 第三十三条 on the library's holiday calendar (Cases/holidays.txt)",
            "parameters": [
              {"name": "received", "in": "query", "required": true, "description": "Day the application was received", "schema": {"type": "string", "format": "date"}},
              {"name": "corrected", "in": "query", "description": "Day the corrected application arrived (补正): the period restarts", "schema": {"type": "string", "format": "date"}},
              {"name": "extended", "in": "query", "description": "1: extended by 20 working days", "schema": {"type": "string", "enum": ["0", "1"]}},
              {"name": "paused", "in": "query", "description": "Third-party consultation YYYY-MM-DD..YYYY-MM-DD (第三十二条), repeatable: its working days do not count", "schema": {"type": "string"}}
            ],
            "responses": {
              "200": {"description": "The due date and how it was reached", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Deadline"}}}},
              "400": {"$ref": "#/components/responses/Error"},
              "404": {"$ref": "#/components/responses/Error"}
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
              "status": {"type": "string", "enum": ["unchallenged", "upheld", "corrected", "other"], "description": "Cases: derived from all their outcomes"},
              "status_label": {"type": "string"}, "corrected": {"type": "boolean"},
              "law": {"type": "string"}, "version": {"type": "string"}, "article": {"type": "string"}, "chapter": {"type": "string"}
            }
          },
          "Hit": {
            "allOf": [{"$ref": "#/components/schemas/Summary"}, {"type": "object", "required": ["score", "snippet", "matched_terms"], "properties": {
              "snippet": {"type": "string", "description": "HTML-escaped passage; matches in <mark>…</mark>"},
              "matched_terms": {"type": "array", "items": {"type": "string"}},
              "exact": {"type": "array", "items": {"type": "string"}, "description": "What the query named exactly and this hit is: 编号 …, 文号 …, 条文 …"},
              "thesaurus": {"type": "array", "items": {"type": "string"}, "description": "Thesaurus words it matched: 110 → 接处警"}}}]
          },
          "SearchResults": {
            "type": "object", "required": ["total", "offset", "limit", "results", "facets"],
            "properties": {
              "total": {"type": "integer"}, "offset": {"type": "integer"}, "limit": {"type": "integer"},
              "results": {"type": "array", "items": {"$ref": "#/components/schemas/Hit"}},
              "references": {"type": "array", "items": {"type": "string"}, "description": "Ids, decision numbers and article references the query named"},
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
              "status": {"type": "string", "enum": ["unchallenged", "upheld", "corrected", "other"], "description": "Cases: unchallenged without outcomes; corrected if any outcome corrected the agency; else other if the latest was remanded; else upheld if any upheld it; else other (dismissed, withdrawn, terminated)"},
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
            "properties": {"text": {"type": "string", "maxLength": 20000, "description": "The application in the officer's words"},
              "category": {"type": "string", "description": "Boost: lifts cases of this category"}, "response": {"type": "string", "description": "Boost: lifts cases answered this way"},
              "limit": {"type": "integer", "minimum": 1, "maximum": 50, "default": 10},
              "filter_category": {"description": "Filter: only these categories", "oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
              "filter_response": {"description": "Filter: only these response groups", "oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
              "status": {"description": "Filter: unchallenged, upheld, corrected, other", "oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
              "regime": {"description": "Filter: 2008 or 2019", "oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
              "year": {"type": "string", "description": "Filter: 2020 or 2019..2023"},
              "unit": {"description": "Filter: handling units", "oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]},
              "date": {"type": "string", "format": "date", "description": "The application's date: statute versions in force on it (default: received, else today)"},
              "received": {"type": "string", "format": "date"}, "corrected": {"type": "string", "format": "date"}, "extended": {"type": "boolean"},
              "paused": {"type": "array", "items": {"type": "string", "description": "YYYY-MM-DD..YYYY-MM-DD"}}}
          },
          "DeskAnswer": {
            "type": "object", "required": ["count", "results", "suggestion", "articles", "date", "revision"],
            "properties": {"count": {"type": "integer"}, "results": {"type": "array", "items": {"$ref": "#/components/schemas/Precedent"}},
              "suggestion": {"type": "object", "required": ["text", "groups"], "properties": {"text": {"type": "string"}, "notice": {"type": "string"}, "considered": {"type": "integer"},
                "groups": {"type": "array", "items": {"type": "object", "properties": {"response": {"type": "string"}, "detail": {"type": "string"}, "label": {"type": "string"}, "share": {"type": "number"},
                  "cases": {"type": "array", "items": {"type": "string"}}, "upheld": {"type": "array", "items": {"type": "string"}}, "corrected": {"type": "array", "items": {"type": "string"}}, "provisions": {"type": "array", "items": {"type": "string"}}}}}}},
              "articles": {"type": "array", "items": {"type": "object", "required": ["law", "article", "version", "text", "cases"], "properties": {"law": {"type": "string"}, "article": {"type": "string"},
                "version": {"type": "string"}, "text": {"type": "string"}, "provisions": {"type": "array", "items": {"type": "string"}}, "cases": {"type": "array", "items": {"type": "string"}},
                "corrected_cases": {"type": "array", "items": {"type": "string"}}, "found_by_search": {"type": "boolean"}, "in_force": {"type": "boolean"}}}},
              "deadline": {"$ref": "#/components/schemas/Deadline"}, "deadline_error": {"type": "string"}, "date": {"type": "string"}, "revision": {"type": "integer"}}
          },
          "Deadline": {
            "type": "object", "required": ["due", "received", "start", "working_days", "explanation"],
            "properties": {"due": {"type": "string", "format": "date"}, "received": {"type": "string"}, "start": {"type": "string"}, "corrected": {"type": "string"}, "extended": {"type": "boolean"},
              "working_days": {"type": "integer"}, "paused": {"type": "array", "items": {"type": "string"}}, "paused_working_days": {"type": "integer"},
              "holidays": {"type": "array", "items": {"type": "object"}}, "worked_weekends": {"type": "array", "items": {"type": "object"}}, "basis": {"type": "string"}, "explanation": {"type": "string"}}
          },
          "Precedent": {
            "type": "object", "required": ["id", "title", "score", "status", "corrected", "outcomes", "why"],
            "properties": {
              "id": {"type": "string"}, "kind": {"type": "string"}, "title": {"type": "string"}, "score": {"type": "number"}, "relevance": {"type": "number"},
              "year": {"type": "integer"}, "unit": {"type": "string"}, "category": {"type": "string"}, "response": {"type": "string"}, "response_detail": {"type": "string"},
              "legal_basis": {"type": "array", "items": {"type": "string"}},
              "outcomes": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}, "stage": {"type": "string"}, "body": {"type": "string"}, "number": {"type": "string"}, "date": {"type": "string"}, "result": {"type": "string"}, "effect": {"type": "string"}}}},
              "status": {"type": "string", "enum": ["unchallenged", "upheld", "corrected", "other"]},
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
              "sessions": {"type": "array", "items": {"type": "object", "required": ["title"], "properties": {"title": {"type": "string"}, "query": {"type": "string"}, "records": {"type": "array", "items": {"type": "string"}}, "articles": {"type": "array", "items": {"type": "string"}}, "limit": {"type": "integer"}}}}}
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
