import CaseIndex
import CaseLibrary
import Foundation

/// Finds precedents for a hard application: cases with the same legal issue, ranked by how close
/// the issue is and lifted by how well the precedent held up afterwards. See `PrecedentWeights`.
///
/// Uses the caller's `IndexReader`, so it is confined to the reader's thread like the reader.
public final class PrecedentFinder {
    /// What to look for.
    public struct Request: Sendable {
        /// The application in the officer's words (80–300 characters is typical).
        public var text: String
        /// The application's category, when known (lifts cases of the same category).
        public var category: String?
        /// A response group the officer is considering (lifts cases answered that way).
        public var response: String?
        /// How many precedents to return.
        public var limit = 10
        /// Include drafts, unreviewed and restricted cases (for reviewers).
        public var includeHidden = false
        /// Cases never to return (the case itself, for "similar cases").
        public var excluding: Set<String> = []
        /// Filters that keep only some cases (the boosts above only lift).
        public var filters = PrecedentFilters()

        /// Makes a request; hidden cases are left out and nothing is excluded.
        public init(text: String, category: String? = nil, response: String? = nil, limit: Int = 10) {
            self.text = text
            self.category = category
            self.response = response
            self.limit = limit
        }
    }

    private let reader: IndexReader
    /// The weights in use.
    public let weights: PrecedentWeights
    /// The office's vocabulary, used to add formal words for everyday ones.
    public let thesaurus: Thesaurus
    /// The legal elements compared between the application and each precedent (`Cases/elements.txt`).
    public let elements: LegalElements

    /// A finder over `reader`'s index with the given weights, thesaurus and legal elements (the
    /// same elements the index was built with; none: ranking by words alone).
    public init(reader: IndexReader, weights: PrecedentWeights = PrecedentWeights(), thesaurus: Thesaurus = Thesaurus(),
                elements: LegalElements = LegalElements()) {
        self.reader = reader
        self.weights = weights
        self.thesaurus = thesaurus
        self.elements = elements
    }

