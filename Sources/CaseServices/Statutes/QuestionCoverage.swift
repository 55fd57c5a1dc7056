import CaseIndex
import Foundation

/// How much of a question an article's match covers: the share of the question's chosen bigrams,
/// each weighed as it was chosen (√count × idf × cohesion), found in the article's body, law title
/// or chapter, raised to `StatuteWeights.coverageExponent` (see there). Only the question's own bigrams
/// count: an article met only through a thesaurus synonym that shares none of them gets the least
/// factor (0.01^0.25 ≈ 0.32 at the default).
/// Counting a synonym the article has as covering the question's word it stands for was measured on
/// the tuning sets and did worse (README, stop 29).
struct QuestionCoverage {
    private let weightOf: [String: Double]
    private let total: Double
    private let exponent: Double

    init(_ query: StatuteQuery, exponent: Double) {
        weightOf = Dictionary(query.terms.map { ($0.term, $0.weight) }, uniquingKeysWith: max)
        total = weightOf.values.reduce(0, +)
        self.exponent = exponent
    }

    /// The share of the question's bigram weight that `matchedTerms` (index terms, field-prefixed) covers, 0–1.
    func share(_ matchedTerms: [String]) -> Double {
        guard total > 0 else { return 1 }
        var covered = Set<String>()
        for term in matchedTerms {
            let word = StatuteQuery.word(ofIndexTerm: term)
            if weightOf[word] != nil { covered.insert(word) }
        }
        return covered.reduce(0) { $0 + (weightOf[$1] ?? 0) } / total
    }

    /// The factor for a match covering `share` of the question: the share (at least 0.01) raised to
    /// the exponent; 1 when the exponent is 0.
    func factor(share: Double) -> Double {
        guard exponent > 0 else { return 1 }
        return pow(max(share, 0.01), exponent)
    }
}
