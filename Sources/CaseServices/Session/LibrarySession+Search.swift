import CaseIndex
import CaseLibrary

extension LibrarySession {
    /// Searches with the query language over what the viewer may see.
    ///
    /// - Throws: ``ServiceError/badInput(_:)`` for a query that cannot be parsed (the message says
    ///   what to fix); ``ServiceError/forbidden(_:)`` when hidden records are asked for by a viewer
    ///   who may not see them; index errors.
    public func search(_ query: SearchQuery) throws -> SearchPage {
        refreshIfDue()
        var request = SearchRequest(query: query.text, filters: query.filters, years: query.years, offset: query.offset,
                                    limit: query.limit, includeHidden: try allowsHidden(query.includeHidden))
        request.facets = query.facets
        let results: SearchResults
        do {
            results = try reachingShards { try reader.search(request) }
        } catch let error as IndexError where error.code == .queryParse {
            throw ServiceError.badQuery("'q'：检索式有误：\(error.message)")
        }
        let facets = IndexSchema.facetSlots.map(\.name).compactMap { name in
            results.facets[name].map { (name: name, counts: $0) }
        }
        return SearchPage(total: results.total, offset: query.offset, limit: query.limit,
                          entries: results.hits.map { SearchEntry(summary: Self.summary($0.item), score: $0.score,
                                                                  passage: $0.snippet, matchedTerms: $0.matchedTerms) },
                          facets: facets)
    }

    /// What a list shows of an indexed item.
    static func summary(_ item: IndexedItem) -> ItemSummary {
        var statuteFields: [(String, String)] = []
        if let statute = item.statute {
            for field in ["law", "version", "article", "chapter"] {
                if let value = statute[field]?.stringValue { statuteFields.append((field, value)) }
            }
        }
        return ItemSummary(id: item.id, kind: item.kind, record: item.record, caseTitle: item.caseTitle, statuteFields: statuteFields)
    }
}
