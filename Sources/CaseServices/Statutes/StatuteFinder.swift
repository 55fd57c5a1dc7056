import CaseIndex
import CaseLibrary
import Foundation

/// Finds the statute articles that answer an officer's practical question. See `StatuteWeights`.
///
/// Uses the caller's `IndexReader`, so it is confined to the reader's thread like the reader.
public final class StatuteFinder {
    private let reader: IndexReader
    /// The weights in use.
    public let weights: StatuteWeights
    /// The office's laws (the domain prior).
    public let domain: StatuteDomain
    private var citations: StatuteCitationCounts?
    private var newerVersion: [String: Bool] = [:]
    /// What the finder knows of each law title it has met (its key, tier, place, article-term
    /// base): worked out once, not for every candidate article of every question.
    private var lawFacts: [String: LawFacts] = [:]
    private let includeHidden: Bool

    /// Makes a finder.
    /// - Parameters:
    ///   - reader: the index.
    ///   - weights: the weights.
    ///   - domain: the office's laws, usually `StatuteDomain.load(from: casesRoot)`.
    ///   - citations: citation counts; read from the index's cases and training on first use when nil.
    ///   - includeHidden: count citations in hidden records too (reviewers); by default only
    ///     records every member may see are counted.
    public init(reader: IndexReader, weights: StatuteWeights = StatuteWeights(), domain: StatuteDomain = StatuteDomain(),
                citations: StatuteCitationCounts? = nil, includeHidden: Bool = false) {
        self.reader = reader
        self.includeHidden = includeHidden
        self.weights = weights
        self.domain = domain
        self.citations = citations
    }

