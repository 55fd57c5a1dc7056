import CaseIndex
import CaseLibrary

/// The outcomes of cases, read from the index in one query — the one place that finds them, for
/// precedents and for record views alike.
enum CaseOutcomes {
    /// The most outcomes read for one case.
    static let maxPerCase = 500

    /// The outcome histories of `ids`, by case id (a case without outcomes has an empty history).
    /// - Parameter includeHidden: include outcomes hidden from members (of hidden cases, or waiting
    ///   for approval); by default only the outcomes every member may see.
    static func histories(ofCases ids: [String], reader: IndexReader, includeHidden: Bool = false) throws -> [String: OutcomeHistory] {
        guard !ids.isEmpty else { return [:] }
        let outcomes = IndexQuery.and([.filterValue("kind", "outcome"), .or(ids.map { .filterValue("case", $0) })])
        let query = IndexQuery.filter(.all, includeHidden ? outcomes : .andNot(outcomes, .hidden))
        let found = try reader.run(query, offset: 0, limit: min(maxPerCase * ids.count, 100_000), exactTotal: false,
                                   matchingTerms: false)
        let wanted = Set(ids)
        let grouped = Dictionary(grouping: found.matches.compactMap(\.item.record).filter { $0.caseID.map(wanted.contains) ?? false }) {
            $0.caseID ?? ""
        }
        var out: [String: OutcomeHistory] = [:]
        for id in ids { out[id] = OutcomeHistory(outcomes: grouped[id] ?? []) }
        return out
    }
}
