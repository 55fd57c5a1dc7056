import CaseIndex

/// Document frequencies among the cases a precedent search may consider. The index also holds
/// outcomes, training material and statute articles (hundreds of articles in a small library);
/// counting those would make a word common in statutes look common in cases and skew which terms an
/// application is judged by.
///
/// Frequencies are fetched in batches — one Xapian call for every term of the application
/// (``prefetch(_:)``) — and memoised for the life of one precedent query.
final class CaseStatistics {
    private let reader: IndexReader
    private let cases: IndexQuery
    private var memo: [String: Int] = [:]
    /// Cases in the index that a precedent search may consider.
    private(set) var caseCount: Int

    init(reader: IndexReader, cases: IndexQuery) throws {
        self.reader = reader
        self.cases = cases
        caseCount = try reader.frequencies(of: [], within: cases).total
    }

    /// Fetches the frequencies of every term not yet known, in one call.
    func prefetch<S: Sequence>(_ terms: S) throws where S.Element == String {
        var seen = Set<String>()
        let missing = terms.filter { memo[$0] == nil && seen.insert($0).inserted }
        guard !missing.isEmpty else { return }
        let answer = try reader.frequencies(of: missing, within: cases)
        for term in missing { memo[term] = answer.counts[term] ?? 0 }
        caseCount = answer.total
    }

    /// Cases containing `term` (fetched alone when no batch brought it).
    func frequency(_ term: String) throws -> Int {
        if let known = memo[term] { return known }
        try prefetch([term])
        return memo[term] ?? 0
    }
}
