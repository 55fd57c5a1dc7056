import CaseIndex
import CaseLibrary
import Foundation

/// A query term chosen from an application, with why it was chosen.
public struct WeightedTerm: Sendable, Equatable {
    /// The term (a CJK bigram or a word).
    public let term: String
    /// How often it occurs in the application.
    public let count: Int
    /// Cases containing it.
    public let documentFrequency: Int
    /// Its selection weight: count × idf.
    public let weight: Double
    /// Where the term came from.
    public let source: Source

    /// Where a query term came from.
    public enum Source: String, Sendable, Equatable {
        /// The application's own words.
        case application
        /// Relevance feedback from the first-pass precedents.
        case feedback
        /// The thesaurus, for a word of the application.
        case thesaurus
        /// A single character of the application.
        case character
    }
}

/// Chooses the discriminative terms of a long application text.
public enum PrecedentTermSelector {
    /// The application's terms that occur in the library's visible cases, ranked by count × idf,
    /// at most `weights.maxQueryTerms`, leaving out terms common to more than `maxDocumentShare` of cases.
    static func select(from text: String, statistics: CaseStatistics, weights: PrecedentWeights) throws -> [WeightedTerm] {
        let caseCount = statistics.caseCount
        var counts: [String: Int] = [:]
        var order: [String] = []
        for token in Tokenizer.tokens(text, unigrams: false) where token.isBigram || token.term.count > 1 {
            if counts[token.term] == nil { order.append(token.term) }
            counts[token.term, default: 0] += 1
        }
        try statistics.prefetch(order)
        let total = Double(max(caseCount, 1))
        var candidates: [WeightedTerm] = []
        for term in order {
            let frequency = try statistics.frequency(term)
            guard frequency > 0, !weights.isTooCommon(frequency: frequency, total: caseCount) else { continue }
            let count = counts[term] ?? 1
            let idf = log(1 + total / Double(frequency))
            candidates.append(WeightedTerm(term: term, count: count, documentFrequency: frequency,
                                           weight: Double(count).squareRoot() * idf, source: .application))
        }
        return Array(candidates.sorted { ($0.weight, $1.term) > ($1.weight, $0.term) }.prefix(weights.maxQueryTerms))
    }

    /// Single ideographs of the text that occur in at most `maxDocumentShare` of documents,
    /// weighted by idf: they let paraphrases that share characters but not words still meet.
    static func unigrams(from text: String, statistics: CaseStatistics, weights: PrecedentWeights) throws -> [WeightedTerm] {
        let caseCount = statistics.caseCount
        var counts: [String: Int] = [:]
        for token in Tokenizer.tokens(text) where !token.isBigram && token.term.count == 1 {
            counts[token.term, default: 0] += 1
        }
        try statistics.prefetch(counts.keys.sorted())
        let total = Double(max(caseCount, 1))
        var out: [WeightedTerm] = []
        for (term, count) in counts {
            let frequency = try statistics.frequency(term)
            guard frequency > 0, !weights.isTooCommon(frequency: frequency, total: caseCount) else { continue }
            out.append(WeightedTerm(term: term, count: count, documentFrequency: frequency,
                                    weight: Double(count).squareRoot() * log(1 + total / Double(frequency)), source: .character))
        }
        return Array(out.sorted { ($0.weight, $1.term) > ($1.weight, $0.term) }.prefix(max(0, weights.maxUnigrams)))
    }

    /// The query for terms over all fields (whose weights were applied at index time), scaled.
    static func termQuery(_ terms: [WeightedTerm], scale: Double = 1) -> IndexQuery {
        let query = IndexQuery.or(terms.map { IndexQuery.term($0.term) })
        return scale == 1 ? query : .scaled(query, scale)
    }
}