    /// The statute articles best answering `question`, best first.
    /// - Throws: `ServiceError.badInput` for an empty question; `IndexError` from the index.
    public func find(_ question: String, limit: Int = 10) throws -> [StatuteResult] {
        guard !question.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ServiceError.badInput("q：问题为空")
        }
        let statuteCount = try reader.termFrequency(IndexSchema.filterTerm("kind", "statute") ?? "")
        let query = try StatuteQuery.make(question, reader: reader, statuteCount: statuteCount, weights: weights)
        let indexQuery = query.indexQuery(weights: weights)
        guard !query.terms.isEmpty || !query.synonyms.isEmpty else { return [] }
        let bm25 = (k1: weights.bm25K1, b: weights.bm25B)
        let statutes = IndexQuery.filterValue("kind", "statute")
        var matches: [String: IndexReader.Match] = [:]
        var filters = [statutes]
        if !domain.laws.isEmpty {
            filters.append(.and([statutes, .or(domain.laws.map { .filterValue("law", $0) })]))
        }
        for filter in filters {
            for match in try reader.run(.filter(indexQuery, filter), offset: 0, limit: weights.candidates, exactTotal: false, bm25: bm25).matches {
                matches[match.item.id] = match
            }
        }
        let (askedKinds, strength, approximate) = kinds(of: question)
        // The provisions governing the question's kinds join the candidates, weighed by the same query.
        var kindsByTerm: [String: [String]] = [:]
        for (kind, _) in askedKinds {
            for provision in kind.provisions where kindsByTerm[provision.term]?.contains(kind.name) != true {
                kindsByTerm[provision.term, default: []].append(kind.name)
            }
        }
        if !kindsByTerm.isEmpty {
            let provisions = IndexQuery.or(kindsByTerm.keys.sorted().map { IndexQuery.term($0) })
            for match in try reader.run(.filter(.andMaybe(.scaled(provisions, 0), indexQuery), statutes), offset: 0,
                                        limit: kindsByTerm.count * 4, exactTotal: false, bm25: bm25).matches where matches[match.item.id] == nil {
                matches[match.item.id] = match
            }
        }
        var candidates = try scored(matches.values, kindsByTerm: kindsByTerm, strength: strength, query: query)
        candidates.sort { ($0.score, $1.match.item.id) > ($1.score, $0.match.item.id) }
        // Only the articles shown get their snippet and explanation.
        return candidates.prefix(max(0, limit)).map { candidate in
            result(candidate.match, statute: candidate.statute, query: query, score: candidate.score, boosts: candidate.boosts,
                   kinds: candidate.kinds, approximate: approximate, coverage: candidate.coverage)
        }
    }

    /// The kinds the question is of, with how many of their wordings it contains (found in one pass),
    /// how strongly it is of each (0–1), and which of them it only nearly says: when it says no kind's
    /// wording exactly, the kinds whose wording it nearly says (see `StatuteWeights.nearKindStrength`).
    private func kinds(of question: String)
        -> (kinds: [(kind: StatuteQuestionKind, count: Int)], strength: [String: Double], approximate: Set<String>)
    {
        guard weights.questionKindShare > 0 else { return ([], [:], []) }
        let normalised = TextNormalizer.normalize(question)
        let prepared = PreparedText(normalised)
        let exact: [(kind: StatuteQuestionKind, count: Int)] = domain.questionKinds.compactMap { kind in
            let count = kind.matchCount(prepared)
            return count > 0 ? (kind, count) : nil
        }
        guard exact.isEmpty, weights.nearKindStrength > 0 else { return (exact, strengths(exact), []) }
        let pairs = Set(StatuteQuestionKind.characterPairs(normalised))
        let isDistinctive = { (pair: String) in (self.domain.kindsByPair[pair] ?? 0) <= self.weights.nearKindPairMaxKinds }
        var near: [(kind: StatuteQuestionKind, count: Int)] = []
        var strength: [String: Double] = [:]
        for kind in domain.questionKinds {
            let nearness = kind.nearness(questionPairs: pairs, minimumPairs: weights.nearKindMinimumPairs, isDistinctive: isDistinctive)
            guard nearness > 0, nearness >= weights.nearKindShare else { continue }
            near.append((kind, 1))
            strength[kind.name] = max(strength[kind.name] ?? 0, weights.nearKindStrength * nearness)
        }
        return (near, strength, Set(near.map(\.kind.name)))
    }

    /// How strongly the question is of each kind, 0–1: the number of the kind's wordings it contains
    /// against the most any of its kinds has, raised to `kindStrengthExponent` (a negative one counts as 0).
    private func strengths(_ kinds: [(kind: StatuteQuestionKind, count: Int)]) -> [String: Double] {
        let counts = Dictionary(kinds.map { ($0.kind.name, Double($0.count)) }, uniquingKeysWith: max)
        let most = max(counts.values.max() ?? 1, 1)
        return counts.mapValues { pow($0 / most, max(0, weights.kindStrengthExponent)) }
    }

    /// A candidate article with its score, before its snippet and explanation are made.
    private struct ScoredCandidate {
        let match: IndexReader.Match
        let statute: JSONValue
        let boosts: [(name: String, size: Double)]
        let kinds: [String]
        /// The share of the question the match covers (`QuestionCoverage.share`).
        let coverage: Double
        let score: Double
    }

    /// Each candidate's score: its BM25 weight times its priors and its coverage of the question
    /// (`StatuteWeights.coverageExponent`), plus — for a provision governing
    /// one of the question's kinds, in the version in force — `questionKindShare` of the best
    /// candidate's score with its priors, times the strength of the strongest of those kinds, so that
    /// a neighbouring law's governing provision is not buried under the core laws' boost (lowered
    /// alike when its own priors lower it: another place's regulation).
    private func scored(_ matches: some Collection<IndexReader.Match>, kindsByTerm: [String: [String]],
                        strength: [String: Double], query: StatuteQuery) throws -> [ScoredCandidate] {
        let coverage = QuestionCoverage(query, exponent: weights.coverageExponent)
        // The counts read every visible record once per finder: not when the prior is off.
        let counts = weights.citedBoost > 0 ? try citationCounts() : StatuteCitationCounts()
        var candidates: [(match: IndexReader.Match, statute: JSONValue, boosts: [(name: String, size: Double)], factor: Double)] = []
        for match in matches {
            guard let statute = match.item.statute else { continue }
            let boosts = try self.boosts(statute, counts: counts)
            candidates.append((match, statute, boosts, boosts.reduce(1.0) { $0 * (1 + $1.size) }))
        }
        let lift = (candidates.map { $0.match.weight * $0.factor }.max() ?? 0) * weights.questionKindShare
        return try candidates.map { candidate in
            let kinds = try kindsGoverning(candidate.statute, kindsByTerm: kindsByTerm)
            let share = kinds.compactMap { strength[$0] }.max() ?? 1
            let lifted = kinds.isEmpty ? 0 : lift * share * min(1, candidate.factor)
            let covered = coverage.share(candidate.match.matchedTerms)
            return ScoredCandidate(match: candidate.match, statute: candidate.statute, boosts: candidate.boosts, kinds: kinds, coverage: covered,
                                   score: candidate.match.weight * candidate.factor * coverage.factor(share: covered) + lifted)
        }
    }

    /// The kinds whose provisions `statute` is, in the version in force: the kinds name provisions
    /// as the office knows them, and every version of an article shares its term.
    private func kindsGoverning(_ statute: JSONValue, kindsByTerm: [String: [String]]) throws -> [String] {
        guard !kindsByTerm.isEmpty, let law = statute["law"]?.stringValue, let number = statute["number"]?.intValue,
            let kinds = kindsByTerm[ExactTerms.articleTerm(law: facts(law).canonical, article: number)]
        else { return [] }
        if let version = statute["version"]?.stringValue, !version.isEmpty, try isSuperseded(law: law, version: version) { return [] }
        return kinds
    }

    /// The plain baseline: Xapian BM25 over the OR of the question's CJK bigrams, statutes only.
    public func baseline(_ question: String, limit: Int) throws -> [String] {
        let terms = Tokenizer.queryTerms(question).map { IndexQuery.term($0) }
        guard !terms.isEmpty else { return [] }
        let query = IndexQuery.filter(.or(terms), .filterValue("kind", "statute"))
        return try reader.run(query, offset: 0, limit: limit, exactTotal: false).matches.map(\.item.id)
    }

    private func citationCounts() throws -> StatuteCitationCounts {
        if let citations { return citations }
        let counts = try StatuteCitationCounts.read(from: reader, includeHidden: includeHidden)
        citations = counts
        return counts
    }

    /// Domain, citation and currency factors, each as (name, size) with factor `1 + size`.
    private func boosts(_ statute: JSONValue, counts: StatuteCitationCounts) throws -> [(name: String, size: Double)] {
        var boosts: [(String, Double)] = []
        let law = statute["law"]?.stringValue ?? ""
        let facts = self.facts(law)
        switch facts.tier {
        case .core?: boosts.append(("core law of the office", weights.coreLawBoost))
        case .related?: boosts.append(("related law of the office", weights.relatedLawBoost))
        case nil:
            if weights.localLawPenalty > 0, let place = facts.locality {
                boosts.append(("local regulation of \(place)", -weights.localLawPenalty))
            }
        }
        if weights.citedBoost > 0, let number = statute["number"]?.intValue {
            let cited = counts.count(law: law, article: number)
            if cited > 0 {
                let share = min(1, log(1 + Double(cited)) / log(1 + max(weights.citedSaturation, 1)))
                boosts.append(("cited by \(cited) of the office's records", weights.citedBoost * share))
            }
        }
        if weights.supersededPenalty > 0, let version = statute["version"]?.stringValue, !version.isEmpty,
            try isSuperseded(law: law, version: version)
        {
            boosts.append(("superseded by a newer version", -weights.supersededPenalty))
        }
        return boosts
    }

    /// Whether the index holds a version of `law` that took effect after `version`.
    private func isSuperseded(law: String, version: String) throws -> Bool {
        let lawKey = facts(law).key
        let key = lawKey + "\t" + version
        if let known = newerVersion[key] { return known }
        let newer = IndexQuery.and([
            .filterValue("kind", "statute"), .filterValue("law", lawKey),
            .valueRange(slot: IndexSchema.Slot.date, low: version + "~", high: "9999"),
        ])
        let found = try reader.run(.filter(.all, newer), offset: 0, limit: 1, exactTotal: false).matches.isEmpty == false
        newerVersion[key] = found
        return found
    }

    /// What the finder needs to know of a law title, worked out on first meeting it.
    private struct LawFacts {
        /// `LawTitle.key`: the title compared without 中华人民共和国 and spacing.
        let key: String
        /// The law's tier in the office's domain.
        let tier: StatuteDomain.Tier?
        /// The place of a local regulation (`LawTitle.locality`).
        let locality: String?
        /// The canonical title the article terms are made of (`ExactTerms.statuteTerm`).
        let canonical: String
    }

    private func facts(_ law: String) -> LawFacts {
        if let known = lawFacts[law] { return known }
        let facts = LawFacts(key: LawTitle.key(law), tier: domain.tier(of: law), locality: LawTitle.locality(law),
                             canonical: LawAliases.builtIn.canonical(law))
        lawFacts[law] = facts
        return facts
    }

    private func result(_ match: IndexReader.Match, statute: JSONValue, query: StatuteQuery, score: Double,
                        boosts: [(name: String, size: Double)], kinds: [String], approximate: Set<String>, coverage: Double) -> StatuteResult {
        let wanted = Set(query.terms.map(\.term) + query.synonyms.flatMap { Tokenizer.queryTerms($0.synonym) })
        var matched: [String] = []
        for term in match.matchedTerms {
            let base = StatuteQuery.word(ofIndexTerm: term)
            if wanted.contains(base), !matched.contains(base) { matched.append(base) }
        }
        let matchedSet = Set(matched)
        let usedSynonyms = query.synonyms.filter { hit in
            let terms = Tokenizer.queryTerms(hit.synonym)
            return !terms.isEmpty && terms.allSatisfy(matchedSet.contains)
        }
        let snippet = Snippets.snippet(texts: [statute["text"]?.stringValue ?? ""], terms: matchedSet)
        return StatuteResult(id: match.item.id, statute: statute, score: score, relevance: match.weight,
                             snippet: snippet, why: .init(matchedTerms: matched, synonyms: usedSynonyms, boosts: boosts, questionKinds: kinds,
                                                                     approximateKinds: kinds.filter(approximate.contains), coverage: coverage))
    }
}
