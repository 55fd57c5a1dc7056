/// Thesaurus words found in a text in one pass: the words of a query to expand, and the words an
/// index records for each document (one term per word, see `ThesaurusTerms`).
extension Thesaurus {
    /// How many times `text` contains each thesaurus word (normalised), as a substring of its
    /// normalised form — the rule `expansions(of:)` applies to a query.
    public func occurrences(in text: String) -> [String: Int] {
        scan(TextNormalizer.normalize(text)).mapValues(\.count)
    }

    /// Each thesaurus word in a normalised text, with the UTF-8 offset of its first occurrence and
    /// its number of occurrences, found in one pass over the text.
    func scan(_ normalised: String) -> [String: (first: Int, count: Int)] {
        guard !wordsByFirstScalar.isEmpty else { return [:] }
        let bytes = Array(normalised.utf8)
        var found: [String: (first: Int, count: Int)] = [:]
        var offset = 0
        for scalar in normalised.unicodeScalars {
            if let candidates = wordsByFirstScalar[scalar.value] {
                for candidate in candidates where offset + candidate.bytes.count <= bytes.count
                    && bytes[offset..<(offset + candidate.bytes.count)].elementsEqual(candidate.bytes) {
                    found[candidate.word, default: (offset, 0)].count += 1
                }
            }
            offset += UTF8.width(scalar)
        }
        return found
    }
}
