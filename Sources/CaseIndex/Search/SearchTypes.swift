import CaseLibrary

/// A search: query text in the query language plus structured filters.
public struct SearchRequest: Sendable {
    /// Query text (free words, "phrases", -exclusions, field:value filters).
    public var query: String
    /// Filters by name (`kind`, `category`, `response`, `unit`, `law`, …); values of one name are alternatives.
    public var filters: [String: [String]] = [:]
    /// Years to keep.
    public var years: ClosedRange<Int>?
    /// Results to skip.
    public var offset = 0
    /// Results to return.
    public var limit = 10
    /// Show drafts, submitted, rejected and restricted cases too.
    public var includeHidden = false
    /// Count facets over the whole match set.
    public var facets = true

    /// Makes a request; `facets` starts true.
    public init(query: String, filters: [String: [String]] = [:], years: ClosedRange<Int>? = nil, offset: Int = 0,
                limit: Int = 10, includeHidden: Bool = false) {
        self.query = query
        self.filters = filters
        self.years = years
        self.offset = offset
        self.limit = limit
        self.includeHidden = includeHidden
    }
}

/// One facet value and how many matching documents have it.
public struct FacetCount: Sendable, Equatable, Codable {
    /// The facet value (a category, a year, a law, …).
    public let value: String
    /// How many matching documents have the value.
    public let count: Int
}

/// A stored document as returned by the index: its id, kind and payload.
public struct IndexedItem: Sendable {
    /// The document id.
    public let id: String
    /// The kind (`case`, `outcome`, `training`, `statute`).
    public let kind: String
    /// The stored payload.
    public let payload: JSONValue
    /// The record, for library records (decoded once, when the item is read).
    public let record: Record?

    /// Makes an item from a stored payload.
    public init(id: String, kind: String, payload: JSONValue) {
        self.id = id
        self.kind = kind
        self.payload = payload
        record = payload["record"].flatMap(RecordDecoder.decodeStored)
    }

    /// The statute fields, for statute articles.
    public var statute: JSONValue? { payload["statute"] }

    /// A display title; an outcome is named by its stage, result and case: 行政复议（维持）：申请公开…案.
    public var title: String {
        if let record, record.kind == .outcome, let caseTitle = payload["case_title"]?.stringValue {
            return "\(record.stage ?? "")（\(record.result ?? "")）：\(caseTitle)"
        }
        if let record { return record.title }
        if let statute {
            return [statute["law"]?.stringValue, statute["article"]?.stringValue].compactMap { $0 }.joined(separator: " ")
        }
        return id
    }
}

/// One search hit.
public struct SearchHit: Sendable {
    /// The stored item.
    public let item: IndexedItem
    /// The final score (BM25 × coverage factor).
    public let score: Double
    /// The BM25 weight from Xapian.
    public let bm25: Double
    /// The share (0–1, idf-weighted) of the query's terms this document matched.
    public let coverage: Double
    /// The query terms the document matched.
    public let matchedTerms: [String]
    /// A passage of the document with matched text marked: HTML-escaped, matches in `<mark>…</mark>`.
    public let snippet: String
}

/// The answer to a search.
public struct SearchResults: Sendable {
    /// How many documents match in all.
    public let total: Int
    /// The requested page of hits, best first.
    public let hits: [SearchHit]
    /// Facet counts over the whole match set, by facet name, most frequent first.
    public let facets: [String: [FacetCount]]
    /// The parsed query.
    public let parsed: ParsedQuery
}