    /// Finds precedents.
    /// - Throws: `ServiceError.badInput` for an empty text; `IndexError` from the index.
    public func find(_ request: Request) throws -> [PrecedentResult] {
        guard !request.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ServiceError.badInput("text：申请内容为空")
        }
        if let category = request.category, !Vocabulary.categories.contains(category) {
            throw ServiceError.badInput("category：‘\(category)’ 不是案例类别")
        }
        if let response = request.response, !Vocabulary.responses.contains(response) {
            throw ServiceError.badInput("response：‘\(response)’ 不是答复类型")
        }
        let filter = caseFilter(request)
        let statistics = try CaseStatistics(reader: reader, cases: filter)
        let applicationElements = PrecedentElements(elements: elements, request: request)
        guard let built = try query(for: request, statistics: statistics, filter: filter) else { return [] }
        var query = built.0
        let terms = built.1
        if let asked = applicationElements.query(scale: weights.elementQueryWeight) { query = .or([query, asked]) }
        try request.filters.validate()
        let window = max(request.limit * 3, 60)
        let bm25 = (k1: weights.bm25K1, b: weights.bm25B)
        let restricted = request.filters.indexQuery.map { IndexQuery.and([filter, $0]) } ?? filter
        var matches = try reader.run(.filter(query, restricted), offset: 0, limit: window, exactTotal: false, bm25: bm25,
                                     matchingTerms: false).matches.filter { !request.excluding.contains($0.item.id) }
        let profiles = try applicationElements.profiles(of: matches, reader: reader)
        let histories = try CaseOutcomes.histories(ofCases: matches.map(\.item.id), reader: reader, includeHidden: request.includeHidden)
        matches = matches.filter { request.filters.admits(histories[$0.item.id]?.status ?? .unchallenged) }
        let reference = try weights.referenceYear ?? newestYear(among: filter)
        var ranked: [Candidate] = []
        for (match, profile) in zip(matches, profiles) {
            guard let record = match.item.record else { continue }
            let history = histories[record.id] ?? OutcomeHistory(outcomes: [])
            let boosts = self.boosts(for: record, history: history, request: request, referenceYear: reference)
            let comparisons = applicationElements.compare(profile)
            let factor = ElementComparison.factor(comparisons, elements: elements, weights: weights)
            ranked.append(Candidate(match: match, record: record, history: history, boosts: boosts, elements: comparisons,
                                    elementFactor: factor,
                                    score: match.weight * max(0.1, 1 + boosts.reduce(0) { $0 + $1.size }) * factor))
        }
        ranked.sort { ($0.score, $1.record.id) > ($1.score, $0.record.id) }
        let top = Array(ranked.prefix(max(0, request.limit)))
        // Only the precedents shown are explained, from the terms' posting lists.
        let matched = try reader.terms(terms.map(\.term), matchedBy: top.map(\.match))
        // Readable phrases (whole words): the bigram frequencies at the phrases' edges, in one batch.
        try statistics.prefetch(matched.flatMap { ReadablePhrases.pairs(
            PrecedentExplainer.phrases(in: request.text, matched: PrecedentExplainer.shownTerms($0)), in: request.text) })
        return zip(top, matched).map { entry, matchedTerms in
            var why = PrecedentExplainer.explanation(record: entry.record, queryText: request.text, matchedTerms: matchedTerms,
                                                     terms: terms, boosts: entry.boosts,
                                                     frequency: { (try? statistics.frequency($0)) ?? 0 })
            why.elements = entry.elements
            why.elementFactor = entry.elementFactor
            return PrecedentResult(
                record: entry.record, score: entry.score, relevance: entry.match.weight, history: entry.history,
                passages: PrecedentExplainer.passages(record: entry.record, matchedTerms: matchedTerms), why: why)
        }
    }

    /// A precedent being ranked.
    private struct Candidate {
        let match: IndexReader.Match
        let record: Record
        let history: OutcomeHistory
        let boosts: [(name: String, size: Double)]
        let elements: [ElementComparison]
        let elementFactor: Double
        let score: Double
    }

    /// The whole query for an application: its discriminative terms, relevance feedback from a first
    /// pass, thesaurus words (as bigrams and as phrases) and single characters; nil when the text has
    /// no term the library knows. Returns the weighted terms too, for explanations.
    private func query(for request: Request, statistics: CaseStatistics, filter: IndexQuery) throws -> (IndexQuery, [WeightedTerm])? {
        let terms = try PrecedentTermSelector.select(from: request.text, statistics: statistics, weights: weights)
        guard !terms.isEmpty else { return nil }
        let first = try reader.run(.filter(PrecedentTermSelector.termQuery(terms), filter), offset: 0,
                                   limit: max(weights.feedbackDocuments, 1), exactTotal: false,
                                   bm25: (k1: weights.bm25K1, b: weights.bm25B), matchingTerms: false)
        let feedback = try feedbackTerms(from: first.matches.map(\.item.id), known: Set(terms.map(\.term)), statistics: statistics)
        var parts: [IndexQuery] = [PrecedentTermSelector.termQuery(terms)]
        if !feedback.isEmpty { parts.append(PrecedentTermSelector.termQuery(feedback, scale: weights.feedbackWeight)) }
        let related = try thesaurusTerms(for: request.text, known: Set((terms + feedback).map(\.term)), statistics: statistics)
        if weights.thesaurusPhraseWeight > 0 {
            // Weighed as phrases (the sum of their bigrams' weights), not as the word terms plain
            // search uses, whose own weights ranked the 35 tuning applications a little worse
            // (nDCG@10 0.764–0.769 at every scale tried). Matched by the word terms when the index
            // has them: the phrases' documents and weights without position checks (a precedent
            // request at 100k cases: p50 275 → 140 ms) — and without Xapian 1.4's inconsistent
            // weights for phrases in large ORs (see QueryScalingTests).
            let indexed = try ThesaurusTerms.indexCarries(thesaurus, reader: reader)
            let phrases = thesaurus.expansions(of: request.text).flatMap(\.synonyms).compactMap {
                QueryBuilder.synonymWeighedAsPhrase($0, indexed: indexed)
            }
            if !phrases.isEmpty { parts.append(.scaled(.or(phrases), weights.thesaurusPhraseWeight)) }
        }
        if !related.isEmpty, weights.thesaurusWeight > 0 {
            parts.append(PrecedentTermSelector.termQuery(related, scale: weights.thesaurusWeight))
        }
        if weights.unigramWeight > 0 {
            let singles = try PrecedentTermSelector.unigrams(from: request.text, statistics: statistics, weights: weights)
            if !singles.isEmpty { parts.append(.scaled(.or(singles.map { IndexQuery.term($0.term) }), weights.unigramWeight)) }
        }
        return (.or(parts), terms + feedback + related)
    }

    /// Cases like the case `id`, found with the same machinery (its title, request and analysis as
    /// the application), excluding itself.
    public func similar(to id: String, limit: Int = 10, includeHidden: Bool = false) throws -> [PrecedentResult] {
        guard let record = try reader.record(id: id) else { throw ServiceError.notFound("没有编号为 \(id) 的记录") }
        let text = ["title", "request", "analysis"].compactMap { record.text($0) }.joined(separator: "\n")
        var request = Request(text: text.isEmpty ? record.title : text, category: record.category, limit: limit)
        request.excluding = [id]
        request.includeHidden = includeHidden
        return try find(request)
    }

    /// The plain baseline: Xapian BM25 over the OR of the text's CJK n-grams, visible cases only.
    public func baseline(_ text: String, limit: Int) throws -> [String] {
        let terms = Tokenizer.queryTerms(text).map { IndexQuery.term($0) }
        guard !terms.isEmpty else { return [] }
        let query = IndexQuery.filter(.or(terms), caseFilter(Request(text: text)))
        return try reader.run(query, offset: 0, limit: limit, exactTotal: false, matchingTerms: false).matches.map(\.item.id)
    }

    /// The outcomes of a case, oldest first.
    public func outcomes(of caseID: String) throws -> [Record] {
        try CaseOutcomes.histories(ofCases: [caseID], reader: reader)[caseID]?.outcomes ?? []
    }

    private func caseFilter(_ request: Request) -> IndexQuery {
        let kind = IndexQuery.filterValue("kind", "case")
        return request.includeHidden ? kind : .andNot(kind, .hidden)
    }

    private func feedbackTerms(from ids: [String], known: Set<String>, statistics: CaseStatistics) throws -> [WeightedTerm] {
        let documentCount = statistics.caseCount
        guard weights.feedbackTerms > 0, !ids.isEmpty else { return [] }
        var out: [WeightedTerm] = []
        let expansion = try reader.expansionTerms(forIDs: ids, count: weights.feedbackTerms * 4)
        try statistics.prefetch(expansion.map(\.term).filter { !known.contains($0) && $0.count >= 2 })
        for (term, weight) in expansion {
            guard !known.contains(term), term.count >= 2, out.count < weights.feedbackTerms else { continue }
            let frequency = try statistics.frequency(term)
            guard !weights.isTooCommon(frequency: frequency, total: documentCount) else { continue }
            out.append(WeightedTerm(term: term, count: 0, documentFrequency: frequency, weight: weight, source: .feedback))
        }
        return out
    }

    private func thesaurusTerms(for text: String, known: Set<String>, statistics: CaseStatistics) throws -> [WeightedTerm] {
        let documentCount = statistics.caseCount
        var out: [WeightedTerm] = []
        var seen = known
        let expansions = thesaurus.expansions(of: text)
        try statistics.prefetch(expansions.flatMap(\.synonyms).flatMap { Tokenizer.queryTerms($0) }.filter { $0.count >= 2 && !known.contains($0) })
        for (_, synonyms) in expansions {
            for synonym in synonyms {
                for term in Tokenizer.queryTerms(synonym) where term.count >= 2 && seen.insert(term).inserted {
                    let frequency = try statistics.frequency(term)
                    guard frequency > 0, !weights.isTooCommon(frequency: frequency, total: documentCount) else { continue }
                    out.append(WeightedTerm(term: term, count: 0, documentFrequency: frequency,
                                            weight: log(1 + Double(documentCount) / Double(frequency)), source: .thesaurus))
                }
            }
        }
        return out
    }

    /// The newest case year among the cases a request may consider (visible ones, or all with
    /// `includeHidden`): the reference year for recency when the weights do not fix one. It counts
    /// every case, so callers that ask often cache it per index revision (see `LibrarySession`).
    public func newestCaseYear(includeHidden: Bool) throws -> Int {
        var request = Request(text: "")
        request.includeHidden = includeHidden
        return try newestYear(among: caseFilter(request))
    }

    /// The newest year among the cases the search may consider (never a hidden draft's year).
    private func newestYear(among cases: IndexQuery) throws -> Int {
        let result = try reader.run(.filter(.all, cases), offset: 0, limit: 0, facets: true)
        return result.facets["year"]?.compactMap { Int($0.value) }.max() ?? Calendar(identifier: .gregorian).component(.year, from: Date())
    }

    private func boosts(for record: Record, history: OutcomeHistory, request: Request, referenceYear: Int) -> [(name: String, size: Double)] {
        var boosts: [(String, Double)] = []
        if let category = request.category, record.category == category { boosts.append(("same category", weights.categoryBoost)) }
        if let response = request.response, record.response == response { boosts.append(("same response", weights.responseBoost)) }
        switch history.status {
        case .corrected: break  // never boosted: shown as a warning
        default:
            if history.upheldInLitigation {
                boosts.append(("upheld in litigation", weights.upheldInLitigationBoost))
            } else if history.upheldInReconsideration {
                boosts.append(("upheld on reconsideration", weights.upheldInReconsiderationBoost))
            }
        }
        if let year = record.year, year < referenceYear {
            let penalty = min(weights.maxAgePenalty, Double(referenceYear - year) * weights.agePenaltyPerYear)
            boosts.append(("age \(referenceYear - year) years", -penalty))
        }
        if record.effectiveRegime == "2008" { boosts.append(("decided under the 2008 Regulations", -weights.oldRegimePenalty)) }
        return boosts
    }
}
