import CaseIndex
import CaseLibrary

/// One statute article found for a question, with why it was found.
public struct StatuteResult: Sendable {
    /// Why an article ranked where it did.
    public struct Explanation: Sendable {
        /// Question terms (and synonyms' terms) the article matched.
        public var matchedTerms: [String]
        /// Thesaurus entries of the question whose synonyms the article matched: (term, synonym).
        public var synonyms: [(term: String, synonym: String)]
        /// Boosts and penalties applied (name, size as a share of the BM25 weight).
        public var boosts: [(name: String, size: Double)]
        /// The kinds of question (`Cases/statutes/domain.txt`) this article governs, which lifted it.
        public var questionKinds: [String] = []
        /// Those of `questionKinds` the question only nearly says (no wording of any kind said
        /// exactly; see `StatuteWeights.nearKindStrength`).
        public var approximateKinds: [String] = []
        /// The share of the question's own bigram weight the article contains, 0–1 (`QuestionCoverage`):
        /// its BM25 weight was scaled by this (at least 0.01) to `StatuteWeights.coverageExponent`.
        public var coverage: Double = 1
    }

    /// The index id (`S-…`).
    public let id: String
    /// The stored statute fields (`law`, `version`, `article`, `chapter`, `text`, …).
    public let statute: JSONValue
    /// The final score.
    public let score: Double
    /// The BM25 weight before boosts, coverage and a question kind's lift.
    public let relevance: Double
    /// The passage of the article that matched, with the matched spans.
    public let snippet: Passage
    /// The explanation.
    public let why: Explanation

    /// A stored field as text.
    public func field(_ name: String) -> String? { statute[name]?.stringValue }
}
