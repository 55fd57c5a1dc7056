/// A query over the index, built from Swift values; the index turns it into a Xapian query.
/// Services (precedent ranking, statute search) compose these without seeing Xapian.
public indirect enum IndexQuery: Sendable {
    /// Every document.
    case all
    /// No document.
    case none
    /// A raw index term (already normalised, with its prefix if any), with a query-frequency weight.
    case term(String, wqf: Int = 1)
    /// Matches when any part matches; weights add up.
    case or([IndexQuery])
    /// Matches when every part matches.
    case and([IndexQuery])
    /// Matches the first, unless the second also matches.
    case andNot(IndexQuery, IndexQuery)
    /// Matches the first; the second only adds weight when it also matches.
    case andMaybe(IndexQuery, IndexQuery)
    /// Matches the first, restricted to documents matching the second (which adds no weight).
    case filter(IndexQuery, IndexQuery)
    /// The parts as one term for weighting (a term and its synonyms).
    case synonym([IndexQuery])
    /// Terms at consecutive positions (within `window` positions).
    case phrase([String], window: Int)
    /// The query's weights multiplied by `factor`.
    case scaled(IndexQuery, Double)
    /// Documents with a filter value (kind, category, year, …), by the query language's filter name.
    case filterValue(String, String)
    /// Documents whose value in `slot` lies in `low...high` (byte order).
    case valueRange(slot: Int, low: String, high: String)
    /// Documents with the term hidden-by-default.
    case hidden
}

extension IndexQuery {
    /// The Xapian query for this value.
    func xapian() throws -> XapianQuery {
        switch self {
        case .all: return try .matchAll()
        case .none: return try .matchNothing()
        case let .term(term, wqf): return try .term(IndexSchema.boundedTerm(term), wqf: wqf)
        case let .or(parts): return try combine(.or, parts)
        case let .and(parts): return try combine(.and, parts)
        case let .andNot(left, right): return try .combine(.andNot, [left.xapian(), right.xapian()])
        case let .andMaybe(left, right): return try .combine(.andMaybe, [left.xapian(), right.xapian()])
        case let .filter(left, right): return try .combine(.filter, [left.xapian(), right.xapian()])
        case let .synonym(parts): return try combine(.synonym, parts)
        case let .phrase(terms, window):
            if terms.count == 1 { return try .term(IndexSchema.boundedTerm(terms[0])) }
            let parts = try terms.map { try XapianQuery.term(IndexSchema.boundedTerm($0)) }
            return try .combine(.phrase, parts, window: max(window, terms.count))
        case let .scaled(.or(parts), factor) where parts.count > 1:
            // Scaling an OR scales each part (its weight is their sum). Said per part on purpose:
            // Xapian 1.4.22 weighs OP_SCALE_WEIGHT over an OR wrongly in some trees (an OR of
            // phrases, one matching nothing, under a filter counted a phrase's weight nearly twice);
            // scaled parts weigh right. Regression test in QueryScalingTests.
            return try IndexQuery.or(parts.map { .scaled($0, factor) }).xapian()
        case let .scaled(query, factor): return try query.xapian().scaled(by: factor)
        case let .filterValue(name, value):
            guard let term = IndexSchema.filterTerm(name, value) else {
                throw IndexError(.queryParse, "未知的筛选条件 \(name)")
            }
            return try .term(term)
        case let .valueRange(slot, low, high): return try .valueRange(slot: slot, from: low, to: high)
        case .hidden: return try .term(IndexSchema.hiddenTerm)
        }
    }

    private func combine(_ op: XapianQuery.Operator, _ parts: [IndexQuery]) throws -> XapianQuery {
        if parts.isEmpty { return try op == .and ? .matchAll() : .matchNothing() }
        if parts.count == 1 { return try parts[0].xapian() }
        return try .combine(op, parts.map { try $0.xapian() })
    }
}
