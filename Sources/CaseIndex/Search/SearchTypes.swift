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
    /// Words of the query and the office thesaurus's words for them (110 → 接处警): documents with
    /// those words match too, and the hits say so.
    public var synonyms: [(word: String, synonyms: [String])] = []
    /// Whether the index carries the thesaurus's word terms (`ThesaurusTerms.indexCarries`): the
    /// search then asks for each synonym as one term instead of a phrase (the same documents, far
    /// cheaper).
    public var synonymsIndexed = false

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

    /// For an outcome, the title of its case (stored with the outcome when it was indexed).
    public var caseTitle: String? { payload["case_title"]?.stringValue }
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
    /// The passage of the document that best shows why it matched, with the matched spans.
    public let snippet: Passage
    /// What the query named exactly and this document is (`编号 2023-PD-0034`, `条文 《…》第十五条`).
    public var exact: [String] = []
    /// Thesaurus words it matched for the query's words (`110 → 接处警`).
    public var thesaurus: [String] = []
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
    /// What the query named exactly (ids, decision numbers, article references).
    public var references: [ExactTerms.Reference] = []
}
