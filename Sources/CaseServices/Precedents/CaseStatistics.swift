import CaseIndex

/// Document frequencies among cases only. The index also holds outcomes, training material and
/// statute articles (hundreds of articles in a small library); counting those would make a word
/// common in statutes look common in cases and skew which terms an application is judged by.
/// Counts are memoised for the life of one precedent query.
final class CaseStatistics {
    private let reader: IndexReader
    private let cases: IndexQuery
    private var memo: [String: Int] = [:]
    /// Cases in the index that a precedent search may consider.
    let caseCount: Int

    init(reader: IndexReader, cases: IndexQuery) throws {
        self.reader = reader
        self.cases = cases
        caseCount = try reader.count(.filter(.all, cases))
    }

    /// Cases containing `term`.
    func frequency(_ term: String) throws -> Int {
        if let known = memo[term] { return known }
        let count = try reader.termFrequency(term) == 0 ? 0 : reader.count(.filter(.term(term), cases))
        memo[term] = count
        return count
    }
}
