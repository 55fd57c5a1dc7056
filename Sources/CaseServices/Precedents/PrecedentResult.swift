import CaseIndex
import CaseLibrary

/// One precedent found for an application.
public struct PrecedentResult: Sendable {
    /// The case.
    public let record: Record
    /// Final score: BM25 × (1 + Σ boosts) × element factor.
    public let score: Double
    /// The BM25 part alone.
    public let relevance: Double
    /// What happened afterwards.
    public let history: OutcomeHistory
    /// Passages, with their matched spans, from the fields that matched.
    public let passages: [(field: String, passage: Passage)]
    /// Why it ranks here.
    public let why: Explanation

    /// The explanation of a score.
    public struct Explanation: Sendable {
        /// The main matched terms with their selection weight and source, the application's own first.
        public let terms: [(term: String, weight: Double, source: WeightedTerm.Source)]
        /// The application's words this precedent shares, as runs of matched text (户口底册, 五十年代).
        public let phrases: [String]
        /// The fields that matched, with the matched terms in each.
        public let fields: [(field: String, terms: [String])]
        /// Each boost applied, with its size (e.g. ("same category", 0.15)); penalties are negative.
        public let boosts: [(name: String, size: Double)]
        /// The legal elements compared, one per dimension the application has elements of
        /// (申请人身份：被侵害人 ✓; 程序：行政 ✗ 刑事); empty without `Cases/elements.txt`.
        public var elements: [ElementComparison] = []
        /// The factor the element comparison multiplied the score by (1 without elements).
        public var elementFactor = 1.0
    }

    /// Whether the precedent was corrected (shown as a warning).
    public var isCorrected: Bool { history.status == .corrected }
}
