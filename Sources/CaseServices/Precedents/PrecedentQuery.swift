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
    /// Whether it came from relevance feedback rather than the application itself.
    public let fromFeedback: Bool
}

/// Chooses the discriminative terms of a long application text.
public enum PrecedentTermSelector {
    /// The application's terms that occur in the library's visible cases, ranked by count × idf,
    /// at most `weights.maxQueryTerms`, leaving out terms common to more than `maxDocumentShare` of cases.
    public static func select(from text: String, reader: IndexReader, caseCount: Int,
                              weights: PrecedentWeights) throws -> [WeightedTerm] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for token in Tokenizer.tokens(text, unigrams: false) where token.isBigram || token.term.count > 1 {
            if counts[token.term] == nil { order.append(token.term) }
            counts[token.term, default: 0] += 1
        }
        let total = Double(max(caseCount, 1))
        var candidates: [WeightedTerm] = []
        for term in order {
            let frequency = try reader.termFrequency(term)
            guard frequency > 0, Double(frequency) / total <= weights.maxDocumentShare else { continue }
            let count = counts[term] ?? 1
            let idf = log(1 + total / Double(frequency))
            candidates.append(WeightedTerm(term: term, count: count, documentFrequency: frequency,
                                           weight: Double(count).squareRoot() * idf, fromFeedback: false))
        }
        return Array(candidates.sorted { ($0.weight, $1.term) > ($1.weight, $0.term) }.prefix(weights.maxQueryTerms))
    }

    /// The field-weighted query for terms: each term is looked for in each weighted field.
    static func fieldQuery(_ terms: [WeightedTerm], weights: PrecedentWeights, scale: Double = 1) -> IndexQuery {
        var parts: [IndexQuery] = []
        for (field, fieldWeight) in weights.fieldWeights {
            guard let prefix = IndexSchema.textField(field)?.prefix else { continue }
            let fieldTerms = terms.map { IndexQuery.term(prefix + $0.term, wqf: 1) }
            parts.append(.scaled(.or(fieldTerms), fieldWeight * scale))
        }
        return .or(parts)
    }
}
