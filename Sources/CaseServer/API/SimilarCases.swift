import CaseIndex

/// Cases like a given record, for `GET /api/records/{id}/similar`.
///
/// For now this is Xapian relevance feedback: the record's best expansion terms, OR-ed, over
/// visible cases other than the record itself. The precedent-ranking engine is meant to replace
/// ``find(like:limit:reader:)`` — callers see only this one function.
enum SimilarCases {
    /// How many expansion terms make the query.
    static let expansionTermCount = 30

    /// Up to `limit` visible cases most like record `id`, best first, never `id` itself.
    ///
    /// - Returns: An empty list when the record has no usable terms.
    /// - Throws: Index errors.
    static func find(like id: String, limit: Int, reader: IndexReader) throws -> [IndexReader.Match] {
        let terms = try reader.expansionTerms(forIDs: [id], count: expansionTermCount)
        guard !terms.isEmpty else { return [] }
        let related = IndexQuery.or(terms.map { .term($0.term) })
        let cases = IndexQuery.andNot(.filterValue("kind", "case"), .or([.hidden, .term(IndexSchema.idTerm(id))]))
        let found = try reader.run(.filter(related, cases), offset: 0, limit: limit, exactTotal: false)
        return found.matches.filter { $0.item.id != id }
    }
}
