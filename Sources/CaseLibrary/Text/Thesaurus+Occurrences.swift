/// Thesaurus words found in a text in one pass, so that an index can record at indexing time which
/// thesaurus words each document contains (one term per word) instead of a search asking for
/// every synonym as a phrase.
extension Thesaurus {
    /// How many times `text` contains each thesaurus word (normalised), as a substring of its
    /// normalised form — the rule `expansions(of:)` applies to a query.
    public func occurrences(in text: String) -> [String: Int] {
        guard !wordsByFirstScalar.isEmpty else { return [:] }
        let normalised = TextNormalizer.normalize(text)
        let bytes = Array(normalised.utf8)
        var found: [String: Int] = [:]
        var offset = 0
        for scalar in normalised.unicodeScalars {
            if let candidates = wordsByFirstScalar[scalar.value] {
                for candidate in candidates where offset + candidate.bytes.count <= bytes.count {
                    if bytes[offset..<(offset + candidate.bytes.count)].elementsEqual(candidate.bytes) { found[candidate.word, default: 0] += 1 }
                }
            }
            offset += UTF8.width(scalar)
        }
        return found
    }
}
