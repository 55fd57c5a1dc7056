import CaseIndex
import CaseLibrary

/// Turns Xapian's matched terms into the passages and the `why` of a precedent.
enum PrecedentExplainer {
    /// Field names by term prefix, longest prefix first.
    private static let fieldsByPrefix: [(prefix: String, field: String)] = IndexSchema.textFields
        .map { ($0.prefix, $0.name) }.sorted { $0.prefix.count > $1.prefix.count }

    /// Splits a prefixed term into (field, term).
    static func split(_ prefixed: String) -> (field: String, term: String)? {
        for (prefix, field) in fieldsByPrefix where prefixed.hasPrefix(prefix) {
            return (field, String(prefixed.dropFirst(prefix.count)))
        }
        return nil
    }

    static func explanation(matchedTerms: [String], terms: [WeightedTerm], boosts: [(name: String, size: Double)]) -> PrecedentResult.Explanation {
        var byField: [String: [String]] = [:]
        var matched = Set<String>()
        for prefixed in matchedTerms {
            guard let (field, term) = split(prefixed) else { continue }
            byField[field, default: []].append(term)
            matched.insert(term)
        }
        let order = IndexSchema.textFields.map(\.name)
        let fields = order.compactMap { field in byField[field].map { (field, Array(Set($0)).sorted()) } }
        let main = terms.filter { matched.contains($0.term) }.sorted { $0.weight > $1.weight }.prefix(10).map { ($0.term, $0.weight) }
        return PrecedentResult.Explanation(terms: Array(main), fields: fields, boosts: boosts)
    }

    static func passages(record: Record, matchedTerms: [String]) -> [(field: String, html: String)] {
        var byField: [String: Set<String>] = [:]
        for prefixed in matchedTerms {
            guard let (field, term) = split(prefixed) else { continue }
            byField[field, default: []].insert(term)
        }
        return ["request", "analysis", "consultation", "response_note"].compactMap { field in
            guard let terms = byField[field], let text = record.text(field) else { return nil }
            return (field, Snippets.snippet(texts: [text], terms: terms))
        }
    }
}
