import CaseIndex
import CaseLibrary

/// A search as a caller asks for it: query-language text plus structured filters.
public struct SearchQuery: Sendable, Equatable {
    /// Query text (free words, "phrases", -exclusions, field:value filters).
    public var text: String
    /// Filters by name (`kind`, `category`, `response`, `unit`, `law`); values of one name are alternatives.
    public var filters: [String: [String]] = [:]
    /// Years to keep.
    public var years: ClosedRange<Int>?
    /// Results to skip.
    public var offset = 0
    /// Results to return.
    public var limit = 10
    /// Ask for hidden records too (refused unless the viewer may read them).
    public var includeHidden = false
    /// Count facets over the whole match set.
    public var facets = true

    /// Makes a query.
    public init(text: String, filters: [String: [String]] = [:], years: ClosedRange<Int>? = nil, offset: Int = 0,
                limit: Int = 10, includeHidden: Bool = false) {
        self.text = text
        self.filters = filters
        self.years = years
        self.offset = offset
        self.limit = limit
        self.includeHidden = includeHidden
    }

    /// The query language's year syntax (`2020`, `2019..2023`, `2019..`, `..2023`).
    /// - Throws: ``ServiceError/badInput(_:)`` naming the value.
    public static func years(_ text: String) throws(ServiceError) -> ClosedRange<Int> {
        do {
            return try QueryLanguage.parseYears(text)
        } catch {
            throw .badInput("年份应写作 YYYY、YYYY..YYYY、YYYY.. 或 ..YYYY，且起始年份不晚于结束年份，收到 ‘\(text.prefix(40))’")
        }
    }
}

/// What a list shows of a stored item: a case, outcome or training record, or a statute article.
public struct ItemSummary: Sendable {
    /// The id.
    public let id: String
    /// The kind (`case`, `outcome`, `training`, `statute`).
    public let kind: String
    /// The record (nil for a statute article).
    public let record: Record?
    /// For an outcome, its case's title.
    public let caseTitle: String?
    /// For a statute article: `law`, `version`, `article`, `chapter` as stored.
    public let statuteFields: [(String, String)]
    /// For a case: its status from all its outcomes (nil for other kinds, or when not looked up).
    public let status: OutcomeHistory.Status?

    /// Makes a summary.
    public init(id: String, kind: String, record: Record?, caseTitle: String? = nil, statuteFields: [(String, String)] = [],
                status: OutcomeHistory.Status? = nil) {
        self.id = id
        self.kind = kind
        self.record = record
        self.caseTitle = caseTitle
        self.statuteFields = statuteFields
        self.status = status
    }

    /// A summary of a record.
    public init(_ record: Record, caseTitle: String? = nil, status: OutcomeHistory.Status? = nil) {
        self.init(id: record.id, kind: record.kind.rawValue, record: record, caseTitle: caseTitle, status: status)
    }

    /// The title to show: an outcome is named by its stage, result and case
    /// (行政复议（维持）：申请公开…案); a statute article by its law and number.
    public var title: String {
        if let record, record.kind == .outcome, let caseTitle {
            return "\(record.stage ?? "")（\(record.result ?? "")）：\(caseTitle)"
        }
        if let record { return record.title }
        let fields = Dictionary(statuteFields, uniquingKeysWith: { first, _ in first })
        let title = [fields["law"], fields["article"]].compactMap { $0 }.joined(separator: " ")
        return title.isEmpty ? id : title
    }

    /// A statute field.
    public func statuteField(_ name: String) -> String? { statuteFields.first { $0.0 == name }?.1 }
}

/// One hit of a search.
public struct SearchEntry: Sendable {
    /// What the hit is.
    public let summary: ItemSummary
    /// The final score (BM25 × coverage factor).
    public let score: Double
    /// The passage that shows why it matched.
    public let passage: Passage
    /// The query terms it matched.
    public let matchedTerms: [String]
    /// What the query named exactly and this hit is (`编号 2023-PD-0034`, `文号 …`, `条文 …`).
    public var exact: [String] = []
    /// Thesaurus words it matched for the query's words (`110 → 接处警`).
    public var thesaurus: [String] = []
}

/// A page of search results with the total and facets, all over what the viewer may see.
public struct SearchPage: Sendable {
    /// Matches in all.
    public let total: Int
    /// The offset asked for.
    public let offset: Int
    /// The limit asked for.
    public let limit: Int
    /// The page, best first.
    public let entries: [SearchEntry]
    /// Facet counts over every match, in the order facets are shown, most frequent first.
    public let facets: [(name: String, counts: [FacetCount])]
    /// What the query named exactly (ids, decision numbers, article references), as read.
    public var references: [String] = []
}
