import CaseLibrary
import Foundation

extension IndexReader {
    /// How many top BM25 hits the coordinate factor re-orders.
    public static let rerankWindow = 50
    /// The factor for a document matching none of the counted terms; one matching all keeps 1.
    public static let coverageFloor = 0.2

    /// Searches with the query language.
    ///
    /// Ranking: Xapian's BM25 over the OR of the query's terms, then, within the top
    /// `rerankWindow`, each score is multiplied by `0.2 + 0.8 × coverage`, where coverage is the
    /// share of the query's terms (those that occur in the index at all) that the document
    /// contains — a coordinate factor in the manner of Lucene's classic `coord`. A document matching
    /// every part of the query keeps its BM25 score, one matching half of it keeps 60 %: BM25's term
    /// frequency saturates at twice a single occurrence, so repeating one word can never outweigh
    /// having the other (this replaced an idf-weighted share, which let eight repetitions of a rare
    /// word beat a document with both words). Hits past the window follow in BM25 order, so every
    /// page of one search comes from the same ordering.
    /// - Throws: `IndexError` with code `.queryParse` for a query that cannot be parsed.
    public func search(_ request: SearchRequest) throws -> SearchResults {
        let parsed = try QueryLanguage.parse(request.query)
        let references = ExactTerms.references(in: (parsed.words + parsed.phrases).joined(separator: " "), words: parsed.words)
        let query = QueryBuilder.query(for: request, parsed: parsed, exact: references.map(\.term))
        let limit = max(0, min(request.limit, 1000))
        // Xapian counts documents in 32 bits: no page starts further out, and `offset + limit` cannot overflow.
        let offset = min(max(0, request.offset), Int(UInt32.max))
        let window = parsed.hasText ? max(Self.rerankWindow, offset + limit) : offset + limit
        var raw = try rank(query, offset: 0, limit: window, facets: request.facets, exactTotal: true, bm25: nil, matchingTerms: false)
        if !references.isEmpty {
            // What the query names exactly leads, wherever BM25 put it (its terms carry no weight).
            let named = try rank(.filter(query, .or(references.map { .term($0.term) })), offset: 0, limit: Self.rerankWindow,
                                 facets: false, exactTotal: false, bm25: nil, matchingTerms: false).matches
            let namedIDs = Set(named.map(\.docid))
            raw.matches = named + raw.matches.filter { !namedIDs.contains($0.docid) }
        }
        let terms = QueryBuilder.rankingTerms(parsed)
        // Terms absent from the index (junk bigrams across word boundaries) cannot be matched and do not count.
        // Counted over what the caller may see: a term found only in hidden records counts as absent,
        // so a score never tells whether hidden records contain a word.
        let frequencies = terms.isEmpty ? [:] : request.includeHidden
            ? try Dictionary(uniqueKeysWithValues: terms.map { ($0, try termFrequency($0)) })
            : try visibleFrequencies(of: terms).counts
        let presentTerms = terms.filter { (frequencies[$0] ?? 0) > 0 }
        let present = Set(presentTerms)
        // Which terms each hit contains, from the terms' posting lists (not the hits' term lists).
        let rows = try presence(of: presentTerms, in: raw.matches.map(\.docid))
        let alternates = AlternateMatches(references: references, synonyms: request.synonyms, indexed: request.synonymsIndexed)
        let extra = try alternates.presence(in: raw.matches.map(\.docid), reader: self)
        var scored: [(match: RankedMatch, score: Double, coverage: Double)] = raw.matches.enumerated().map { index, hit in
            var matched = Set(presentTerms.indices.filter { rows[$0][index] }.map { presentTerms[$0] })
            matched.formUnion(extra[index].coveredTerms)
            let match = RankedMatch(docid: hit.docid, weight: hit.weight, matchedTerms: Array(matched))
            // A document the query names exactly is what was asked for, whatever its words.
            let coverage = !extra[index].exact.isEmpty || present.isEmpty ? 1 : Double(present.intersection(matched).count) / Double(present.count)
            let factor = parsed.hasText ? Self.coverageFloor + (1 - Self.coverageFloor) * coverage : 1
            return (match, match.weight * factor, coverage)
        }
        if parsed.hasText {
            // Re-rank a fixed window, whatever the page: a window that grew with the offset would order the
            // same hits differently from page to page, showing some twice and others never. Ties keep
            // Xapian's order, so paging is stable. Documents named exactly come first.
            // A statute article named exactly comes before the cases citing it.
            func tier(_ row: Int) -> Int { extra[row].exact.isEmpty ? 0 : extra[row].isStatute ? 2 : 1 }
            var head = scored.prefix(Self.rerankWindow).enumerated()
                .sorted { (tier($0.offset), $0.element.score, -$0.offset) > (tier($1.offset), $1.element.score, -$1.offset) }.map(\.element)
            // Scores still fall down the list: a document named exactly shows at least the score below it.
            for index in head.indices.dropLast().reversed() where head[index].score < head[index + 1].score {
                head[index].score = head[index + 1].score
            }
            // Past the window hits keep BM25 order; their shown score never exceeds the window's last,
            // so scores fall monotonically down the whole list.
            var ceiling = head.last?.score ?? .infinity
            let tail = scored.dropFirst(Self.rerankWindow).map { entry -> (match: RankedMatch, score: Double, coverage: Double) in
                ceiling = min(ceiling, entry.score)
                return (entry.match, ceiling, entry.coverage)
            }
            scored = head + tail
        }
        let byDocid = Dictionary(raw.matches.indices.map { (raw.matches[$0].docid, extra[$0]) }, uniquingKeysWith: { first, _ in first })
        var page: [SearchHit] = []
        for entry in scored.dropFirst(offset).prefix(limit) {
            guard let item = try loadItem(docid: entry.match.docid) else { continue }
            let matched = Set(entry.match.matchedTerms)
            let shown = terms.filter(matched.contains)
            let alternate = byDocid[entry.match.docid] ?? AlternateMatches.Found()
            var hit = SearchHit(item: item, score: entry.score, bm25: entry.match.weight, coverage: entry.coverage, matchedTerms: shown,
                                snippet: Snippets.snippet(texts: Self.snippetTexts(item), terms: Set(shown).union(alternate.shownTerms)))
            hit.exact = alternate.exact
            hit.thesaurus = alternate.thesaurus
            page.append(hit)
        }
        var results = SearchResults(total: raw.total, hits: page, facets: raw.facets, parsed: parsed)
        results.references = references
        return results
    }

    /// log(N / df) for each term that occurs in the index.
    func inverseDocumentFrequencies(_ terms: [String]) throws -> [String: Double] {
        let count = Double(max(1, try documentCount))
        var out: [String: Double] = [:]
        for term in terms {
            let frequency = try termFrequency(term)
            if frequency > 0 { out[term] = log(1 + count / Double(frequency)) }
        }
        return out
    }

    /// The texts a snippet may come from, most telling first.
    static func snippetTexts(_ item: IndexedItem) -> [String] {
        if let record = item.record {
            return IndexSchema.passageFields.compactMap { record.text($0) }
        }
        if let statute = item.statute { return [statute["text"]?.stringValue ?? ""] }
        return []
    }
}
