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
        // The thesaurus reads the words typed, not filter values (类别:户籍类 is not a word to expand).
        let parsed = try? QueryLanguage.parse(query.text)
        let thesaurus = files.thesaurus
        request.synonyms = thesaurus.expansions(of: ((parsed?.words ?? []) + (parsed?.phrases ?? [])).joined(separator: " "))
        if !request.synonyms.isEmpty {
            request.synonymsIndexed = try reachingShards { try ThesaurusTerms.indexCarries(thesaurus, reader: reader) }
        }
        let results: SearchResults
        do {
            results = try reachingShards { try reader.search(request) }
        } catch let error as IndexError where error.code == .queryParse {
            throw ServiceError.badQuery("'q'：检索式有误：\(error.message)")
        }
        let facets = IndexSchema.facetSlots.map(\.name).compactMap { name in
            results.facets[name].map { (name: name, counts: $0) }
        }
        let histories = try CaseOutcomes.histories(ofCases: results.hits.filter { $0.item.kind == "case" }.map(\.item.id), reader: reader)
        var page = SearchPage(total: results.total, offset: query.offset, limit: query.limit,
                              entries: results.hits.map { hit in
                                  var entry = SearchEntry(summary: Self.summary(hit.item, status: histories[hit.item.id]?.status),
                                                          score: hit.score, passage: hit.snippet, matchedTerms: hit.matchedTerms)
                                  entry.exact = hit.exact
                                  entry.thesaurus = hit.thesaurus
                                  return entry
                              },
                              facets: facets)
        page.references = results.references.map(\.label)
        return page
    }

    /// What a list shows of an indexed item; a case carries its status.
    static func summary(_ item: IndexedItem, status: OutcomeHistory.Status? = nil) -> ItemSummary {
        var statuteFields: [(String, String)] = []
        if let statute = item.statute {
            for field in ["law", "version", "article", "chapter"] {
                if let value = statute[field]?.stringValue { statuteFields.append((field, value)) }
            }
        }
        return ItemSummary(id: item.id, kind: item.kind, record: item.record, caseTitle: item.caseTitle, statuteFields: statuteFields,
                           status: status)
    }
}
