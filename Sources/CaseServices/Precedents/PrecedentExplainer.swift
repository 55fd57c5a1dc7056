import CaseIndex
import CaseLibrary

/// Turns Xapian's matched terms into the passages and the `why` of a precedent.
enum PrecedentExplainer {
    /// The fields a precedent's terms are looked for in, most telling first.
    static let explainedFields = IndexSchema.textFields.filter { $0.source != .statute }.map(\.name)

    /// Matched words and bigrams (single characters are too weak to show as evidence).
    static func shownTerms(_ matchedTerms: [String]) -> Set<String> {
        Set(matchedTerms.filter { $0.count >= 2 && !($0.first?.isUppercase ?? false) })
    }

    /// The text of a field, lists joined by lines.
    static func text(of record: Record, field: String) -> String? {
        switch field {
        case "tags": return record.tags.isEmpty ? nil : record.tags.joined(separator: "\n")
        case "legal_basis": return record.legalBasis.isEmpty ? nil : record.legalBasis.joined(separator: "\n")
        default: return record.text(field)
        }
    }

    /// Runs of the application text covered by matched bigrams and words, longest first, at most 8.
    static func phrases(in text: String, matched: Set<String>) -> [String] {
        let characters = Array(text.unicodeScalars)
        var covered = [Bool](repeating: false, count: characters.count)
        for token in Tokenizer.tokens(text, unigrams: false) where matched.contains(token.term) {
            for index in token.range where index < covered.count { covered[index] = true }
        }
        var runs: [String] = []
        var start: Int?
        for index in 0...characters.count {
            let inside = index < characters.count && covered[index]
            if inside, start == nil { start = index }
            if !inside, let first = start {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: characters[first..<index])
                let run = String(view)
                if run.count >= 2, !runs.contains(run) { runs.append(run) }
                start = nil
            }
        }
        return Array(runs.sorted { ($0.count, $1) > ($1.count, $0) }.prefix(8))
    }

    /// - Parameter frequency: cases containing a bigram, to show phrases as whole words
    ///   (`ReadablePhrases`); nil shows the raw runs.
    static func explanation(record: Record, queryText: String, matchedTerms: [String], terms: [WeightedTerm],
                            boosts: [(name: String, size: Double)], frequency: ((String) -> Int)? = nil) -> PrecedentResult.Explanation {
        let shown = shownTerms(matchedTerms)
        var fields: [(String, [String])] = []
        for field in explainedFields {
            guard let text = text(of: record, field: field) else { continue }
            let found = Set(Tokenizer.tokens(text).map(\.term)).intersection(shown)
            if !found.isEmpty { fields.append((field, found.sorted())) }
        }
        let rank: [WeightedTerm.Source: Int] = [.application: 0, .thesaurus: 1, .feedback: 2, .character: 3]
        let main = terms.filter { shown.contains($0.term) }
            .sorted { (rank[$0.source] ?? 4, -$0.weight, $0.term) < (rank[$1.source] ?? 4, -$1.weight, $1.term) }
            .prefix(10).map { ($0.term, $0.weight, $0.source) }
        let raw = phrases(in: queryText, matched: shown)
        return PrecedentResult.Explanation(terms: Array(main), phrases: frequency.map { ReadablePhrases.readable(raw, in: queryText, frequency: $0) } ?? raw,
                                           fields: fields, boosts: boosts)
    }

    static func passages(record: Record, matchedTerms: [String]) -> [(field: String, passage: Passage)] {
        let shown = shownTerms(matchedTerms)
        return IndexSchema.passageFields.filter { $0 != "title" }.compactMap { field in
            guard let text = record.text(field) else { return nil }
            let found = Set(Tokenizer.tokens(text).map(\.term)).intersection(shown)
            guard !found.isEmpty else { return nil }
            return (field, Snippets.snippet(texts: [text], terms: found))
        }
    }
}
